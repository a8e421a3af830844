"""The Telegram methods (``telegram.link_start``, ``telegram.status``), listed in ``ROUTES`` for
:mod:`app.server.registry`; the rules are in ``link.py``."""

from __future__ import annotations

from app.protocol import telegram as pt
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.routes import Route, route
from app.server.telegram import link


async def link_start(ctx: ServerContext, conn: AgentConn, params: pt.LinkStartParams) -> pt.StatusResult:
    return await ctx.db.run(link.link_start, conn.agent, params)


async def status(ctx: ServerContext, conn: AgentConn, params: pt.StatusParams) -> pt.StatusResult:
    return await ctx.db.run(link.status, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pt.LINK_START, link_start),
    route(pt.STATUS, status),
)
