"""What the email, ticket and callback writers share: opening a conversation with its
``conversation.created`` event, system notes, and a conversation's opening line."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import views
from app.server.db.schema import Conversation, Customer, Message
from app.server.repos import repo_events
from app.server.repos.repo_messages import add_system_message

SUBJECT_MAX = 200


def bad(message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.BAD_REQUEST, message)


def new_conversation(
    session: Session,
    customer: Customer,
    *,
    channel: str,
    subject: str | None,
    priority: str,
    due: tuple[datetime, datetime],
    now: datetime,
    assignee: str | None = None,
    tags: list[str] | None = None,
    details: Callable[[Conversation], None] | None = None,
) -> tuple[Conversation, int]:
    """A new open conversation and its ``conversation.created`` event (with its channel details,
    which ``details`` attaches before the event is built). Returns it and the event's seq."""
    conv = Conversation(
        customer_uid=customer.uid,
        channel=channel,
        status="open",
        priority=priority,
        assignee=assignee,
        tags=list(tags or []),
        subject=subject,
        created_at=now,
        updated_at=now,
        message_count=0,
        first_response_due=due[0],
        resolution_due=due[1],
    )
    session.add(conv)
    session.flush()
    if details is not None:
        details(conv)
        session.flush()
    ev = repo_events.append_event(
        session,
        "conversation.created",
        pe.ConversationEvent(conversation=views.conversation(conv, customer, None)),
        scope=views.scope(conv, customer),
    )
    return conv, ev.seq


def system_note(
    session: Session,
    conv: Conversation,
    customer: Customer,
    body: str,
    now: datetime,
    *,
    code: str | None = None,
    args: Mapping[str, str] | None = None,
) -> int:
    """An internal note written by the server (never shown to the customer); its event's seq.
    ``code``/``args`` (``app/protocol/notes.py``) let a desk word it in the agent's language;
    ``body`` is the English fallback."""
    _, seq = add_system_message(session, conv, customer, body, now, internal=True, code=code, args=args)
    return seq


def opening_line(session: Session, conv: Conversation) -> str | None:
    """A subject for a conversation made from ``conv``: its subject, else the first line of the
    customer's first message (chats have no subject)."""
    if conv.subject:
        return conv.subject[:SUBJECT_MAX]
    body = session.scalar(
        sa.select(Message.body)
        .where(Message.conversation_id == conv.id, Message.author_kind == "customer")
        .order_by(Message.id)
        .limit(1)
    )
    if not body:
        return None
    line = body.strip().split("\n", 1)[0].strip()
    return (line[: SUBJECT_MAX - 1] + "…") if len(line) > SUBJECT_MAX else line or None
