"""Runs routing's jobs (``jobs.py``) as a background task of a running server: every
``routing_interval`` seconds, and sooner when woken (an agent's presence changed, a conversation
was updated: someone may have room now). Each run: this node's presence rows are refreshed, ended
snoozes wake, the queue gets agents, absent agents' waiting chats move. The SLA warnings run with
the breach monitor's interval (a ``PeriodicCheck``). Stopping marks this node's agents offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from app.server.db.executor import DbExecutor
from app.server.dispatch import jobs
from app.server.periodic import PeriodicCheck
from app.server.repos.repo_events import StoredEvent
from app.server.routing import assign, presence
from app.server.timeutil import utcnow
from app.server.wake import wait_event

log = logging.getLogger(__name__)

#: events after which someone may have room (came back, resolved or handed on a conversation): run
#: the jobs soon rather than at the next interval — at most every MIN_GAP seconds
WAKING = ("agent.presence", "conversation.updated")
MIN_GAP = 0.25
#: a timed pass runs the queue unless another node did within this share of the interval (the
#: nodes' timers drift apart, so nearly one pass per interval across the cluster, not one per node)
TURN_SHARE = 0.8


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class DispatchService:
    def __init__(self, db: DbExecutor, interval: float, grace_seconds: float, sla_interval: float) -> None:
        self._db = db
        self._interval = max(interval, MIN_GAP)
        self._grace = timedelta(seconds=max(grace_seconds, 0.0))
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._turn_gap = timedelta(seconds=self._interval * TURN_SHARE)
        self.turns_left = 0  # timed passes whose queue another node had just run
        self.warnings = PeriodicCheck(db, sla_interval, jobs.record_warnings, "sla-warnings")
        self.runs = 0

    async def start(self) -> None:
        await self.warnings.start()
        await self.run_once()
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="agentdesk-dispatch")

    def wake(self) -> None:
        self._wake.set()

    def committed(self, events: list[StoredEvent]) -> None:
        if any(ev.name in WAKING for ev in events):
            self._wake.set()

    async def run_once(self, *, timed: bool = False) -> int:
        """One pass of every job; how many conversations it moved. A ``timed`` pass (the interval
        ran out, nothing woke us) leaves the queue and re-route to another node that took its turn
        less than an interval ago (``jobs.take_turn``): they only re-try what nobody had room for."""
        now = utcnow()
        await self._db.run(presence.heartbeat, now)
        moved = await self._db.run(jobs.wake_snoozed, now)
        if timed and not await self._db.run(jobs.take_turn, now, self._turn_gap):
            self.runs += 1
            self.turns_left += 1
            return moved
        full: set[str | None] = set()
        for conversation_id, team in await self._db.run(jobs.queued, now):
            if team in full:
                continue  # this team had nobody with room a moment ago: the rest of its queue waits
            done = await self._db.run(jobs.assign_queued, conversation_id, now)
            if done is False or done == assign.BUSY:
                # nobody has room, or another transaction holds what the team's next one needs
                # (the event log's lock: another node's writer, most of the time under load): the
                # rest of this team's queue waits for the next pass instead of a transaction each
                full.add(team)
                continue
            moved += bool(done)
        for conversation_id in await self._db.run(jobs.stranded, now, self._grace):
            moved += await self._db.run(jobs.reroute, conversation_id, utcnow(), self._grace)
        self.runs += 1
        return moved

    async def _loop(self) -> None:
        while True:
            if not _loop_running():
                return  # a Qt event loop ran us outside asyncio (an embedding test tearing down)
            woken = await wait_event(self._wake, self._interval)
            self._wake.clear()
            try:
                await self.run_once(timed=not woken)
            except RuntimeError:
                if not _loop_running():
                    return  # the loop is being torn down under us (an embedding test): stop quietly
                log.exception("routing jobs failed; trying again later")
            except Exception:
                log.exception("routing jobs failed; trying again later")
            await asyncio.sleep(MIN_GAP)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await self._task
            self._task = None
        await self.warnings.stop()
        try:
            await self._db.run(presence.node_stopped, utcnow())
        except Exception:
            log.exception("could not mark this node's agents offline")
