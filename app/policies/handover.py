"""Handing a conversation on (issue 19): the rules of the transfer and escalation dialogs.

A transfer goes to any team other than the conversation's own, with a handover note the next agent
reads (1-2,000 characters); an escalation goes to a function team (risk and compliance, security:
``escalation`` in the teams policy) with the reason (3-500 characters). The server enforces the
same; the dialog shows the problem inline and keeps its button disabled meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from app.protocol.routing import TeamInfo

Kind = Literal["transfer", "escalate"]
NOTE_MAX = 2000
REASON_MIN = 3
REASON_MAX = 500


def teams_for(kind: Kind, teams: Sequence[TeamInfo], current: str | None) -> list[TeamInfo]:
    """The teams a dialog offers: escalation teams to escalate; any other team to transfer."""
    if kind == "escalate":
        return [t for t in teams if t.escalation]
    return [t for t in teams if t.code != current]


def problem(kind: Kind, team: str | None, text: str) -> str | None:
    """What stops the request (a code for ``labels``), or ``None``: ``no_team``, ``empty``,
    ``too_short``, ``too_long``."""
    if not team:
        return "no_team"
    words = text.strip()
    if not words:
        return "empty"
    if kind == "escalate" and len(words) < REASON_MIN:
        return "too_short"
    if len(words) > (REASON_MAX if kind == "escalate" else NOTE_MAX):
        return "too_long"
    return None
