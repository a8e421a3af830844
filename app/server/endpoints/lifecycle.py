"""The life of one WebSocket connection, written once for ``/agent`` and ``/customer``.

Authenticate (or be refused and closed), join the hub, then read frames one at a time, in order —
each over the connection's rate and each binary frame answered without being looked at — until
the peer leaves (or the endpoint says the connection is done: an agent logged out); then leave the
hub, let the endpoint tidy up, and flush and close the connection's outbox. What differs between
the two endpoints is an :class:`Endpoint`: how a peer authenticates, what a frame means, what
joining and leaving change.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol import codec
from app.protocol.errors import ErrorCode
from app.server.context import ServerContext
from app.server.endpoints.common import rate_limited
from app.server.outbox import Outbox
from app.server.ratelimit import TokenBucket

BINARY_REFUSED = codec.encode(codec.error(ErrorCode.BAD_REQUEST, "binary frames are not accepted"))


class Conn(Protocol):
    """What the lifecycle needs of a connection's state (``AgentConn``, ``CustomerConn``)."""

    ws: ServerConnection
    outbox: Outbox
    bucket: TokenBucket


C = TypeVar("C", bound=Conn)


class Endpoint(Protocol, Generic[C]):
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


async def serve(ctx: ServerContext, ws: ServerConnection, endpoint: Endpoint[C]) -> None:
    conn = await endpoint.authenticate(ctx, ws)
    if conn is None:
        return
    endpoint.join(ctx, conn)
    try:
        async for raw in ws:
            if rate_limited(conn.bucket, conn.outbox, conn.ws, raw):
                continue
            if isinstance(raw, bytes):
                conn.outbox.put(BINARY_REFUSED)
                continue
            await endpoint.handle(ctx, conn, raw)
            if await endpoint.done(ctx, conn):
                break
    except ConnectionClosed:
        pass
    finally:
        try:
            await endpoint.leave(ctx, conn)
        finally:
            await conn.outbox.aclose()
