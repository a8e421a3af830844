"""The life of one WebSocket connection, written once for ``/agent`` and ``/customer``.

Authenticate (or be refused and closed), join the hub, then two loops:

- **the read loop** takes every frame off the socket as it arrives — checks its rate, answers a
  binary frame without looking at it, and queues the rest. It never waits for a handler, so
  the websockets library keeps reading the socket: pongs (keepalive) and close frames are seen
  even while this connection's requests wait for the database. A connection that has
  ``max_in_flight`` frames queued or writes unanswered gets ``rate_limited`` for the next one
  instead of making the loop stop reading.
- **the handler** takes the queued frames one at a time, in order, so a client sees its
  responses and events in a consistent order and a read sees the writes sent before it
  (``Conn.writes``). It runs as a task only while there is something to handle: an idle
  connection costs no task.

When the peer leaves (or the endpoint says the connection is done: an agent logged out) frames
not yet started are dropped (a client re-sends what was not answered; a customer's ``send`` is
idempotent), the frame being handled finishes, the endpoint tidies up and the outbox is flushed
and closed. Every close is logged with its code, reason and side (``close_log``).

What differs between the two endpoints is an :class:`Endpoint`: how a peer authenticates (the
admission checks of a new socket belong in ``authenticate`` or just before it, in :func:`serve`),
what a frame means, what joining and leaving change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from typing import Generic, Protocol, TypeVar

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol import codec
from app.protocol.errors import ErrorCode
from app.server.context import ServerContext
from app.server.endpoints.common import answer_error, rate_limited
from app.server.outbox import Outbox
from app.server.pending import PendingWrites
from app.server.ratelimit import TokenBucket

BINARY_REFUSED = codec.encode(codec.error(ErrorCode.BAD_REQUEST, "binary frames are not accepted"))
BUSY = "too many requests in flight; wait for answers"

log = logging.getLogger("app.server.connections")


class Conn(Protocol):
    """What the lifecycle needs of a connection's state (``AgentConn``, ``CustomerConn``)."""

    ws: ServerConnection
    outbox: Outbox
    bucket: TokenBucket
    writes: PendingWrites


C = TypeVar("C", bound=Conn)


class Endpoint(Protocol, Generic[C]):
    name: str  # "agent" / "customer", for the close log

    async def authenticate(self, ctx: ServerContext, ws: ServerConnection) -> C | None:
        """The connection's state with its welcome queued, or ``None`` (refused and closed)."""
        ...

    def join(self, ctx: ServerContext, conn: C) -> None:
        """The connection is in: register it (hub, timers)."""
        ...

    async def handle(self, ctx: ServerContext, conn: C, raw: str) -> None:
        """One text frame (within the rate); errors are answered here, never raised."""
        ...

    async def done(self, ctx: ServerContext, conn: C) -> bool:
        """After each frame: ``True`` ends the connection (the endpoint closed it)."""
        ...

    async def leave(self, ctx: ServerContext, conn: C) -> None:
        """The connection is over: unregister it and tidy up (never raises)."""
        ...

    def describe(self, conn: C) -> str:
        """Who this connection is, for the close log (an agent's username, a customer's uid)."""
        ...


class _Handler(Generic[C]):
    """The frames of one connection waiting to be handled, and the task handling them."""

    __slots__ = ("busy", "conn", "ctx", "endpoint", "finished", "queue", "task")

    def __init__(self, ctx: ServerContext, conn: C, endpoint: Endpoint[C]) -> None:
        self.ctx = ctx
        self.conn = conn
        self.endpoint = endpoint
        self.queue: deque[str] = deque()
        self.task: asyncio.Task[None] | None = None
        self.finished = False  # the endpoint ended the connection (logged out)
        self.busy = False  # a frame is being handled

    def offer(self, raw: str) -> bool:
        """Queue a frame, unless this connection already has ``max_in_flight`` frames unanswered
        (waiting, being handled, or writes not yet committed)."""
        if len(self.queue) + self.busy + self.conn.writes.count >= self.ctx.config.max_in_flight:
            return False
        self.queue.append(raw)
        if self.task is None:
            self.task = self.conn.ws.loop.create_task(self._run())  # the server's loop, whoever steps it
        return True

    async def _run(self) -> None:
        try:
            while self.queue and not self.finished:
                self.busy = True
                await self.endpoint.handle(self.ctx, self.conn, self.queue.popleft())
                if await self.endpoint.done(self.ctx, self.conn):
                    self.finished = True
                self.busy = False
        except Exception:
            log.exception("%s frame handling failed", self.endpoint.name)
        finally:
            self.busy = False
            self.task = None

    async def stop(self) -> None:
        """Drop what has not started; let the frame being handled finish."""
        self.queue.clear()
        task = self.task
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(task)


async def serve(ctx: ServerContext, ws: ServerConnection, endpoint: Endpoint[C]) -> None:
    conn = await endpoint.authenticate(ctx, ws)
    if conn is None:
        return
    endpoint.join(ctx, conn)
    handler = _Handler(ctx, conn, endpoint)
    try:
        async for raw in ws:
            if handler.finished:
                break
            if rate_limited(conn.bucket, conn.outbox, conn.ws, raw):
                continue
            if isinstance(raw, bytes):
                conn.outbox.put(BINARY_REFUSED)
                continue
            if not handler.offer(raw):
                answer_error(conn.outbox, raw, ErrorCode.RATE_LIMITED, BUSY)
    except ConnectionClosed:
        pass
    finally:
        try:
            await handler.stop()
            await endpoint.leave(ctx, conn)
        finally:
            await conn.outbox.aclose()
            close_log(endpoint.name, endpoint.describe(conn), ws)


def close_log(kind: str, who: str, ws: ServerConnection) -> None:
    """One line per closed connection: who, the close code and reason, and which side closed."""
    protocol = ws.protocol
    rcvd, sent = protocol.close_rcvd, protocol.close_sent
    if sent is not None and (rcvd is None or protocol.close_rcvd_then_sent is False):
        side, frame = "server", sent
    elif rcvd is not None:
        side, frame = "peer", rcvd
    else:
        side, frame = "network", None
    code = frame.code if frame is not None else 1006
    reason = frame.reason if frame is not None and frame.reason else "-"
    level = logging.INFO if code in (1000, 1001) or side == "peer" else logging.WARNING
    log.log(level, "%s %s closed by the %s: %d %s", kind, who, side, code, reason)
