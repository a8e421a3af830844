"""Shared pieces of the two WebSocket endpoints: refusing, answering errors, rate limiting."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Annotated

import msgspec
from msgspec import Meta
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol import codec
from app.protocol.errors import CloseCode, ErrorCode
from app.server.outbox import Outbox
from app.server.ratelimit import TokenBucket

log = logging.getLogger("app.server")

# A connection that keeps sending after this many refused frames in a row is closed (1008).
MAX_REFUSED_IN_A_ROW = 200


class _Envelope(msgspec.Struct):
    """Just enough of a frame to answer it with the right request id."""

    type: str | None = None
    id: int | Annotated[str, Meta(min_length=1, max_length=64)] | None = None


def salvage_request_id(raw: str | bytes) -> int | str | None:
    """The id of a ``req`` frame whose other parts did not decode, when it can be read safely:
    never for a frame the codec's depth check refuses (msgspec would recurse into it)."""
    data = raw.encode() if isinstance(raw, str) else raw
    if not codec.nesting_ok(data):
        return None
    try:
        env = msgspec.json.decode(data, type=_Envelope)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return None
    return env.id if env.type == "req" else None


def answer_error(
    outbox: Outbox, raw: str | bytes, code: ErrorCode, message: str, request_id: int | str | None = None
) -> None:
    """``res`` with the request's id when it can be read, else an ``error`` frame."""
    rid = request_id if request_id is not None else salvage_request_id(raw)
    if rid is not None:
        outbox.put(codec.encode(codec.failed(rid, code, message)), urgent=True)
    else:
        outbox.put(codec.encode(codec.error(code, message)), urgent=True)


def rate_limited(bucket: TokenBucket, outbox: Outbox, ws: ServerConnection, raw: str | bytes) -> bool:
    """True if this frame is over the connection's rate (it has then been answered)."""
    if bucket.allow():
        return False
    if bucket.refused_in_a_row == MAX_REFUSED_IN_A_ROW:
        log.warning("closing a connection that keeps exceeding its rate limit")
        asyncio.get_running_loop().create_task(ws.close(CloseCode.POLICY, "rate limit"))
    elif bucket.refused_in_a_row < MAX_REFUSED_IN_A_ROW:
        answer_error(outbox, raw, ErrorCode.RATE_LIMITED, "too many requests; slow down")
    return True


async def reject(ws: ServerConnection, message: str, code: ErrorCode = ErrorCode.UNAUTHORIZED) -> None:
    """``error unauthorized`` (``rate_limited`` for a locked-out login) then close 4401 — the
    answer to any failed authentication."""
    with contextlib.suppress(ConnectionClosed):
        await ws.send(codec.encode(codec.error(code, message)))
        await ws.close(CloseCode.UNAUTHORIZED, "unauthorized")


async def refuse_admission(ws: ServerConnection) -> None:
    """A socket over the unauthenticated limits (``admission.py``): told why, then closed 1013."""
    with contextlib.suppress(ConnectionClosed):
        refusal = codec.error(ErrorCode.RATE_LIMITED, "too many connections; try again later")
        await ws.send(codec.encode(refusal))
        await ws.close(CloseCode.TRY_AGAIN_LATER, "try again later")


def remote_of(ws: ServerConnection) -> str | None:
    try:
        addr = ws.remote_address
        return str(addr[0]) if addr else None
    except Exception:
        return None
