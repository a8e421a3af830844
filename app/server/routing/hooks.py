"""The two calls the conversation writers make, with the database session and the conversation,
inside their own transaction and before the event that announces the conversation is built (so
the event already carries the team, the due times and the assignee):

- :func:`opened` — a new conversation: its team, its clock (business-hours due times, amber
  times), and, for a customer's chat or email that nobody owns yet, its agent (``assign.py``).
- :func:`reopened` — the customer wrote again to a pending or snoozed conversation: the clock runs
  again (due times move by the paused open time) and, if nobody owns it, it is routed now (an
  absent owner's waiting chat moves after the grace period, by the re-route job).

Outside a running server (seeding, the CLI) there is no teams policy: due times stay as written
and nothing is routed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.server.db.schema import Conversation, Customer
from app.server.routing import assign, clock, outcomes
from app.server.timeutil import as_utc, utcnow

AUTO_KEY = "agentdesk_auto_assign"
#: channels whose new conversations are routed (tickets and callbacks are made by an agent)
AUTO_CHANNELS = ("chat", "email", "telegram")


def auto_assign(session: Session) -> bool:
    return bool(session.info.get(AUTO_KEY, True)) and clock.teams_for(session) is not None


def _customer(session: Session, conv: Conversation) -> Customer:
    customer = session.get(Customer, conv.customer_uid)
    assert customer is not None
    return customer


def opened(session: Session, conv: Conversation, sla_tier: int | None = None) -> None:
    """A new conversation (flushed, so it has an id; its event not written yet). ``sla_tier``:
    the VIP tier whose SLA targets apply, when not the customer's (mail to the VIP mailbox)."""
    policy = clock.teams_for(session)
    if policy is None:
        return
    customer = _customer(session, conv)
    team = policy.team_for(conv.channel, customer.language, customer.vip_tier)
    clock.new_work(session, conv).team = team.code if team is not None else None
    clock.start(session, conv, customer.vip_tier if sla_tier is None else sla_tier)
    if conv.assignee is None and conv.channel in AUTO_CHANNELS and auto_assign(session):
        # Without autoflush: what the decision reads (agents, their routing rows, presence, other
        # conversations' assignees, backups) has nothing pending here — the writer flushes each
        # request when it ends, and a conversation's opening changes none of it — while the new
        # routing row is pending; flushed after the decision, it is one INSERT with the queue mark
        # and routing time in it, not an INSERT and an UPDATE (and one flush fewer).
        with session.no_autoflush:
            assign.decide(session, conv, customer, as_utc(conv.created_at), reason="new")


def reopened(session: Session, conv: Conversation) -> None:
    """A conversation the customer reopened (its status is ``open`` again)."""
    outcomes.reopened(session, conv)
    if clock.teams_for(session) is None:
        return
    now = utcnow()
    clock.resume(session, conv, now)
    if conv.assignee is None and conv.channel in AUTO_CHANNELS and auto_assign(session):
        assign.decide(session, conv, _customer(session, conv), now, reason="reopened")
