"""The incident methods (``incident.declare``, ``incident.update``, ``incidents.list``), listed in
``ROUTES`` for :mod:`app.server.registry`. The guard checks both customer messages (off the loop)
before anything is stored; the rules live in ``repo.py`` and run in one transaction."""

from __future__ import annotations

import asyncio

from app.protocol import incidents as pi
from app.protocol import methods as pm
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import safety
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.incidents import emergency, repo
from app.server.routes import Route, route

#: ``ctx.services[DELIVER_KEY]``: how an incident's message reaches a customer outside the web
#: chat, by channel (email, Telegram), put there by the server at start (``channels.py``), so
#: incidents import no channel (and callbacks, which ask ``security_open``, stay apart from email).
DELIVER_KEY = "incident_deliverers"


async def _guarded(ctx: ServerContext, en: str, zh: str) -> None:
    """Both texts pass the guard that checks agents' replies (no look-alike or foreign link, no
    request for a password, code or key), or the request is refused with the reason."""
    config = ctx.config
    domains, explorers, handles = config.link_domains(), config.explorer_domains, config.official_handles
    for text, language in ((en, "en"), (zh, "zh-CN")):
        refusal = await asyncio.to_thread(safety.refusal, text, language, domains, explorers, handles)
        if refusal:
            raise ProtocolError(ErrorCode.BLOCKED, refusal)


def deliverers(ctx: ServerContext) -> dict[str, repo.Deliver]:
    found = ctx.services.get(DELIVER_KEY)
    return dict(found) if isinstance(found, dict) else {}


async def declare(ctx: ServerContext, conn: AgentConn, params: pi.DeclareParams) -> pi.IncidentResult:
    if conn.agent.role != "supervisor":  # before the guard's work
        raise ProtocolError(ErrorCode.FORBIDDEN, "incidents are declared and updated by supervisors")
    await _guarded(ctx, params.message_en, params.message_zh)
    return await ctx.db.run(repo.declare, conn.agent, params)


async def update(ctx: ServerContext, conn: AgentConn, params: pi.UpdateParams) -> pi.IncidentResult:
    if conn.agent.role != "supervisor":
        raise ProtocolError(ErrorCode.FORBIDDEN, "incidents are declared and updated by supervisors")
    await _guarded(ctx, params.message_en, params.message_zh)
    return await ctx.db.run(repo.update, conn.agent, params, deliverers(ctx))


async def listing(ctx: ServerContext, conn: AgentConn, params: pi.ListParams) -> pi.IncidentsResult:
    return await ctx.db.run(repo.listing, params)


async def freeze_request(
    ctx: ServerContext, conn: AgentConn, params: pi.FreezeParams
) -> pm.ConversationResult:
    return await ctx.db.run(emergency.freeze_request, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pi.FREEZE_REQUEST, freeze_request),
    route(pi.DECLARE, declare),
    route(pi.UPDATE, update),
    route(pi.LIST, listing),
)
