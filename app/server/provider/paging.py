"""Offset cursors for providers that page a list they hold (the database, the reference exchange)."""

from __future__ import annotations

import base64
import binascii


def encode(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o{offset}".encode()).decode().rstrip("=")


def decode(cursor: str | None) -> int:
    """The offset a cursor stands for; ``ValueError`` for one this code did not make."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise ValueError("bad cursor") from None
    if not text.startswith("o") or not text[1:].isdigit():
        raise ValueError("bad cursor")
    return int(text[1:])


def next_cursor(offset: int, limit: int, total: int) -> str | None:
    return encode(offset + limit) if offset + limit < total else None
