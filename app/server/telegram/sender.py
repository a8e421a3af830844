"""The Telegram sender: delivers the outbox's ``sendMessage`` calls (``repo.queue``), once each.

Each call is claimed in the database (state ``sending`` with a lease), made, and recorded
``sent`` with Telegram's message id in its own transaction, so a restart neither loses a queued
reply (it is still ``queued``) nor repeats a delivered one (it is ``sent``). The one window left is
a crash after Telegram accepted a call and before ``sent`` was committed: the lease then runs out
and the call is made again (at least once in that window; Telegram's ``sendMessage`` has no
idempotency key to close it). Retry after ``retry_after`` (429) or the configured delays; a
permanent refusal (400/403: blocked by the user, chat gone) is recorded ``failed`` and not retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import timedelta

from app.server.db.executor import DbExecutor
from app.server.telegram import repo
from app.server.telegram.botapi import BotApi, BotApiError
from app.server.timeutil import utcnow
from app.server.wake import wait_event

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)  # longer than a call's timeout (30 s)
BATCH = 20


class TelegramSender:
    def __init__(
        self, db: DbExecutor, api: BotApi, retry_delays: Sequence[float], poll_interval: float
    ) -> None:
        self._db = db
        self._api = api
        self._delays = tuple(retry_delays) or (30.0,)
        self._poll = poll_interval
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.rounds = 0  # completed rounds (tests wait for one after a restart)
        self.sent = 0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="telegram-sender")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self.round()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the Telegram sender's round failed")
            self.rounds += 1
            await wait_event(self._wake, self._poll)
            self._wake.clear()

    async def round(self) -> None:
        jobs = await self._db.run(repo.claim_due, utcnow(), BATCH, LEASE)
        for job in jobs:
            try:
                result = await self._api.call("sendMessage", {"chat_id": job.chat_id, "text": job.text})
            except BotApiError as exc:
                retry = None
                if not exc.permanent:
                    delay = exc.retry_after or self._delays[min(job.attempts - 1, len(self._delays) - 1)]
                    retry = utcnow() + timedelta(seconds=delay)
                log.warning("sendMessage to a chat failed (%s)%s", exc, "" if retry else "; not retried")
                await self._db.run(repo.mark_failed, job.id, str(exc), retry)
                continue
            message_id = result.get("message_id") if isinstance(result, dict) else None
            await self._db.run(repo.mark_sent, job.id, message_id if isinstance(message_id, int) else None)
            self.sent += 1
