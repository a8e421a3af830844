"""Sends the inbox search to the server too (issue 15) and shows its hits under the inbox list.

The inbox pane's search filters the desk's cache as before; the same text, when the server would
take it (:func:`app.policies.server_search.server_query`), becomes a ``search`` request. The core's
:class:`~app.policies.server_search.ServerSearch` drops answers to an older text and adds pages;
this controller only moves requests and answers between it, the session and the pane. Offline,
or for a text the server would refuse, only the cache's results show. Opening a hit opens its
conversation (a customer hit without one the agent may see shows the customer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.client import RequestFailed
from app.policies.server_search import PAGE, ServerSearch
from app.protocol import search as ps
from app.ui import labels
from app.ui.desk import Desk
from app.ui.item_models.inbox_model import InboxModel
from app.ui.item_models.search_hits_model import SearchHitsModel
from app.ui.panes.inbox_pane import InboxFilters
from app.ui.panes.server_search_pane import ServerSearchPane


class ServerSearchController(QObject):
    def __init__(
        self,
        desk: Desk,
        inbox_model: InboxModel,
        open_conversation: Callable[[int], None],
        show_customer: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.state = ServerSearch()
        self.model = SearchHitsModel(self.state, self)
        self.model.in_list = lambda cid: inbox_model.row_of(cid) is not None
        self.pane = ServerSearchPane(self.model)
        self.answers = 0  # answers taken (tests)
        self.page = PAGE  # hits per request
        self._open_conversation = open_conversation
        self._show_customer = show_customer
        self.model.more_wanted.connect(self.more)
        self.pane.hit_opened.connect(self.open_hit)
        inbox_model.refreshed.connect(self.model.refresh_marks)

    def filters_changed(self, filters: InboxFilters) -> None:
        self.search(filters.search)

    def search(self, text: str) -> None:
        before = self.state.query
        asked = self.state.begin(text, self.page)
        if asked is None and self.state.query and self.state.query == before:
            return  # the same text again: its hits stay
        self.model.reset()
        self.pane.show_query(self.state.query)
        if asked is not None:
            self._send(asked)

    def more(self) -> None:
        asked = self.state.more(self.page)
        if asked is not None:
            self._send(asked)

    def _send(self, asked: ps.SearchParams) -> None:
        self.pane.show_searching()
        self.desk.bridge.run(
            self.desk.session.call(ps.SEARCH, asked),
            done=lambda result: self._answered(asked, result),
            error=lambda exc: self._failed(asked, exc),
            guard=self.pane,
            name="search",
        )

    def _answered(self, asked: ps.SearchParams, result: ps.SearchResult) -> None:
        added = self.state.accept(asked, result)
        if asked.query != self.state.query:
            return
        self.model.appended(len(added))
        self.pane.show_count(len(self.state.hits), self.state.next_before is not None)
        self.answers += 1

    def _failed(self, asked: ps.SearchParams, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        if self.state.fail(asked, code):
            self.pane.show_error(labels.error(code))

    def open_hit(self, hit: ps.SearchHit) -> None:
        if hit.conversation_id is not None:
            self._open_conversation(hit.conversation_id)
        else:
            self._show_customer(hit.customer.uid)
