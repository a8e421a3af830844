"""The Telegram sender: delivers the outbox's ``sendMessage`` calls (``repo.queue``), at most once
each, and says so where it cannot know.

``sendMessage`` has no idempotency key, so a call whose answer was lost cannot be made again
without risking a second copy in the customer's chat. Each call is therefore recorded in its own
transaction at every step: claimed (``sending``, with a lease) → ``calling`` (committed just
before the request goes out) → ``sent`` with Telegram's message id, or ``queued`` again / ``failed``
when Telegram answered with a refusal. A restart or another node taking over a lease that ran out
sends a ``sending`` call (it never left) and never repeats a ``calling`` one: that one becomes
``unknown`` and its conversation gets an internal note ("Telegram did not confirm reply #…: it may
or may not have reached the customer. Not resent."), as does a call whose request went out and
whose answer never came (a read timeout, a dropped connection). An agent reads the thread and
decides (``telegram.resend``).

Why not resend silently: a support lead would rather have an agent see one reply in doubt than
have the exchange's official bot repeat itself — a second copy of a security or incident message
reads as confusion at best, and customers are taught that official support does not spam them —
and a silent resend would hide the doubt from the one person who can clear it (the customer may
already have answered it). The window is the length of one HTTP call; everything before it
(queued, claimed) is retried silently, since nothing reached Telegram.

Retry after ``retry_after`` (429) or the configured delays; a permanent refusal (400/403: blocked
by the user, chat gone) is recorded ``failed`` and not retried.
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

LEASE = timedelta(minutes=2)  # longer than a call's timeout (30 s); ServerConfig.telegram_send_lease
BATCH = 20


class TelegramSender:
    def __init__(
        self, db: DbExecutor, api: BotApi, retry_delays: Sequence[float], poll_interval: float,
        lease: timedelta = LEASE,
    ) -> None:
        self._db = db
        self._lease = lease
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
        jobs = await self._db.run(repo.claim_due, utcnow(), BATCH, self._lease)
        for job in jobs:
            if not await self._db.run(repo.mark_calling, job, utcnow(), self._lease):
                continue  # another sender took the claim over (this batch outlived its lease)
            try:
                result = await self._api.call("sendMessage", {"chat_id": job.chat_id, "text": job.text})
            except BotApiError as exc:
                if exc.outcome_unknown:
                    log.warning("sendMessage to a chat got no answer (%s): outcome unknown, not resent", exc)
                    await self._db.run(repo.mark_unknown, job, str(exc), utcnow())
                    continue
                retry = None
                if not exc.permanent:
                    delay = exc.retry_after or self._delays[min(job.attempts - 1, len(self._delays) - 1)]
                    retry = utcnow() + timedelta(seconds=delay)
                log.warning("sendMessage to a chat failed (%s)%s", exc, "" if retry else "; not retried")
                await self._db.run(repo.mark_failed, job, str(exc), retry)
                continue
            message_id = result.get("message_id") if isinstance(result, dict) else None
            await self._db.run(repo.mark_sent, job.id, message_id if isinstance(message_id, int) else None)
            self.sent += 1
