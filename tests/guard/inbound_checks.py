"""What the round-N inbound tests check about a message: its secret is gone from what is stored, an
ordinary message is left alone, and what a conversation stores once later messages redact earlier ones.
One copy for every round's tests (rounds 11 and 12 use it)."""

from __future__ import annotations

import re

from app.guard import scan_conversation, scan_inbound

MARKER = re.compile(r"\[redacted:([a-z_]+)\]")


def stored_without(text: str, secret: str, kind: str | None = None) -> str:
    """Scan ``text``: something was found, ``secret`` is not in what is stored, and (if given) a
    ``kind`` marker is; returns the stored text."""
    result = scan_inbound(text)
    assert result.findings, (text, result)
    rest = MARKER.sub(" ", result.text)
    assert secret not in rest, (secret, rest)
    if kind is not None:
        assert kind in MARKER.findall(result.text), (kind, result.text)
    return result.text


def untouched(text: str) -> None:
    result = scan_inbound(text)
    assert result.findings == (), (text, result)


def feed(messages: list[str]) -> list[str]:
    """What is stored for each message of one conversation, earlier ones redacted after the fact."""
    stored: list[str] = []
    for text in messages:
        scan = scan_conversation(text, stored)
        for piece in scan.earlier:
            stored[piece.index] = piece.result.text
        stored.append(scan.current.text)
    return stored
