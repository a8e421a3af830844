"""The unread total (the window title's count) is summed in SQL over the whole view — not over
the first page of rows — and a locked store answers 0."""

from __future__ import annotations

from pathlib import Path

from app.store import STATUS_ANY, InboxQuery, Store, View
from tests.support.factories import conversation, message, posted
from tests.support.helpers import opened_store

OPEN = 1_200  # more than the 1,000 rows the title bar used to sum
OLD_WINDOW = 1_000


async def _fill(store: Store) -> int:
    """A snapshot of OPEN conversations waiting for a reply (one unread each), a few resolved
    ones, and extra customer messages on the least urgent conversation; returns the true total."""
    convs = [conversation(cid, minutes=cid, assignee="alice" if cid % 3 == 0 else None)
             for cid in range(1, OPEN + 1)]
    resolved = [conversation(cid, status="resolved") for cid in range(OPEN + 1, OPEN + 51)]
    await store.apply_snapshot(convs + resolved, head=0)
    last = convs[-1]  # due last, so it sorts last: far past the first 1,000 rows
    for seq, mid in enumerate((9_000_001, 9_000_002), start=1):
        await store.apply_event(seq, posted(message(mid, last.id, "still waiting", minutes=OPEN + seq),
                                             last))
    return OPEN + 2


async def test_the_unread_total_counts_every_conversation_of_the_view(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        expected = await _fill(store)
        query = InboxQuery(view=View.ALL, me="alice")  # what the title bar counts: not resolved
        first_page = await store.query_inbox(query, 0, OLD_WINDOW)
        assert first_page.total == OPEN
        everything = await store.query_inbox(query, 0, OPEN)
        assert sum(r.unread_count for r in everything.rows) == expected  # the data is as intended
        old_sum = sum(r.unread_count for r in first_page.rows)
        assert old_sum < expected  # what the first 1,000 rows said was short

        assert await store.unread_total(query) == expected

        # the same filters as the view's own count: mine only, every status, a channel
        mine = [r for r in everything.rows if r.assignee == "alice"]
        assert await store.unread_total(InboxQuery(view=View.MINE, me="alice")) == sum(
            r.unread_count for r in mine)
        assert await store.unread_total(InboxQuery(view=View.ALL, me="alice", status=STATUS_ANY)) == (
            expected + 50)
        assert await store.unread_total(InboxQuery(view=View.ALL, me="alice", channel="email")) == 0

        await store.mark_read(OPEN)
        assert await store.unread_total(query) == expected - 3


async def test_a_locked_store_answers_zero(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        expected = await _fill(store)
        assert await store.unread_total(InboxQuery(me="alice")) == expected
    locked = await Store.open(path)  # no key: customer data cannot be read
    try:
        assert locked.locked
        assert await locked.unread_total(InboxQuery(me="alice")) == 0
    finally:
        await locked.close()
