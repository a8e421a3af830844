"""History paging in the real window against the real backend: scrolling to the top (or the
"Load earlier messages" button, from the keyboard) pages older messages in from the server above
the thread, in order and once each, without moving the message the agent was looking at; the
thread ends with "Beginning of the conversation". Offline, the cache pages in and the agent is
told older ones need a connection; leaving a conversation while it loads shows nothing of it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.core.thread_paging import PAGE_SIZE, History
from tests.support.server import AgentClient, CustomerClient
from tests.ui.helpers import open_conversation, rows, thread_bodies, until

POSTED = 130  # customer messages on top of the demo conversation's own: three pages and more


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return {"rate_limit_per_second": 1000.0, "rate_limit_burst": 1000}


async def long_conversation(server: Any) -> tuple[int, list[str]]:
    """A chat conversation with ``POSTED`` more customer messages, written before the desk opens
    (so its cache holds none of them); returns its id and every message body, oldest first."""
    alice = await AgentClient.login(server.ws_url, "alice", "demo")
    try:
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        uid = next(
            c["customer"]["uid"]
            for c in convs
            if c["channel"] == "chat" and c["status"] != "resolved" and c["customer"]["vip_tier"] == 0
            and c["customer"]["language"] == "en" and c["assignee"] in (None, "alice")
        )
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        for i in range(POSTED):
            await customer.send(f"Paging line {i:03d}", client_msg_id=f"paging-{i}")
        await customer.close()
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        cid = max(
            c["id"]
            for c in convs
            if c["customer"]["uid"] == uid and c["channel"] == "chat" and c["status"] != "resolved"
        )
        messages = (await alice.request("conversation.messages", conversation_id=cid, limit=1000))["messages"]
        return cid, [m["body"] for m in messages]
    finally:
        await alice.close()


def top_anchor(window: Any) -> tuple[str, int]:
    """The key of the message at the top of the thread's viewport and its y there."""
    thread = window.conversation.thread_view
    index = thread.indexAt(QPoint(thread.viewport().width() // 2, 0))
    assert index.isValid()
    return window.conversation.thread_model.item(index.row()).key, thread.visualRect(index).top()


def y_of(window: Any, key: str) -> int:
    model = window.conversation.thread_model
    row = next(i for i, item in enumerate(model.items()) if item.key == key)
    return int(window.conversation.thread_view.visualRect(model.index(row)).top())


async def settle() -> None:
    await asyncio.sleep(0.25)  # delayed layouts and any late refresh have run


async def page_in(window: Any, gesture: str = "scroll") -> None:
    """Ask for earlier messages like the agent does; check the anchor stayed put."""
    pane = window.conversation
    thread, model = pane.thread_view, pane.thread_model
    bar = thread.verticalScrollBar()
    count = model.rowCount()
    if gesture == "scroll":
        bar.setValue(bar.minimum())  # scrolled to the top: the load starts at once
    key, y = top_anchor(window)
    if gesture == "keyboard":
        button = pane.history.button
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.isVisibleTo(window)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
    assert pane.history.state is History.LOADING
    assert pane.history.button.text() == "Loading earlier messages…"
    await until(lambda: model.rowCount() > count, what="earlier messages")
    await until(lambda: pane.history.state is not History.LOADING, what="loaded")
    await settle()
    assert abs(y_of(window, key) - y) <= 3, "the message at the top moved"


def test_scrolling_up_pages_in_the_whole_history_without_a_jump(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        cid, everything = await long_conversation(server)
        assert len(everything) > 2 * PAGE_SIZE + 20
        window = await open_desk("alice")
        pane = window.conversation
        await open_conversation(window, cid)
        await until(lambda: len(thread_bodies(window)) == PAGE_SIZE, what="the newest page")
        await until(lambda: pane.history.state is History.MORE, what="more to load")
        assert thread_bodies(window) == everything[-PAGE_SIZE:]
        assert not pane.history.button.isHidden() and pane.history.button.text() == "Load earlier messages"
        cached = await window.desk.store.thread(cid, latest=10_000)
        assert len(cached.messages) == PAGE_SIZE  # the rest is on the server only

        await page_in(window)
        assert thread_bodies(window) == everything[-2 * PAGE_SIZE :]
        await page_in(window, "keyboard")
        assert thread_bodies(window) == everything[-3 * PAGE_SIZE :]
        for _ in range(5):
            if pane.history.state is not History.MORE:
                break
            await page_in(window)
        assert pane.history.state is History.BEGINNING
        assert not pane.history.status.isHidden()
        assert pane.history.status.text() == "Beginning of the conversation"
        assert pane.history.button.isHidden()
        assert thread_bodies(window) == everything  # in order, each exactly once
        keys = [item.key for item in pane.thread_model.items()]
        assert len(keys) == len(set(keys)) == len(everything)
        assert len((await window.desk.store.thread(cid, latest=10_000)).messages) == len(everything)

        # At the beginning, scrolling to the top asks for nothing more.
        pane.thread_view.verticalScrollBar().setValue(pane.thread_view.verticalScrollBar().maximum())
        pane.thread_view.verticalScrollBar().setValue(0)
        assert pane.history.state is History.BEGINNING

    aio(body, timeout=120)


def test_offline_pages_the_cache_and_says_older_ones_need_a_connection(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        cid, everything = await long_conversation(server)
        window = await open_desk("alice")
        pane = window.conversation
        await open_conversation(window, cid)
        await until(lambda: len(thread_bodies(window)) == PAGE_SIZE, what="the newest page")
        await until(lambda: pane.history.state is History.MORE, what="more to load")
        await page_in(window)  # online: the cache now holds two pages
        assert thread_bodies(window) == everything[-2 * PAGE_SIZE :]

        await server.stop()
        await until(lambda: not window.desk.session.online, timeout=15, what="offline")
        await until(lambda: pane.history.state is History.NEEDS_CONNECTION, what="needs a connection")
        assert pane.history.status.text() == "Older messages need a connection"
        assert pane.history.button.isHidden()

        other = next(r.conversation_id for r in rows(window) if r.conversation_id != cid)
        await open_conversation(window, other)
        await open_conversation(window, cid)  # opened again: the newest page, from the cache
        await until(lambda: thread_bodies(window) == everything[-PAGE_SIZE:], what="the newest page again")
        await until(lambda: pane.history.state is History.MORE, what="the cache has more")
        await settle()
        await page_in(window)
        assert thread_bodies(window) == everything[-2 * PAGE_SIZE :]
        assert pane.history.state is History.NEEDS_CONNECTION
        assert pane.history.status.text() == "Older messages need a connection"

    aio(body, timeout=120)


def test_leaving_a_conversation_while_it_loads_shows_nothing_of_it(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        cid, everything = await long_conversation(server)
        window = await open_desk("alice")
        pane = window.conversation
        await open_conversation(window, cid)
        await until(lambda: pane.history.state is History.MORE, what="more to load")
        await settle()
        bar = pane.thread_view.verticalScrollBar()
        bar.setValue(bar.minimum())
        assert pane.history.state is History.LOADING
        other = next(r.conversation_id for r in rows(window) if r.conversation_id != cid)
        shown: list[str] = []  # every body the thread shows from now on, however briefly
        model = pane.thread_model

        def collect(*_args: Any) -> None:
            shown.extend(item.body for item in model.items())

        model.rowsInserted.connect(collect)
        model.dataChanged.connect(collect)
        await open_conversation(window, other)  # while the page is on its way
        await until(lambda: pane.history.state is not History.LOADING, what="the other thread's state")
        await settle()
        model.rowsInserted.disconnect(collect)
        model.dataChanged.disconnect(collect)
        assert shown and not any(b.startswith("Paging line") for b in shown)
        assert pane.thread_model.conversation_id == other
        # The page went to the cache: the long conversation shows it when paged again.
        await open_conversation(window, cid)
        await until(lambda: pane.history.state is History.MORE, what="more to load again")
        await settle()
        await page_in(window)
        assert thread_bodies(window) == everything[-2 * PAGE_SIZE :]

    aio(body, timeout=120)
