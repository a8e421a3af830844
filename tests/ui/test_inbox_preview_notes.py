"""The inbox row words a system note as the thread does: when a conversation's last message is a
coded note, the preview under the customer's name is ``labels.system_note`` in the agent's
language (Simplified Chinese here), not the English body the server wrote."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app.protocol import notes
from app.ui import i18n, labels
from app.ui.item_models.inbox_model import _preview
from app.ui.item_models.roles import InboxRole
from tests.support.server import AgentClient
from tests.ui.helpers import first_row, until
from tests.ui.test_inbox_model import make_row

CJK = re.compile(r"[\u4e00-\u9fff]")


class _TextRecorder(QPainter):
    """A painter that remembers every string the delegate draws."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def painted_texts(window: Any, row: int) -> list[str]:
    """What the inbox delegate paints for ``row`` (wide enough that nothing is elided)."""
    index = window.inbox_model.index(row)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 2400, 62)
    image = QImage(2400, 62, QImage.Format.Format_ARGB32)
    painter = _TextRecorder(image)
    try:
        window.inbox.delegate.paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts


def test_the_inbox_preview_of_a_ticket_note_is_in_the_desks_language(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        model = window.inbox_model
        chat = first_row(window, channel="chat", vip_tier=0)
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        made = await bob.request("ticket.create", conversation_id=chat.conversation_id, category="kyc")
        tid = made["conversation"]["id"]
        await bob.close()

        def current() -> Any:
            row = model.row_of(chat.conversation_id)
            return None if row is None else model.row_at(row)

        def noted() -> Any:
            row = current()
            return row if row is not None and row.last_message_note_code == notes.TICKET_OPENED else None

        row = await until(noted, what="the ticket's note as the chat's last message")
        english = f"Ticket #{tid} (kyc) opened by Bob Wang 王博."
        assert row.last_message_preview == english  # the server's body, kept as the fallback
        assert row.last_message_note_args == {"ticket_id": str(tid), "category": "kyc",
                                              "agent_name": "Bob Wang 王博"}

        def preview() -> Any:
            return model.index(model.row_of(chat.conversation_id)).data(InboxRole.PREVIEW)

        # English: the desk's own wording (the category in words), not the server's body
        assert preview() == f"Ticket #{tid} opened by Bob Wang 王博. Category: Identity verification (KYC)."
        try:
            i18n.install("zh-CN")
            chinese = labels.system_note(notes.TICKET_OPENED, row.last_message_note_args, english)
            assert chinese != english and CJK.search(chinese.replace("王博", ""))
            assert labels.ticket_category("kyc") in chinese
            assert preview() == chinese
            index = model.index(model.row_of(chat.conversation_id))
            assert index.data(InboxRole.PREVIEW_AUTHOR) != "agent"  # no "answered" mark on a note
            assert chinese in painted_texts(window, index.row())  # what the row shows
            assert chinese in str(index.data(Qt.ItemDataRole.ToolTipRole))
        finally:
            i18n.install("en")
        assert preview().startswith(f"Ticket #{tid} opened by")

    aio(body)


def test_a_row_without_a_code_shows_its_text(qapp: Any) -> None:
    """A plain last message, and a code this desk does not know (a newer server): the preview text."""
    plain = make_row(1, preview="where is my deposit")
    unknown = replace(plain, last_message_note_code="ticket.merged", last_message_note_args={"into": "7"})
    resolved = replace(plain, last_message_preview="Marked as resolved by Bob Wang.",
                       last_message_note_code=notes.RESOLVED, last_message_note_args={"agent_name": "Bob"})
    assert _preview(plain) == "where is my deposit"
    assert _preview(unknown) == "where is my deposit"
    assert _preview(resolved) == labels.system_note(notes.RESOLVED, {"agent_name": "Bob"}, "")
