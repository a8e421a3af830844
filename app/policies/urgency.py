"""What an inbox row says about urgency: the SLA timer, the customer's wait, and the stripe.

Two clocks that mean different things are two labelled timers, never one grey number: *time left*
on the SLA (amber near the due time, red once overdue, green while there is plenty) and *how long
the customer has waited* since their last unanswered message (amber, then red, after limits per
channel: minutes for a live chat, hours for email). The stripe shows priority first — an urgent
VIP row is red, not gold — and VIP otherwise (the VIP badge is on the row anyway).

While the desk is not connected its rows may be stale (a colleague may have answered), so the
timers are not counted: the row says it needs a connection (:attr:`RowUrgency.stale`) instead of
ticking on data that may be old.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from app.policies.sla_clock import Remaining, SlaLevel, timer_state, waiting

Stripe = Literal["urgent", "high", "vip"]

#: How long a customer may wait, per channel, before the wait turns amber and then red (seconds).
WAIT_LIMITS: dict[str, tuple[int, int]] = {
    "chat": (5 * 60, 15 * 60),
    "callback": (30 * 60, 60 * 60),
    "telegram": (5 * 60, 15 * 60),  # a chat on the exchange's Telegram bot
    "email": (12 * 3600, 24 * 3600),
    "ticket": (24 * 3600, 48 * 3600),
}


@dataclass(frozen=True, slots=True)
class Timer:
    level: SlaLevel  # ok, warning, breached; paused (the SLA clock stopped: pending or snoozed)
    remaining: Remaining  # for the SLA: signed time left; for a wait: how long


@dataclass(frozen=True, slots=True)
class RowUrgency:
    sla: Timer | None  # time left on the SLA (None: no running SLA clock)
    waited: Timer | None  # how long the customer has waited (None: not waiting)
    stripe: Stripe | None
    stale: bool = False  # not connected: the timers are not counted (the row may be outdated)


def stripe(priority: str, vip_tier: int) -> Stripe | None:
    """Priority wins over VIP: an urgent VIP row is red."""
    if priority == "urgent":
        return "urgent"
    if priority == "high":
        return "high"
    return "vip" if vip_tier > 0 else None


def wait_level(channel: str, waited_seconds: float) -> SlaLevel:
    warn, breach = WAIT_LIMITS.get(channel, WAIT_LIMITS["chat"])
    if waited_seconds >= breach:
        return "breached"
    return "warning" if waited_seconds >= warn else "ok"


def row_urgency(
    *,
    status: str,
    priority: str,
    vip_tier: int,
    channel: str,
    sla_due: datetime | None,
    sla_started: datetime | None,
    waiting_since: datetime | None,
    now: datetime,
    online: bool = True,
    sla_paused_at: datetime | None = None,
    sla_warn_at: datetime | None = None,
) -> RowUrgency:
    """The row's timers and stripe at ``now`` (server time). A pending or snoozed conversation's
    SLA clock is stopped (``paused``, the time left as of ``sla_paused_at``); the server's amber
    time (``sla_warn_at``) decides ``warning`` where it is known."""
    line = stripe(priority, vip_tier)
    if not online:
        return RowUrgency(None, None, line, stale=True)
    sla = None
    state = timer_state(status=status, now=now, due=sla_due, started=sla_started,
                        paused_at=sla_paused_at, warn_at=sla_warn_at)
    if state.remaining is not None:
        sla = Timer(state.level, state.remaining)
    waited = None
    wait = waiting(waiting_since, now) if status == "open" else None
    if wait is not None:
        waited = Timer(wait_level(channel, wait.total_seconds), wait)
    return RowUrgency(sla, waited, line)
