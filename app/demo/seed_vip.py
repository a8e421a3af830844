"""Demo seeding of the VIP desk: vera's backup (sam), a few client notes, a callback that comes due
a few minutes after start (so its ``callback.due`` reminder fires in the demo) and a recent
security-flag change that shows as an alert in vera's book. Like the rest of the seed, no events."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import sla, sla_policy
from app.server.callbacks.schema import CallbackRequest
from app.server.cover.schema import AgentBackup
from app.server.db import schema as db
from app.server.vip.repo import record_customer_change
from app.server.vip.schema import ClientNote

NOTES = (
    ("vera", "Vera Lin", "Prefers a call before any large withdrawal; confirm the destination verbally."),
    ("vera", "Vera Lin", "Asked about the OTC desk for block trades — follow up next month."),
    ("sam", "Sam Okafor", "Escalation in March handled; client happy with the outcome."),
)


def _vera_clients(session: Session) -> list[db.Customer]:
    return list(
        session.scalars(
            sa.select(db.Customer)
            .where(db.Customer.account_manager == "vera", db.Customer.vip_tier > 0, db.Customer.phone != "")
            .order_by(db.Customer.vip_tier.desc(), db.Customer.uid)
            .limit(3)
        )
    )


def seed_vip(session: Session, now: datetime) -> None:
    clients = _vera_clients(session)
    if len(clients) < 3:
        return
    session.add(AgentBackup(manager="vera", backup="sam", updated_at=now))
    for i, (author, name, body) in enumerate(NOTES):
        session.add(
            ClientNote(
                customer_uid=clients[0].uid,
                author=author,
                author_name=name,
                body=body,
                created_at=now - timedelta(days=20 - 7 * i),
            )
        )
    # A recent change the book shows as an alert: 2FA switched off.
    flagged = clients[1]
    if flagged.twofa_enabled:
        record_customer_change(session, flagged, "twofa_enabled", False, None, now - timedelta(hours=2))
    else:
        record_customer_change(session, flagged, "kyc_status", "expired", None, now - timedelta(hours=2))
    # A callback due a few minutes after start.
    client = clients[2]
    start, end = now + timedelta(minutes=3), now + timedelta(hours=1)
    first, resolution = sla.callback_due_times(client.vip_tier, now, start, end, sla_policy.default_policy())
    conv = db.Conversation(
        customer_uid=client.uid,
        channel="callback",
        status="open",
        priority="high",
        assignee="vera",
        tags=[],
        subject="Quarterly account review call",
        created_at=now,
        updated_at=now,
        message_count=0,
        first_response_due=first,
        resolution_due=resolution,
    )
    session.add(conv)
    session.flush()
    conv.callback_request = CallbackRequest(
        source_conversation_id=None,
        window_start=start,
        window_end=end,
        reason="Quarterly account review call",
        requested_by="vera",
        attempts=0,
        created_at=now,
    )
