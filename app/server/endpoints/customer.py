"""``/customer``: a customer's chat — authenticated by a signed token, never by a password.

A customer sees only their own chat conversations' non-internal messages, and agents only by
display name. Their text passes the safety guard before anything is stored or fanned out.
"""

from __future__ import annotations

import asyncio
import logging

from websockets.asyncio.server import ServerConnection

from app.protocol import codec, frames
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import admission, customer_tokens, safety, signals, sync
from app.server.connection import CustomerConn
from app.server.context import ServerContext
from app.server.csat import handlers as csat
from app.server.endpoints import lifecycle
from app.server.endpoints.common import answer_error, refuse_admission, reject, remote_of
from app.server.identity import handlers as identity
from app.server.outbox import Outbox
from app.server.ratelimit import TokenBucket
from app.server.repos import repo_customers, repo_events, repo_messages
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.customer")


async def _authenticate(ctx: ServerContext, ws: ServerConnection) -> frames.CustomerInfo | None:
    cfg = ctx.config
    with ctx.admission.pending(remote_of(ws)) as admitted:  # the admission hook (admission.py)
        if not admitted:
            await refuse_admission(ws)
            return None
        with admission.frame_limit(ws, cfg.preauth_max_frame_bytes, cfg.max_frame_bytes):
            return await _first_frame(ctx, ws)


async def _first_frame(ctx: ServerContext, ws: ServerConnection) -> frames.CustomerInfo | None:
    try:
        raw = await asyncio.wait_for(ws.recv(), ctx.config.auth_timeout)
    except TimeoutError:
        await reject(ws, "authenticate first")
        return None
    refusal = admission.first_frame_refusal(raw, ctx.config.preauth_max_frame_bytes)
    if refusal is not None:
        await reject(ws, refusal)
        return None
    try:
        frame = codec.decode_customer_frame(raw)
    except ProtocolError:
        frame = None
    if not isinstance(frame, frames.Auth):
        await reject(ws, "authenticate first: the first frame must be auth")
        return None
    uid = customer_tokens.verify_any(ctx.token_keys, frame.token)
    info = await ctx.db.run(repo_customers.customer_info, uid) if uid is not None else None
    if info is None:
        await reject(ws, "invalid or expired token")
        return None
    return info


class CustomerEndpoint:
    """``/customer`` for :func:`~app.server.endpoints.lifecycle.serve`."""

    async def authenticate(self, ctx: ServerContext, ws: ServerConnection) -> CustomerConn | None:
        info = await _authenticate(ctx, ws)
        if info is None:
            return None
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
        await identity.prompt_on_connect(ctx, conn)  # a code waiting for this customer: ask again
        await csat.prompt_on_connect(ctx, conn)  # a resolved chat not rated yet: ask again
        return conn

    def join(self, ctx: ServerContext, conn: CustomerConn) -> None:
        ctx.hub.add_customer(conn)

    async def handle(self, ctx: ServerContext, conn: CustomerConn, raw: str) -> None:
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
            elif isinstance(frame, frames.Verify):
                await identity.customer_verify(ctx, conn, frame)  # the code reaches the server only
            elif isinstance(frame, frames.CsatAnswer):
                await csat.answer(ctx, conn, frame)
            else:
                raise ProtocolError(ErrorCode.BAD_REQUEST, "already authenticated")
        except ProtocolError as exc:
            conn.outbox.put(codec.encode(codec.error(exc.code, exc.message)))
        except Exception:
            log.exception("customer frame failed")
            answer_error(conn.outbox, raw, ErrorCode.INTERNAL, "internal error")

    async def done(self, ctx: ServerContext, conn: CustomerConn) -> bool:
        return False

    async def leave(self, ctx: ServerContext, conn: CustomerConn) -> None:
        ctx.hub.remove_customer(conn)


ENDPOINT = CustomerEndpoint()


async def serve_customer(ctx: ServerContext, ws: ServerConnection) -> None:
    await lifecycle.serve(ctx, ws, ENDPOINT)


async def _send(ctx: ServerContext, conn: CustomerConn, frame: frames.CustomerSend) -> None:
    recent = await ctx.db.run(repo_messages.recent_customer_texts, conn.uid, safety.CHAT_WINDOW)
    scan = await asyncio.to_thread(safety.scan_chat_message, frame.body, recent, ctx.config.link_domains())
    kinds = scan.current.warning_kinds
    warning = safety.customer_warning(kinds, conn.language) if kinds else None
    redactions = [{"kind": k, "severity": s} for k, s in scan.current.redactions]
    text, code_removed = await identity.redact_pending_code(ctx, conn, scan.current.text)  # never to agents
    if code_removed:
        redactions.append({"kind": "verification_code", "severity": "high"})
    result = await ctx.db.run(
        repo_messages.customer_send, conn.uid, text, frame.client_msg_id, redactions, warning,
        scan.earlier, scan.lookalike_links,
    )
    ctx.hub.remember(result.scope)
    conn.outbox.put(codec.encode(result.sent))
