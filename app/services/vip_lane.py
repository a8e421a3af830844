"""The priority lane: the earliest first-response due time among waiting VIP conversations.

The rule (docs/protocol.md, "Priority lane"): conversations with ``vip_tier > 0``, no first
response yet and a status other than ``resolved``; the title bar counts down to the earliest of
their first-response due times, against server time (``offset`` = server clock − local clock).
Qt-free: the window asks the store for rows and shows what this module computes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Protocol

from app.services.sla_clock import Remaining, remaining


class LaneRow(Protocol):
    """What the lane needs of a row (the store's ``InboxRow`` has it)."""

    @property
    def vip_tier(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def first_response_at(self) -> datetime | None: ...
    @property
    def sla_due(self) -> datetime | None: ...  # the first-response due while unanswered


def waits_for_first_response(row: LaneRow) -> bool:
    return row.vip_tier > 0 and row.first_response_at is None and row.status != "resolved"


def earliest_vip_due(rows: Iterable[LaneRow]) -> datetime | None:
    """The first-response due time the title bar counts down to; None: no VIP waits."""
    dues = [r.sla_due for r in rows if waits_for_first_response(r) and r.sla_due is not None]
    return min(dues) if dues else None


def lane_remaining(due: datetime | None, now: datetime, offset: timedelta = timedelta(0)) -> Remaining | None:
    """Time left until ``due`` on the server's clock: ``now`` from the desk's one clock
    (:class:`~app.services.sla_clock.ServerClock`, already server time), or a local time plus
    ``offset`` (server clock − local clock)."""
    if due is None:
        return None
    return remaining(due, now + offset)


def lane_clock(r: Remaining) -> str:
    """``0:24``, ``1:05:09``; ``-0:12`` once overdue (digits only: the same in every language)."""
    hours = r.days * 24 + r.hours
    body = f"{hours}:{r.minutes:02d}:{r.seconds:02d}" if hours else f"{r.minutes}:{r.seconds:02d}"
    return f"-{body}" if r.overdue else body
