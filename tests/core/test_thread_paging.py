"""History paging of a thread without a window: the store's thread window (newest page, a floor
that never rises, one more page before it) and the core's pager (server pages online, cache pages
offline, "beginning" bookkeeping, one load at a time, results of a conversation left dropped)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from app.core.thread_paging import History, ThreadPager, ThreadWindow
from app.protocol.types import Message
from app.store import Store
from tests.support.factories import message
from tests.support.helpers import with_store

CID = 7


def history(cid: int, count: int, first_id: int = 1000) -> list[Message]:
    """``count`` messages of conversation ``cid``, oldest first, bodies ``m0``, ``m1``, ..."""
    return [message(first_id + i, cid, f"m{i}", minutes=i) for i in range(count)]


def bodies(window: ThreadWindow | None) -> list[str]:
    assert window is not None
    return [m.body for m in window.messages]


class FakeServer:
    """``conversation.messages`` over a fixed history, storing each page (as the session does)."""

    def __init__(self, store: Store, messages: Sequence[Message]) -> None:
        self.store = store
        self.messages = list(messages)
        self.calls: list[tuple[int, int | None, int]] = []
        self.gate: asyncio.Event | None = None  # when set, fetches wait for it
        self.fail: BaseException | None = None

    async def fetch(self, conversation_id: int, *, before: int | None, limit: int) -> bool:
        self.calls.append((conversation_id, before, limit))
        if self.gate is not None:
            await self.gate.wait()
        if self.fail is not None:
            raise self.fail
        mine = [m for m in self.messages if m.conversation_id == conversation_id]
        older = [m for m in mine if before is None or m.id < before]
        page = older[-limit:]
        await self.store.upsert_messages(page)
        return len(older) > limit


def pager_for(store: Store, server: FakeServer, online: list[bool], page: int = 10) -> ThreadPager:
    return ThreadPager(store, server.fetch, lambda: online[0], page_size=page)


async def run(work: object) -> ThreadWindow | None:
    assert work is not None, "the pager refused to load"
    return await work  # type: ignore[misc,no-any-return]


# --- the store's window ---------------------------------------------------------------------------
@with_store
async def test_store_window_pages_back_from_a_floor_that_never_rises(store: Store) -> None:
    await store.upsert_messages(history(CID, 25) + history(CID + 1, 5, first_id=5000))
    newest = await store.thread(CID, latest=10)
    assert [m.body for m in newest.messages] == [f"m{i}" for i in range(15, 25)]
    assert newest.floor == 1015 and newest.older_cached and newest.oldest_cached == 1000

    page = await store.thread(CID, floor=newest.floor, older=10, latest=10)
    assert [m.body for m in page.messages] == [f"m{i}" for i in range(5, 25)]
    assert page.floor == 1005 and page.older_cached

    last = await store.thread(CID, floor=page.floor, older=10, latest=10)
    assert [m.body for m in last.messages] == [f"m{i}" for i in range(25)]
    assert last.floor == 1000 and not last.older_cached

    # New messages arrive: a window with a floor grows at the end, nothing drops out at the top.
    await store.upsert_messages([message(1100 + i, CID, f"new{i}", minutes=100 + i) for i in range(12)])
    pinned = await store.thread(CID, floor=page.floor, latest=10)
    expected = [f"m{i}" for i in range(5, 25)] + [f"new{i}" for i in range(12)]
    assert [m.body for m in pinned.messages] == expected
    assert pinned.floor == 1005
    fresh = await store.thread(CID, latest=10)  # no floor: just the newest page
    assert [m.body for m in fresh.messages] == [f"new{i}" for i in range(2, 12)]


@with_store
async def test_store_window_keeps_undelivered_replies_last(store: Store) -> None:
    await store.upsert_messages(history(CID, 5))
    await store.enqueue_message(CID, "my reply", internal=False, client_msg_id="c1", author="alice",
                                author_name="Alice")
    window = await store.thread(CID, latest=3)
    assert [m.body for m in window.messages] == ["m2", "m3", "m4", "my reply"]
    assert window.messages[-1].server_id is None
    empty = await store.thread(CID + 50, latest=3)
    assert empty.messages == [] and empty.floor is None and not empty.older_cached


# --- the pager --------------------------------------------------------------------------------
@with_store
async def test_pager_pages_the_whole_history_in_order_once_then_says_beginning(store: Store) -> None:
    server = FakeServer(store, history(CID, 35))
    pager = pager_for(store, server, [True])
    pager.open(CID)
    assert pager.history is History.MORE
    latest = await run(pager.load_latest())
    assert bodies(latest) == [f"m{i}" for i in range(25, 35)]
    assert latest is not None and latest.history is History.MORE and pager.is_current(latest)
    shown = bodies(latest)
    while pager.can_load_earlier:
        window = await run(pager.load_earlier())
        assert bodies(window)[-len(shown):] == shown  # earlier ones come in above, nothing else moves
        shown = bodies(window)
    assert shown == [f"m{i}" for i in range(35)]  # in order, each exactly once
    assert pager.history is History.BEGINNING
    assert server.calls == [(CID, None, 10), (CID, 1025, 10), (CID, 1015, 10), (CID, 1005, 10)]
    assert pager.load_earlier() is None  # nothing before the beginning


@with_store
async def test_short_conversation_is_at_its_beginning_after_opening(store: Store) -> None:
    server = FakeServer(store, history(CID, 4))
    pager = pager_for(store, server, [True])
    pager.open(CID)
    window = await run(pager.load_latest())
    assert bodies(window) == ["m0", "m1", "m2", "m3"]
    assert window is not None and window.history is History.BEGINNING


@with_store
async def test_two_gestures_load_once(store: Store) -> None:
    server = FakeServer(store, history(CID, 40))
    pager = pager_for(store, server, [True])
    pager.open(CID)
    await run(pager.load_latest())
    server.gate = asyncio.Event()
    first = pager.load_earlier()
    assert pager.history is History.LOADING  # at once, before the work runs
    assert pager.load_earlier() is None and pager.load_latest() is None
    task = asyncio.ensure_future(run(first))
    await asyncio.sleep(0.05)
    assert pager.load_earlier() is None
    server.gate.set()
    window = await task
    assert bodies(window) == [f"m{i}" for i in range(20, 40)]
    assert [c[1] for c in server.calls] == [None, 1030]  # one fetch for the two gestures
    assert pager.history is History.MORE


@with_store
async def test_switching_conversations_while_loading_drops_the_old_result(store: Store) -> None:
    server = FakeServer(store, history(CID, 30) + history(CID + 1, 3, first_id=5000))
    pager = pager_for(store, server, [True])
    pager.open(CID)
    await run(pager.load_latest())
    server.gate = asyncio.Event()
    loading = asyncio.ensure_future(run(pager.load_earlier()))
    await asyncio.sleep(0.05)
    pager.open(CID + 1)  # the agent opens another conversation meanwhile
    assert pager.history is not History.LOADING
    other = asyncio.ensure_future(run(pager.load_latest()))  # the new conversation may load at once
    server.gate.set()
    assert await loading is None  # not shown in the other conversation's thread
    window = await other
    assert bodies(window) == ["m0", "m1", "m2"] and window is not None and window.conversation_id == CID + 1
    assert pager.is_current(window)
    # The old page went to the cache, under its own conversation.
    assert len((await store.thread(CID, latest=100)).messages) == 20


@with_store
async def test_offline_pages_the_cache_then_needs_a_connection(store: Store) -> None:
    server = FakeServer(store, history(CID, 45))
    await store.upsert_messages(server.messages[20:])  # cached earlier: m20..m44
    online = [False]
    pager = pager_for(store, server, online)
    pager.open(CID)
    window = await run(pager.load_latest())
    assert bodies(window) == [f"m{i}" for i in range(35, 45)] and pager.history is History.MORE
    window = await run(pager.load_earlier())
    window = await run(pager.load_earlier())
    assert bodies(window) == [f"m{i}" for i in range(20, 45)]
    assert server.calls == []  # offline: the server is not asked
    assert pager.history is History.NEEDS_CONNECTION and window is not None
    assert window.history is History.NEEDS_CONNECTION
    assert pager.load_earlier() is None
    online[0] = True  # back online: the rest comes from the server
    assert pager.history is History.MORE
    window = await run(pager.load_earlier())
    assert bodies(window) == [f"m{i}" for i in range(10, 45)]
    assert server.calls == [(CID, 1020, 10)]


@with_store
async def test_a_failed_fetch_still_pages_the_cache(store: Store) -> None:
    server = FakeServer(store, history(CID, 30))
    await store.upsert_messages(server.messages)
    pager = pager_for(store, server, [True])
    pager.open(CID)
    server.fail = ConnectionError("lost")
    await run(pager.load_latest())
    window = await run(pager.load_earlier())
    assert bodies(window) == [f"m{i}" for i in range(10, 30)]
    assert pager.history is History.MORE and not pager.loading


@with_store
async def test_a_refresh_during_a_load_does_not_hide_the_loaded_page(store: Store) -> None:
    server = FakeServer(store, history(CID, 40))
    pager = pager_for(store, server, [True])
    pager.open(CID)
    await run(pager.load_latest())
    server.gate = asyncio.Event()
    loading = asyncio.ensure_future(run(pager.load_earlier()))
    await asyncio.sleep(0.05)
    during = await pager.refresh()
    server.gate.set()
    loaded = await loading
    assert bodies(loaded) == [f"m{i}" for i in range(20, 40)]
    assert during is not None and not pager.is_current(during)  # superseded by the loaded page
    await store.upsert_messages([message(2000, CID, "new", minutes=500)])
    after = await pager.refresh()
    assert bodies(after) == [f"m{i}" for i in range(20, 40)] + ["new"]


class SlowStore:
    """The store, with its next thread query held until ``release`` (a slow worker thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.held: asyncio.Event | None = None

    def hold_next(self) -> asyncio.Event:
        self.held = asyncio.Event()
        return self.held

    async def thread(self, *args: object, **kwargs: object) -> object:
        held, self.held = self.held, None
        if held is not None:
            await held.wait()
        return await self.store.thread(*args, **kwargs)  # type: ignore[arg-type]

    async def upsert_messages(self, messages: Sequence[Message]) -> None:
        await self.store.upsert_messages(messages)


@with_store
async def test_a_refresh_that_ends_after_a_load_still_shows_the_loaded_page(store: Store) -> None:
    slow = SlowStore(store)
    server = FakeServer(store, history(CID, 40))
    pager = ThreadPager(slow, server.fetch, lambda: True, page_size=10)  # type: ignore[arg-type]
    pager.open(CID)
    await run(pager.load_latest())
    release = slow.hold_next()
    refresh = asyncio.ensure_future(pager.refresh())  # asked with the floor before the load
    await asyncio.sleep(0.05)
    loaded = await run(pager.load_earlier())
    assert bodies(loaded) == [f"m{i}" for i in range(20, 40)]
    release.set()
    late = await refresh
    assert late is not None and pager.is_current(late) and not pager.is_current(loaded)
    assert bodies(late) == [f"m{i}" for i in range(20, 40)]  # the loaded page stays shown
