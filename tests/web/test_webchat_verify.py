"""Identity verification in a real browser: the agent asks, the code goes to the registered
email, the customer types it into the web chat's own prompt in Chromium — and no frame the agent
receives ever holds it (the agent's every frame is recorded). In Chinese too: the prompt speaks
the customer's language."""

from __future__ import annotations

import json
import re
from email import policy
from email.parser import BytesParser
from typing import Any

import pytest
from selenium.webdriver.common.by import By

from tests.web.test_webchat_browser import open_chat, type_and_enter, wait
from tests.web.webchat_support import LiveServer, SyncAgent

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(180)]
CODE = re.compile(r"(?:code[:：]?\s*|验证码：)(\d{6})")


class RecordingAgent(SyncAgent):
    """A desk connection that keeps every frame it receives, to search them for the code."""

    def __init__(self, url: str, username: str) -> None:
        self.raw: list[str] = []
        super().__init__(url, username)

    def _recv(self, timeout: float) -> dict[str, Any]:
        text = self.ws.recv(timeout=timeout)
        self.raw.append(text if isinstance(text, str) else text.decode())
        return dict(json.loads(text))


def _customer(live: LiveServer, language: str) -> tuple[str, str]:
    agent = SyncAgent(live.agent_url, "alice")
    try:
        snapshot = agent.request("inbox.snapshot", limit=1000)
    finally:
        agent.close()
    for conv in snapshot["conversations"]:
        c = conv["customer"]
        if conv["channel"] == "chat" and not c["vip_tier"] and c["language"] == language and c["verified"]:
            return c["uid"], c["email_masked"] or ""
    raise AssertionError(f"no {language} chat customer in the demo")


def _code(live: LiveServer, before: set[str]) -> str:
    folder = live.server.channels.mail_folder
    fresh = sorted(p for p in folder.glob("*.eml") if p.name not in before)
    assert fresh, "the verification mail was not written"
    text = BytesParser(policy=policy.default).parsebytes(fresh[-1].read_bytes()).get_content()
    found = CODE.search(text)
    assert found, text
    return found.group(1)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_the_customer_confirms_the_code_in_the_web_chat_and_the_agent_never_receives_it(
    driver: Any, live: LiveServer, language: str
) -> None:
    uid, _ = _customer(live, language)
    agent = RecordingAgent(live.agent_url, "alice")
    try:
        open_chat(driver, live.chat_url(uid), live.http_url)
        hello = f"Please help with my account ({language})."
        type_and_enter(driver, hello)
        created = agent.wait_for(
            "event", lambda e: e["name"] == "message.created" and e["data"]["message"]["body"] == hello
        )
        conversation_id = created["data"]["conversation"]["id"]
        folder = live.server.channels.mail_folder
        before = {p.name for p in folder.glob("*.eml")} if folder and folder.exists() else set()

        started = agent.request("identity.verify.start", conversation_id=conversation_id, channel="email")
        assert started["verification"]["state"] == "pending"
        dialog = driver.find_element(By.ID, "verify")
        wait(
            driver,
            lambda: dialog.get_attribute("open") is not None,
            10,
            "the verification prompt did not open",
        )
        prompt_text = driver.find_element(By.ID, "verify-text").text
        assert ("registered email" in prompt_text) if language == "en" else ("注册邮箱" in prompt_text)
        wait(driver, lambda: folder.exists() and len(list(folder.glob("*.eml"))) > len(before), 10, "no mail")
        code = _code(live, before)

        box = driver.find_element(By.ID, "verify-code")
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"
        box.send_keys(wrong)
        driver.find_element(By.ID, "verify-submit").click()
        error = driver.find_element(By.ID, "verify-error")
        wait(driver, lambda: "4" in error.text, 10, "no answer to a wrong code")
        box.clear()
        box.send_keys(code)
        driver.find_element(By.ID, "verify-submit").click()
        wait(driver, lambda: dialog.get_attribute("open") is None, 10, "the prompt did not close")
        alert = driver.find_element(By.ID, "alert")
        assert alert.is_displayed() and alert.text

        verified = agent.wait_for(
            "event",
            lambda e: e["name"] == "identity.updated" and e["data"]["verification"]["state"] == "verified",
        )
        assert verified["data"]["verification"]["method"] == "code"
        status = agent.request("identity.status", uid=uid)
        assert status["verification"]["state"] == "verified"
        agent.wait_for(
            "event",
            lambda e: (
                e["name"] == "message.created"
                and e["data"]["message"].get("note_code") == "identity.verified"
            ),
        )
        # Not one frame the agent received holds the code (nor the wrong guess).
        assert agent.raw and not any(code in frame or wrong in frame for frame in agent.raw)
        # The code never became chat text either: the page's log does not show it.
        assert code not in driver.find_element(By.ID, "log").text
    finally:
        agent.close()
