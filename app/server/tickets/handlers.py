"""``ticket.create`` (the rules live in :mod:`app.server.tickets.repo`; the ticket fields of
``conversation.update`` are applied there too, passed in by ``handlers/methods.py``)."""

from __future__ import annotations

from app.protocol import methods as pm
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.routes import Route, route
from app.server.tickets import repo


async def ticket_create(
    ctx: ServerContext, conn: AgentConn, params: pm.TicketCreateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo.create_ticket, conn.agent, params)


ROUTES: tuple[Route, ...] = (route(pm.TICKET_CREATE, ticket_create),)
