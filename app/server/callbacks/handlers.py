"""``callback.create`` and ``callback.log`` (the rules live in :mod:`app.server.callbacks.repo`)."""

from __future__ import annotations

from app.protocol import methods as pm
from app.server.callbacks import repo
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.routes import Route, route


async def callback_create(
    ctx: ServerContext, conn: AgentConn, params: pm.CallbackCreateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo.create_callback, conn.agent, params)


async def callback_log(
    ctx: ServerContext, conn: AgentConn, params: pm.CallbackLogParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo.log_callback, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pm.CALLBACK_CREATE, callback_create),
    route(pm.CALLBACK_LOG, callback_log),
)
