"""The priority lane: the earliest first-response due time among waiting VIP conversations.

The rule (docs/protocol.md, "Priority lane"): conversations with ``vip_tier > 0`` or the tag
``vip_mailbox`` (mail to the VIP mailbox, whoever sent it: ``app.store.inbox``'s VIP view), no
first response yet and a status other than ``resolved``; the title bar counts down to the earliest of
their first-response due times, against server time (the desk's ``ServerClock``).
Qt-free: the window asks the store for the due time and shows what this module computes.
"""

from __future__ import annotations

from datetime import datetime

from app.policies.sla_clock import Remaining, remaining
from app.store import InboxQuery, View


def lane_query(me: str) -> InboxQuery:
    """The conversations the lane watches: the VIP view, not resolved. The store answers the
    earliest first-response due among those nobody has answered yet
    (``Store.earliest_first_response_due``), over the whole view."""
    return InboxQuery(view=View.VIP, me=me)


def lane_remaining(due: datetime | None, now: datetime) -> Remaining | None:
    """Time left until ``due`` on the server's clock: ``now`` comes from the desk's one clock
    (:class:`~app.policies.sla_clock.ServerClock`), which already applies the server's offset."""
    if due is None:
        return None
    return remaining(due, now)


def lane_clock(r: Remaining) -> str:
    """``0:24``, ``1:05:09``; ``-0:12`` once overdue (digits only: the same in every language)."""
    hours = r.days * 24 + r.hours
    body = f"{hours}:{r.minutes:02d}:{r.seconds:02d}" if hours else f"{r.minutes}:{r.seconds:02d}"
    return f"-{body}" if r.overdue else body
