"""The breach monitor: every ``interval`` seconds, record the SLA breaches that happened since the
last run (``db/repo_sla.py``). A background task on the server's loop; the work itself is one short
indexed query on the database thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from app.server.db import repo_sla
from app.server.db.executor import DbExecutor
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)


class BreachMonitor:
    def __init__(self, db: DbExecutor, interval: float) -> None:
        self._db = db
        self._interval = max(interval, 0.05)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.check()  # the first run on a database sets its watermark
        self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-sla-monitor")

    async def check(self) -> int:
        return await self._db.run(repo_sla.record_breaches, utcnow())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                found = await self.check()
                if found:
                    log.info("SLA: %d breach(es) recorded", found)
            except Exception:
                log.exception("SLA breach check failed; trying again later")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
