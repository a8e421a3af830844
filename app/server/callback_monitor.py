"""The callback reminder monitor: every ``interval`` seconds, announce callbacks whose window
opened (``callback.due``) or closed unanswered (``callback.missed``) — ``db/repo_reminders.py``.
A background task on the server's loop, like the SLA breach monitor."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from app.server.db import repo_reminders
from app.server.db.executor import DbExecutor
from app.server.timeutil import utcnow

log = logging.getLogger(__name__)


class CallbackMonitor:
    def __init__(self, db: DbExecutor, interval: float) -> None:
        self._db = db
        self._interval = max(interval, 0.05)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.check()  # the first run on a database sets its watermark
        self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-callback-monitor")

    async def check(self) -> int:
        return await self._db.run(repo_reminders.send_reminders, utcnow())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                found = await self.check()
                if found:
                    log.info("callbacks: %d reminder(s) sent", found)
            except Exception:
                log.exception("callback reminder check failed; trying again later")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
