"""Event payloads of the inbox, conversations, customers and agents. Events carry a ``seq`` from
the server's event log.

Every payload class names its event (``NAME``), one class per name, so a decoded payload is a
member of a tagged union (:data:`app.protocol.registry.ServerEvent`) that code matches by type:
``conversation.created`` and ``conversation.updated`` carry the same fields but are two classes.
An event name this build does not know decodes to ``None`` (a newer server): skipped.
The VIP desk's events live in :mod:`app.protocol.vip`.
"""

from __future__ import annotations

from typing import ClassVar

from msgspec import Struct

from app.protocol.types import Conversation, CustomerSummary, Message, Presence, Role, SlaKind, UtcDatetime


class ConversationEvent(Struct, frozen=True):
    """``conversation.created`` / ``conversation.updated``: the conversation as it now is."""

    NAME: ClassVar[str] = ""
    conversation: Conversation


class ConversationCreated(ConversationEvent, frozen=True):
    NAME: ClassVar[str] = "conversation.created"


class ConversationUpdated(ConversationEvent, frozen=True):
    NAME: ClassVar[str] = "conversation.updated"


class MessageCreated(Struct, frozen=True):
    """``message.created``: the message and its conversation after it (so an inbox row updates
    without another request). ``message.client_msg_id`` echoes the sender's id."""

    NAME: ClassVar[str] = "message.created"
    message: Message
    conversation: Conversation


class CustomerUpdated(Struct, frozen=True):
    NAME: ClassVar[str] = "customer.updated"
    customer: CustomerSummary


class AgentPresenceChanged(Struct, frozen=True):
    NAME: ClassVar[str] = "agent.presence"
    username: str
    display_name: str
    role: Role
    presence: Presence


class MessageUpdated(Struct, frozen=True):
    """``message.updated``: a message changed after it was created — the delivery state of an
    outbound email (``queued`` → ``sent``, or ``failed`` with ``delivery_error`` while it is retried),
    or a customer's chat message the guard redacted later (part of a secret split over messages)."""

    NAME: ClassVar[str] = "message.updated"
    message: Message
    conversation: Conversation


class SlaBreached(Struct, frozen=True):
    """``sla.breached``: a conversation passed a due time unanswered (``first_response``) or
    unresolved (``resolution``). Recorded once per conversation, kind and due time."""

    NAME: ClassVar[str] = "sla.breached"
    conversation_id: int
    kind: SlaKind
    due_at: UtcDatetime
    conversation: Conversation


#: this module's events, for :mod:`app.protocol.registry`
EVENT_TYPES: tuple[type[Struct], ...] = (
    ConversationCreated, ConversationUpdated, MessageCreated, CustomerUpdated, AgentPresenceChanged,
    MessageUpdated, SlaBreached,
)
