"""A connection's writes that are queued to the database writer and not answered yet.

A customer's ``send`` is not awaited by its connection's handler: the write is queued
(``DbExecutor.submit``) and the next frame is handled at once, so one connection's messages can
share a group commit. The answer (``sent``) is written when the commit is durable. A frame that
reads (``history``, ``sync``) first waits for :meth:`PendingWrites.settled`, so it sees every
write its connection sent before it; writes are committed in the order they were queued, so the
last one answered means all are.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


class PendingWrites:
    __slots__ = ("_last", "count")

    def __init__(self) -> None:
        self.count = 0
        self._last: asyncio.Future[Any] | None = None

    def track(self, future: asyncio.Future[Any], answer: Callable[[asyncio.Future[Any]], None]) -> None:
        """Count ``future`` until it resolves, then ``answer`` it (on the loop, in commit order)."""
        self.count += 1
        self._last = future

        def done(f: asyncio.Future[Any]) -> None:
            self.count -= 1
            if self._last is f:
                self._last = None
            answer(f)

        future.add_done_callback(done)

    async def settled(self) -> None:
        """Wait until every write queued so far is committed (or failed)."""
        last = self._last
        if last is not None and not last.done():
            await asyncio.wait([last])
