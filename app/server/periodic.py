"""A check the server runs every ``interval`` seconds on the database thread, as a background task
on its loop: the SLA breach monitor (``repo_sla.record_breaches``), the callback reminders
(``repo_reminders.send_reminders``) and the event log's trimming (``repo_events.trim``). Each job
returns how many things it found and records them itself (events through the event log), so a
run that fails is simply tried again next time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from app.server.db.executor import DbExecutor
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)

Job = Callable[[Session, datetime], int]


class PeriodicCheck:
    """Runs ``job`` on the writer every ``interval`` seconds, from a timer on the server's loop (no
    task sleeping in between: nothing here needs asyncio's "running loop", which a loop stepped by
    Qt, as in the desk's tests, does not always have)."""

    def __init__(self, db: DbExecutor, interval: float, job: Job, name: str, *, quiet: bool = False) -> None:
        self._db = db
        self._interval = max(interval, 0.05)
        self._job = job
        self.name = name
        self._quiet = quiet  # a routine job (the event log's trimming): nothing to log when it finds work
        self._timer: asyncio.TimerHandle | None = None
        self._running: asyncio.Future[int] | None = None
        self._stopped = False

    async def start(self) -> None:
        await self.check()  # the first run on a database sets its watermark
        self._schedule()

    async def check(self) -> int:
        return await self._db.run(self._job, utcnow())

    def _schedule(self) -> None:
        if not self._stopped and self._db.loop is not None:
            self._timer = self._db.loop.call_later(self._interval, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self._running = self._db.submit(self._job, utcnow())
        self._running.add_done_callback(self._done)

    def _done(self, run: asyncio.Future[int]) -> None:
        self._running = None
        if run.cancelled():
            return
        exc = run.exception()
        if exc is not None:
            log.error("%s failed; trying again later", self.name, exc_info=exc)
        elif run.result() and not self._quiet:
            log.info("%s: %d found", self.name, run.result())
        self._schedule()

    async def stop(self) -> None:
        self._stopped = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._running is not None:
            await asyncio.wait([self._running])
