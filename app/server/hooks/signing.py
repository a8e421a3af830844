"""The webhook signature: ``X-AgentDesk-Signature: v1=<hex HMAC-SHA256(key, "<timestamp>.<body>")>``
with ``X-AgentDesk-Timestamp: <unix seconds>``. Signing the timestamp with the body lets the
receiver refuse an old request replayed later (outside the window), and the event id refuses a
second delivery of the same event inside it."""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-AgentDesk-Signature"
TIMESTAMP_HEADER = "X-AgentDesk-Timestamp"
VERSION = "v1"


def sign(key: bytes, timestamp: int, body: bytes) -> str:
    mac = hmac.new(key, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"{VERSION}={mac}"


def headers(key: bytes, body: bytes, now: float | None = None) -> dict[str, str]:
    """The two headers a sender adds (the reference exchange; docs/integration.md shows the same)."""
    ts = int(time.time() if now is None else now)
    signature = sign(key, ts, body)
    return {TIMESTAMP_HEADER: str(ts), SIGNATURE_HEADER: signature, "Content-Type": "application/json"}


def check(
    key: bytes,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    tolerance: float,
    now: float | None = None,
) -> str | None:
    """None when the request is authentic and recent; otherwise the reason (for the counter and the
    log: ``missing``, ``malformed``, ``stale`` or ``signature``; never the values)."""
    if not timestamp or not signature:
        return "missing"
    try:
        ts = int(timestamp)
    except ValueError:
        return "malformed"
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance:
        return "stale"
    expected = sign(key, ts, body)
    # A header may carry several signatures (key rotation): "v1=..., v1=..."
    offered = [s.strip() for s in signature.split(",") if s.strip()]
    if not any(hmac.compare_digest(expected, s) for s in offered):
        return "signature"
    return None
