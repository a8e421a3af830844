"""Request methods: for each, the params it takes and the result it returns.

``METHODS`` is the registry both peers share: the server decodes params with it, the client
decodes results with it. A method missing here is ``bad_request`` ("unknown method").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from msgspec import UNSET, Meta, Struct, UnsetType

from app.protocol.types import (
    AgentPresence,
    Body,
    CannedReply,
    ClientMsgId,
    Conversation,
    ConversationStatus,
    CustomerContext,
    Id,
    Locale,
    Message,
    Presence,
    Priority,
    Seq,
    Tag,
    Uid,
    UtcDatetime,
)

Limit = Annotated[int, Meta(ge=1, le=1000)]
Reason = Annotated[str, Meta(min_length=3, max_length=500)]
Username = Annotated[str, Meta(min_length=1, max_length=64)]


class Empty(Struct, frozen=True, forbid_unknown_fields=False):
    pass


class SnapshotParams(Struct, frozen=True):
    cursor: str | None = None
    limit: Limit = 200


class SnapshotResult(Struct, frozen=True):
    conversations: list[Conversation]
    head: Seq
    next_cursor: str | None = None


class MessagesParams(Struct, frozen=True):
    conversation_id: Id
    before: Id | None = None
    limit: Limit = 50


class MessagesResult(Struct, frozen=True):
    messages: list[Message]  # oldest first
    has_more: bool = False


class SendParams(Struct, frozen=True):
    conversation_id: Id
    body: Body
    client_msg_id: ClientMsgId
    internal: bool = False


class SendResult(Struct, frozen=True):
    message: Message
    seq: Seq


class UpdateParams(Struct, frozen=True):
    """Only the fields present change; ``assignee: null`` unassigns (hence UNSET, not None)."""

    conversation_id: Id
    status: ConversationStatus | UnsetType = UNSET
    priority: Priority | UnsetType = UNSET
    assignee: Username | UnsetType | None = UNSET
    tags: Annotated[list[Tag], Meta(max_length=20)] | UnsetType = UNSET
    snoozed_until: UtcDatetime | UnsetType | None = UNSET


class ConversationResult(Struct, frozen=True):
    conversation: Conversation
    seq: Seq


class CustomerParams(Struct, frozen=True):
    uid: Uid
    reveal: bool = False
    reason: Reason | None = None


class CustomerResult(Struct, frozen=True):
    customer: CustomerContext


class CannedParams(Struct, frozen=True):
    locale: Locale | None = None


class CannedResult(Struct, frozen=True):
    replies: list[CannedReply]


class PresenceParams(Struct, frozen=True):
    presence: Presence


class AgentsResult(Struct, frozen=True):
    agents: list[AgentPresence]


class ConversationGetParams(Struct, frozen=True):
    conversation_id: Id


class ConversationGetResult(Struct, frozen=True):
    conversation: Conversation


P = TypeVar("P", bound=Struct)
R = TypeVar("R", bound=Struct)


@dataclass(frozen=True, slots=True)
class MethodSpec(Generic[P, R]):
    name: str
    params: type[P]
    result: type[R]


METHODS: dict[str, MethodSpec[Any, Any]] = {
    spec.name: spec
    for spec in (
        MethodSpec("inbox.snapshot", SnapshotParams, SnapshotResult),
        MethodSpec("conversation.get", ConversationGetParams, ConversationGetResult),
        MethodSpec("conversation.messages", MessagesParams, MessagesResult),
        MethodSpec("message.send", SendParams, SendResult),
        MethodSpec("conversation.update", UpdateParams, ConversationResult),
        MethodSpec("customer.get", CustomerParams, CustomerResult),
        MethodSpec("canned.list", CannedParams, CannedResult),
        MethodSpec("presence.set", PresenceParams, Empty),
        MethodSpec("agents.list", Empty, AgentsResult),
        MethodSpec("session.logout", Empty, Empty),
    )
}


def register(spec: MethodSpec[Any, Any]) -> None:
    """Add a method (channels, VIP desk, ...) to the registry; a name is registered once."""
    if spec.name in METHODS and METHODS[spec.name] != spec:
        raise ValueError(f"method {spec.name} is already registered")
    METHODS[spec.name] = spec
