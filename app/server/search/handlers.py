"""``search``: the queries run on a reader; hits on masked data are audited before the answer.
``ROUTES`` is collected by :mod:`app.server.registry`."""

from __future__ import annotations

from app.protocol import search as ps
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.routes import Route, route
from app.server.search import repo


async def search(ctx: ServerContext, conn: AgentConn, params: ps.SearchParams) -> ps.SearchResult:
    found = await ctx.db.read(repo.search, conn.agent, params.query, params.limit, params.before)
    if found.revealed:
        await ctx.db.run(repo.reveals, conn.agent, found.revealed)
    return ps.SearchResult(hits=found.hits, next_before=found.next_before)


ROUTES: tuple[Route, ...] = (route(ps.SEARCH, search),)
