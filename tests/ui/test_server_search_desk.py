"""Issue 15 at the desk: the inbox search goes to the server too, against the real backend. The
server's hits show under the list, apart from the cache's rows ("From the server"), a page at a
time, with the match highlighted in each snippet; a real name the desk only sees masked is found
by the server (the cache cannot: "Haddad": 0 hits); a hit opens its conversation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.policies.server_search import snippet_spans
from app.ui import theme
from app.ui.item_models.search_hits_model import SearchHitsModel
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, until


def _search(window: Any, text: str) -> None:
    window.inbox.search.setText(text)
    QTest.keyClick(window.inbox.search, Qt.Key.Key_Return)


def _highlighted_pixels(view: Any) -> int:
    image = view.viewport().grab().toImage()
    mark = theme.color("highlight").rgb()
    return sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
        if image.pixel(x, y) == mark
    )


def test_the_desk_shows_the_servers_hits_beside_its_own_paged_and_highlighted(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        controller, pane = window.server_search, window.server_search.pane
        model = controller.model
        assert not pane.isVisible()
        row = first_row(window, channel="chat", language="en")

        # a masked real name: the desk's cache finds nothing, the server finds the customer
        _search(window, "Haddad")
        await until(lambda: controller.answers >= 1, what="the server's answer")
        assert pane.isVisible() and pane.title.text() == "From the server"
        hits = [model.hit(r) for r in range(model.rowCount())]
        names = [h for h in hits if h is not None and h.kind == "name"]
        assert names and all("Haddad" not in h.customer.name for h in names)  # shown masked
        await until(lambda: window.inbox_model.loaded, what="the cache's rows")
        assert window.inbox_model.rowCount() == 0  # the cache alone: nothing
        assert model.data(model.index(hits.index(names[0])), SearchHitsModel.IN_LIST) is False

        # seven new messages with one word: pages of three, newest first, each once
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        sent = [(await customer.send(f"ticket {n} about the PAGEWORD refund"))["message_id"]
                for n in range(7)]
        await customer.close()
        controller.page = 3
        answers = controller.answers
        _search(window, "pageword")
        await until(lambda: controller.answers > answers, what="the first page")
        # a page of 3; the list is tall enough for more, so the view may already have asked for the next
        assert model.rowCount() >= 3

        def scrolled_to_the_end() -> bool:
            pane.list.scrollToBottom()
            model.fetchMore()  # what the view does when its scroll bar reaches the end
            return not model.canFetchMore() and not controller.state.loading

        await until(scrolled_to_the_end, what="every page")
        found = [model.hit(r).message_id for r in range(model.rowCount())]  # type: ignore[union-attr]
        assert found == sorted(sent, reverse=True)  # newest first, each once
        assert pane.status.text() == "7 results" and controller.answers - answers == 3  # 3 + 3 + 1

        # the word is highlighted in the snippets as painted
        assert all(snippet_spans(model.hit(r).snippet or "", "pageword") for r in range(7))  # type: ignore[union-attr]
        pane.list.scrollToTop()
        assert pane.delegate.query == "pageword" and _highlighted_pixels(pane.list) > 20

        # the cache shows that conversation too (its last message has the word): marked so
        await until(lambda: window.inbox_model.row_of(row.conversation_id) is not None,
                    what="the cache's row")
        await until(lambda: model.data(model.index(0), SearchHitsModel.IN_LIST) is True, what="the mark")

        # opening a hit opens its conversation
        pane.list.setFocus()
        pane.list.setCurrentIndex(model.index(2))
        QTest.keyClick(pane.list, Qt.Key.Key_Return)
        conv = window.conversation_controller
        await until(lambda: conv.conversation_id == row.conversation_id, what="the conversation opened")

        # a text the server would refuse (one character): only the cache searches
        answers = controller.answers
        _search(window, "p")
        assert not pane.isVisible() and model.rowCount() == 0 and controller.answers == answers

    aio(body)
