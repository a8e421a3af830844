"""The client book pages through a book of any size (it used to stop at the first 1,000 clients):
scrolling to the end asks the server for the next page; a refresh keeps what was scrolled to."""

from __future__ import annotations

from typing import Any

import pytest

from app.protocol import vip as pv
from app.ui import book_controller
from tests.ui.helpers import until


def test_scrolling_pages_through_the_whole_book(
    open_desk: Any, aio: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(book_controller, "BOOK_PAGE", 7)  # vera's book has more than 20 clients

    async def body() -> None:
        window = await open_desk("vera")
        vip = window.vip
        window.actions_by_key["book"].trigger()
        await until(lambda: vip.book_controller.loads >= 1, what="the book")
        model, table = vip.book_model, vip.book.table
        truth = await window.desk.session.call(pv.BOOK, pv.BookParams(limit=1000))
        # a page of 7; the dock is tall enough for more, so the view may already have asked for the next
        assert 7 <= model.rowCount() < truth.total and model.total == truth.total > 20
        assert vip.book.total.text().endswith(f" of {truth.total} clients")

        def scrolled_to_the_end() -> bool:
            table.scrollToBottom()
            model.fetchMore()  # what the view does when its scroll bar reaches the end
            return model.rowCount() == truth.total

        await until(scrolled_to_the_end, timeout=20, what="every page")
        assert [r.uid for r in model.rows()] == [r.uid for r in truth.clients]  # in order, once each
        assert not model.canFetchMore()

        loads = vip.book_controller.loads
        vip.book_controller.refresh()  # an event refreshes the book: the pages stay
        await until(lambda: vip.book_controller.loads > loads, what="refreshed")
        assert [r.uid for r in model.rows()] == [r.uid for r in truth.clients]

    aio(body)
