"""What the server would store of a customer's messages after the guard: the guard tests' two views."""

from __future__ import annotations

import re

from app.guard import scan_conversation, scan_inbound

MARKER = re.compile(r"\[redacted:[a-z_]+\]")


def left(text: str) -> str:
    """What would be stored of one message, markers blanked (so a test looks for what leaked)."""
    return MARKER.sub(" ", scan_inbound(text).text)


def feed(messages: list[str]) -> list[str]:
    """The messages as the server would store them, fed one by one with the earlier ones (a later
    message may redact an earlier one: a phrase in parts)."""
    stored: list[str] = []
    for text in messages:
        outcome = scan_conversation(text, list(stored))
        for e in outcome.earlier:
            stored[e.index] = e.result.text
        stored.append(outcome.current.text)
    return stored
