"""``/agent``: authenticate, then requests, sync and signals until the connection closes.

Frames of one connection are handled one at a time, in order (a ``sync`` replay included), so a
client sees its responses and events in a consistent order. Every handler is wrapped: a bug
becomes ``internal`` for the client and a traceback in the server log, never a dropped
connection or a leaked stack trace.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from app.protocol import codec, frames
from app.protocol.errors import CloseCode, ErrorCode, ProtocolError
from app.server import admission, auth, lockout, safety, signals, sync
from app.server.bus import relay
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.endpoints import lifecycle
from app.server.endpoints.common import answer_error, refuse_admission, reject, remote_of
from app.server.handlers import sessions
from app.server.handlers.methods import set_presence
from app.server.oidc import login as oidc_login
from app.server.oidc.verify import OidcRejected
from app.server.outbox import Outbox
from app.server.principal import AgentPrincipal
from app.server.ratelimit import TokenBucket
from app.server.registry import ROUTES
from app.server.repos import repo_agents, repo_events, repo_sessions
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.agent")


@dataclass(frozen=True, slots=True)
class _Authenticated:
    agent: AgentPrincipal
    token_hash: str
    expires_at: datetime
    started_at: datetime
    welcome: frames.Welcome


def _welcome(
    ctx: ServerContext, agent: AgentPrincipal, head: int, expires_at: datetime, token: str | None = None
) -> frames.Welcome:
    """The ``welcome`` of a signed-in agent, with the deployment's link lists (the official domains,
    the block explorers) and official handles so the desk's composer checks replies as the server's
    guard will."""
    return frames.Welcome(
        agent=agent.info(), head=head, server_time=utcnow(), token=token, token_expires_at=expires_at,
        official_domains=ctx.config.link_domains(),
        explorer_domains=safety.explorer_domains(ctx.config.explorer_domains),
        official_handles=safety.official_handles(ctx.config.official_handles),
    )


async def _authenticate(ctx: ServerContext, ws: ServerConnection) -> _Authenticated | None:
    cfg = ctx.config
    with ctx.admission.pending(remote_of(ws)) as admitted:  # the admission hook (admission.py)
        if not admitted:
            await refuse_admission(ws)
            return None
        with admission.frame_limit(ws, cfg.preauth_max_frame_bytes, cfg.max_frame_bytes):
            return await _first_frame(ctx, ws)


async def _first_frame(ctx: ServerContext, ws: ServerConnection) -> _Authenticated | None:
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
        frame = codec.decode_agent_frame(raw)
    except ProtocolError:
        frame = None
    if isinstance(frame, frames.Login):
        return await _login(ctx, ws, frame)
    if isinstance(frame, frames.LoginOidc):
        return await _login_oidc(ctx, ws, frame)
    if isinstance(frame, frames.Auth):
        found = await ctx.db.read(repo_sessions.lookup, auth.token_digest(frame.token))
        if found is None:
            await asyncio.sleep(ctx.config.failed_login_delay)
            await reject(ws, "invalid or expired token")
            return None
        head = await ctx.db.read(repo_events.head)
        welcome = _welcome(ctx, found.agent, head, found.expires_at)
        return _Authenticated(
            found.agent, auth.token_digest(frame.token), found.expires_at, found.started_at, welcome
        )
    await reject(ws, "authenticate first: the first frame must be login or auth")
    return None


async def _login(ctx: ServerContext, ws: ServerConnection, frame: frames.Login) -> _Authenticated | None:
    """Password login, throttled: a locked-out username or address is refused before any
    password check (``lockout.py``); each failure is slowed, audited and counted."""
    remote = remote_of(ws)
    policy = lockout.Policy.from_config(ctx.config, ctx.keys.current("lockout"))
    if await ctx.db.run(lockout.is_locked, policy, frame.username, remote):
        await asyncio.sleep(ctx.config.failed_login_delay)
        await reject(ws, lockout.LOCKED_MESSAGE, ErrorCode.RATE_LIMITED)
        return None
    slow_down = await ctx.db.run(lockout.delay_before, policy, frame.username)
    if slow_down:
        await asyncio.sleep(slow_down)  # this username keeps failing, from anywhere
    creds = await ctx.db.read(repo_agents.credentials, frame.username)
    if not await auth.verify_password(creds[1] if creds else None, frame.password):
        await ctx.db.run(lockout.record_failure, policy, frame.username, creds is not None, remote)
        await asyncio.sleep(ctx.config.failed_login_delay)
        await reject(ws, "invalid username or password")
        return None
    assert creds is not None
    agent = creds[0]
    token, digest = auth.new_token()
    issued = await ctx.db.run(_issue, policy, agent, digest, ctx.config.token_ttl_seconds, remote)
    head = await ctx.db.read(repo_events.head)
    welcome = _welcome(ctx, agent, head, issued.expires_at, token)
    return _Authenticated(agent, digest, issued.expires_at, issued.started_at, welcome)


async def _login_oidc(
    ctx: ServerContext, ws: ServerConnection, frame: frames.LoginOidc
) -> _Authenticated | None:
    """Sign-in with the identity provider (``app/server/oidc``): the ID token checked, the agent
    created or brought in step with its groups, then a desk token as for a password login."""
    remote = remote_of(ws)
    if ctx.oidc is None:
        await reject(ws, "sign-in with an identity provider is not configured on this server")
        return None
    try:
        claims = await ctx.oidc.verifier.verify(frame.id_token)
        username, display, role = oidc_login.identity(ctx.oidc.config, claims)
        if username != frame.username:
            raise oidc_login.NoRole("the ID token is for another username")
        language = "zh-CN" if str(claims.get("locale", "")).lower().startswith("zh") else "en"
        agent = await ctx.db.run(oidc_login.provision, username, display, role, language)
    except (OidcRejected, oidc_login.NoRole) as exc:
        log.warning("OIDC sign-in refused from %s: %s", remote, exc)
        await ctx.db.run(repo_agents.record_failed_login, frame.username, False, remote)
        await asyncio.sleep(ctx.config.failed_login_delay)
        await reject(ws, f"sign-in refused: {exc}")
        return None
    policy = lockout.Policy.from_config(ctx.config, ctx.keys.current("lockout"))
    token, digest = auth.new_token()
    issued = await ctx.db.run(_issue, policy, agent, digest, ctx.config.token_ttl_seconds, remote)
    head = await ctx.db.run(repo_events.head)
    welcome = _welcome(ctx, agent, head, issued.expires_at, token)
    return _Authenticated(agent, digest, issued.expires_at, issued.started_at, welcome)


def _issue(
    session: Session, policy: lockout.Policy, agent: AgentPrincipal, digest: str, ttl: int, remote: str | None
) -> repo_sessions.SessionInfo:
    lockout.record_success(session, policy, agent.username, remote)
    repo_agents.issue_token(session, agent, digest, ttl, remote)
    issued = repo_sessions.lookup(session, digest)
    assert issued is not None
    return issued


class AgentEndpoint:
    """``/agent`` for :func:`~app.server.endpoints.lifecycle.serve`."""

    name = "agent"

    async def authenticate(self, ctx: ServerContext, ws: ServerConnection) -> AgentConn | None:
        authenticated = await _authenticate(ctx, ws)
        if authenticated is None:
            return None
        cfg = ctx.config
        conn = AgentConn(
            ws=ws,
            outbox=Outbox(ws, ctx.flusher, f"agent {authenticated.agent.username}"),
            agent=authenticated.agent,
            token_hash=authenticated.token_hash,
            bucket=TokenBucket(cfg.rate_limit_per_second, cfg.rate_limit_burst),
            session_started_at=authenticated.started_at,
        )
        conn.outbox.put(codec.encode(authenticated.welcome))
        sessions.schedule_expiry(conn, authenticated.expires_at)
        return conn

    def join(self, ctx: ServerContext, conn: AgentConn) -> None:
        ctx.hub.add_agent(conn)
        ctx.bus.members_changed()

    async def handle(self, ctx: ServerContext, conn: AgentConn, raw: str) -> None:
        request_id = None
        try:
            frame = codec.decode_agent_frame(raw)
            if isinstance(frame, frames.Req):
                request_id = frame.id
                await _request(ctx, conn, frame)
            elif isinstance(frame, frames.Sync):
                ctx.hub.replaying(conn, True)  # every event in full, buffered, until the hand-over
                try:
                    await sync.replay(
                        frame.since,
                        conn.cursor,
                        conn.outbox,
                        lambda after, limit: ctx.db.read(repo_events.agent_page, conn.agent, after, limit),
                    )
                finally:
                    ctx.hub.replaying(conn, False)
            elif isinstance(frame, frames.Signal):
                await signals.agent_signal(ctx, conn, frame)
            else:
                raise ProtocolError(ErrorCode.BAD_REQUEST, "already authenticated")
        except ProtocolError as exc:
            answer_error(conn.outbox, raw, exc.code, exc.message, exc.request_id or request_id)
        except Exception:
            log.exception("agent frame failed")
            answer_error(conn.outbox, raw, ErrorCode.INTERNAL, "internal error", request_id)

    async def done(self, ctx: ServerContext, conn: AgentConn) -> bool:
        if not conn.logged_out:
            return False
        await _close_logged_out(ctx, conn)
        return True

    async def leave(self, ctx: ServerContext, conn: AgentConn) -> None:
        sessions.cancel_expiry(conn)
        ctx.hub.remove_agent(conn)
        ctx.bus.members_changed()
        try:
            if conn.viewing is not None:
                await signals.switch_viewing(ctx, conn, None)
            username = conn.agent.username
            if ctx.hub.connections_of(username) == 0 and not ctx.bus.connected_elsewhere(username):
                await set_presence(ctx, conn, "offline")
        except Exception:
            log.exception("cleanup after an agent connection failed")

    def describe(self, conn: AgentConn) -> str:
        return conn.agent.username


ENDPOINT = AgentEndpoint()


async def serve_agent(ctx: ServerContext, ws: ServerConnection) -> None:
    await lifecycle.serve(ctx, ws, ENDPOINT)


async def _request(ctx: ServerContext, conn: AgentConn, req: frames.Req) -> None:
    params = codec.decode_params(req)
    handler = ROUTES.get(req.method)
    if handler is None:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "method not supported by this server", request_id=req.id)
    try:
        result = await handler.call(ctx, conn, params)
    except ProtocolError as exc:
        exc.request_id = req.id
        raise
    except Exception:
        log.exception("method %s failed", req.method)
        raise ProtocolError(ErrorCode.INTERNAL, "internal error", request_id=req.id) from None
    conn.outbox.put(codec.encode(codec.ok(req.id, result)), urgent=True)  # an answer: ahead of fan-out


async def _close_logged_out(ctx: ServerContext, conn: AgentConn) -> None:
    """Close every connection of the logged-out session (same agent, same session start: also
    those still on a token renewed away from), on this node and, through the bus, on the others."""
    started = conn.session_started_at
    others = relay.close_session(ctx.hub, conn.agent.id, conn.token_hash, started, keep=conn)
    ctx.bus.relay(relay.Revoke(conn.agent.id, conn.token_hash, started))
    await relay.close_all(others)
    await conn.outbox.flush()
    with contextlib.suppress(ConnectionClosed):
        await conn.ws.close(CloseCode.NORMAL, "logged out")
