"""Callback reminders: ``callback.due`` once when a callback's window opens, ``callback.missed``
once when it closes with no outcome logged for that window (an outcome logged before the window
started — ``rescheduled`` — does not count). Each is a ``callback_reminders`` row written with its
event in one transaction: announced once, replayed on sync, visible like the callback conversation
(its assignee, the client's manager, supervisors) and to the agent who requested it (``notify``).

Like the SLA monitor, it starts from a watermark set the first time it runs on a database: windows
that opened before that (the demo's seeded history) raise nothing, unless the callback was created
after it (a callback scheduled into a window that has already begun still reminds).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import vip as pv
from app.server import views
from app.server.callbacks.schema import CallbackReminderSent, CallbackRequest
from app.server.db.schema import Conversation, Customer, Setting
from app.server.repos import repo_events, repo_inbox
from app.server.repos.claims import Busy, claim_watermark

WATERMARK_KEY = "callback_reminder_watermark"
BATCH = 200


def _candidates(
    session: Session, kind: str, since: datetime, now: datetime
) -> list[tuple[CallbackRequest, Conversation, Customer]]:
    edge = CallbackRequest.window_start if kind == "due" else CallbackRequest.window_end
    sent = (
        sa.select(CallbackReminderSent.id)
        .where(
            CallbackReminderSent.conversation_id == CallbackRequest.conversation_id,
            CallbackReminderSent.kind == kind,
            CallbackReminderSent.window_start == CallbackRequest.window_start,
        )
        .exists()
    )
    query = (
        sa.select(CallbackRequest, Conversation, Customer)
        .join(Conversation, Conversation.id == CallbackRequest.conversation_id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(
            Conversation.status != "resolved",
            edge <= now,
            sa.or_(edge >= since, CallbackRequest.created_at >= since),
            ~sent,
        )
        .order_by(edge, CallbackRequest.conversation_id)
        .limit(BATCH)
    )
    if kind == "missed":
        query = query.where(
            sa.or_(
                CallbackRequest.outcome_at.is_(None),
                CallbackRequest.outcome_at < CallbackRequest.window_start,
            )
        )
    return [(r, c, cu) for r, c, cu in session.execute(query)]


def send_reminders(session: Session, now: datetime) -> int:
    """Announce the callbacks that became due or were missed since the watermark; how many."""
    mark = claim_watermark(session, WATERMARK_KEY)  # one node at a time (FOR UPDATE SKIP LOCKED)
    if isinstance(mark, Busy):
        return 0
    if mark is None:
        session.add(Setting(key=WATERMARK_KEY, value=now.isoformat()))
        session.flush()
        since = now
    else:
        since = datetime.fromisoformat(mark.value)
    sent = 0
    for kind in ("due", "missed"):
        for request, conv, customer in _candidates(session, kind, since, now):
            row = CallbackReminderSent(
                conversation_id=conv.id, kind=kind, window_start=request.window_start, sent_at=now
            )
            session.add(row)
            session.flush()
            info = views.callback_info(request, customer)
            assert info is not None
            ev = repo_events.append_event(
                session,
                f"callback.{kind}",
                pv.CallbackReminder(
                    conversation_id=conv.id,
                    callback=info,
                    conversation=repo_inbox.view(session, conv, customer),
                ),
                scope=views.scope(conv, customer),
                notify=request.requested_by,
            )
            row.seq = ev.seq
            sent += 1
    return sent
