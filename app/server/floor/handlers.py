"""``floor.watch``, ``floor.unwatch`` and ``floor.conversations`` (issue 20). Supervisors see the
whole floor; a VIP manager their book (their clients' conversations and their own); an agent is
refused (their own work is their inbox). ``ROUTES`` is collected by :mod:`app.server.registry`."""

from __future__ import annotations

from datetime import UTC, datetime, time

from app.protocol import floor as pf
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.methods import Empty
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.floor import query
from app.server.floor.service import SERVICE_KEY, FloorService, Watch, service
from app.server.repos.repo_events import StoredEvent
from app.server.routes import Route, route
from app.server.timeutil import utcnow

SCOPES: dict[str, pf.FloorScope] = {"supervisor": "all", "vip_manager": "book"}


def _scope(conn: AgentConn) -> query.Scope:
    kind = SCOPES.get(conn.agent.role)
    if kind is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "the live floor is for supervisors and VIP managers")
    return query.Scope(kind, conn.agent.username)


async def _service(ctx: ServerContext) -> FloorService:
    found = service(ctx)
    if found is None:
        found = FloorService(ctx)
        ctx.services[SERVICE_KEY] = found
    await found.start()
    return found


def committed(ctx: ServerContext, events: list[StoredEvent]) -> None:
    """On the loop, for every event the bus publishes (this node's commits and other nodes', through
    the hub's observers: app.py): the floor may have changed."""
    found = service(ctx)
    if found is not None:
        found.committed(events)


async def stop(ctx: ServerContext) -> None:
    """The server stops: the floor task ends with it."""
    found = service(ctx)
    if found is not None:
        await found.stop()


async def watch(ctx: ServerContext, conn: AgentConn, params: pf.FloorWatchParams) -> pf.FloorResult:
    scope = _scope(conn)
    day_start = params.day_start or datetime.combine(utcnow().date(), time(0), tzinfo=UTC)
    floor_service = await _service(ctx)
    current = Watch(scope, day_start)
    floor = await floor_service.floor_for(current)
    if params.watch:
        floor_service.watch(conn, current)
    return pf.FloorResult(floor=floor)


async def unwatch(ctx: ServerContext, conn: AgentConn, params: Empty) -> Empty:
    found = service(ctx)
    if found is not None:
        found.unwatch(conn)
    return Empty()


async def conversations(
    ctx: ServerContext, conn: AgentConn, params: pf.FloorConversationsParams
) -> pf.FloorConversationsResult:
    scope = _scope(conn)
    ids, total = await ctx.db.run(query.conversations, scope, params, utcnow())
    views = await ctx.db.run(query.views_of, ids)
    return pf.FloorConversationsResult(conversations=views, total=total)


ROUTES: tuple[Route, ...] = (
    route(pf.FLOOR_WATCH, watch),
    route(pf.FLOOR_UNWATCH, unwatch),
    route(pf.FLOOR_CONVERSATIONS, conversations),
)
