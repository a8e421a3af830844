"""Delivering the agent's replies and notes: in order, exactly once, across crashes.

A reply is in the store (``sending``) before anything goes on the wire. The outbox sends the
oldest queued item with ``message.send`` and its ``client_msg_id``; the server's idempotency on
that id makes a resend after an unknown outcome (timeout, lost connection, app killed while the
item was in flight) safe — it answers the original message and records nothing new.

Outcomes: delivered → ``sent``. Refused for good (``forbidden``, ``blocked``, ``bad_request``,
``not_found``, ``conflict`` or any code this build does not know) → ``failed`` with the server's
code and reason, never retried automatically (the agent may :meth:`Session.retry_failed`).
Transient (``timeout``, ``rate_limited``, ``internal``) → retried with backoff, but only so many
times. Connection lost / offline → back in the queue without counting an attempt; delivery
resumes when the session is online again. One item at a time keeps the order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from app.client.errors import RequestFailed
from app.client.state import Backoff
from app.protocol.types import Message
from app.store import OutboxItem, Store

log = logging.getLogger(__name__)

#: transient codes and how many attempts each may use before the item fails
RETRY_LIMITS = {"timeout": 10, "rate_limited": 20, "internal": 5}
#: the connection went away: not the item's fault, retried whenever online again
REQUEUE = frozenset({"connection_lost", "offline", "unauthorized"})


class Outbox:
    """Runs the delivery loop as one task; :meth:`wake` when something may be deliverable."""

    def __init__(
        self,
        store: Store,
        send: Callable[[OutboxItem], Awaitable[Message]],
        *,
        is_online: Callable[[], bool],
        backoff: Backoff | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._store = store
        self._send = send
        self._is_online = is_online
        self._backoff = backoff or Backoff(base=1.0, cap=30.0)
        self._sleep = sleep
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="agentdesk-outbox")
            self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.deliver_pending()
            except asyncio.CancelledError:
                raise
            except Exception:  # a store error must not end delivery for the rest of the run
                log.exception("outbox delivery failed; retrying on the next wake-up")
                await self._sleep(1.0)
                self._wake.set()

    async def deliver_pending(self) -> None:
        """Deliver queued items in order while online; returns when empty or offline."""
        while self._is_online():
            item = await self._store.outbox_next()
            if item is None:
                return
            if not await self._store.outbox_mark_inflight(item.id):
                continue  # confirmed meanwhile by the server's echo
            try:
                message = await self._send(item)
            except RequestFailed as exc:
                if not await self._failed(item, exc):
                    return
            else:
                await self._store.outbox_mark_delivered(item.id, message)

    async def _failed(self, item: OutboxItem, exc: RequestFailed) -> bool:
        """Record a failed attempt; ``False`` stops this round (offline: wait for a wake-up)."""
        if exc.code in REQUEUE:
            await self._store.outbox_mark_retry(item.id, exc.code, exc.message, count_attempt=False)
            return False
        limit = RETRY_LIMITS.get(exc.code)
        attempts = item.attempts + 1
        if limit is None or attempts >= limit:
            log.info("reply %s failed for good: %s", item.id, exc.code)
            await self._store.outbox_mark_failed(item.id, exc.code, exc.message)
            return True
        await self._store.outbox_mark_retry(item.id, exc.code, exc.message, count_attempt=True)
        await self._sleep(self._backoff.delay(attempts))
        return True
