"""Admission before authentication: how many sockets may wait to authenticate, and what their
first frame may be — checked before anything is decoded.

A socket that has not authenticated costs us a connection, a task and, once it speaks, a frame
to read; it has proven nothing. So the endpoints call :meth:`Admission.pending` around their
authentication step (``endpoints/agent.py``, ``endpoints/customer.py``: the two hooks), which
refuses a socket beyond ``max_unauthenticated_per_address`` from one address or
``max_unauthenticated`` in total (``error rate_limited``, then close 1013 "try again later"),
and :func:`first_frame_refusal` refuses a first frame longer than ``preauth_max_frame_bytes``
(a ``login`` or ``auth`` frame is a few hundred bytes) by its length alone. So 256 KiB of hostile
JSON from a stranger costs a length check, not a parse: the frame limit of an authenticated
connection (``max_frame_bytes``) and the codec's depth check apply only after that.
Behind a reverse proxy every peer is the proxy: raise the per-address cap there.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Admission:
    per_address: int = 32
    total: int = 1000
    _waiting: dict[str, int] = field(default_factory=dict)
    _total: int = 0
    refused: int = 0  # sockets turned away (diagnostics, tests)

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


def first_frame_refusal(raw: str | bytes, limit: int) -> str | None:
    """Why the first frame is refused without being decoded, or ``None``."""
    if isinstance(raw, bytes):
        return "authenticate first: the first frame must be a text frame"
    if len(raw) > limit:
        return "authenticate first: the first frame is too long for login or auth"
    return None
