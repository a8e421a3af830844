"""Upload rate: bytes per second per connection, on top of the frame rate every connection has.

A burst the size of one file goes at full speed; a sender who keeps uploading is slowed to the
sustained rate (``ServerConfig.upload_bytes_per_second``). Kept beside the connection without a
field on it: a weak map from the connection to its meter.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from app.protocol.errors import ErrorCode, ProtocolError


class ByteBucket:
    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate, self._burst, self._clock = float(rate), float(burst), clock
        self._tokens = float(burst)
        self._last = clock()

    def take(self, n: int) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self._rate)
        self._last = now
        if self._tokens >= n:
            self._tokens -= n
            return True
        return False


_meters: weakref.WeakKeyDictionary[object, ByteBucket] = weakref.WeakKeyDictionary()


def spend(conn: object, n: int, rate: float, burst: float) -> None:
    """Count ``n`` uploaded bytes against ``conn``; ``rate_limited`` when it is over (0: no limit)."""
    if rate <= 0:
        return
    meter = _meters.get(conn)
    if meter is None:
        meter = _meters[conn] = ByteBucket(rate, burst)
    if not meter.take(n):
        raise ProtocolError(ErrorCode.RATE_LIMITED, "uploading too fast; send this chunk again shortly")
