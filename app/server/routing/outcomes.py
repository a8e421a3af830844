"""Resolutions and reopens of a conversation, counted where the status changes (issue 20's
reopen rate, and the agent and team a CSAT answer belongs to). Two calls, made by the clock's
``status_changed`` and the reopen hook; nothing else writes ``conversation_outcomes``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.server.db.schema import Conversation
from app.server.routing.schema import ConversationOutcome


def _row(session: Session, conv: Conversation) -> ConversationOutcome:
    row = session.get(ConversationOutcome, conv.id)
    if row is None:
        row = ConversationOutcome(conversation_id=conv.id, resolutions=0, reopens=0, resolved=False)
        session.add(row)
    return row


def resolved(session: Session, conv: Conversation, now: datetime) -> None:
    """The conversation was resolved now, by whoever holds it."""
    row = _row(session, conv)
    row.resolutions += 1
    row.resolved = True
    row.resolved_by = conv.assignee
    row.resolved_team = conv.work.team if conv.work is not None else None
    row.last_resolved_at = now


def reopened(session: Session, conv: Conversation) -> None:
    """It is open again: a reopen if it stood resolved (a pending one resuming is not)."""
    row = session.get(ConversationOutcome, conv.id)
    if row is not None and row.resolved:
        row.resolved = False
        row.reopens += 1
