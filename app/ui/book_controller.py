"""Fills the client book from ``vip.book`` and keeps it current.

Asks the server with the pane's search and the model's sort; refreshes (debounced) when an event
may change a client's figures: ``vip.alert``, ``customer.updated``, ``callback.due``/``missed``
and conversations of VIP clients coming and going.

"Acknowledge alerts" sends ``vip.alert_ack`` with the selected client's alert ids (the core's
:mod:`app.policies.vip_alerts` says which); once the server confirms, the row drops the
acknowledged alerts at once and the book is fetched again. A refusal shows in the pane.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QObject, QTimer

from app.client import EventNotice, RequestFailed
from app.policies.vip_alerts import ackable_ids, without_acknowledged
from app.protocol import vip
from app.ui import labels
from app.ui.desk import Desk
from app.ui.item_models.book_model import BookModel
from app.ui.panes.book_pane import BookPane

REFRESH_DELAY_MS = 500
BOOK_PAGE = 200  # clients per vip.book request; more come a page at a time as the view scrolls
_REFRESHING_EVENTS = frozenset(
    {"vip.alert", "customer.updated", "callback.due", "callback.missed", "conversation.created"}
)


class BookController(QObject):
    def __init__(self, desk: Desk, pane: BookPane, model: BookModel, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.model = model
        self.search = ""
        self.loads = 0  # completed loads (tests)
        self.acks = 0  # confirmed acknowledgements (tests)
        self.active = False  # loads only once the book has been shown
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        pane.search_changed.connect(self._set_search)
        pane.ack_requested.connect(self.acknowledge)
        model.sort_requested.connect(lambda _code: self.refresh())
        model.more_wanted.connect(self._more)
        desk.event_received.connect(self._on_event)
        desk.came_online.connect(self._schedule)

    def show(self) -> None:
        self.active = True
        self.refresh()

    def refresh(self) -> None:
        """Fetch the book again from the top, as many rows as are shown now (so a refresh after an
        event does not drop the pages the manager scrolled to)."""
        self._timer.stop()
        asked = self._params()
        self.desk.bridge.run(
            self._pages(asked, max(BOOK_PAGE, self.model.rowCount())),
            done=lambda result: self._loaded(asked, *result),
            guard=self.pane,
            name="vip.book",
        )

    def _params(self, *, limit: int = BOOK_PAGE, cursor: str | None = None) -> vip.BookParams:
        """What the pane asks for now: the model's sort and the search (none when blank)."""
        sort = self.model.sort_code
        return vip.BookParams(sort=sort, search=self.search or None, limit=limit, cursor=cursor)

    async def _pages(self, asked: vip.BookParams, wanted: int) -> tuple[list[vip.BookRow], int, str | None]:
        clients: list[vip.BookRow] = []
        cursor: str | None = None
        total = 0
        while True:
            limit = min(BOOK_PAGE, wanted - len(clients))
            page = msgspec.structs.replace(asked, limit=max(limit, 1), cursor=cursor)
            result = await self.desk.session.call(vip.BOOK, page)
            clients.extend(result.clients)
            total, cursor = result.total, result.next_cursor
            if cursor is None or len(clients) >= wanted:
                return clients, total, cursor

    def _current(self, asked: vip.BookParams) -> bool:
        return (asked.search or "") == self.search and asked.sort == self.model.sort_code

    def _loaded(
        self, asked: vip.BookParams, clients: list[vip.BookRow], total: int, cursor: str | None
    ) -> None:
        if not self._current(asked):
            return  # an older answer; the newer request is on its way
        self.model.set_rows(clients, total, cursor)
        self.pane.show_total(len(clients), total)
        self.loads += 1

    def _more(self, cursor: str) -> None:
        asked = self._params(limit=BOOK_PAGE, cursor=cursor)

        def loaded(result: vip.BookResult) -> None:
            if not self._current(asked) or self.model.next_cursor != cursor:
                return  # the book was fetched again meanwhile
            self.model.append_rows(result.clients, result.next_cursor)
            self.pane.show_total(self.model.rowCount(), result.total)
            self.loads += 1

        def failed(exc: BaseException) -> None:
            self.model.page_failed()
            self._show_failure(exc)

        self.desk.bridge.run(self.desk.session.call(vip.BOOK, asked), done=loaded,
                             error=failed, guard=self.pane, name="vip.book.more")

    def acknowledge(self, uid: str) -> None:
        ids = ackable_ids(self.model.row_of(uid))
        if not ids:
            return
        self.pane.clear_error()
        self.desk.bridge.run(
            self.desk.session.call(vip.ALERT_ACK, vip.AlertAckParams(uid=uid, alert_ids=ids)),
            done=lambda result: self._acknowledged(uid, result.acknowledged),
            error=self._show_failure,
            guard=self.pane,
            name="vip.alert_ack",
        )

    def _acknowledged(self, uid: str, acknowledged: list[str]) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.model.replace_row(without_acknowledged(row, acknowledged))
        self.acks += 1
        self.refresh()  # the server's truth (other alerts may have come or gone meanwhile)

    def _show_failure(self, exc: BaseException) -> None:
        self.pane.show_error(labels.error(exc.code if isinstance(exc, RequestFailed) else "internal"))

    def _set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def _on_event(self, notice: EventNotice) -> None:
        if notice.name in _REFRESHING_EVENTS:
            self._schedule()

    def _schedule(self) -> None:
        if self.active:
            self._timer.start()
