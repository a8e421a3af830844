"""Fills the client book from ``vip.book`` and keeps it current.

Asks the server with the pane's search and the model's sort; refreshes (debounced) when an event
may change a client's figures: ``vip.alert``, ``customer.updated``, ``callback.due``/``missed``
and conversations of VIP clients coming and going.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.client import EventNotice
from app.ui.desk import Desk
from app.ui.item_models.book_model import BookModel
from app.ui.panes.book_pane import BookPane

REFRESH_DELAY_MS = 500
BOOK_LIMIT = 1000
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
        self.active = False  # loads only once the book has been shown
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        pane.search_changed.connect(self._set_search)
        model.sort_requested.connect(lambda _code: self.refresh())
        desk.event_received.connect(self._on_event)
        desk.came_online.connect(self._schedule)

    def show(self) -> None:
        self.active = True
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        params: dict[str, Any] = {"sort": self.model.sort_code, "limit": BOOK_LIMIT}
        if self.search:
            params["search"] = self.search
        self.desk.bridge.run(
            self.desk.session.request("vip.book", **params),
            done=lambda result, asked=dict(params): self._loaded(asked, result),
            guard=self.pane,
            name="vip.book",
        )

    def _loaded(self, asked: dict[str, Any], result: Any) -> None:
        if asked.get("search", "") != self.search or asked["sort"] != self.model.sort_code:
            return  # an older answer; the newer request is on its way
        self.model.set_rows(result.clients, result.total)
        self.pane.show_total(len(result.clients), result.total)
        self.loads += 1

    def _set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def _on_event(self, notice: EventNotice) -> None:
        if notice.name in _REFRESHING_EVENTS:
            self._schedule()

    def _schedule(self) -> None:
        if self.active:
            self._timer.start()
