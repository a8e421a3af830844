"""Base58Check decoding, used to verify WIF and extended private keys.

Verifying the 4-byte double-SHA256 checksum is what keeps random base58-looking
strings (addresses of other chains, order ids, Solana signatures) from being
mistaken for keys: a random string passes with probability 2**-32.
"""

from __future__ import annotations

import hashlib
from typing import Final

ALPHABET: Final = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX: Final = {c: i for i, c in enumerate(ALPHABET)}


def b58decode(s: str) -> bytes | None:
    """Decode base58 text; None if it contains a non-alphabet character."""
    n = 0
    for ch in s:
        v = _INDEX.get(ch)
        if v is None:
            return None
        n = n * 58 + v
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + body


def b58check_decode(s: str) -> bytes | None:
    """Return the payload if ``s`` is valid Base58Check, else None."""
    raw = b58decode(s)
    if raw is None or len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    digest = hashlib.sha256(hashlib.sha256(payload).digest()).digest()
    return payload if digest[:4] == check else None


def b58check_encode(payload: bytes) -> str:
    """Encode ``payload`` with a Base58Check checksum (used by tests/bench)."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(ALPHABET[r])
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + "".join(reversed(out))
