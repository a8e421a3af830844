"""Nonces the server hands out for a sign-in (``GET /auth/oidc``) and takes back once: an ID token
is accepted only with a nonce issued here in the last ``ttl`` seconds and never used before, so a
captured ID token cannot be replayed to open another session."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict


class NonceBook:
    def __init__(self, ttl: float = 600.0, max_open: int = 10_000) -> None:
        self.ttl = ttl
        self.max_open = max_open
        self._open: OrderedDict[str, float] = OrderedDict()

    def issue(self) -> str:
        self._sweep()
        nonce = secrets.token_urlsafe(24)
        self._open[nonce] = time.monotonic()
        while len(self._open) > self.max_open:  # bounded: the oldest unfinished sign-ins lapse
            self._open.popitem(last=False)
        return nonce

    def consume(self, nonce: object) -> bool:
        if not isinstance(nonce, str):
            return False
        issued = self._open.pop(nonce, None)
        return issued is not None and time.monotonic() - issued <= self.ttl

    def _sweep(self) -> None:
        now = time.monotonic()
        while self._open:
            first, at = next(iter(self._open.items()))
            if now - at <= self.ttl:
                break
            del self._open[first]
