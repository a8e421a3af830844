"""Attachments in the real desk against the real backend: a customer's screenshot shows as a preview
in the thread, a click opens the viewer (zoom, fit, copy, save) while the loop keeps running, the
files it opened are kept sealed in the cache; files are attached to a reply and to a note, and a
refused file says why. Words for withheld and unchecked images, in English and Chinese."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from app.protocol.types import Attachment
from app.store import AttachmentView, file_cache
from app.ui import attachment_labels, i18n
from tests.attachments import samples
from tests.server.attachments.uploads import customer_fetch, customer_send, customer_upload
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, until


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return {"image_check": False}  # images kept "not checked": the guard has its own tests


def _png(width: int = 640, height: int = 400) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def _find_file_point(view: Any, row: int) -> QPoint | None:
    rect = view.visualRect(view.model().index(row, 0))
    for y in range(rect.top(), rect.bottom(), 6):
        for x in range(rect.left(), rect.right(), 6):
            if view.file_at(QPoint(x, y)) is not None:
                return QPoint(x + 3, y + 3)
    return None


def test_preview_viewer_cache_and_reply_files(open_desk: Any, server: Any, aio: Any, tmp_path: Path) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0, channel="chat")
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        done = await customer_upload(customer, _png(), "failed order.png")
        await customer_send(customer, "see screenshot", [done["attachment"]["id"]])
        fid = done["attachment"]["id"]
        await open_conversation(window, row.conversation_id)
        pane = window.conversation
        model, view = pane.thread_model, pane.thread_view
        await until(lambda: fid in model.thumbs, 15, what="the preview in the thread")
        assert model.thumbs[fid].width() <= 320
        r = next(i for i, item in enumerate(model.items()) if any(f.id == fid for f in item.files))
        view.scrollTo(model.index(r, 0))
        await until(lambda: _find_file_point(view, r) is not None, what="the preview on screen")
        point = _find_file_point(view, r)
        assert point is not None
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        controller = window.conversation_controller.attachments
        await until(lambda: controller.viewers, what="the viewer")
        viewer = controller.viewers[-1]
        assert viewer.isVisible() and "not checked" in viewer.caveat.text().lower()
        await until(lambda: viewer.image is not None, 15, what="the image in the viewer")
        assert (viewer.image.width(), viewer.image.height()) == (640, 400)
        before = viewer.scale_factor
        viewer.zoom_in.click()
        assert viewer.scale_factor > before
        viewer.fit()
        viewer.copy()
        copied = QGuiApplication.clipboard().image()
        assert (copied.width(), copied.height()) == (640, 400)
        target = tmp_path / "saved.png"
        [opened] = [f for item in model.items() for f in item.files if f.id == fid]
        controller.save_to(opened, target)
        await until(lambda: target.exists() and target.stat().st_size > 0, what="the saved file")
        with Image.open(target) as im:
            assert im.size == (640, 400)
        viewer.close()
        folder = file_cache.folder_of(Path(window.desk.store.path))
        assert {p.name for p in folder.glob("*.sealed")} >= {f"{fid}-thumbnail.sealed", f"{fid}-file.sealed"}

        # a reply carrying a PDF, a note carrying a CSV, and a refused .exe renamed .png
        guide, note_file, fake = tmp_path / "KYC guide.pdf", tmp_path / "aml.csv", tmp_path / "photo.png"
        guide.write_bytes(samples.pdf())
        note_file.write_bytes(b"check,result\naml,clear\n")
        fake.write_bytes(samples.windows_exe())
        composer = pane.composer
        controller.upload_paths([str(guide), str(fake)])
        tray = composer.files
        await until(lambda: sorted(u.state for u in tray.uploads) == ["ready", "refused"], 15, what="uploads")
        refused = next(u for u in tray.uploads if u.state == "refused")
        assert refused.note.text() == "Only images, PDF, text, CSV and short videos can be attached."
        QTest.keyClicks(composer.edit, "Here is our KYC guide")
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
        assert tray.uploads == []  # the ready one went with the reply, the refused one was cleared

        async def reply_sent() -> bool:
            msgs = await window.desk.store.messages(row.conversation_id)
            return any(
                m.body == "Here is our KYC guide"
                and m.delivery_state == "sent"
                and [f.filename for f in m.files] == ["KYC guide.pdf"]
                for m in msgs
            )

        for _ in range(200):
            if await reply_sent():
                break
            await until(lambda: True)
        assert await reply_sent()
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["body"] == "Here is our KYC guide"
        )
        assert frame["message"]["attachments"][0]["content_type"] == "application/pdf"

        composer.internal.setChecked(True)
        controller.upload_paths([str(note_file)])
        await until(lambda: [u.state for u in tray.uploads] == ["ready"], 15, what="the note's file")
        composer.submit()  # a note of a file alone

        async def note_sent() -> bool:
            msgs = await window.desk.store.messages(row.conversation_id)
            return any(
                m.internal and m.delivery_state == "sent" and [f.filename for f in m.files] == ["aml.csv"]
                for m in msgs
            )

        for _ in range(200):
            if await note_sent():
                break
            await until(lambda: True)
        assert await note_sent()

        # a screenshot pasted into the reply box is attached (not pasted as text) and sent
        composer.internal.setChecked(False)
        shot = QImage(300, 200, QImage.Format.Format_RGB32)
        shot.fill(QColor(10, 160, 90))
        QGuiApplication.clipboard().setImage(shot)
        composer.edit.setFocus()
        composer.edit.paste()
        await until(lambda: [u.state for u in tray.uploads] == ["ready"], 15, what="the pasted screenshot")
        assert composer.edit.toPlainText() == ""
        composer.submit()
        pasted = await customer.wait_for(
            lambda f: (
                f["type"] == "message"
                and [a["filename"] for a in f["message"]["attachments"]] == ["screenshot.png"]
            ),
            15,
        )
        assert pasted["message"]["attachments"][0]["width"] == 300
        await customer.close()

    aio(body)


def test_a_canned_reply_sends_its_help_centre_pdf(open_desk: Any, server: Any, aio: Any) -> None:
    """Picking a canned reply that carries a file puts the file in the tray, ready, and the reply
    takes it to the customer (the server's copy of the canned file: nothing uploaded again)."""
    from app.demo.help_pdf import DEPOSIT_RECOVERY_GUIDE, help_pdf

    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0, channel="chat")
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        await open_conversation(window, row.conversation_id)
        pane, controller = window.conversation, window.conversation_controller
        await until(lambda: window.desk.canned, 15, what="the canned replies")
        controller.open_canned()
        await until(lambda: getattr(controller, "picker", None), what="the picker")
        picker = controller.picker
        QTest.keyClicks(picker.filter, "wrongchain")
        reply = picker.current_reply()
        assert reply is not None and reply.key == "deposits_withdrawals.wrong_network"
        assert "deposit-recovery-guide.pdf" in picker.preview.toPlainText()  # the picker says what goes
        picker.insert_current()
        tray = pane.composer.files
        await until(lambda: [u.state for u in tray.uploads] == ["ready"], 15, what="the canned file")
        assert tray.uploads[0].attachment is not None
        assert tray.uploads[0].attachment.filename == "deposit-recovery-guide.pdf"
        assert "help/deposit-recovery" in pane.composer.edit.toPlainText()  # the reply, in either language
        pane.composer.submit()
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent", 15
        )
        [sent] = frame["message"]["attachments"]
        assert (sent["filename"], sent["content_type"]) == ("deposit-recovery-guide.pdf", "application/pdf")
        assert await customer_fetch(customer, sent["id"]) == help_pdf(*DEPOSIT_RECOVERY_GUIDE[1:])
        assert tray.uploads == []
        await customer.close()

    aio(body)


def test_words_for_withheld_and_unchecked_images_in_both_languages(qapp: Any) -> None:
    withheld = AttachmentView("withheld-image", "image/jpeg", 0, 7, "withheld", "seed_phrase")
    unchecked = AttachmentView("shot.png", "image/png", 2048, 8, "not_checked", "timeout", 10, 10, True)
    refused = AttachmentView("invoice.png", "image/png", 4096)
    try:
        i18n.install("en")
        assert attachment_labels.line(withheld) == "Image withheld: it showed a recovery phrase"
        assert attachment_labels.caveat(unchecked) == "Not checked by the guard"
        assert "not kept" in attachment_labels.line(refused)
        i18n.install("zh-CN")
        assert attachment_labels.line(withheld) == "图片已拦截：其中显示了助记词"
        assert attachment_labels.caveat(unchecked) == "未经安全检查"
        assert "invoice.png" in attachment_labels.line(refused) and "未保存" in attachment_labels.line(
            refused
        )
        guide = Attachment("guide.pdf", "application/pdf", 2048, id=3)
        assert attachment_labels.canned_files([guide]) == "随回复发送：guide.pdf (2 KB)"
        i18n.install("en")
        assert attachment_labels.canned_files([guide]) == "Sends with it: guide.pdf (2 KB)"
    finally:
        i18n.install("en")
