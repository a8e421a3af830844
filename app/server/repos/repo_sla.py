"""SLA breaches: find due times that passed unmet, record each once, announce it as ``sla.breached``.

A breach of ``first_response``: the due time passed and no agent had answered by then (no first
response, or a late one), except a conversation resolved before it was due. A breach of
``resolution``: the due time passed and the conversation was not resolved by then. Neither while
the clock is stopped: a pending (on the customer) or snoozed conversation is not breached; when it
opens again its unmet due times have moved later by the open time it was stopped
(``app/server/routing/clock.py``), and the scan meets them again there.

The scan reads only due times in ``[watermark, now]`` (indexed), so each run is cheap; the
watermark is kept in ``settings`` and starts at the first run on a database — conversations that
were overdue before this feature ran there (the demo's seeded history) show as overdue by their due
times but raise no event. Each breach is a row (unique per conversation, kind and due time) written
with its event in one transaction: recorded once, replayed on sync, filtered by visibility.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.server import views
from app.server.db.schema import Conversation, Customer, Setting
from app.server.db.schema_sla import SlaBreach
from app.server.repos import repo_events, repo_inbox
from app.server.repos.claims import Busy, claim_watermark
from app.server.routing.clock import PAUSED

WATERMARK_KEY = "sla_breach_watermark"
BATCH = 500


def _candidates(
    session: Session, kind: str, since: datetime, now: datetime
) -> list[tuple[Conversation, Customer]]:
    due = Conversation.first_response_due if kind == "first_response" else Conversation.resolution_due
    done = Conversation.first_response_at if kind == "first_response" else Conversation.resolved_at
    already = (
        sa.select(SlaBreach.id)
        .where(SlaBreach.conversation_id == Conversation.id, SlaBreach.kind == kind, SlaBreach.due_at == due)
        .exists()
    )
    query = (
        sa.select(Conversation, Customer)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(due >= since, due <= now, sa.or_(done.is_(None), done > due), ~already,
               Conversation.status.not_in(PAUSED))
        .order_by(due, Conversation.id)
        .limit(BATCH)
    )
    if kind == "first_response":
        query = query.where(sa.or_(Conversation.resolved_at.is_(None), Conversation.resolved_at > due))
    return [(c, cu) for c, cu in session.execute(query)]


def record_breaches(session: Session, now: datetime) -> int:
    """Record and announce the breaches since the last run; how many there were."""
    mark = claim_watermark(session, WATERMARK_KEY)  # one node at a time (FOR UPDATE SKIP LOCKED)
    if isinstance(mark, Busy):
        return 0
    if mark is None:
        session.add(Setting(key=WATERMARK_KEY, value=now.isoformat()))
        return 0
    since = datetime.fromisoformat(mark.value)
    next_mark = now
    recorded = 0
    for kind in ("first_response", "resolution"):
        rows = _candidates(session, kind, since, now)
        for conv, customer in rows:
            due_at = conv.first_response_due if kind == "first_response" else conv.resolution_due
            assert due_at is not None
            breach = SlaBreach(kind=kind, due_at=due_at, breached_at=now)
            conv.breaches.append(breach)
            session.flush()
            ev = repo_events.append_event(
                session,
                "sla.breached",
                pe.SlaBreached(
                    conversation_id=conv.id,
                    kind=kind,
                    due_at=due_at,
                    conversation=repo_inbox.view(session, conv, customer),
                ),
                scope=views.scope(conv, customer),
            )
            breach.seq = ev.seq
            recorded += 1
        if len(rows) == BATCH:  # more to do: the next run starts where this one stopped
            last = rows[-1][0]
            last_due = last.first_response_due if kind == "first_response" else last.resolution_due
            assert last_due is not None
            next_mark = min(next_mark, last_due)
    mark.value = next_mark.isoformat()
    return recorded
