"""Commit order across nodes: every committed event reaches this node's hub once, in seq order.

Three sources feed it: this node's own commits (``local``: their frames are ready, so when nothing
is outstanding and the batch follows the last published seq they are published at once — the
one-node fast path), another node's commit that came with its events (``carried``: the rows rode
in the notification, ``postgres.py``; published at once the same way when they follow on and
reach the notified head) and news that the log moved (``notified``: a notification carrying a
seq, the periodic poll, a batch that does not follow on). Anything but the fast paths wakes the
pump. The pump publishes the events it already holds (local or carried) while they run on from
the last published seq without a gap, and reads the committed log after that seq for the rest,
taking the events it holds from memory where it has them.

Why this never leaves a gap: every event-writing transaction takes the log's advisory lock
(``repo_events.lock_log``) before its seq is drawn, so when a seq is known to be committed, every
lower seq is committed or was rolled back — a read started after that sees all of them. Events
held in memory are published without a read only as an unbroken run of seqs from the last
published one (a hole — a rolled-back seq, a notification that never came — sends the pump to the
log). A lost notification only delays an event until the next notification, local commit or poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from app.server.repos.repo_events import StoredEvent

log = logging.getLogger(__name__)
PAGE = 1000

Publish = Callable[[list[StoredEvent]], None]
ReadAfter = Callable[[int, int], Awaitable[list[StoredEvent]]]


class Sequencer:
    def __init__(self, loop: asyncio.AbstractEventLoop, publish: Publish, read_after: ReadAfter) -> None:
        self._loop = loop
        self._publish = publish
        self._read_after = read_after
        self.head = 0  # the last seq published on this node
        self._want = 0  # the highest seq known to be committed
        self._local: dict[int, StoredEvent] = {}  # committed events held in memory, not published yet
        self._carried: set[int] = set()  # which of them came from another node (counted as remote)
        self._task: asyncio.Task[None] | None = None
        self._stopped = False
        self.remote_events = 0  # events this node learnt from the log (tests, the bench)

    def start_at(self, head: int) -> None:
        self.head = self._want = head

    def local(self, events: list[StoredEvent]) -> None:
        """This node's commit, in commit order (on the loop)."""
        fresh = [ev for ev in events if ev.seq > self.head]
        if not fresh:
            return
        if self._task is None and not self._local and _follows(self.head, fresh):
            self.head = self._want = max(self._want, fresh[-1].seq)
            self._publish(fresh)
            return
        for ev in fresh:
            self._local[ev.seq] = ev
        self.notified(fresh[-1].seq)

    def carried(self, events: list[StoredEvent], seq: int) -> None:
        """Another node's committed events, carried by its notification of ``seq`` (on the loop)."""
        fresh = [ev for ev in events if ev.seq > self.head]
        if (
            fresh and self._task is None and not self._local and fresh[-1].seq >= seq
            and _follows(self.head, fresh)
        ):
            self.head = self._want = max(self._want, fresh[-1].seq)
            self.remote_events += len(fresh)
            self._publish(fresh)
            return
        for ev in fresh:
            self._local[ev.seq] = ev
            self._carried.add(ev.seq)
        self.notified(seq)

    def notified(self, seq: int) -> None:
        """The log is known to hold committed events up to ``seq``."""
        if seq <= self.head:
            return
        self._want = max(self._want, seq)
        if self._task is None and not self._stopped:
            self._task = self._loop.create_task(self._pump())

    async def _pump(self) -> None:
        try:
            while self._want > self.head:
                held = self._held_run()
                if held:
                    self.head = held[-1].seq
                    self.remote_events += sum(ev.seq in self._carried for ev in held)
                    self._drop_local()
                    self._publish(held)
                    continue
                try:
                    found = await self._read_after(self.head, PAGE)
                except Exception:
                    log.exception("reading the event log failed; trying again")
                    await asyncio.sleep(0.5)
                    continue
                if not found:  # nothing committed in (head, want]: rolled-back seqs, or trimmed
                    found = [ev for seq, ev in sorted(self._local.items()) if seq > self.head]
                    self.head = max(self.head, self._want)
                    self._drop_local()
                    if found:
                        self._publish(found)
                    continue
                batch, remote = [], 0
                for ev in found:
                    if ev.seq <= self.head:
                        continue
                    mine = self._local.pop(ev.seq, None)
                    batch.append(mine if mine is not None else ev)
                    remote += mine is None or ev.seq in self._carried
                    self.head = ev.seq
                self._want = max(self._want, self.head)
                self._drop_local()
                if batch:
                    self.remote_events += remote
                    self._publish(batch)
        finally:
            self._task = None
            if self._want > self.head and not self._stopped:  # notified on the way out
                self._task = self._loop.create_task(self._pump())

    def _held_run(self) -> list[StoredEvent]:
        """The events held in memory that run on from ``head`` without a gap (may be none)."""
        run, seq = [], self.head + 1
        while (ev := self._local.get(seq)) is not None:
            run.append(ev)
            seq += 1
        return run

    def _drop_local(self) -> None:
        for seq in [s for s in self._local if s <= self.head]:
            del self._local[seq]
        self._carried = {s for s in self._carried if s > self.head}

    async def stop(self) -> None:
        self._stopped = True
        task = self._task
        if task is not None:
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
            self._task = None


def _follows(head: int, events: list[StoredEvent]) -> bool:
    expected = head + 1
    for ev in events:
        if ev.seq != expected:
            return False
        expected += 1
    return True
