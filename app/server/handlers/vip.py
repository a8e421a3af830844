"""The VIP desk's request methods (issue 8), registered into ``methods.HANDLERS``. The rules live
in ``db/repo_vip.py`` (book, alerts, ``customer.set``), ``db/repo_outreach.py`` (notes, outreach)
and ``db/repo_cover.py`` (backup, cover report); access is checked there, in the transaction."""

from __future__ import annotations

import asyncio

from app.protocol import vip as pv
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import safety
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.db import repo_cover, repo_outreach, repo_vip
from app.server.handlers.methods import method


@method("vip.book")
async def vip_book(ctx: ServerContext, conn: AgentConn, params: pv.BookParams) -> pv.BookResult:
    return await ctx.db.run(repo_vip.book, conn.agent, params)


@method("vip.alert_ack")
async def vip_alert_ack(ctx: ServerContext, conn: AgentConn, params: pv.AlertAckParams) -> pv.AlertAckResult:
    return await ctx.db.run(repo_vip.ack, conn.agent, params)


@method("customer.set")
async def customer_set(
    ctx: ServerContext, conn: AgentConn, params: pv.CustomerSetParams
) -> pv.CustomerSetResult:
    return await ctx.db.run(repo_vip.set_customer, conn.agent, params)


@method("outreach.start")
async def outreach_start(ctx: ServerContext, conn: AgentConn, params: pv.OutreachParams) -> pv.OutreachResult:
    # The same guard as message.send, before anything is stored: a refused outreach leaves no trace
    # but the refusal itself.
    text = params.body if params.subject is None else f"{params.subject}\n{params.body}"
    refusal = await asyncio.to_thread(safety.refusal, text, conn.agent.language, ctx.config.link_domains())
    if refusal:
        raise ProtocolError(ErrorCode.BLOCKED, refusal)
    return await ctx.db.run(repo_outreach.start, conn.agent, params)


@method("customer.notes.list")
async def notes_list(ctx: ServerContext, conn: AgentConn, params: pv.NotesParams) -> pv.NotesResult:
    return await ctx.db.run(repo_outreach.list_notes, conn.agent, params.uid)


@method("customer.notes.add")
async def notes_add(ctx: ServerContext, conn: AgentConn, params: pv.NoteAddParams) -> pv.NoteAddResult:
    return await ctx.db.run(repo_outreach.add_note, conn.agent, params)


@method("agent.backup.set")
async def backup_set(ctx: ServerContext, conn: AgentConn, params: pv.BackupSetParams) -> pv.BackupSetResult:
    return await ctx.db.run(repo_cover.set_backup, conn.agent, params.backup)


@method("cover.report")
async def cover_report(
    ctx: ServerContext, conn: AgentConn, params: pv.CoverReportParams
) -> pv.CoverReportResult:
    return await ctx.db.run(repo_cover.report, conn.agent, params)
