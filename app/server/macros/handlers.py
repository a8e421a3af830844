"""``macros.list``, ``macro.save``, ``macro.delete``, ``macro.run``, ``macro.run_status`` and
``macro.undo`` (issue 20). ``ROUTES`` is collected by :mod:`app.server.registry`."""

from __future__ import annotations

from datetime import timedelta

from app.protocol import macros as pmac
from app.protocol.methods import Empty
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.macros import repo
from app.server.macros.runner import SERVICE_KEY, MacroService, service
from app.server.routes import Route, route


async def ensure(ctx: ServerContext) -> MacroService:
    """The service (made and started on first use, and by the server's start: held replies of
    runs a stopped server left are released)."""
    found = service(ctx)
    if found is None:
        found = MacroService(ctx, timedelta(seconds=ctx.config.macro_grace_seconds))
        ctx.services[SERVICE_KEY] = found
    await found.start()
    return found


async def stop(ctx: ServerContext) -> None:
    found = service(ctx)
    if found is not None:
        await found.stop()


async def macros_list(ctx: ServerContext, conn: AgentConn, params: Empty) -> pmac.MacrosResult:
    return await ctx.db.run(repo.list_macros)


async def macro_save(ctx: ServerContext, conn: AgentConn, params: pmac.MacroSaveParams) -> pmac.MacroResult:
    return await ctx.db.run(repo.save, conn.agent, params)


async def macro_delete(ctx: ServerContext, conn: AgentConn, params: pmac.MacroDeleteParams) -> Empty:
    return await ctx.db.run(repo.delete, conn.agent, params)


async def macro_run(ctx: ServerContext, conn: AgentConn, params: pmac.RunParams) -> pmac.RunResult:
    runner = await ensure(ctx)
    started = await ctx.db.run(repo.start, conn.agent, params)
    if started.run.state == "running":
        runner.launch(started.run.run_id)  # a retry of a run under way: the task is already there
    return pmac.RunResult(run=started.run)


async def macro_run_status(ctx: ServerContext, conn: AgentConn, params: pmac.RunRef) -> pmac.RunResult:
    return pmac.RunResult(run=await ctx.db.run(repo.status, conn.agent, params.run_id))


async def macro_undo(ctx: ServerContext, conn: AgentConn, params: pmac.RunRef) -> pmac.RunResult:
    return pmac.RunResult(run=await ctx.db.run(repo.undo, conn.agent, params.run_id))


ROUTES: tuple[Route, ...] = (
    route(pmac.MACROS_LIST, macros_list),
    route(pmac.MACRO_SAVE, macro_save),
    route(pmac.MACRO_DELETE, macro_delete),
    route(pmac.MACRO_RUN, macro_run),
    route(pmac.MACRO_RUN_STATUS, macro_run_status),
    route(pmac.MACRO_UNDO, macro_undo),
)
