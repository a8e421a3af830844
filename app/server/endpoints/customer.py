"""``/customer``: a customer's chat — authenticated by a signed token, never by a password.

A customer sees only their own chat conversations' non-internal messages, and agents only by
display name. Their text passes the safety guard before anything is stored or fanned out.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.orm import Session
from websockets.asyncio.server import ServerConnection

from app.protocol import codec, frames
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import admission, customer_tokens, safety, signals, sync
from app.server.attachments import customer as attachments
from app.server.connection import CustomerConn
from app.server.context import ServerContext
from app.server.csat import handlers as csat
from app.server.endpoints import lifecycle
from app.server.endpoints.common import answer_error, refuse_admission, reject, remote_of
from app.server.identity import handlers as identity
from app.server.incidents import repo as incidents
from app.server.outbox import Outbox
from app.server.ratelimit import TokenBucket
from app.server.recent import Snapshot
from app.server.repos import repo_customers, repo_events, repo_messages
from app.server.repos.repo_messages import CustomerSendResult
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.customer")
# Chat lines are scanned on the loop (tens of µs); longer text in a worker thread.
INLINE_SCAN_CHARS = 2_000


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
    info = await ctx.db.read(repo_customers.customer_info, uid) if uid is not None else None
    if info is None:
        await reject(ws, "invalid or expired token")
        return None
    return info


def _welcome_facts(session: Session, language: str) -> tuple[int, list[frames.IncidentNotice]]:
    return repo_events.head(session), incidents.notices(session, language)


class CustomerEndpoint:
    """``/customer`` for :func:`~app.server.endpoints.lifecycle.serve`."""

    name = "customer"

    async def authenticate(self, ctx: ServerContext, ws: ServerConnection) -> CustomerConn | None:
        info = await _authenticate(ctx, ws)
        if info is None:
            return None
        cfg = ctx.config
        conn = CustomerConn(
            ws=ws,
            # urgent: acks never wait behind a round of fan-out to the desks
            outbox=Outbox(ws, ctx.flusher, f"customer …{info.uid[-4:]}", urgent=True),
            uid=info.uid,
            name=info.name,
            language=info.language,
            bucket=TokenBucket(cfg.rate_limit_per_second, cfg.rate_limit_burst),
        )
        # the log's head and the open incidents' banner in one trip to the database thread
        head, notices = await ctx.db.read(_welcome_facts, info.language)
        conn.outbox.put(codec.encode(
            frames.CustomerWelcome(customer=info, head=head, server_time=utcnow(), notices=notices)
        ))
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
                await conn.writes.settled()  # the history shows what this connection sent before
                conn.outbox.put(
                    codec.encode(await ctx.db.read(repo_messages.customer_history, conn.uid, frame.limit))
                )
            elif isinstance(frame, frames.Sync):
                await conn.writes.settled()
                await sync.replay(
                    frame.since,
                    conn.cursor,
                    conn.outbox,
                    lambda after, limit: ctx.db.read(repo_events.customer_page, conn.uid, after, limit),
                )
            elif isinstance(frame, frames.Signal):
                await signals.customer_signal(ctx, conn, frame)
            elif isinstance(frame, frames.Verify):
                await identity.customer_verify(ctx, conn, frame)  # the code reaches the server only
            elif isinstance(frame, attachments.FRAMES):
                await attachments.handle(ctx, conn, frame)  # upload_begin/chunk/finish, fetch
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

    def describe(self, conn: CustomerConn) -> str:
        return f"…{conn.uid[-4:]}"  # enough to find it in a test or an incident, not a customer list


ENDPOINT = CustomerEndpoint()


async def serve_customer(ctx: ServerContext, ws: ServerConnection) -> None:
    await lifecycle.serve(ctx, ws, ENDPOINT)


async def _send(ctx: ServerContext, conn: CustomerConn, frame: frames.CustomerSend) -> None:
    """Scan — with the customer's recent messages, so a secret split over several is found — then
    queue the write and move on: ``sent`` goes out when the write is committed (``_answer``), so
    one connection's messages can share a group commit. The ack is never written before the commit
    is durable, and never waits for fan-out."""
    if not frame.body and not frame.attachments:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid frame: body is empty and has no attachments")
    image_kinds, files = await attachments.before_send(ctx, conn, frame.attachments)
    # their pending verification code typed into the chat by mistake: cut out (never to agents) and
    # the prompt shown again — before the guard, which would otherwise store it as any one-time code
    # and the customer would not be asked again
    body, code_removed = await identity.redact_pending_code(ctx, conn, frame.body)
    recent, pending = await _recent(ctx, conn)
    domains = ctx.config.link_domains()
    if len(body) + sum(len(earlier) for _, earlier in recent) <= INLINE_SCAN_CHARS:
        scan = safety.scan_chat_message(body, recent, domains)  # a chat line: a thread hop costs more
    else:
        scan = await asyncio.to_thread(safety.scan_chat_message, body, recent, domains)
    kinds = tuple(dict.fromkeys((*scan.current.warning_kinds, *image_kinds)))
    warning = safety.customer_warning(kinds, conn.language) if kinds else None
    impostor = safety.impostor_warning(frame.body, ctx.config.official_handles, conn.language)
    if impostor:  # a "support" handle that is not the exchange's own (issue 23)
        warning = f"{warning}\n\n{impostor}" if warning else impostor
    redactions = [{"kind": k, "severity": s} for k, s in scan.current.redactions]
    text = scan.current.text
    if code_removed:
        redactions.append({"kind": "verification_code", "severity": "high"})
    stored = ctx.db.submit(
        repo_messages.customer_send, conn.uid, text, frame.client_msg_id, redactions, warning,
        scan.earlier, scan.lookalike_links, pending, files, incidents.link_new,
    )
    conn.unanswered[frame.client_msg_id] = text
    conn.writes.track(stored, lambda done: _answer(ctx, conn, done, frame.client_msg_id))


async def _recent(ctx: ServerContext, conn: CustomerConn) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """What the guard looks at with a new message: the customer's latest committed chat messages
    (every connection's; ``app/server/recent.py`` keeps them from the events after one read), then
    this connection's sends not committed yet — these with placeholder ids below 1, mapped to their
    ``client_msg_id`` for the writer (``_redact_earlier``)."""
    async def load() -> Snapshot:
        chat, messages, head = await ctx.db.read(repo_messages.recent_snapshot, conn.uid, safety.CHAT_WINDOW)
        return Snapshot(chat, messages, head)

    waiting = list(conn.unanswered.items())  # before the read: what it may lack
    committed = await ctx.hub.recent.get(conn.uid, load)
    recent = [(mid, body) for mid, body, _ in committed]
    pending: dict[int, str] = {}
    stored = {cmid for _, _, cmid in committed}
    for cmid, body in waiting[-safety.CHAT_WINDOW :]:
        if cmid not in stored:
            placeholder = -len(pending)
            pending[placeholder] = cmid
            recent.append((placeholder, body))
    return recent[-safety.CHAT_WINDOW :], pending


def _answer(
    ctx: ServerContext, conn: CustomerConn, done: asyncio.Future[CustomerSendResult], client_msg_id: str
) -> None:
    conn.unanswered.pop(client_msg_id, None)
    if done.cancelled():
        return
    exc = done.exception()
    if isinstance(exc, ProtocolError):
        conn.outbox.put(codec.encode(codec.error(exc.code, exc.message)))
    elif exc is not None:
        log.error("customer send failed", exc_info=exc)
        conn.outbox.put(codec.encode(codec.error(ErrorCode.INTERNAL, "internal error")))
    else:
        result = done.result()
        ctx.hub.remember(result.scope)
        conn.outbox.put(codec.encode(result.sent))
