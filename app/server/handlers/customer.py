"""``/customer``: a customer's chat — authenticated by a signed token, never by a password.

A customer sees only their own chat conversations' non-internal messages, and agents only by
display name. Their text passes the safety guard before anything is stored or fanned out.
"""

from __future__ import annotations

import asyncio
import logging

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol import codec, frames
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import customer_tokens, safety, signals, sync
from app.server.connection import CustomerConn
from app.server.context import ServerContext
from app.server.db import repo_customers, repo_events, repo_messages
from app.server.handlers.common import answer_error, rate_limited, reject
from app.server.outbox import Outbox
from app.server.ratelimit import TokenBucket
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.customer")


async def _authenticate(ctx: ServerContext, ws: ServerConnection) -> frames.CustomerInfo | None:
    try:
        raw = await asyncio.wait_for(ws.recv(), ctx.config.auth_timeout)
    except TimeoutError:
        await reject(ws, "authenticate first")
        return None
    try:
        frame = codec.decode_customer_frame(raw)
    except ProtocolError:
        frame = None
    if not isinstance(frame, frames.Auth):
        await reject(ws, "authenticate first: the first frame must be auth")
        return None
    uid = customer_tokens.verify(ctx.secret, frame.token)
    info = await ctx.db.run(repo_customers.customer_info, uid) if uid is not None else None
    if info is None:
        await reject(ws, "invalid or expired token")
        return None
    return info


async def serve_customer(ctx: ServerContext, ws: ServerConnection) -> None:
    info = await _authenticate(ctx, ws)
    if info is None:
        return
    cfg = ctx.config
    conn = CustomerConn(
        ws=ws,
        outbox=Outbox(ws, cfg.max_pending_frames),
        uid=info.uid,
        name=info.name,
        language=info.language,
        bucket=TokenBucket(cfg.rate_limit_per_second, cfg.rate_limit_burst),
    )
    head = await ctx.db.run(repo_events.head)
    conn.outbox.put(codec.encode(frames.CustomerWelcome(customer=info, head=head, server_time=utcnow())))
    ctx.hub.add_customer(conn)
    try:
        async for raw in ws:
            await _handle(ctx, conn, raw)
    except ConnectionClosed:
        pass
    finally:
        ctx.hub.remove_customer(conn)
        await conn.outbox.aclose()


async def _handle(ctx: ServerContext, conn: CustomerConn, raw: str | bytes) -> None:
    if rate_limited(conn.bucket, conn.outbox, conn.ws, raw):
        return
    if isinstance(raw, bytes):
        conn.outbox.put(codec.encode(codec.error(ErrorCode.BAD_REQUEST, "binary frames are not accepted")))
        return
    try:
        frame = codec.decode_customer_frame(raw)
        if isinstance(frame, frames.CustomerSend):
            await _send(ctx, conn, frame)
        elif isinstance(frame, frames.History):
            conn.outbox.put(
                codec.encode(await ctx.db.run(repo_messages.customer_history, conn.uid, frame.limit))
            )
        elif isinstance(frame, frames.Sync):
            await sync.replay(
                frame.since,
                conn.cursor,
                conn.outbox,
                lambda after, limit: ctx.db.run(repo_events.customer_page, conn.uid, after, limit),
            )
        elif isinstance(frame, frames.Signal):
            await signals.customer_signal(ctx, conn, frame)
        else:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "already authenticated")
    except ProtocolError as exc:
        conn.outbox.put(codec.encode(codec.error(exc.code, exc.message)))
    except Exception:
        log.exception("customer frame failed")
        answer_error(conn.outbox, raw, ErrorCode.INTERNAL, "internal error")


async def _send(ctx: ServerContext, conn: CustomerConn, frame: frames.CustomerSend) -> None:
    recent = await ctx.db.run(repo_messages.recent_customer_texts, conn.uid, safety.CHAT_WINDOW)
    scan = await asyncio.to_thread(safety.scan_chat_message, frame.body, recent, ctx.config.link_domains())
    kinds = scan.current.warning_kinds
    warning = safety.customer_warning(kinds, conn.language) if kinds else None
    redactions = [{"kind": k, "severity": s} for k, s in scan.current.redactions]
    result = await ctx.db.run(
        repo_messages.customer_send, conn.uid, scan.current.text, frame.client_msg_id, redactions, warning,
        scan.earlier, scan.lookalike_links,
    )
    ctx.hub.remember(result.scope)
    conn.outbox.put(codec.encode(result.sent))
