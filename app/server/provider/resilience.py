"""Circuit breaker, retry delays and a small TTL cache: how a slow or dead source is kept from
slowing the desk. All clocks are ``time.monotonic`` (passed in, so tests need no sleeping)."""

from __future__ import annotations

import random
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
Clock = Callable[[], float]


class CircuitBreaker:
    """Closed → open after ``threshold`` failures in a row; open for ``cooldown`` seconds (every
    call refused at once); then half-open: one trial call at a time, whose success closes it and
    whose failure opens it again. ``state`` and ``opened`` feed ``/metrics``."""

    def __init__(self, threshold: int = 5, cooldown: float = 5.0, clock: Clock = time.monotonic) -> None:
        self.threshold = max(threshold, 1)
        self.cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False
        self.opened = 0  # how many times it opened (metrics)

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        return "half_open" if self._clock() - self._opened_at >= self.cooldown else "open"

    def allow(self) -> bool:
        """May a call go out now? In half-open, only one trial at a time."""
        state = self.state
        if state == "closed":
            return True
        if state == "open" or self._trial:
            return False
        self._trial = True
        return True

    def success(self) -> None:
        self._failures, self._opened_at, self._trial = 0, None, False

    def failure(self) -> None:
        self._trial = False
        if self._opened_at is not None:  # the half-open trial failed: open again
            self._opened_at = self._clock()
            return
        self._failures += 1
        if self._failures >= self.threshold:
            self._opened_at = self._clock()
            self.opened += 1


def backoff_delays(attempts: int, base: float, cap: float, rng: random.Random | None = None) -> list[float]:
    """Full-jitter exponential backoff: the wait before retry ``i`` is uniform in
    ``[0, min(cap, base * 2**i)]`` (spreads a burst of retries after an outage)."""
    r = rng or random
    return [r.uniform(0, min(cap, base * 2**i)) for i in range(max(attempts - 1, 0))]


@dataclass(frozen=True, slots=True)
class Cached(Generic[T]):
    value: T
    fetched_at: float  # monotonic
    wall_at: float  # time.time(), for the "as of" the desk shows


class TtlCache(Generic[T]):
    """Bounded LRU. :meth:`fresh` answers within ``ttl``; :meth:`last` answers anything kept (up
    to ``max_stale``): what the panel shows, marked "as of", when the source is down."""

    def __init__(
        self,
        ttl: float,
        max_entries: int = 10_000,
        max_stale: float = 24 * 3600,
        clock: Clock = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_stale = max_stale
        self.max_entries = max_entries
        self._clock = clock
        self._items: OrderedDict[str, Cached[T]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def put(self, key: str, value: T) -> Cached[T]:
        entry = Cached(value, self._clock(), time.time())
        self._items[key] = entry
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)
        return entry

    def fresh(self, key: str) -> Cached[T] | None:
        entry = self._items.get(key)
        if entry is None or self._clock() - entry.fetched_at > self.ttl:
            return None
        self._items.move_to_end(key)
        return entry

    def last(self, key: str) -> Cached[T] | None:
        entry = self._items.get(key)
        if entry is None:
            return None
        if self._clock() - entry.fetched_at > self.max_stale:
            del self._items[key]
            return None
        return entry

    def expire(self, key: str) -> None:
        """Make ``key`` stale (a webhook said it changed) but keep it as the last known value."""
        entry = self._items.get(key)
        if entry is not None:
            self._items[key] = Cached(entry.value, entry.fetched_at - self.ttl - 1, entry.wall_at)
