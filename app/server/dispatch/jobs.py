"""The periodic work of routing, each step on the database thread (``service.py`` runs them):

- **queue**: conversations waiting for an agent of their team (``queued_at``) get one as soon as
  someone has room (FIFO per team, VIP tiers first);
- **re-route**: an agent away or offline for longer than the grace period loses their *waiting*
  chats (open, the customer had the last word) to colleagues — or to the team's queue;
- **wake**: a snoozed conversation whose time came is open again (its clock runs again);
- **warnings**: a due time that turned amber is announced once (``sla.warning``).

Claims are safe with several server nodes: a step first lists candidates, then handles each in its
own transaction that locks the conversation row with ``FOR UPDATE SKIP LOCKED`` (another node
busy with it: skipped) and checks again, under the lock, that the work is still to do. The queue
and re-route steps then skip the conversation for this pass when another transaction holds one of
its candidates' routing rows (``assign.decide(skip_locked=True)``): a writer that routed a new
chat holds those rows and may want this conversation's row next (a message to it), and waiting
would be a deadlock across nodes. Each assignment is announced as ``conversation.updated`` (the
previous owner told through ``notify``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import routing as pr
from app.server import views
from app.server.db import upsert
from app.server.db.schema import Conversation, Customer, Message, Setting
from app.server.dispatch.schema import SlaWarningRow
from app.server.repos import repo_events, repo_inbox
from app.server.repos.claims import Busy, claim_watermark
from app.server.routing import assign, clock, presence
from app.server.routing.schema import ConversationWork

BATCH = 200
WARNING_WATERMARK_KEY = "sla_warning_watermark"
QUEUE_TURN_KEY = "dispatch_queue_turn"


def _claim(session: Session, conversation_id: int) -> tuple[Conversation, Customer] | None:
    conv = session.scalars(
        sa.select(Conversation).where(Conversation.id == conversation_id).with_for_update(skip_locked=True)
    ).first()
    if conv is None:
        return None
    session.refresh(conv)  # a row another transaction just changed: its current values
    customer = session.get(Customer, conv.customer_uid)
    assert customer is not None
    return conv, customer


def announce(
    session: Session, conv: Conversation, customer: Customer, previous: str | None, now: datetime
) -> None:
    conv.updated_at = now
    session.flush()
    repo_events.append_event(
        session,
        "conversation.updated",
        pe.ConversationEvent(conversation=repo_inbox.view(session, conv, customer)),
        scope=views.scope(conv, customer),
        notify=previous if previous != conv.assignee else None,
    )


# --- the queue ------------------------------------------------------------------------------------
def take_turn(session: Session, now: datetime, gap: timedelta) -> bool:
    """Whether this node runs the timed queue and re-route pass now: True unless another node took
    a turn less than ``gap`` ago. One upsert of a settings row (the turn's start, ISO UTC: its text
    sorts as its time), so with several nodes the passes that only re-try what nobody had room for
    are run by one node per interval instead of by each (each try writes an ``assignment_log`` row
    and locks rows). A pass woken by a change on a node (someone may have room) runs regardless."""
    row = upsert.insert(session, Setting).values(key=QUEUE_TURN_KEY, value=now.isoformat())
    taken = row.on_conflict_do_update(
        index_elements=[Setting.key],
        set_={"value": row.excluded.value},
        where=Setting.value < (now - gap).isoformat(),
    ).returning(Setting.key)
    return session.execute(taken).first() is not None


def queued(session: Session, now: datetime) -> list[tuple[int, str | None]]:
    """Conversations waiting for an agent, in the order they get one: ``(id, team)``."""
    rows = session.execute(
        sa.select(Conversation.id, ConversationWork.team)
        .join(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(
            ConversationWork.queued_at.is_not(None),
            Conversation.status == "open",
            Conversation.assignee.is_(None),
        )
        # urgent first (the emergency line's takeover callbacks jump the queue), then VIP, then FIFO
        .order_by(
            (Conversation.priority == "urgent").desc(), Customer.vip_tier.desc(), ConversationWork.queued_at,
            Conversation.id,
        )
        .limit(BATCH)
    )
    return [(int(i), t) for i, t in rows]


def assign_queued(session: Session, conversation_id: int, now: datetime) -> bool | str | None:
    """Give one queued conversation an agent: True (assigned), False (nobody has room), None (not
    queued any more, or another node has it), ``assign.BUSY`` (another transaction holds the
    event log's lock or a candidate's routing row: nothing decided, the team's next pass)."""
    found = _claim(session, conversation_id)
    if found is None:
        return None
    conv, customer = found
    work = conv.work
    if work is None or work.queued_at is None or conv.assignee is not None or conv.status != "open":
        if work is not None and (conv.assignee is not None or conv.status == "resolved"):
            work.queued_at = None
        return None
    decision = assign.decide(session, conv, customer, now, reason="queue", skip_locked=True)
    if decision.reason == assign.BUSY:
        return assign.BUSY  # someone is being assigned a chat or writing the log: the next pass
    if decision.agent is None:
        return False
    announce(session, conv, customer, None, now)
    return True


# --- re-route -------------------------------------------------------------------------------------
def _absent(session: Session, now: datetime, grace: timedelta) -> list[str]:
    seen = presence.effective(session, None, now)
    return sorted(
        name
        for name, s in seen.items()
        if s.presence in presence.ABSENT and s.since is not None and s.since <= now - grace
    )


def _waiting_chats(names: list[str]) -> sa.Select[int]:
    return (
        sa.select(Conversation.id)
        .join(Message, Message.id == Conversation.last_message_id)
        .where(
            Conversation.assignee.in_(names),
            Conversation.channel == "chat",
            Conversation.status == "open",
            Message.author_kind == "customer",
        )
    )


def stranded(session: Session, now: datetime, grace: timedelta) -> list[int]:
    """Waiting chats of agents who have been away or offline for longer than ``grace``."""
    names = _absent(session, now, grace)
    if not names:
        return []
    return [int(i) for i in session.scalars(_waiting_chats(names).order_by(Conversation.id).limit(BATCH))]


def reroute(session: Session, conversation_id: int, now: datetime, grace: timedelta) -> bool:
    found = _claim(session, conversation_id)
    if found is None:
        return False
    conv, customer = found
    owner = conv.assignee
    if owner is None or owner not in _absent(session, now, grace):
        return False
    if session.scalar(_waiting_chats([owner]).where(Conversation.id == conv.id)) is None:
        return False
    decision = assign.decide(
        session, conv, customer, now, reason="reroute", exclude=[owner], skip_locked=True
    )
    if decision.reason == assign.BUSY:
        return False  # the next pass
    announce(session, conv, customer, owner, now)
    return True


# --- snoozes that end -----------------------------------------------------------------------------
def wake_snoozed(session: Session, now: datetime) -> int:
    rows = session.scalars(
        sa.select(Conversation)
        .where(Conversation.status == "snoozed", Conversation.snoozed_until <= now)
        .order_by(Conversation.snoozed_until)
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    ).all()
    for conv in rows:
        customer = session.get(Customer, conv.customer_uid)
        assert customer is not None
        conv.status, conv.snoozed_until = "open", None
        clock.status_changed(session, conv, "snoozed", now)
        previous = conv.assignee
        if (
            conv.assignee is None
            and conv.channel in ("chat", "email")
            and clock.teams_for(session) is not None
        ):
            assign.decide(session, conv, customer, now, reason="reopened")
        announce(session, conv, customer, previous, now)
    return len(rows)


# --- SLA warnings ---------------------------------------------------------------------------------
def _warn_candidates(
    session: Session, kind: str, since: datetime, now: datetime
) -> list[tuple[Conversation, Customer]]:
    warn = (
        ConversationWork.first_response_warn_at
        if kind == "first_response"
        else ConversationWork.resolution_warn_at
    )
    due = Conversation.first_response_due if kind == "first_response" else Conversation.resolution_due
    done = Conversation.first_response_at if kind == "first_response" else Conversation.resolved_at
    already = (
        sa.select(SlaWarningRow.id)
        .where(
            SlaWarningRow.conversation_id == Conversation.id,
            SlaWarningRow.kind == kind,
            SlaWarningRow.due_at == due,
        )
        .exists()
    )
    query = (
        sa.select(Conversation, Customer)
        .join(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(
            warn >= since,
            warn <= now,
            due.is_not(None),
            done.is_(None),
            ~already,
            Conversation.status.in_(("open",)),
            ConversationWork.paused_at.is_(None),
        )
        .order_by(warn, Conversation.id)
        .limit(BATCH)
    )
    return [(c, cu) for c, cu in session.execute(query)]


def record_warnings(session: Session, now: datetime) -> int:
    """Announce the amber times passed since the last run (once each); how many there were."""
    mark = claim_watermark(session, WARNING_WATERMARK_KEY)  # one node at a time, as for breaches
    if isinstance(mark, Busy):
        return 0
    if mark is None:
        session.add(Setting(key=WARNING_WATERMARK_KEY, value=now.isoformat()))
        return 0
    since = datetime.fromisoformat(mark.value)
    next_mark = now
    count = 0
    for kind in ("first_response", "resolution"):
        rows = _warn_candidates(session, kind, since, now)
        for conv, customer in rows:
            work = conv.work
            assert work is not None
            due = conv.first_response_due if kind == "first_response" else conv.resolution_due
            warn = work.first_response_warn_at if kind == "first_response" else work.resolution_warn_at
            assert due is not None and warn is not None
            row = SlaWarningRow(conversation_id=conv.id, kind=kind, due_at=due, warned_at=now)
            session.add(row)
            session.flush()
            ev = repo_events.append_event(
                session,
                "sla.warning",
                pr.SlaWarning(
                    conversation_id=conv.id,
                    kind="first_response" if kind == "first_response" else "resolution",
                    due_at=due,
                    warn_at=warn,
                    conversation=repo_inbox.view(session, conv, customer),
                ),
                scope=views.scope(conv, customer),
            )
            row.seq = ev.seq
            count += 1
        if len(rows) == BATCH:
            last = rows[-1][0].work
            assert last is not None
            last_warn = last.first_response_warn_at if kind == "first_response" else last.resolution_warn_at
            if last_warn is not None:
                next_mark = min(next_mark, last_warn)
    mark.value = next_mark.isoformat()
    return count
