"""The sequencer's ordering rules, driven step by step (no database, no timing): every committed
seq reaches the hub once, in order, whichever source told it first."""

from __future__ import annotations

import asyncio

from app.server.bus.sequencer import Sequencer
from app.server.repos.repo_events import StoredEvent


def ev(seq: int, origin: str = "log") -> StoredEvent:
    return StoredEvent(
        seq=seq, name=origin, agent_frame=b"", scope=None, customer_uid=None, customer_frame=None
    )


class Log:
    """The committed log as the reader would see it, and what reached the hub."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.published: list[tuple[int, str]] = []
        self.reads = 0

    async def read_after(self, after: int, limit: int) -> list[StoredEvent]:
        self.reads += 1
        await asyncio.sleep(0)
        return [ev(s) for s in sorted(self.rows) if s > after][:limit]

    def publish(self, events: list[StoredEvent]) -> None:
        self.published.extend((e.seq, e.name) for e in events)


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_batch_that_follows_on_is_published_at_once_without_reading():
    log = Log()
    seq = Sequencer(asyncio.get_running_loop(), log.publish, log.read_after)
    seq.start_at(10)
    log.rows += [11, 12]
    seq.local([ev(11, "mine"), ev(12, "mine")])
    assert log.published == [(11, "mine"), (12, "mine")] and log.reads == 0


async def test_other_nodes_events_before_a_local_batch_come_first():
    log = Log()
    seq = Sequencer(asyncio.get_running_loop(), log.publish, log.read_after)
    seq.start_at(10)
    log.rows += [11, 12, 13]  # 11 and 12 committed by another node, 13 by us
    seq.local([ev(13, "mine")])
    assert log.published == []  # not before what precedes it
    await settle()
    assert log.published == [(11, "log"), (12, "log"), (13, "mine")]


async def test_a_lost_notification_is_caught_up_by_the_next_one_and_nothing_twice():
    log = Log()
    seq = Sequencer(asyncio.get_running_loop(), log.publish, log.read_after)
    seq.start_at(0)
    log.rows += [1, 2]  # the notification of 1 was lost
    seq.notified(2)
    seq.notified(1)  # late: already covered
    await settle()
    log.rows += [3]
    seq.local([ev(3, "mine")])
    seq.notified(3)  # our own notification
    await settle()
    assert log.published == [(1, "log"), (2, "log"), (3, "mine")]


async def test_rolled_back_seqs_leave_holes_that_do_not_stall_it():
    log = Log()
    seq = Sequencer(asyncio.get_running_loop(), log.publish, log.read_after)
    seq.start_at(5)
    log.rows += [8]  # 6 and 7 were drawn by transactions that rolled back
    seq.local([ev(8, "mine")])
    await settle()
    log.rows += [9]
    seq.local([ev(9, "mine")])  # follows on again: the fast path
    assert log.published == [(8, "mine"), (9, "mine")]


async def test_a_failed_read_is_retried():
    log = Log()
    seq = Sequencer(asyncio.get_running_loop(), log.publish, log.read_after)
    seq.start_at(0)
    log.rows += [1]
    failures = [RuntimeError("connection lost")]
    real = log.read_after

    async def flaky(after: int, limit: int) -> list[StoredEvent]:
        if failures:
            raise failures.pop()
        return await real(after, limit)

    seq._read_after = flaky
    seq.notified(1)
    for _ in range(40):
        if log.published:
            break
        await asyncio.sleep(0.1)
    assert log.published == [(1, "log")]
    await seq.stop()
