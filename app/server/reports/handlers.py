"""``report.get`` (issue 20): who may see which conversations decides the cohort — supervisors
all, a VIP manager their book (their clients' conversations and their own), an agent their own
assigned conversations. ``ROUTES`` is collected by :mod:`app.server.registry`."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from app.protocol import reports as pr
from app.protocol.errors import ErrorCode, ProtocolError
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.principal import AgentPrincipal
from app.server.reports import query
from app.server.routes import Route, route
from app.server.timeutil import utcnow

SCOPES: dict[str, pr.ReportScope] = {"supervisor": "all", "vip_manager": "book", "agent": "own"}


def report(session: Session, agent: AgentPrincipal, params: pr.ReportParams) -> pr.ReportResult:
    if params.until <= params.since:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: until must be after since")
    if params.until - params.since > timedelta(days=pr.MAX_DAYS):
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, f"invalid params: a report covers at most {pr.MAX_DAYS} days"
        )
    now = utcnow()
    scope = SCOPES[agent.role]
    who = query.Scope(scope, agent.username)
    rows, total = query.run(session, params.by, params.since, params.until, now, who)
    return pr.ReportResult(
        by=params.by, since=params.since, until=params.until, rows=rows, total=total,
        generated_at=now, scope=scope,
    )


async def report_get(ctx: ServerContext, conn: AgentConn, params: pr.ReportParams) -> pr.ReportResult:
    return await ctx.db.run(report, conn.agent, params)


ROUTES: tuple[Route, ...] = (route(pr.REPORT, report_get),)
