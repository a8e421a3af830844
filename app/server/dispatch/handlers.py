"""Dispatch's request methods (issue 19), listed in ``ROUTES`` for :mod:`app.server.registry`; the
rules live in ``transfer.py``, ``mentions.py`` and ``load.py`` and run in the transaction."""

from __future__ import annotations

from app.protocol import methods as pm
from app.protocol import routing as pr
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.dispatch import load, mentions, transfer
from app.server.routes import Route, route


async def teams_list(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pr.TeamsResult:
    return await ctx.db.run(load.teams_list)


async def agents_load(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pr.AgentsLoadResult:
    return await ctx.db.run(load.agents_load, conn.agent)


async def conversation_transfer(
    ctx: ServerContext, conn: AgentConn, params: pr.TransferParams
) -> pm.ConversationResult:
    return await ctx.db.run(transfer.transfer, conn.agent, params)


async def conversation_escalate(
    ctx: ServerContext, conn: AgentConn, params: pr.EscalateParams
) -> pm.ConversationResult:
    return await ctx.db.run(transfer.escalate, conn.agent, params)


async def mentions_list(ctx: ServerContext, conn: AgentConn, params: pr.MentionsParams) -> pr.MentionsResult:
    return await ctx.db.run(mentions.listing, conn.agent, params)


async def mentions_read(
    ctx: ServerContext, conn: AgentConn, params: pr.MentionsReadParams
) -> pr.MentionsReadResult:
    return await ctx.db.run(mentions.mark_read, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pr.TEAMS_LIST, teams_list),
    route(pr.AGENTS_LOAD, agents_load),
    route(pr.TRANSFER, conversation_transfer),
    route(pr.ESCALATE, conversation_escalate),
    route(pr.MENTIONS_LIST, mentions_list),
    route(pr.MENTIONS_READ, mentions_read),
)
