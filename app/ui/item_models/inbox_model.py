"""The inbox list as a Qt model: a thin adapter over the store's inbox queries.

Like napari's ``_base_item_model.py`` it only translates the core's observables into Qt's
row signals, and like Anki's browser table it keeps row ids and loads rows lazily:

* Rows arrive a page at a time through ``canFetchMore``/``fetchMore`` (Qt's Fetch More
  pattern, FeelUOwn's ``ReaderFetchMoreMixin``) with a guard so two fetches never overlap;
  100,000 conversations cost what the visible pages cost.
* Ordering and filtering are the store's SQL (:class:`app.store.InboxQuery`); nothing here
  sorts or filters.
* A ``Store.rows_changed`` notice re-reads the loaded window (debounced, one read at a time)
  and applies the difference as removes, moves, inserts and ``dataChanged`` of the rows that
  differ — never a reset, so the selection and scroll position survive live traffic. Only a
  new query (another view, filter or search) resets the model.

The preview of a row whose last message is a coded system note is worded in the agent's language
(``labels.system_note``, as the thread does), the English text being the fallback.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from app.store.types import Change, InboxPage, InboxQuery, InboxRow
from app.ui import labels
from app.ui.async_bridge import AsyncBridge
from app.ui.item_models.keyed_list import KeyedListMixin
from app.ui.item_models.roles import InboxRole
from app.ui.widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
REFRESH_DELAY_MS = 120


class InboxSource(Protocol):
    """What the model needs of the store (``app.store.Store`` provides it)."""

    async def query_inbox(self, query: InboxQuery, offset: int = 0, limit: int = 50) -> InboxPage: ...


class InboxModel(KeyedListMixin[InboxRow], QAbstractListModel):
    total_changed = Signal(int)
    first_page_loaded = Signal()  # after each new query's first page (paint timing, tests)
    refreshed = Signal()  # after a change notice was applied

    def __init__(self, source: InboxSource, bridge: AsyncBridge, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._bridge = bridge
        self._query: InboxQuery | None = None
        self._items: list[InboxRow] = []
        self._pos: dict[Any, int] = {}
        self._key = _row_key
        self._total = 0
        self._generation = 0
        self._busy = False  # a fetch or refresh is in flight (they never overlap)
        self._dirty = False  # a change arrived while busy: refresh again afterwards
        self.updating = False  # apply_window is changing rows (see there)
        self.loaded = False
        self.first_page_ms: float | None = None
        self._query_started = 0.0
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)

    # --- Qt API ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.loaded and not self._busy and len(self._items) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._query is None:
            return
        self._start(
            self._source.query_inbox(self._query, len(self._items), PAGE_SIZE),
            self._more_arrived,
            offset=len(self._items),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        r = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.customer_name} {r.customer_uid}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(_preview(r))
        getter = _ROLE_GETTERS.get(role)
        return getter(r) if getter else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    # --- queries --------------------------------------------------------------------------------
    @property
    def query(self) -> InboxQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: InboxQuery) -> None:
        """Show another view: the one full reset, then the first page."""
        self._generation += 1
        self._query = query
        self._busy = False
        self._dirty = False
        self._refresh_timer.stop()
        self.beginResetModel()
        self._items, self._pos, self.loaded = [], {}, False
        self.endResetModel()
        self._query_started = time.perf_counter()
        self._start(self._source.query_inbox(query, 0, PAGE_SIZE), self._first_arrived, offset=0)

    def shutdown(self) -> None:
        """The window is closing: no more queries (the store is about to close)."""
        self._refresh_timer.stop()
        self._generation += 1
        self._query = None

    def on_change(self, change: Change) -> None:
        """Connected to ``Store.rows_changed``: re-read the loaded window soon (coalesced)."""
        if self._query is None or not change:
            return
        if self._busy:
            self._dirty = True
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._refresh()

    def _refresh(self) -> None:
        if self._query is None or not self.loaded:
            return
        if self._busy:
            self._dirty = True
            return
        window = max(len(self._items), PAGE_SIZE)
        self._start(self._source.query_inbox(self._query, 0, window), self._window_arrived, offset=0)

    def _start(
        self, coro: Coroutine[Any, Any, InboxPage], apply: Callable[[InboxPage, int], None], *, offset: int
    ) -> None:
        self._busy = True
        generation = self._generation

        def done(page: InboxPage) -> None:
            if generation != self._generation:
                return  # an answer for a query that is no longer shown
            self._busy = False
            apply(page, offset)
            if self._dirty:
                self._dirty = False
                self._refresh_timer.start()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._busy = False
            self._bridge.report("inbox.query", exc)

        self._bridge.run(coro, done=done, error=failed, name="inbox.query")

    # --- applying answers -----------------------------------------------------------------------
    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.total_changed.emit(total)

    def _first_arrived(self, page: InboxPage, _offset: int) -> None:
        if page.rows:
            self.beginInsertRows(QModelIndex(), 0, len(page.rows) - 1)
            self._items = list(page.rows)
            self._reindex()
            self.endInsertRows()
        self.loaded = True
        self._total = -1
        self._set_total(page.total)
        self.first_page_ms = (time.perf_counter() - self._query_started) * 1000
        self.first_page_loaded.emit()

    def _more_arrived(self, page: InboxPage, offset: int) -> None:
        self._set_total(page.total)
        if offset != len(self._items):
            return  # the window changed meanwhile; the next fetchMore asks again
        fresh = [r for r in page.rows if r.conversation_id not in self._pos]
        if fresh:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._items.extend(fresh)
            self._reindex(start)
            self.endInsertRows()

    def _window_arrived(self, page: InboxPage, _offset: int) -> None:
        self.apply_window(page.rows)
        self._set_total(page.total)
        self.refreshed.emit()

    def apply_window(self, new_rows: list[InboxRow]) -> None:
        """Turn the loaded rows into ``new_rows`` with the fewest Qt row signals. While it runs,
        :attr:`updating` is True: a view's current row that moves now moved because rows left
        or arrived, not because the agent chose another conversation."""
        self.updating = True
        try:
            self._apply(new_rows)
        finally:
            self.updating = False

    # --- lookups --------------------------------------------------------------------------------
    def row_of(self, conversation_id: int) -> int | None:
        return self._pos.get(conversation_id)

    def row_at(self, row: int) -> InboxRow:
        return self._items[row]

    def rows(self) -> list[InboxRow]:
        return list(self._items)


def _row_key(row: InboxRow) -> int:
    return row.conversation_id


def _preview(row: InboxRow) -> str:
    """The row's second line: a coded system note in the agent's language (as the thread words
    it), else the last message's text, else the subject."""
    text = row.last_message_preview or row.subject or ""
    if row.last_message_note_code is None:
        return text
    return labels.system_note(row.last_message_note_code, row.last_message_note_args, text)


_ROLE_GETTERS: dict[int, Callable[[InboxRow], Any]] = {
    InboxRole.ID: lambda r: r.conversation_id,
    InboxRole.CHANNEL: lambda r: r.channel,
    InboxRole.CUSTOMER_NAME: lambda r: r.customer_name,
    InboxRole.UID: lambda r: r.customer_uid,
    InboxRole.VIP_TIER: lambda r: r.vip_tier,
    InboxRole.PREVIEW: _preview,
    InboxRole.UNREAD: lambda r: r.unread_count,
    InboxRole.STATUS: lambda r: r.status,
    InboxRole.PRIORITY: lambda r: r.priority,
    InboxRole.ASSIGNEE: lambda r: r.assignee,
    InboxRole.SLA_DUE: lambda r: r.sla_due,
    InboxRole.SLA_STARTED: lambda r: r.created_at,
    InboxRole.WAITING_SINCE: lambda r: r.waiting_since,
    InboxRole.UPDATED_AT: lambda r: r.last_message_at,
    InboxRole.SUBJECT: lambda r: r.subject,
    InboxRole.ROW: lambda r: r,
    InboxRole.PREVIEW_AUTHOR: lambda r: r.last_message_author_kind,
    InboxRole.SLA_PAUSED_AT: lambda r: r.sla_paused_at,
    InboxRole.SLA_WARN_AT: lambda r: r.sla_warn_at,
    InboxRole.TEAM: lambda r: r.team,
    InboxRole.MENTIONS: lambda r: r.mention_unread,
}
