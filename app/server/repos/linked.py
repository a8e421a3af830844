"""What the email, ticket and callback writers share: opening a conversation with its
``conversation.created`` event, system notes, and a conversation's opening line — and the steps of
a conversation made *from* another one (a ticket or a callback from a chat), written once: the
retry answer, the one-open-at-a-time check, owner/tags/subject taken over, the two notes that
point each at the other, the method's answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.protocol import events as pe
from app.protocol import methods as pm
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import Channel, Priority
from app.server import views
from app.server.db.schema import Conversation, Customer, Message
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox
from app.server.repos.repo_messages import add_system_message
from app.server.routing import hooks as routing

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
    sla_tier: int | None = None,
) -> tuple[Conversation, int]:
    """A new open conversation and its ``conversation.created`` event (with its channel details,
    which ``details`` attaches before the event is built). Returns it and the event's seq.
    ``sla_tier``: the tier whose SLA targets apply when not the customer's (the VIP mailbox)."""
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
    routing.opened(session, conv, sla_tier)  # team and clock; a customer's new email also its agent
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


# --- a conversation made from another one (a ticket or a callback from a chat) -------------------
def result(
    session: Session, conv: Conversation, customer: Customer, seq: int | None = None
) -> pm.ConversationResult:
    """The answer of a method that wrote ``conv``; ``seq`` defaults to the head of the event log
    inside this transaction (the last event the request wrote)."""
    return pm.ConversationResult(
        conversation=repo_inbox.view(session, conv, customer),
        seq=repo_events.head(session) if seq is None else seq,
    )


def made_before(
    session: Session, agent: AgentPrincipal, conversation_id: int | None
) -> pm.ConversationResult | None:
    """A retry (same ``client_request_id``) answers the conversation the first request made."""
    if conversation_id is None:
        return None
    conv, customer, _ = repo_inbox.visible(session, agent, conversation_id)
    return result(session, conv, customer)


def open_linked(
    session: Session,
    linked: InstrumentedAttribute[int],
    source: InstrumentedAttribute[int | None],
    source_id: int,
) -> int | None:
    """The id of a conversation made from ``source_id`` that is not resolved, through a feature
    row's two links (``Ticket.conversation_id`` and ``Ticket.source_conversation_id``, ...)."""
    return session.scalar(
        sa.select(linked)
        .join(Conversation, Conversation.id == linked)
        .where(source == source_id, Conversation.status != "resolved")
        .limit(1)
    )


def open_from(
    session: Session,
    source: Conversation,
    customer: Customer,
    *,
    channel: Channel,
    priority: Priority,
    due: tuple[datetime, datetime],
    now: datetime,
    details: Callable[[Conversation], None],
    subject: str | None = None,
) -> Conversation:
    """A new conversation made from ``source``: its owner and tags, and its subject unless one is
    given (``source``'s, else the customer's opening line)."""
    conv, _ = new_conversation(
        session,
        customer,
        channel=channel,
        subject=subject or opening_line(session, source),
        priority=priority,
        due=due,
        now=now,
        assignee=source.assignee,
        tags=list(source.tags or []),
        details=details,
    )
    return conv


@dataclass(frozen=True, slots=True)
class Note:
    """A system note: the English body and its code and arguments (``app/protocol/notes.py``)."""

    body: str
    code: str
    args: Mapping[str, str]


def note_both(
    session: Session, made: Conversation, source: Conversation, customer: Customer, now: datetime,
    *, on_made: Note, on_source: Note,
) -> int:
    """The two notes that point the conversations at each other; the seq of the second."""
    system_note(session, made, customer, on_made.body, now, code=on_made.code, args=on_made.args)
    return system_note(
        session, source, customer, on_source.body, now, code=on_source.code, args=on_source.args
    )
