"""A watch on the server's event loop: a warning when a timer wakes far later than it asked to, with
the garbage collector's share of the gap.

Why: an agent request that takes 124 ms in a run whose other requests take 10 ms is a stall, not a
slow query — the loop (or every thread at once) stopped. Session 9 found the cause with a probe
like this one (a full collection of the start-up heap: ``heap.py``); with the watch in the server,
the next stall says in the log whether the collector was in it, or else that the loop itself was
busy or starved of a core, without a profiler attached.

One timer every ``interval`` seconds (the loop's ``call_later``, no task: a loop stepped by Qt has
no "running loop", as ``periodic.py`` notes); a wake-up ``threshold`` seconds late or more is
logged at WARNING, at most once per ``quiet`` seconds. The collector is timed through
``gc.callbacks`` (process-wide: registered by ``start``, removed by ``stop``)."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Stall:
    lag: float  # seconds the timer woke late
    gc_pause: float  # seconds the collector ran in that gap (every generation)
    full_collections: int  # generation-2 collections in that gap


class StallWatch:
    def __init__(
        self, loop: asyncio.AbstractEventLoop, *, interval: float = 0.1, threshold: float = 0.1,
        quiet: float = 10.0,
    ) -> None:
        self._loop = loop
        self._interval = interval
        self._threshold = threshold
        self._quiet = quiet
        self._timer: asyncio.TimerHandle | None = None
        self._due = 0.0
        self._gc_started: float | None = None
        self._gc_pause = 0.0  # since the last tick
        self._full = 0
        self._last_log = -1e9
        self.stalls: list[Stall] = []  # the last few (tests, a debugger)

    def start(self) -> None:
        if self._timer is None:
            gc.callbacks.append(self._on_gc)
            self._arm()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
            gc.callbacks.remove(self._on_gc)

    def _arm(self) -> None:
        self._due = time.monotonic() + self._interval
        self._gc_pause, self._full = 0.0, 0
        self._timer = self._loop.call_later(self._interval, self._tick)

    def _tick(self) -> None:
        lag = time.monotonic() - self._due
        if lag >= self._threshold:
            stall = Stall(lag, self._gc_pause, self._full)
            self.stalls = [*self.stalls[-15:], stall]
            now = time.monotonic()
            if now - self._last_log >= self._quiet:
                self._last_log = now
                log.warning(
                    "event loop stalled %.0f ms (garbage collector: %.0f ms, %d full collections)",
                    stall.lag * 1000, stall.gc_pause * 1000, stall.full_collections,
                )
        self._arm()

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started is not None:
            self._gc_pause += time.perf_counter() - self._gc_started
            self._gc_started = None
            if info.get("generation") == 2:
                self._full += 1
