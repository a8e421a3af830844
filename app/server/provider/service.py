"""What ``customer.get`` asks: the panel of one customer, fresh if the source answers in time, the
last copy ("as of") if it does not.

Bounded everywhere: one fetch per customer at a time (callers for the same UID share it), at most
``max_inflight`` fetches at once (past that a caller gets the last copy at once), and each caller
waits at most ``deadline`` seconds — a fetch that takes longer goes on in the background (itself
bounded by the provider's deadline) and fills the cache for the next look.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from app.server.provider.base import ContextProvider, NotAtSource, SourceUnavailable
from app.server.provider.model import Panel
from app.server.provider.resilience import TtlCache

log = logging.getLogger("app.server.provider")
PANEL_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Sourced:
    """``panel`` None: nothing from the source (``unavailable``) or the source has no such customer.
    ``as_of`` is set when the panel is a copy from before the source stopped answering."""

    panel: Panel | None
    unavailable: bool = False
    as_of: datetime | None = None


class ContextService:
    def __init__(
        self, provider: ContextProvider, *, ttl: float, deadline: float, max_inflight: int = 64
    ) -> None:
        self.provider = provider
        self.deadline = deadline
        self.max_inflight = max_inflight
        self.cache: TtlCache[Panel] = TtlCache(ttl)
        self._inflight: dict[str, asyncio.Task[Panel]] = {}
        self.unavailable_answers = 0  # metrics
        self._down = False  # logged once per outage, not once per panel
        self.stale_answers = 0

    async def panel(self, uid: str) -> Sourced:
        hit = self.cache.fresh(uid)
        if hit is not None:
            return Sourced(hit.value)
        task = self._inflight.get(uid)
        if task is None:
            if len(self._inflight) >= self.max_inflight:
                return self._fallback(uid, "too many fetches in flight")
            task = asyncio.create_task(self._fetch(uid), name=f"context:{uid}")
            self._inflight[uid] = task
            task.add_done_callback(functools.partial(self._done, uid))
        try:
            return Sourced(await asyncio.wait_for(asyncio.shield(task), self.deadline))
        except NotAtSource:
            return Sourced(None)
        except (SourceUnavailable, TimeoutError) as exc:
            return self._fallback(uid, str(exc) or type(exc).__name__)
        except Exception:
            log.exception("context provider %s failed", self.provider.name)
            return self._fallback(uid, "provider error")

    def _done(self, uid: str, task: asyncio.Task[Panel]) -> None:
        self._inflight.pop(uid, None)
        if not task.cancelled():
            task.exception()  # retrieved: a fetch nobody waited for any more fails quietly

    async def _fetch(self, uid: str) -> Panel:
        panel = await self.provider.panel(uid, PANEL_LIMIT)
        if self._down:
            self._down = False
            log.warning("customer context source %s answers again", self.provider.name)
        if self.cache.ttl > 0:
            self.cache.put(uid, panel)
        return panel

    def _fallback(self, uid: str, why: str) -> Sourced:
        self.unavailable_answers += 1
        if not self._down:
            self._down = True
            log.warning(
                "customer context source %s unavailable (%s); the desk shows its last copy",
                self.provider.name,
                why,
            )
        last = self.cache.last(uid)
        if last is None:
            return Sourced(None, unavailable=True)
        self.stale_answers += 1
        return Sourced(last.value, unavailable=True, as_of=datetime.fromtimestamp(last.wall_at, UTC))

    def invalidate(self, uid: str) -> None:
        """The source said this customer changed (a webhook): the next look asks it again."""
        self.cache.expire(uid)

    async def close(self) -> None:
        for task in list(self._inflight.values()):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
        await self.provider.close()
