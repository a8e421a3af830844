"""Admission before authentication: how many sockets may wait to authenticate, and what their
first frame may be — checked before anything is decoded.

A socket that has not authenticated costs us a connection, a task and, once it speaks, a frame
to read; it has proven nothing. So the endpoints call :meth:`Admission.pending` around their
authentication step (``endpoints/agent.py``, ``endpoints/customer.py``: the two hooks), which
refuses a socket beyond ``max_unauthenticated_per_address`` from one address or
``max_unauthenticated`` in total (``error rate_limited``, then close 1013 "try again later"),
and the server's HTTP hook asks :meth:`Admission.allow_handshake` before a WebSocket upgrade:
more than ``handshake_rate_per_address`` new sockets a second from one address get HTTP 429;
and :func:`frame_limit` holds its frames to ``preauth_max_frame_bytes`` (a ``login`` or ``auth``
frame is a few hundred bytes): websockets closes a longer one with 1009 from its header alone,
and :func:`first_frame_refusal` refuses a binary first frame. So 256 KiB of hostile JSON from a
stranger costs a frame header, not a download and a parse: the frame limit of an authenticated
connection (``max_frame_bytes``) and the codec's depth check apply only after that.
Behind a reverse proxy every peer is the proxy: raise the per-address cap there.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from websockets.asyncio.server import ServerConnection

log = logging.getLogger(__name__)


@dataclass
class Admission:
    per_address: int = 32
    total: int = 1000
    rate_per_address: float = 20.0  # new WebSocket handshakes per second from one address...
    burst_per_address: int = 100  # ...with this many at once
    _waiting: dict[str, int] = field(default_factory=dict)
    _total: int = 0
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # address -> (tokens, at)
    refused: int = 0  # sockets turned away (diagnostics, tests)

    def allow_handshake(self, remote: str | None, now: float | None = None) -> bool:
        """Whether a new WebSocket handshake from ``remote`` may go ahead (a token bucket per
        address). Checked on the HTTP request, before the upgrade: a refused one costs the
        request line and headers, not a handshake, a task and a closing handshake."""
        if self.rate_per_address <= 0:
            return True
        moment = time.monotonic() if now is None else now
        key = remote or "-"
        tokens, at = self._buckets.get(key, (float(self.burst_per_address), moment))
        tokens = min(float(self.burst_per_address), tokens + (moment - at) * self.rate_per_address)
        if len(self._buckets) > 10_000:  # forget addresses whose bucket is full again
            self._buckets = {
                k: v
                for k, v in self._buckets.items()
                if v[0] + (moment - v[1]) * self.rate_per_address < self.burst_per_address
            }
        if tokens < 1.0:
            self._buckets[key] = (tokens, moment)
            self.refused += 1
            return False
        self._buckets[key] = (tokens - 1.0, moment)
        return True

    @contextlib.contextmanager
    def pending(self, remote: str | None) -> Iterator[bool]:
        """Hold a place while the socket authenticates; yields False when there is none."""
        key = remote or "-"
        if self._total >= self.total or self._waiting.get(key, 0) >= self.per_address:
            self.refused += 1
            if self.refused in (1, 100) or self.refused % 10_000 == 0:
                log.warning("refusing unauthenticated sockets over the limit (%d so far)", self.refused)
            yield False
            return
        self._total += 1
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            yield True
        finally:
            self._total -= 1
            left = self._waiting[key] - 1
            if left:
                self._waiting[key] = left
            else:
                del self._waiting[key]

    @property
    def waiting(self) -> int:
        return self._total


@contextlib.contextmanager
def frame_limit(ws: ServerConnection, before: int, after: int) -> Iterator[None]:
    """While the socket authenticates its frames may be ``before`` bytes at most: websockets reads
    a frame's length from its header and closes a longer one with 1009 ("message too big") without
    reading its payload, so a stranger's 256 KiB costs a header, not a download. ``after`` (the
    configured ``max_frame_bytes``) applies once the block is left."""
    protocol = ws.protocol
    protocol.max_message_size = before
    try:
        yield
    finally:
        protocol.max_message_size = after


def first_frame_refusal(raw: str | bytes, limit: int) -> str | None:
    """Why the first frame is refused without being decoded, or ``None``."""
    if isinstance(raw, bytes):
        return "authenticate first: the first frame must be a text frame"
    if len(raw) > limit:
        return "authenticate first: the first frame is too long for login or auth"
    return None
