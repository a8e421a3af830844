"""One sender per connection: every frame a connection gets goes through its ``Outbox``.

Events are fanned out synchronously from the commit callback, so they cannot ``await`` a slow
socket; they are queued here and a single task writes them in order. A client that stops reading
cannot make the server hoard memory: past ``max_pending`` queued frames the connection is closed
with 1008 and the client resumes with ``sync`` (or ``resync``) when it reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol.errors import CloseCode

log = logging.getLogger(__name__)


class Outbox:
    def __init__(self, ws: ServerConnection, max_pending: int) -> None:
        self._ws = ws
        self._max_pending = max_pending
        self._queue: deque[str] = deque()
        self._wake = asyncio.Event()
        self._drained = asyncio.Event()
        self._drained.set()
        self._closed = False
        self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-outbox")

    @property
    def closed(self) -> bool:
        return self._closed

    def put(self, text: str) -> None:
        if self._closed:
            return
        if len(self._queue) >= self._max_pending:
            log.warning("closing a connection that does not read its frames")
            self._closed = True
            self._queue.clear()
            asyncio.get_running_loop().create_task(self._ws.close(CloseCode.POLICY, "too slow"))
            return
        self._queue.append(text)
        self._drained.clear()
        self._wake.set()

    async def drained(self, low_water: int = 0) -> None:
        """Wait until at most ``low_water`` frames are queued (replay back-pressure)."""
        while len(self._queue) > low_water and not self._closed:
            self._drained.clear()
            await self._drained.wait()

    async def flush(self, timeout: float = 5.0) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.drained(0), timeout)

    async def _run(self) -> None:
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._queue:
                    text = self._queue.popleft()
                    await self._ws.send(text)
                    if len(self._queue) <= 100:
                        self._drained.set()
                self._drained.set()
        except ConnectionClosed:
            pass
        finally:
            self._closed = True
            self._drained.set()

    async def aclose(self) -> None:
        self._closed = True
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._task
