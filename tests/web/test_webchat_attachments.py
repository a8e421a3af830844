"""Attachments in the customer web chat, in a real headless Chromium against the live backend with
the real image guard (OCR and QR in worker processes, started at the first image).

* A customer pastes a screenshot (a paste event carrying the image file, as the browser fires it
  for Ctrl+V of a screenshot) and sends it; the agent's session gets the message with the file and
  reads its thumbnail; the page shows the thumbnail too.
* A photo of a written seed phrase is withheld: the customer is warned on the page, the agent
  sees only "withheld: seed_phrase" and can read nothing of it.
* A file chosen with the picker that is an ``.exe`` renamed ``.png`` gets a clear error in the tray.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.attachments import samples
from tests.web.test_webchat_browser import open_chat, wait
from tests.web.webchat_support import LiveServer, SyncAgent

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(420)]

# Fires a paste on the message box with the image as the clipboard's file (what Ctrl+V of a
# screenshot delivers to the page).
PASTE_JS = """
const [b64, name, type] = arguments;
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name, {type}));
const box = document.getElementById('input');
box.focus();
box.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
"""
# Drops a file on the page, as dragging it from the desktop does (the page listens on its body).
DROP_JS = """
const [b64, name, type] = arguments;
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
const dt = new DataTransfer();
dt.items.add(new File([bytes], name, {type}));
for (const kind of ['dragenter', 'dragover', 'drop']) {
  document.body.dispatchEvent(new DragEvent(kind, {dataTransfer: dt, bubbles: true, cancelable: true}));
}
"""
TRAY_JS = """
return Array.from(document.querySelectorAll('#uploads > li')).map(li => ({
  state: li.getAttribute('data-state'), code: li.getAttribute('data-code'),
  note: li.querySelector('.upload-note').textContent}));
"""
GUARD_START = 240  # the first image starts the worker pool (loading the OCR models) on a busy machine


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """This module's server: the image guard's deadline is generous, so a busy machine (the suite
    runs beside other work) makes a check slow, never "not checked"; detection is the subject."""
    db = tmp_path_factory.mktemp("webchat-files-db") / "server.sqlite3"
    server = LiveServer(f"sqlite:///{db}", image_deadline=180.0)
    try:
        server.start()
        yield server
    finally:
        server.close()


def _en_customer(live: LiveServer) -> str:
    agent = SyncAgent(live.agent_url, "alice")
    try:
        snapshot = agent.request("inbox.snapshot", limit=1000)
        for conv in snapshot["conversations"]:
            c = conv["customer"]
            if conv["channel"] == "chat" and not c["vip_tier"] and c["language"] == "en":
                return str(c["uid"])
        raise AssertionError("no regular English chat customer in the demo data")
    finally:
        agent.close()


def _tray(driver: Any) -> list[dict[str, Any]]:
    return list(driver.execute_script(TRAY_JS))


def _paste(driver: Any, data: bytes, name: str, mime: str = "image/png") -> None:
    driver.execute_script(PASTE_JS, base64.b64encode(data).decode(), name, mime)


def _with_attachment(agent: SyncAgent, after: int = 0, timeout: float = 30) -> dict[str, Any]:
    event = agent.wait_for(
        "event",
        lambda e: (
            e["name"] == "message.created"
            and e["data"]["message"]["author_kind"] == "customer"
            and bool(e["data"]["message"]["attachments"])
            and e["data"]["message"]["id"] > after
        ),
        timeout,
    )
    return dict(event["data"]["message"])


def _agent_fetch(agent: SyncAgent, attachment_id: int, variant: str) -> bytes:
    out = b""
    while True:
        piece = agent.request("attachment.get", attachment_id=attachment_id, variant=variant, offset=len(out))
        out += base64.b64decode(piece["data"])
        if piece["last"]:
            return out


def test_pasted_screenshot_reaches_the_agent_and_a_seed_phrase_photo_is_withheld(
    driver: Any, live: LiveServer, agent_factory: Any, tmp_path: Path
) -> None:
    from bench._images.corpus import build

    built = {s.name: s.data for s in build(2, only={"seed_grid_photo", "order_history"})}
    agent = agent_factory("sam")
    uid = _en_customer(live)
    open_chat(driver, live.chat_url(uid), live.http_url)

    # 1. A pasted screenshot: uploaded with progress, checked, sent with Enter and no text.
    _paste(driver, built["order_history-en-0"], "image.png")
    wait(
        driver,
        lambda: [t["state"] for t in _tray(driver)] == ["ready"],
        GUARD_START,
        f"the screenshot was not accepted: {_tray(driver)}",
    )
    driver.find_element(By.ID, "input").send_keys(Keys.ENTER)
    message = _with_attachment(agent)
    shown = message["attachments"][0]
    assert shown["status"] == "safe" and shown["thumbnail"] is True and shown["content_type"] == "image/png"
    thumb = _agent_fetch(agent, shown["id"], "thumbnail")  # what the desk shows in the thread
    with Image.open(io.BytesIO(thumb)) as im:
        assert 0 < max(im.size) <= 320
    wait(
        driver,
        lambda: driver.execute_script(
            'const i = document.querySelector(`[data-attachment="${arguments[0]}"] img.thumb`);'
            "return !!(i && i.complete && i.naturalWidth > 0);",
            shown["id"],
        ),
        30,
        "no thumbnail on the page",
    )
    assert _tray(driver) == []

    # 2. A photo of a written seed phrase: withheld, the customer warned, the agent told only the kind.
    _paste(driver, built["seed_grid_photo-en-0"], "IMG_2041.jpg", "image/jpeg")
    wait(driver, lambda: [t["state"] for t in _tray(driver)] == ["withheld"], 120, f"{_tray(driver)}")
    alert = driver.find_element(By.ID, "alert")
    assert alert.is_displayed() and "seed phrase" in alert.text
    driver.find_element(By.ID, "input").send_keys(Keys.ENTER)
    withheld = _with_attachment(agent, after=message["id"])["attachments"][0]
    assert (withheld["status"], withheld["detail"], withheld.get("thumbnail", False)) == (
        "withheld",
        "seed_phrase",
        False,
    )
    with pytest.raises(AssertionError):
        agent.request("attachment.get", attachment_id=withheld["id"], variant="file")
    wait(
        driver,
        lambda: driver.execute_script(
            'return !!document.querySelector(`[data-attachment="${arguments[0]}"] .file-withheld`);',
            withheld["id"],
        ),
        10,
    )
    wait(
        driver,
        lambda: any(
            "seed phrase" in li.text for li in driver.find_elements(By.CSS_SELECTOR, "#log > li.system")
        ),
        10,
        "no warning in the conversation",
    )

    # 3. A PDF dropped on the page: uploaded and sent with the text typed.
    driver.execute_script(
        DROP_JS, base64.b64encode(samples.pdf()).decode(), "statement.pdf", "application/pdf"
    )
    wait(driver, lambda: [t["state"] for t in _tray(driver)] == ["ready"], 30, f"{_tray(driver)}")
    box = driver.find_element(By.ID, "input")
    box.send_keys("my statement")
    box.send_keys(Keys.ENTER)
    dropped = _with_attachment(agent, after=message["id"] + 1)
    assert (
        dropped["body"] == "my statement" and dropped["attachments"][0]["content_type"] == "application/pdf"
    )
    assert _agent_fetch(agent, dropped["attachments"][0]["id"], "file") == samples.pdf()

    # 4. The picker with an .exe renamed .png: a clear error, nothing sent.
    fake = tmp_path / "photo.png"
    fake.write_bytes(samples.windows_exe())
    driver.find_element(By.ID, "picker").send_keys(str(fake))
    wait(driver, lambda: [t["code"] for t in _tray(driver)] == ["type_not_allowed"], 30, f"{_tray(driver)}")
    assert "cannot be sent" in _tray(driver)[0]["note"]
