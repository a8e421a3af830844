"""The VIP desk's request methods (issue 8), listed in ``ROUTES`` for :mod:`app.server.registry`.
The rules live in ``vip/repo.py`` (book, alerts, ``customer.set``) and ``vip/outreach.py`` (notes,
outreach), and cover's in ``cover/repo.py`` (``agent.backup.set``, ``cover.report``; cover sits
below the core repositories, so its handlers are here); access is checked there, in the
transaction."""

from __future__ import annotations

import asyncio

from app.protocol import vip as pv
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import safety
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.cover import repo as repo_cover
from app.server.routes import Route, route
from app.server.vip import outreach as repo_outreach
from app.server.vip import repo as repo_vip


async def vip_book(ctx: ServerContext, conn: AgentConn, params: pv.BookParams) -> pv.BookResult:
    return await ctx.db.read(repo_vip.book, conn.agent, params)


async def vip_alert_ack(ctx: ServerContext, conn: AgentConn, params: pv.AlertAckParams) -> pv.AlertAckResult:
    return await ctx.db.run(repo_vip.ack, conn.agent, params)


async def customer_set(
    ctx: ServerContext, conn: AgentConn, params: pv.CustomerSetParams
) -> pv.CustomerSetResult:
    return await ctx.db.run(repo_vip.set_customer, conn.agent, params)


async def outreach_start(ctx: ServerContext, conn: AgentConn, params: pv.OutreachParams) -> pv.OutreachResult:
    # The same guard as message.send, before anything is stored: a refused outreach leaves no trace
    # but the refusal itself.
    text = params.body if params.subject is None else f"{params.subject}\n{params.body}"
    config = ctx.config
    refusal = await asyncio.to_thread(
        safety.refusal,
        text,
        conn.agent.language,
        config.link_domains(),
        config.explorer_domains,
        config.official_handles,
    )
    if refusal:
        raise ProtocolError(ErrorCode.BLOCKED, refusal)
    return await ctx.db.run(repo_outreach.start, conn.agent, params)


async def notes_list(ctx: ServerContext, conn: AgentConn, params: pv.NotesParams) -> pv.NotesResult:
    return await ctx.db.run(repo_outreach.list_notes, conn.agent, params.uid)


async def notes_add(ctx: ServerContext, conn: AgentConn, params: pv.NoteAddParams) -> pv.NoteAddResult:
    return await ctx.db.run(repo_outreach.add_note, conn.agent, params)


async def backup_set(ctx: ServerContext, conn: AgentConn, params: pv.BackupSetParams) -> pv.BackupSetResult:
    return await ctx.db.run(repo_cover.set_backup, conn.agent, params.backup)


async def cover_report(
    ctx: ServerContext, conn: AgentConn, params: pv.CoverReportParams
) -> pv.CoverReportResult:
    return await ctx.db.read(repo_cover.report, conn.agent, params)


ROUTES: tuple[Route, ...] = (
    route(pv.BOOK, vip_book),
    route(pv.ALERT_ACK, vip_alert_ack),
    route(pv.CUSTOMER_SET, customer_set),
    route(pv.OUTREACH_START, outreach_start),
    route(pv.NOTES_LIST, notes_list),
    route(pv.NOTES_ADD, notes_add),
    route(pv.BACKUP_SET, backup_set),
    route(pv.COVER_REPORT, cover_report),
)
