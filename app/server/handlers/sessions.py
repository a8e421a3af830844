"""Session and audit methods (``session.renew``, ``audit.list``) and the token-expiry timer.

A connection authenticates once, so without a timer a connection would outlive its token. Each
agent connection gets a timer at its token's expiry that sends ``error unauthorized`` and closes
it with 4401; ``session.renew`` moves the timer. ``ROUTES`` is collected by
:mod:`app.server.registry`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from websockets.exceptions import ConnectionClosed

from app.protocol import codec
from app.protocol import methods as pm
from app.protocol.errors import CloseCode, ErrorCode, ProtocolError
from app.server import auth
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.repos import repo_audit, repo_sessions
from app.server.routes import Route, route
from app.server.timeutil import utcnow

log = logging.getLogger("app.server.session")
_MAX_TIMER = 24 * 3600.0  # re-armed daily: no far-future timers, and clock changes are caught up
_tasks: set[asyncio.Task[None]] = set()


def schedule_expiry(conn: AgentConn, expires_at: datetime) -> None:
    """(Re)arm the timer that closes ``conn`` when its token expires."""
    conn.expires_at = expires_at
    cancel_expiry(conn)
    delay = max((expires_at - utcnow()).total_seconds(), 0.0)
    loop = asyncio.get_running_loop()
    conn.expiry_timer = loop.call_later(min(delay, _MAX_TIMER), _on_timer, conn)


def cancel_expiry(conn: AgentConn) -> None:
    if conn.expiry_timer is not None:
        conn.expiry_timer.cancel()
        conn.expiry_timer = None


def _on_timer(conn: AgentConn) -> None:
    conn.expiry_timer = None
    if conn.expires_at is not None and conn.expires_at > utcnow():
        schedule_expiry(conn, conn.expires_at)  # a long wait, re-armed in steps
        return
    task = asyncio.get_running_loop().create_task(_expire(conn))
    _tasks.add(task)  # keep a reference until done, or the task may be collected mid-flight
    task.add_done_callback(_tasks.discard)


async def _expire(conn: AgentConn) -> None:
    conn.outbox.put(codec.encode(codec.error(ErrorCode.UNAUTHORIZED, "session expired; log in again")))
    with contextlib.suppress(Exception):
        await conn.outbox.flush(1.0)
    with contextlib.suppress(ConnectionClosed):
        await conn.ws.close(CloseCode.UNAUTHORIZED, "session expired")


async def session_renew(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.RenewResult:
    cfg = ctx.config
    token, digest = auth.new_token()
    renewed = await ctx.db.run(
        repo_sessions.renew,
        conn.agent,
        conn.token_hash,
        digest,
        cfg.token_ttl_seconds,
        cfg.session_max_seconds,
        cfg.token_renew_grace_seconds,
    )
    if renewed is None:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "session expired; log in again")
    # Other connections still on the old token live as long as it does (the grace).
    for other in ctx.hub.agent_conns_with_token(conn.token_hash):
        if other is not conn:
            schedule_expiry(other, renewed.old_expires_at)
    conn.token_hash = digest
    schedule_expiry(conn, renewed.expires_at)
    return pm.RenewResult(token=token, token_expires_at=renewed.expires_at)


async def audit_list(ctx: ServerContext, conn: AgentConn, params: pm.AuditListParams) -> pm.AuditListResult:
    result = await ctx.db.run(repo_audit.page, conn.agent, params)
    if result is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "the audit log is for supervisors")
    return result


AUDIT_VERIFY_KEY = "audit_verify"  # ServerContext.services: () -> VerifyResult, blocking (its own session)


async def audit_verify(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.AuditVerifyResult:
    """The chain and the checkpoints, walked in a worker thread on a session of its own (a long
    log must not hold up the database thread)."""
    if not await ctx.db.run(repo_audit.verify_attempt, conn.agent):
        raise ProtocolError(ErrorCode.FORBIDDEN, "the audit log is for supervisors")
    check = ctx.services[AUDIT_VERIFY_KEY]
    assert callable(check)
    result = await asyncio.to_thread(check)
    return pm.AuditVerifyResult(
        ok=result.ok, checked=result.checked, checkpoints=result.checkpoints,
        broken_id=result.broken_id, problem=result.problem,
    )


ROUTES: tuple[Route, ...] = (
    route(pm.RENEW, session_renew),
    route(pm.AUDIT_LIST, audit_list),
    route(pm.AUDIT_VERIFY, audit_verify),
)
