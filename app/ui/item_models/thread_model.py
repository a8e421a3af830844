"""The open conversation's messages as a Qt list model.

Holds :class:`ThreadItem` values keyed by the message's local id, so a reply that exists only
locally (sending) and the same reply confirmed by the server are one row whose delivery state
changes — ``dataChanged`` for that row, never a reset (:class:`KeyedListMixin`). Switching to
another conversation is the only reset (it is a different list). A system note with a code is
shown in the agent's language (``labels.system_note``), its English body when the code is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage

from app.policies.incidents import telegram_resend_target
from app.store import AttachmentView, MessageView
from app.ui import formats, labels
from app.ui.item_models.keyed_list import KeyedListMixin
from app.ui.item_models.roles import ThreadRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ThreadItem:
    key: str  # stable: the local id (or "s<server id>" when there is none)
    kind: str  # "customer", "agent", "system", "internal"
    author: str
    body: str
    time: datetime
    mine: bool = False
    delivery: str | None = None  # "sending", "sent", "failed" for our own replies
    error: str | None = None  # failure code of a failed reply
    error_text: str | None = None  # the server's reason, when it gave one
    local_id: Any = None
    redacted: int = 0
    redaction_kinds: tuple[str, ...] = ()  # what the guard removed (kinds, never the secrets)
    email_delivery: str | None = None
    note_code: str | None = None  # a system note's code and arguments (app/protocol/notes.py)
    note_args: dict[str, str] = field(default_factory=dict)
    by_server: bool = False  # written by the server itself ("System"; internal notes show it)
    files: tuple[AttachmentView, ...] = ()  # attachments (previews: ThreadModel.set_thumbnail)

    def text(self) -> str:
        """What the thread shows: a coded system note in the agent's language, else the body."""
        if self.note_code is None:
            return self.body
        return labels.system_note(self.note_code, self.note_args, self.body)



def thread_item(m: MessageView, me: str) -> ThreadItem:
    """The row of a cached message for the agent ``me`` (their own replies show delivery)."""
    kind = "internal" if m.internal else m.author_kind
    mine = m.author_kind == "agent" and m.author == me
    return ThreadItem(
        key=str(m.local_id),
        kind=kind,
        author=m.author_name,
        body=m.body,
        time=m.created_at,
        mine=mine,
        delivery=m.delivery_state if mine else None,
        error=m.failure_code,
        error_text=m.failure_reason,
        local_id=m.local_id,
        redacted=len(m.redactions),
        redaction_kinds=tuple(kind for kind, _severity in m.redactions),
        email_delivery=m.delivery,
        note_code=m.note_code,
        note_args=dict(m.note_args),
        by_server=m.author_kind == "system",
        files=m.files,
    )


class ThreadModel(KeyedListMixin[ThreadItem], QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ThreadItem] = []
        self._pos: dict[Any, int] = {}
        self._key = _item_key
        self.conversation_id: int | None = None
        self.thumbs: dict[int, QImage] = {}  # previews loaded (attachments_controller.py)

    # --- Qt API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ThreadRole.BODY):
            return item.text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return formats.utc_hover(item.time)
        values: dict[int, Any] = {
            ThreadRole.KIND: item.kind,
            ThreadRole.AUTHOR: labels.system_author() if item.by_server else item.author,
            ThreadRole.TIME: item.time,
            ThreadRole.DELIVERY: item.delivery,
            ThreadRole.ERROR: item.error,
            ThreadRole.ERROR_TEXT: item.error_text,
            ThreadRole.LOCAL_ID: item.local_id,
            ThreadRole.MINE: item.mine,
            ThreadRole.REDACTED: item.redacted,
            ThreadRole.REDACTION_KINDS: item.redaction_kinds,
            ThreadRole.KEY: item.key,
            ThreadRole.FILES: item.files,
            ThreadRole.THUMBS: self.thumbs,
            ThreadRole.RESEND: telegram_resend_target(item.note_code, item.note_args),
        }
        return values.get(role)

    # --- updates --------------------------------------------------------------------------------
    def reset(self, conversation_id: int | None, items: Iterable[ThreadItem]) -> None:
        """Show another conversation (the one full reset)."""
        self.beginResetModel()
        if conversation_id != self.conversation_id:
            self.thumbs = {}
        self.conversation_id = conversation_id
        self._items = list(items)
        self._reindex()
        self.endResetModel()

    def sync(self, items: Sequence[ThreadItem]) -> None:
        """The conversation's messages are now ``items`` (in order): signal only the differences."""
        self._apply(list(items))

    def set_thumbnail(self, attachment_id: int, image: QImage) -> None:
        """A preview arrived: repaint the rows that show it."""
        self.thumbs[attachment_id] = image
        for row, item in enumerate(self._items):
            if any(f.id == attachment_id for f in item.files):
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def set_delivery(self, key: str, delivery: str, error: str | None = None) -> None:
        row = self._pos.get(key)
        if row is None:
            return
        self._items[row] = replace(self._items[row], delivery=delivery, error=error)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def items(self) -> list[ThreadItem]:
        return list(self._items)

    def item(self, row: int) -> ThreadItem:
        return self._items[row]


def _item_key(item: ThreadItem) -> str:
    return item.key
