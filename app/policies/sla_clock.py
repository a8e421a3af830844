"""The SLA clock: how close a conversation is to its due time, as numbers and a level.

The inbox delegate paints the level as a colour (ok, amber, red) and formats the numbers with
translated units; the rule deciding *when* a timer turns amber lives here so it is the same in
every view and tested without Qt.

Due times are the server's timestamps, so every timer reads "now" from the desk's one clock,
:class:`ServerClock`: the local clock corrected by the offset the session measured at its last
``welcome`` (``Session.server_clock_offset``) — a PC whose clock is minutes off still counts right.

The desk agrees with the server (issue 19): a conversation pending on the customer or snoozed has a
stopped clock — ``paused``, with the time that was left when it stopped, never "breached" — and a
due time turns amber at the server's ``sla_warn_at`` (the same moment its ``sla.warning`` is
announced; business hours included), falling back to the fraction rule for conversations without
one (made before routing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

SlaLevel = Literal["ok", "warning", "breached", "paused"]
PAUSED_STATUSES = ("pending", "snoozed")

#: Turn amber when less than this fraction of the SLA window remains ...
WARN_FRACTION = 0.25
#: ... or, when the start of the window is unknown, when less than this many seconds remain.
WARN_SECONDS = 5 * 60


def local_now() -> datetime:
    """This computer's wall clock (aware UTC)."""
    return datetime.now(UTC)


class ServerClock:
    """The desk's one clock: the time on the server's clock, for comparing with its timestamps.

    ``offset``: seconds the server's clock is ahead of the local one (read at every call, so a
    new measurement applies at once); ``local``: the local wall clock (tests pin or skew it).
    """

    def __init__(
        self, offset: Callable[[], float] = lambda: 0.0, local: Callable[[], datetime] = local_now
    ) -> None:
        self._offset = offset
        self._local = local

    def now(self) -> datetime:
        return self._local() + timedelta(seconds=self._offset())


@dataclass(frozen=True, slots=True)
class Remaining:
    """A signed duration split for display: ``overdue`` is True once the due time has passed."""

    total_seconds: int
    overdue: bool
    days: int
    hours: int
    minutes: int
    seconds: int


def sla_level(
    due: datetime | None,
    now: datetime,
    *,
    started: datetime | None = None,
    warn_fraction: float = WARN_FRACTION,
    warn_seconds: int = WARN_SECONDS,
    warn_at: datetime | None = None,
) -> SlaLevel:
    """``ok`` with plenty of time (or no due time), ``warning`` near the due time (from ``warn_at``,
    the server's amber time, when known), ``breached`` past it."""
    if due is None:
        return "ok"
    left = (due - now).total_seconds()
    if left < 0:
        return "breached"
    if warn_at is not None:
        return "warning" if now >= warn_at else "ok"
    if started is not None and due > started:
        window = (due - started).total_seconds()
        threshold = max(window * warn_fraction, 0.0)
    else:
        threshold = float(warn_seconds)
    return "warning" if left <= threshold else "ok"


def timer_state(
    *,
    status: str,
    now: datetime,
    due: datetime | None,
    started: datetime | None = None,
    paused_at: datetime | None = None,
    warn_at: datetime | None = None,
) -> SlaState:
    """:func:`sla_state` for an inbox row, which keeps only the due time that applies now
    (``InboxRow.sla_due``)."""
    if due is None or status == "resolved":
        return SlaState("ok", None, None)
    if status in PAUSED_STATUSES:
        return SlaState("paused", due, remaining(due, paused_at or now))
    return SlaState(sla_level(due, now, started=started, warn_at=warn_at), due, remaining(due, now))


def split_seconds(total: float) -> Remaining:
    """``total`` seconds (negative when overdue) as days/hours/minutes/seconds of its magnitude."""
    whole = int(total)
    magnitude = abs(whole)
    days, rest = divmod(magnitude, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    return Remaining(whole, whole < 0, days, hours, minutes, seconds)


def remaining(due: datetime, now: datetime) -> Remaining:
    """Time left until ``due`` (``overdue`` and the magnitude once it has passed)."""
    return split_seconds((due - now).total_seconds())


def waiting(since: datetime | None, now: datetime) -> Remaining | None:
    """How long the customer has been waiting since their last message (None: not waiting)."""
    if since is None:
        return None
    return split_seconds(max((now - since).total_seconds(), 0.0))


def active_due(
    *,
    status: str,
    first_response_at: datetime | None,
    first_response_due: datetime | None,
    resolution_due: datetime | None,
) -> datetime | None:
    """The due time that applies now: first response until answered, then resolution.

    Resolved conversations have none. (A pending or snoozed one has its due time, on a stopped
    clock: :func:`sla_state` says ``paused``.)
    """
    if status == "resolved":
        return None
    if first_response_at is None and first_response_due is not None:
        return first_response_due
    return resolution_due


@dataclass(frozen=True, slots=True)
class SlaState:
    level: SlaLevel
    due: datetime | None
    remaining: Remaining | None


def sla_state(
    *,
    status: str,
    now: datetime,
    created_at: datetime | None = None,
    first_response_at: datetime | None = None,
    first_response_due: datetime | None = None,
    resolution_due: datetime | None = None,
    paused_at: datetime | None = None,
    warn_at: datetime | None = None,
) -> SlaState:
    """Everything a row needs to paint its timer, from the conversation's fields.

    Pending and snoozed: ``paused`` with what was left when the clock stopped (``paused_at``; the
    server moves the due time on when it runs again), never ``breached``.
    """
    due = active_due(
        status=status,
        first_response_at=first_response_at,
        first_response_due=first_response_due,
        resolution_due=resolution_due,
    )
    if due is None:
        return SlaState("ok", None, None)
    if status in PAUSED_STATUSES:
        return SlaState("paused", due, remaining(due, paused_at or now))
    return SlaState(sla_level(due, now, started=created_at, warn_at=warn_at), due, remaining(due, now))
