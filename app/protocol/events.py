"""Event payloads, by event name. Events carry a ``seq`` from the server's event log."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from app.protocol.types import Conversation, CustomerSummary, Message, Presence, Role, SlaKind, UtcDatetime


class ConversationEvent(Struct, frozen=True):
    """``conversation.created`` / ``conversation.updated``: the conversation as it now is."""

    conversation: Conversation


class MessageCreated(Struct, frozen=True):
    """``message.created``: the message and its conversation after it (so an inbox row updates
    without another request). ``message.client_msg_id`` echoes the sender's id."""

    message: Message
    conversation: Conversation


class CustomerUpdated(Struct, frozen=True):
    customer: CustomerSummary


class AgentPresenceChanged(Struct, frozen=True):
    username: str
    display_name: str
    role: Role
    presence: Presence


class MessageUpdated(Struct, frozen=True):
    """``message.updated``: a message changed after it was created — the delivery state of an
    outbound email (``queued`` → ``sent``, or ``failed`` with ``delivery_error`` while it is retried),
    or a customer's chat message the guard redacted later (part of a secret split over messages)."""

    message: Message
    conversation: Conversation


class SlaBreached(Struct, frozen=True):
    """``sla.breached``: a conversation passed a due time unanswered (``first_response``) or
    unresolved (``resolution``). Recorded once per conversation, kind and due time."""

    conversation_id: int
    kind: SlaKind
    due_at: UtcDatetime
    conversation: Conversation


EVENTS: dict[str, type[Any]] = {
    "conversation.created": ConversationEvent,
    "conversation.updated": ConversationEvent,
    "message.created": MessageCreated,
    "customer.updated": CustomerUpdated,
    "agent.presence": AgentPresenceChanged,
    "message.updated": MessageUpdated,
    "sla.breached": SlaBreached,
}


def register_event(name: str, payload: type[Any]) -> None:
    if name in EVENTS and EVENTS[name] is not payload:
        raise ValueError(f"event {name} is already registered")
    EVENTS[name] = payload
