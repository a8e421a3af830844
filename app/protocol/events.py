"""Event payloads, by event name. Events carry a ``seq`` from the server's event log."""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from app.protocol.types import Conversation, CustomerSummary, Message, Presence, Role


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


EVENTS: dict[str, type[Any]] = {
    "conversation.created": ConversationEvent,
    "conversation.updated": ConversationEvent,
    "message.created": MessageCreated,
    "customer.updated": CustomerUpdated,
    "agent.presence": AgentPresenceChanged,
}


def register_event(name: str, payload: type[Any]) -> None:
    if name in EVENTS and EVENTS[name] is not payload:
        raise ValueError(f"event {name} is already registered")
    EVENTS[name] = payload
