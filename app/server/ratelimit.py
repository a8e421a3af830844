"""Per-connection token bucket: a client may burst, but not flood."""

from __future__ import annotations

import time


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved up; one token per frame."""

    def __init__(self, rate: float, burst: int, clock: object = time.monotonic) -> None:
        self._rate = float(rate)
        self._burst = float(burst)
        self._tokens = float(burst)
        self._clock = clock
        self._last = clock()  # type: ignore[operator]
        self.refused_in_a_row = 0

    def allow(self) -> bool:
        now = self._clock()  # type: ignore[operator]
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self._rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            self.refused_in_a_row = 0
            return True
        self.refused_in_a_row += 1
        return False
