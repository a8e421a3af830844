"""The SLA clock of a conversation: business-hours due times, amber times, pauses.

- **Due times** of a new chat or email count the open time of its team's schedule for that channel
  (``routing/hours.py``; the targets are the SLA policy's). Tickets and callbacks keep the due
  times their writers set (a ticket's date, a callback's window), counted 24/7.
- **Amber** (``*_warn_at``): when ``warning_share`` (SLA policy, 0.75 by default) of the window
  between the start and a due time has passed, in open time. The server announces it once
  (``sla.warning``); the desk paints amber from the same time, so the two agree.
- **Pauses**: the clock stops while the conversation is ``pending`` (on the customer) or
  ``snoozed``; nothing is breached or warned meanwhile. When it opens again, each due time (and
  amber time) that had not passed when the clock stopped moves later by the open time that passed
  while it was stopped. Resolving stops it for good.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.server import sla
from app.server.db.schema import Conversation, Customer
from app.server.routing import outcomes
from app.server.routing.hours import ALWAYS_OPEN, Schedule
from app.server.routing.policy import TeamsPolicy, TeamsPolicyFile
from app.server.routing.schema import ConversationWork
from app.server.timeutil import as_utc

TEAMS_KEY = "agentdesk_teams_policy"
PAUSED = ("pending", "snoozed")
BUSINESS_CHANNELS = ("chat", "email")


def teams_for(session: Session) -> TeamsPolicy | None:
    """The teams policy in force on this server (None outside one: seeding, the CLI)."""
    holder = session.info.get(TEAMS_KEY)
    if isinstance(holder, TeamsPolicyFile):
        return holder.current()
    return holder if isinstance(holder, TeamsPolicy) else None


def work_of(session: Session, conv: Conversation) -> ConversationWork:
    """The conversation's routing and clock row, made on first use (a conversation from before
    routing gets the team the policy would give it now, so its clock counts that team's hours)."""
    if conv.work is None:
        work = new_work(session, conv)
        policy = teams_for(session)
        customer = session.get(Customer, conv.customer_uid)
        if policy is not None and customer is not None:
            team = policy.team_for(conv.channel, customer.language, customer.vip_tier)
            work.team = team.code if team is not None else None
        return work
    return conv.work


def new_work(session: Session, conv: Conversation) -> ConversationWork:
    """The row of a conversation that has none yet (a new one: no query to find out)."""
    work = ConversationWork(conversation_id=conv.id)
    session.add(work)
    set_committed_value(conv, "work", work)
    return work


def schedule_of(session: Session, conv: Conversation) -> Schedule:
    """The open hours the conversation's clock counts: its team's for its channel (chat, email)."""
    policy = teams_for(session)
    work = conv.work
    if policy is None or work is None or work.team is None or conv.channel not in BUSINESS_CHANNELS:
        return ALWAYS_OPEN
    team = policy.teams.get(work.team)
    return team.schedule(conv.channel) if team is not None else ALWAYS_OPEN


def _warn(schedule: Schedule, start: datetime, due: datetime | None, share: float) -> datetime | None:
    if due is None:
        return None
    window = schedule.open_between(start, due)
    return schedule.add(start, window * share)


def start(session: Session, conv: Conversation, vip_tier: int) -> None:
    """Set a new conversation's clock: business-hours due times (chat, email) and amber times."""
    work = work_of(session, conv)
    policy = sla.policy_for(session)
    schedule = schedule_of(session, conv)
    begin = as_utc(conv.created_at)
    if conv.channel in BUSINESS_CHANNELS:
        targets = policy.targets(conv.channel, vip_tier)
        conv.first_response_due = schedule.add(begin, targets.first_response)
        conv.resolution_due = schedule.add(begin, targets.resolution)
    work.first_response_warn_at = _warn(schedule, begin, conv.first_response_due, policy.warning_share)
    work.resolution_warn_at = _warn(schedule, begin, conv.resolution_due, policy.warning_share)


def resolution_moved(session: Session, conv: Conversation) -> None:
    """A ticket's due date changed: its amber time follows (its window still starts at creation)."""
    if conv.work is not None:
        share = sla.policy_for(session).warning_share
        conv.work.resolution_warn_at = _warn(
            schedule_of(session, conv), as_utc(conv.created_at), conv.resolution_due, share
        )


def pause(session: Session, conv: Conversation, now: datetime) -> None:
    work = work_of(session, conv)
    if work.paused_at is None:
        work.paused_at = now


def resume(session: Session, conv: Conversation, now: datetime) -> None:
    """The clock runs again: unmet due times after the pause move later by the open time paused."""
    work = conv.work
    if work is None or work.paused_at is None:
        return
    stopped = as_utc(work.paused_at)
    work.paused_at = None
    schedule = schedule_of(session, conv)
    span = schedule.open_between(stopped, now)
    if span <= timedelta(0):
        return

    def moved(value: datetime | None) -> datetime | None:
        if value is None or as_utc(value) <= stopped:
            return value  # already passed (breached, or amber) when the clock stopped: stays
        return schedule.add(as_utc(value), span)

    if conv.first_response_at is None:
        conv.first_response_due = moved(conv.first_response_due)
        work.first_response_warn_at = moved(work.first_response_warn_at)
    if conv.resolved_at is None:
        conv.resolution_due = moved(conv.resolution_due)
        work.resolution_warn_at = moved(work.resolution_warn_at)


def status_changed(session: Session, conv: Conversation, before: str, now: datetime) -> None:
    """After ``conv.status`` changed from ``before``: stop, restart or end the clock."""
    after = conv.status
    if after == "resolved":
        outcomes.resolved(session, conv, now)
    elif before == "resolved":
        outcomes.reopened(session, conv)
    if after in PAUSED and before not in PAUSED:
        pause(session, conv, now)
    elif after == "open" and before in PAUSED:
        resume(session, conv, now)
    elif after == "resolved" and conv.work is not None:
        conv.work.paused_at = None
        conv.work.queued_at = None


def warn_at(conv: Conversation) -> datetime | None:
    """The amber time of the due time that applies now (first response until answered)."""
    work = conv.work
    if work is None or conv.status == "resolved":
        return None
    return work.first_response_warn_at if conv.first_response_at is None else work.resolution_warn_at
