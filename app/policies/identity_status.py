"""What the desk says about a customer's identity verification: pure rules, no Qt.

The server sends a :class:`~app.protocol.identity.Verification`; this turns it into the line the
desk shows ("verified via registered email, 12:03, valid 30 min"), as a state code and values the
UI words in the agent's language. Whether a money- or access-moving action can go ahead now is the
same rule the server applies (it decides; the desk only avoids offering what would be refused).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from math import ceil

from app.protocol.identity import Verification


@dataclass(frozen=True, slots=True)
class VerificationLine:
    """``state``: ``none``, ``pending``, ``verified``, ``override``, ``failed`` or ``expired``;
    ``minutes_left``: of the verification (verified/override) or of the code (pending)."""

    state: str
    channel: str | None = None
    destination: str | None = None
    at: datetime | None = None
    minutes_left: int = 0
    by: str | None = None
    attempts_left: int | None = None
    reason: str | None = None


def verification_line(v: Verification | None, now: datetime) -> VerificationLine:
    if v is None or v.state in ("none", "cancelled"):
        return VerificationLine("none")
    if v.state == "verified" and v.valid_until is not None:
        if v.valid_until <= now:
            return VerificationLine("expired", v.channel, v.destination, v.verified_at)
        left = max(ceil((v.valid_until - now).total_seconds() / 60), 1)
        state = "override" if v.method == "override" else "verified"
        return VerificationLine(
            state, v.channel, v.destination, v.verified_at, left, v.override_by or v.started_by
        )
    if v.state == "pending" and v.code_expires_at is not None:
        if v.code_expires_at <= now:
            return VerificationLine("expired", v.channel, v.destination, v.started_at)
        left = max(ceil((v.code_expires_at - now).total_seconds() / 60), 1)
        return VerificationLine(
            "pending", v.channel, v.destination, v.started_at, left, v.started_by, v.attempts_left
        )
    if v.state == "failed":
        return VerificationLine("failed", v.channel, v.destination, v.started_at, reason=v.reason)
    return VerificationLine("expired", v.channel, v.destination, v.verified_at or v.started_at)


def fresh(v: Verification | None, now: datetime) -> bool:
    """Whether reveal and the security requests can go ahead without a supervisor now."""
    return verification_line(v, now).state in ("verified", "override")
