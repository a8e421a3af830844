"""A check the server runs every ``interval`` seconds on the database thread, as a background task
on its loop: the SLA breach monitor (``repo_sla.record_breaches``) and the callback reminders
(``repo_reminders.send_reminders``). Each job returns how many things it found and records them
itself (events through the event log), so a run that fails is simply tried again next time."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from app.server.db.executor import DbExecutor
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)

Job = Callable[[Session, datetime], int]


class PeriodicCheck:
    def __init__(self, db: DbExecutor, interval: float, job: Job, name: str) -> None:
        self._db = db
        self._interval = max(interval, 0.05)
        self._job = job
        self.name = name
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.check()  # the first run on a database sets its watermark
        self._task = asyncio.get_running_loop().create_task(self._run(), name=f"agentdesk-{self.name}")

    async def check(self) -> int:
        return await self._db.run(self._job, utcnow())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                found = await self.check()
                if found:
                    log.info("%s: %d found", self.name, found)
            except Exception:
                log.exception("%s failed; trying again later", self.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
