"""Commit order across nodes: every committed event reaches this node's hub once, in seq order.

Two sources feed it: this node's own commits (``local``: their frames are ready, so when nothing
is outstanding and the batch follows the last published seq they are published at once — the
one-node fast path) and news that the log moved (``notified``: a notification carrying a seq,
the periodic poll, a local batch that does not follow on). Anything but the fast path wakes the
pump, which reads the committed log after the last published seq and publishes what it finds in
order, taking this node's own events from memory where it has them.

Why this never leaves a gap: every event-writing transaction takes the log's advisory lock
(``repo_events.lock_log``) before its seq is drawn, so when a seq is known to be committed, every
lower seq is committed or was rolled back — a read started after that sees all of them. A lost
notification only delays an event until the next notification, local commit or poll.
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
        self._local: dict[int, StoredEvent] = {}
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
                    remote += mine is None
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

    def _drop_local(self) -> None:
        for seq in [s for s in self._local if s <= self.head]:
            del self._local[seq]

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
