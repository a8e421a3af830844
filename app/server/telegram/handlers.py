"""The Telegram methods (``telegram.link_start``, ``telegram.status``, ``telegram.resend``), listed
in ``ROUTES`` for :mod:`app.server.registry`; the rules are in ``link.py`` and ``repo.py``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.protocol import telegram as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.principal import AgentPrincipal
from app.server.repos import repo_inbox
from app.server.routes import Route, route
from app.server.telegram import link, repo
from app.server.timeutil import utcnow


async def link_start(ctx: ServerContext, conn: AgentConn, params: pt.LinkStartParams) -> pt.StatusResult:
    return await ctx.db.run(link.link_start, conn.agent, params)


async def status(ctx: ServerContext, conn: AgentConn, params: pt.StatusParams) -> pt.StatusResult:
    return await ctx.db.run(link.status, conn.agent, params)


def _resend(session: Session, agent: AgentPrincipal, params: pt.ResendParams) -> pt.ResendResult:
    conv_id = repo.conversation_of_message(session, params.message_id)
    if conv_id is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no Telegram reply with this id")
    repo_inbox.visible(session, agent, conv_id)  # visibility first: never leak
    try:
        repo.resend(session, params.message_id, agent.display_name or agent.username, utcnow())
    except LookupError:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no Telegram reply with this id") from None
    except ValueError:
        raise ProtocolError(
            ErrorCode.CONFLICT, "only a reply Telegram did not confirm is sent again"
        ) from None
    audit.record(session, agent.username, "telegram.resend", str(params.message_id),
                 {"conversation_id": conv_id})
    return pt.ResendResult(message_id=params.message_id)


async def resend(ctx: ServerContext, conn: AgentConn, params: pt.ResendParams) -> pt.ResendResult:
    return await ctx.db.run(_resend, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pt.LINK_START, link_start),
    route(pt.STATUS, status),
    route(pt.RESEND, resend),
)
