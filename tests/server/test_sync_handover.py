"""The replay → live hand-over, driven deterministically: events commit between and after page reads."""

from __future__ import annotations

import json

from app.server import sync
from app.server.repos.repo_events import ReplayPage


class FakeOutbox:
    def __init__(self) -> None:
        self.frames: list[dict] = []

    def put(self, text: str, urgent: bool = False) -> None:  # the order is all a cursor decides
        self.frames.append(json.loads(text))

    async def drained(self, low_water: int = 0) -> None:
        return None


def _frame(seq: int) -> str:
    return json.dumps({"type": "event", "seq": seq, "name": "x", "data": {}})


async def test_events_committed_during_and_after_replay_arrive_once(monkeypatch):
    monkeypatch.setattr(sync, "PAGE_SIZE", 3)
    log = list(range(1, 11))  # seqs 1..10 committed; 7 is invisible to this agent
    visible = lambda s: s != 7  # noqa: E731
    cursor = sync.LiveCursor()
    out = FakeOutbox()
    reads = 0

    def commit(seq: int) -> None:
        log.append(seq)
        if visible(seq):
            cursor.offer(seq, _frame(seq), out)  # what the hub does after each commit

    async def read_page(after: int, limit: int) -> ReplayPage:
        nonlocal reads
        reads += 1
        if reads == 2:
            commit(11)  # committed while the replay is under way: in a later page AND buffered
            commit(12)
        rows = [s for s in log if s > after and visible(s)][:limit]
        page = ReplayPage(
            [(s, _frame(s)) for s in rows], head=max(log), oldest=1, last_scanned=rows[-1] if rows else after
        )
        if reads == 4:  # the last read (it returns an empty page)
            commit(13)  # committed after the last read, before the hand-over: buffered only
        return page

    cursor.offer(99, _frame(99), out)  # not subscribed yet: ignored
    await sync.replay(2, cursor, out, read_page)
    commit(14)  # live
    commit(14)  # the same event offered twice is dropped
    seqs = [f.get("seq", f.get("head")) for f in out.frames]
    kinds = [f["type"] for f in out.frames]
    synced_at = kinds.index("synced")
    assert seqs[:synced_at] == [3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert out.frames[synced_at] == {"type": "synced", "head": 12}
    assert seqs[synced_at + 1 :] == [13, 14]


async def test_resync_when_since_is_pruned():
    cursor = sync.LiveCursor()
    out = FakeOutbox()

    async def read_page(after: int, limit: int) -> ReplayPage:
        return ReplayPage([(s, _frame(s)) for s in range(50, 60)], head=59, oldest=50, last_scanned=59)

    await sync.replay(10, cursor, out, read_page)
    assert out.frames == [{"type": "resync", "head": 59}]
    assert not cursor.subscribed
    await sync.replay(49, cursor, out, read_page)  # 49 = oldest - 1: nothing missing
    assert out.frames[-1] == {"type": "synced", "head": 59}
    assert cursor.subscribed and not cursor.replaying
