"""A supervisor attaches a file to a canned reply from the desk's canned picker and takes it off
again; a refused image says why; the desk's cache keeps the reply's files, so with the server gone
the picker still shows which reply carries one. An agent's picker offers no such buttons. Real desk,
real backend (no image guard: an image stays "not checked", which a canned reply refuses)."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.policies.canned_render import CannedValues
from app.ui.canned_files_controller import CannedFilesController
from app.ui.dialogs.canned_picker import CannedPicker
from tests.ui.helpers import first_row, open_conversation, until

FEES = "deposits_withdrawals.fees"


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return {"image_check": False}


def _item_texts(picker: CannedPicker) -> list[str]:
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_a_supervisor_attaches_and_removes_a_canned_file(
    open_desk: Any, server: Any, aio: Any, tmp_path: Path
) -> None:
    table = tmp_path / "fees.csv"
    table.write_text("network,fee\nTRC20,1 USDT\n", encoding="utf-8")
    shot = tmp_path / "where.png"
    image = io.BytesIO()
    Image.new("RGB", (300, 200), (230, 230, 230)).save(image, "PNG")
    shot.write_bytes(image.getvalue())

    async def open_picker(window: Any) -> CannedPicker:
        controller = window.conversation_controller
        controller.picker = None
        controller.open_canned()
        await until(lambda: getattr(controller, "picker", None), what="the picker")
        picker: CannedPicker = controller.picker
        QTest.keyClicks(picker.filter, "wdfee")
        reply = picker.current_reply()
        assert reply is not None and reply.key == FEES
        return picker

    async def body() -> None:
        window = await open_desk("sam")  # a supervisor
        row = first_row(window, vip_tier=0, channel="chat")
        await open_conversation(window, row.conversation_id)
        await until(lambda: window.desk.canned, 15, what="the canned replies")
        picker = await open_picker(window)
        assert picker.attach_button is not None and picker.attach_button.isEnabled()
        assert picker.remove_button is not None and not picker.remove_button.isEnabled()  # no file yet
        files = picker.findChild(CannedFilesController)
        assert files is not None
        reply = picker.current_reply()
        assert reply is not None

        picker.attach_button.click()  # the gesture: a file dialog, opened without a nested loop
        dialog = await until(lambda: picker.findChild(QFileDialog), what="the file dialog")
        assert dialog.isVisible()
        dialog.selectFile(str(table))
        dialog.accept()
        await until(
            lambda: "fees.csv" in picker.file_status.text() and "Added" in picker.file_status.text(),
            15,
            what="the file added",
        )
        assert any("Sends with it: fees.csv" in t for t in _item_texts(picker))
        assert "fees.csv" in picker.preview.toPlainText()
        assert [a.text() for a in picker.remove_button.menu().actions()] == ["fees.csv"]
        desk_reply = next(r for r in window.desk.canned if r.key == FEES)
        assert [a.filename for a in desk_reply.attachments] == ["fees.csv"]

        async def cached() -> list[str]:
            replies = await window.desk.store.canned_replies()
            return [a.filename for r in replies if r.key == FEES for a in r.attachments]

        for _ in range(500):  # the cache is written on the store's thread, a moment later
            if await cached() == ["fees.csv"]:
                break
            await asyncio.sleep(0.02)
        assert await cached() == ["fees.csv"]

        files.attach(reply, shot)  # an image the guard did not read: refused, with the reason
        await until(lambda: "could not read this image" in picker.file_status.text(), 15, what="refusal")
        assert [a.text() for a in picker.remove_button.menu().actions()] == ["fees.csv"]

        picker.remove_button.menu().actions()[0].trigger()
        await until(lambda: "Removed fees.csv" in picker.file_status.text(), 15, what="the file removed")
        assert not any("Sends with it" in t for t in _item_texts(picker))
        assert not picker.remove_button.isEnabled()

        files.attach(reply, table)  # back on, then the server goes: the picker reads the cache
        await until(lambda: "Added" in picker.file_status.text(), 15, what="the file added again")
        picker.reject()
        await server.stop()
        window.desk.canned = []  # as a desk started offline: only the cache knows the replies
        offline = await open_picker(window)
        assert any("Sends with it: fees.csv" in t for t in _item_texts(offline))
        offline.reject()

    aio(body, timeout=90)


def test_an_agents_picker_offers_no_file_buttons(qapp: Any) -> None:
    picker = CannedPicker([], CannedValues(customer_language="en", vip_tier=0))
    try:
        assert picker.attach_button is None and picker.remove_button is None
    finally:
        picker.deleteLater()


def test_the_supervisors_file_words_in_both_languages(qapp: Any) -> None:
    from app.ui import attachment_labels, i18n

    try:
        i18n.install("zh-CN")
        picker = CannedPicker([], CannedValues(customer_language="zh-CN", vip_tier=0), manage_files=True)
        assert picker.remove_button is not None and picker.remove_button.text() == "移除文件"
        assert attachment_labels.canned_file_added("fees.csv") == "已将 fees.csv 添加到此回复。"
        refusal = attachment_labels.refused("attachment_refused", "canned_image_not_checked: the guard ...")
        assert refusal == "安全检查无法读取此图片；快捷回复中的图片必须经检查确认安全。"
        picker.deleteLater()
        i18n.install("en")
        assert attachment_labels.refused("attachment_refused", "canned_too_many_files: x") == (
            "A canned reply carries at most 5 files."
        )
    finally:
        i18n.install("en")
