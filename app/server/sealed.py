"""Text kept in the database sealed under a key that is not there (AES-256-GCM).

Used for the one mail that carries a secret: the identity verification mail holds a one-time code
and link while it waits in the outbound queue (``outbound_mail.raw``). Sealed, a database reader
learns nothing from it; the mail sender opens it just before handing it to the relay. Other mail
is stored as is (``open_text`` passes text without the prefix through unchanged).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "sealed:v1:"


def _key(secret: bytes) -> bytes:
    return hmac.new(secret, b"agentdesk sealed text v1", hashlib.sha256).digest()


def seal(secret: bytes, text: str) -> str:
    nonce = os.urandom(12)
    data = AESGCM(_key(secret)).encrypt(nonce, text.encode(), PREFIX.encode())
    return PREFIX + base64.b64encode(nonce + data).decode()


def is_sealed(text: str) -> bool:
    return text.startswith(PREFIX)


def open_text(secrets: list[bytes], text: str) -> str:
    """The plain text: unchanged if not sealed; ``ValueError`` if no key opens it."""
    if not is_sealed(text):
        return text
    raw = base64.b64decode(text[len(PREFIX) :])
    for secret in secrets:
        try:
            return AESGCM(_key(secret)).decrypt(raw[:12], raw[12:], PREFIX.encode()).decode()
        except Exception:
            continue
    raise ValueError("sealed text that no current key opens")
