"""Signed customer tokens: ``base64url(uid) "." expiry "." base64url(HMAC-SHA256(secret, uid "." expiry))``.

The exchange's own site mints them for a logged-in user (it shares the secret), so the chat server
needs no customer passwords. ``expiry`` is a Unix time in seconds. Verification is constant-time
(``hmac.compare_digest``) and never says *why* a token was refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

MAX_TOKEN_LENGTH = 512


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, uid: str, expiry: int) -> bytes:
    return hmac.new(secret, f"{uid}.{expiry}".encode(), hashlib.sha256).digest()


def mint(secret: bytes, uid: str, ttl_seconds: int = 86400, now: float | None = None) -> str:
    expiry = int((time.time() if now is None else now) + ttl_seconds)
    return f"{_b64(uid.encode())}.{expiry}.{_b64(_mac(secret, uid, expiry))}"


def verify(secret: bytes, token: str, now: float | None = None) -> str | None:
    """The token's UID, or ``None`` if it is malformed, forged or expired."""
    if len(token) > MAX_TOKEN_LENGTH:
        return None
    parts = token.split(".")
    if len(parts) != 3 or not parts[1].isdigit() or len(parts[1]) > 12:
        return None
    try:
        uid = _unb64(parts[0]).decode()
        mac = _unb64(parts[2])
    except (ValueError, UnicodeDecodeError):
        return None
    expiry = int(parts[1])
    if not hmac.compare_digest(mac, _mac(secret, uid, expiry)):
        return None
    if expiry <= (time.time() if now is None else now):
        return None
    if not uid or len(uid) > 32:
        return None
    return uid


def verify_any(secrets: list[bytes], token: str, now: float | None = None) -> str | None:
    """``verify`` under each key that may verify (the current one, then rotated ones in grace)."""
    for secret in secrets:
        uid = verify(secret, token, now)
        if uid is not None:
            return uid
    return None
