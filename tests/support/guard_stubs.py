"""Stand-ins for one round's hooks, so a test can switch a round off and show its cases need it.

A round's "needs round N" test replaces the round's detector with ``no_finds``, its public-value filter
with ``keep_all`` and its conversation rule with ``no_piece`` (monkeypatched, undone after the test).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.guard.types import Finding


def no_finds(text: str) -> list[object]:
    """A detector switched off: finds nothing."""
    return []


def keep_all(text: str, found: Sequence[Finding]) -> list[Finding]:
    """A public-value filter switched off: keeps every finding."""
    return list(found)


def no_piece(text: str, earlier: Sequence[str]) -> None:
    """A conversation rule switched off: joins no piece to the earlier messages."""
    return None
