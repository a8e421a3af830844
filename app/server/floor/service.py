"""Pushing the floor to its watchers without a polling storm.

Committed events only mark the floor *dirty*; one task on the loop wakes at most once a
``interval`` (1 s), and only when something changed (or every ``refresh`` seconds, for what time
alone changes: amber and breached counts). It computes the floor once per distinct scope (all,
or one VIP manager's book) and day start, on the database thread, and puts the same encoded frame
in every watcher's outbox. Watchers that left (not in the hub any more) are dropped on the next
round, so the agent endpoint needs no hook.

Each agent's last public reply is followed here from ``message.created`` events (after a bounded
read at start), so the floor never scans the message table.

``floor.watch`` answers from the floor last computed for the same scope and day when nothing was
committed since and it is less than ``interval`` old, and desks asking at once share one
computation: 200 supervisors opening the floor together cost one query, not 200.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime

import msgspec

from app.protocol import codec
from app.protocol import floor as pf
from app.protocol.frames import Signal
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.floor import query
from app.server.repos.repo_events import StoredEvent
from app.server.timeutil import as_utc, utcnow
from app.server.wake import wait_event

log = logging.getLogger(__name__)
SERVICE_KEY = "floor"


class _Author(msgspec.Struct):
    author_kind: str
    internal: bool = False
    author: str | None = None
    created_at: datetime | None = None


class _Data(msgspec.Struct):
    message: _Author


class _Event(msgspec.Struct):
    data: _Data


_decode_message = msgspec.json.Decoder(_Event).decode


@dataclass(frozen=True)
class Watch:
    scope: query.Scope
    day_start: datetime


class FloorService:
    def __init__(self, ctx: ServerContext, interval: float = 1.0, refresh: float = 15.0) -> None:
        self.ctx = ctx
        self.interval = interval
        self.refresh = refresh
        self.watchers: dict[AgentConn, Watch] = {}
        self.last_replies: dict[str, datetime] = {}
        self.computed = 0  # floors computed (tests and the bench count them)
        self._generation = 0  # bumped by every batch of events: a cached floor older is stale
        self._cache: dict[Watch, tuple[int, float, pf.Floor]] = {}  # generation, monotonic time
        self._pending: dict[Watch, asyncio.Future[pf.Floor]] = {}
        self._dirty = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._loaded = False

    async def start(self) -> None:
        if not self._loaded:
            self.last_replies = await self.ctx.db.run(query.last_replies)
            self._loaded = True
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="floor")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def committed(self, events: list[StoredEvent]) -> None:
        self._generation += 1
        for ev in events:
            if ev.name == "message.created":
                self._follow_reply(ev)
        if self.watchers:
            self._dirty.set()

    def _follow_reply(self, ev: StoredEvent) -> None:
        if b'"author_kind":"agent"' not in ev.agent_frame:  # the encoded frame is bytes
            return
        try:
            msg = _decode_message(ev.agent_frame).data.message
        except (msgspec.DecodeError, msgspec.ValidationError):
            return
        if msg.author_kind == "agent" and not msg.internal and msg.author and msg.created_at:
            at = as_utc(msg.created_at)
            known = self.last_replies.get(msg.author)
            if known is None or at > known:
                self.last_replies[msg.author] = at

    async def floor_for(self, watch: Watch) -> pf.Floor:
        """The floor for ``watch``: the last one if still current, else computed (once for every
        caller waiting on the same scope)."""
        hit = self._cache.get(watch)
        if hit is not None and hit[0] == self._generation and time.monotonic() - hit[1] < self.interval:
            return hit[2]
        return await self._compute(watch)

    async def _compute(self, watch: Watch) -> pf.Floor:
        pending = self._pending.get(watch)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[pf.Floor] = asyncio.get_running_loop().create_future()
        self._pending[watch] = future
        generation, started = self._generation, time.monotonic()
        try:
            self.computed += 1
            floor = await self.ctx.db.run(
                query.compute, watch.scope, watch.day_start, utcnow(), self.last_replies
            )
        except asyncio.CancelledError:
            future.cancel()
            raise
        except Exception as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: nobody else may be waiting
            raise
        finally:
            del self._pending[watch]
        self._cache[watch] = (generation, started, floor)
        future.set_result(floor)
        return floor

    def watch(self, conn: AgentConn, watch: Watch) -> None:
        self.watchers[conn] = watch

    def unwatch(self, conn: AgentConn) -> None:
        self.watchers.pop(conn, None)

    async def _run(self) -> None:
        last = time.monotonic()
        while True:
            await wait_event(self._dirty, self.refresh)
            await asyncio.sleep(max(0.0, self.interval - (time.monotonic() - last)))
            self._dirty.clear()
            last = time.monotonic()
            try:
                await self._push()
            except Exception:
                log.exception("the floor could not be computed")

    async def _push(self) -> None:
        live = self.ctx.hub.agents
        now = time.monotonic()
        self._cache = {w: hit for w, hit in self._cache.items() if now - hit[1] < self.refresh}
        for conn in [c for c in self.watchers if c not in live]:
            del self.watchers[conn]
        frames: dict[Watch, str] = {}
        for conn, watch in list(self.watchers.items()):
            if watch not in frames:
                summary = pf.FloorSummary(floor=await self._compute(watch))
                signal = Signal(name=pf.FloorSummary.NAME, data=codec.to_raw(summary))
                frames[watch] = codec.encode(signal)
            conn.outbox.put(frames[watch])


def service(ctx: ServerContext) -> FloorService | None:
    found = ctx.services.get(SERVICE_KEY)
    return found if isinstance(found, FloorService) else None
