"""Running macros in the background, so a run goes on whatever happens to the connection that
started it: a desk that reconnects asks ``macro.run`` (or ``macro.run_status``) with the same
``run_id`` and gets the run as it stands. One task per run applies its conversations one by one
(each its own transaction; the guard checks each reply off the loop and off the database thread,
a refused reply fails its conversation), reports progress to the runner's desks (``macro.progress``
signals, at most a few a second), then waits out the grace time and sends the held replies.
Runs left running or holding by a stopped server are picked up when the service starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import timedelta

from app.protocol import codec
from app.protocol import macros as pmac
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.frames import Signal
from app.server import safety
from app.server.context import ServerContext
from app.server.macros import repo
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)
SERVICE_KEY = "macros"
PROGRESS_EVERY = 0.25  # seconds between progress signals of one run


class MacroService:
    def __init__(self, ctx: ServerContext, grace: timedelta) -> None:
        self.ctx = ctx
        self.grace = grace
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self._started = False

    async def start(self) -> None:
        if self._started:
            return
        self._started = True
        for run_id, state, _ in await self.ctx.db.run(repo.due_runs, utcnow()):
            self.launch(run_id, resume=state == "running")

    async def stop(self) -> None:
        for task in list(self.tasks.values()):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.tasks.clear()

    def launch(self, run_id: str, resume: bool = True) -> None:
        if run_id in self.tasks:
            return
        task = asyncio.get_running_loop().create_task(self._run(run_id, resume), name=f"macro {run_id}")
        self.tasks[run_id] = task
        task.add_done_callback(lambda _: self.tasks.pop(run_id, None))

    def _progress(self, run: pmac.MacroRun) -> None:
        signal = Signal(name=pmac.MacroProgress.NAME, data=codec.to_raw(pmac.MacroProgress(run=run)))
        frame = codec.encode(signal)
        for conn in list(self.ctx.hub.agents):
            if conn.agent.username == run.by:
                conn.outbox.put(frame)

    async def _run(self, run_id: str, resume: bool) -> None:
        try:
            if resume:
                await self._apply_all(run_id)
                run = await self.ctx.db.run(repo.finish, run_id, self.grace)
                self._progress(run)
            await self._release(run_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("a macro run failed")

    async def _apply_all(self, run_id: str) -> None:
        agent = await self.ctx.db.run(repo.runner_of, run_id)
        pending = await self.ctx.db.run(repo.pending_items, run_id)
        verdicts: dict[str, str | None] = {}
        last = time.monotonic()
        for conversation_id in pending:
            try:
                if agent is None:
                    raise ProtocolError(ErrorCode.FORBIDDEN, "the agent who ran it is gone")
                reply = await self.ctx.db.run(repo.render, agent, run_id, conversation_id)
                if reply is not None:
                    if reply not in verdicts:
                        verdicts[reply] = await asyncio.to_thread(
                            safety.refusal,
                            reply,
                            agent.language,
                            self.ctx.config.link_domains(),
                            self.ctx.config.explorer_domains,
                            self.ctx.config.official_handles,
                        )
                    refusal = verdicts[reply]
                    if refusal:
                        await self.ctx.db.run(repo.fail, run_id, conversation_id, "blocked", refusal)
                        continue
                await self.ctx.db.run(repo.apply, agent, run_id, conversation_id, reply)
            except ProtocolError as exc:
                await self.ctx.db.run(repo.fail, run_id, conversation_id, exc.code.value, exc.message)
            if time.monotonic() - last >= PROGRESS_EVERY:
                last = time.monotonic()
                run = await self.ctx.db.run(repo.progress, run_id)
                if run is not None:
                    self._progress(run)

    async def _release(self, run_id: str) -> None:
        run = await self.ctx.db.run(repo.progress, run_id)
        if run is None or run.state != "holding" or run.release_at is None:
            return
        await asyncio.sleep(max(0.0, (run.release_at - utcnow()).total_seconds()))
        while not await self.ctx.db.run(repo.release, run_id):
            pass
        done = await self.ctx.db.run(repo.progress, run_id)
        if done is not None:
            self._progress(done)


def service(ctx: ServerContext) -> MacroService | None:
    found = ctx.services.get(SERVICE_KEY)
    return found if isinstance(found, MacroService) else None
