"""Request methods of the inbox, conversations, customers and sessions: params, results, specs.

Each method is a :class:`~app.protocol.spec.MethodSpec` constant below (``SEND``, ``UPDATE``, ...);
``SPECS`` lists them for the one registry (:mod:`app.protocol.registry`), which both peers use: the
server decodes params with it, the client decodes results with it. A method missing there is
``bad_request`` ("unknown method"). The VIP desk's methods live in :mod:`app.protocol.vip`.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from app.protocol.spec import MethodSpec
from app.protocol.types import (
    MULTI_LINE,
    SINGLE_LINE,
    AgentPresence,
    Body,
    CallbackOutcome,
    CannedReply,
    ClientMsgId,
    Conversation,
    ConversationStatus,
    CustomerContext,
    Id,
    Locale,
    MaybeBody,
    Message,
    Presence,
    Priority,
    Seq,
    Tag,
    TicketCategory,
    Uid,
    UtcDatetime,
)

Limit = Annotated[int, Meta(ge=1, le=1000)]
Reason = Annotated[str, Meta(min_length=3, max_length=500, pattern=MULTI_LINE)]
Username = Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]
Cursor = Annotated[str, Meta(max_length=256, pattern=SINGLE_LINE)]  # opaque; ours are ~60 chars
#: ``conversation.update`` fields that only a ``ticket`` conversation has.
TICKET_FIELDS = ("category", "ticket_due", "subject")


class Empty(Struct, frozen=True, forbid_unknown_fields=False):
    pass


class SnapshotParams(Struct, frozen=True):
    cursor: Cursor | None = None
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
    """``attachments``: ids of files this agent uploaded (``attachment.upload.*``) and has not sent
    yet; with attachments ``body`` may be empty. ``confirm_held``: see ``held_for_review``."""

    conversation_id: Id
    body: MaybeBody
    client_msg_id: ClientMsgId
    internal: bool = False
    attachments: Annotated[list[Id], Meta(max_length=10)] = msgspec.field(default_factory=list)
    # the agent read why the guard held this message (``held_for_review``) and sends it anyway
    confirm_held: bool = False


class SendResult(Struct, frozen=True):
    message: Message
    seq: Seq


class UpdateParams(Struct, frozen=True):
    """Only the fields present change; ``assignee: null`` unassigns (hence UNSET, not None).

    ``category``, ``ticket_due`` and ``subject`` are a ticket's own fields (the names it is read
    by on ``Conversation``): valid for ``ticket`` conversations only, and never null."""

    conversation_id: Id
    status: ConversationStatus | UnsetType = UNSET
    priority: Priority | UnsetType = UNSET
    assignee: Username | UnsetType | None = UNSET
    tags: Annotated[list[Tag], Meta(max_length=20)] | UnsetType = UNSET
    snoozed_until: UtcDatetime | UnsetType | None = UNSET
    category: TicketCategory | UnsetType = UNSET
    ticket_due: UtcDatetime | UnsetType = UNSET
    subject: Subject | UnsetType = UNSET

    def ticket_fields(self) -> list[str]:
        """The ticket-only fields this update carries, in wire order."""
        return [name for name in TICKET_FIELDS if getattr(self, name) is not UNSET]


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


class RenewResult(Struct, frozen=True):
    """``session.renew``: a new token; the one in use stops working after a short grace."""

    token: str
    token_expires_at: UtcDatetime

    def __repr__(self) -> str:  # never let a token reach a log through repr()
        return f"RenewResult(token='***', token_expires_at={self.token_expires_at!r})"


class AuditListParams(Struct, frozen=True):
    limit: Limit = 100
    before: Id | None = None  # an entry id: page backwards from it
    action: Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)] | None = None
    # Filters of the desk's audit viewer (all optional; combined with AND):
    actor: Username | None = None
    target: Annotated[str, Meta(min_length=1, max_length=128, pattern=SINGLE_LINE)] | None = None
    since: UtcDatetime | None = None  # at or after
    until: UtcDatetime | None = None  # before


class AuditEntry(Struct, frozen=True):
    """One audit row as supervisors see it (no hashes; writers never record secrets)."""

    id: int
    at: UtcDatetime
    action: str
    actor: str | None = None
    target: str | None = None
    details: dict[str, object] = {}


class AuditListResult(Struct, frozen=True):
    entries: list[AuditEntry]  # newest first
    next_before: int | None = None  # pass as ``before`` for the next page; null on the last


class AuditVerifyResult(Struct, frozen=True):
    """``audit.verify``: the keyed chain and the signed checkpoints, as ``agentdesk-server audit
    verify`` checks them. ``problem`` says what is wrong (never a hash or a key)."""

    ok: bool
    checked: int
    checkpoints: int = 0
    broken_id: int | None = None
    problem: str | None = None


# --- tickets and callbacks (docs/protocol.md "Tickets and callbacks") ----------------------------
Subject = Annotated[str, Meta(min_length=1, max_length=200, pattern=SINGLE_LINE)]
Note = Annotated[str, Meta(min_length=1, max_length=2000, pattern=MULTI_LINE)]


class TicketCreateParams(Struct, frozen=True, kw_only=True):
    """Either ``conversation_id`` (a ticket made from that conversation, linked to it) or ``uid`` +
    ``subject`` + ``body`` (a new ticket for that customer). ``body`` is the ticket's description,
    kept as an internal note. ``client_request_id`` makes a retry return the first ticket."""

    category: TicketCategory
    conversation_id: Id | None = None
    uid: Uid | None = None
    subject: Subject | None = None
    body: Body | None = None
    priority: Priority = "normal"
    due_at: UtcDatetime | None = None
    client_request_id: ClientMsgId | None = None


class CallbackCreateParams(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A callback for the customer of ``conversation_id`` — or, from the VIP client book, for the
    VIP client ``uid`` (exactly one of the two) — at the number on file. Unknown fields are
    refused here (not ignored): a desk sending a ``phone`` must learn that it is never used."""

    conversation_id: Id | None = None
    uid: Uid | None = None
    window_start: UtcDatetime
    window_end: UtcDatetime
    reason: Reason
    client_request_id: ClientMsgId | None = None


class CallbackLogParams(Struct, frozen=True, kw_only=True):
    """The outcome of a call for the ``callback`` conversation ``conversation_id``; ``rescheduled``
    takes the new ``window_start``/``window_end``."""

    conversation_id: Id
    outcome: CallbackOutcome
    note: Note | None = None
    window_start: UtcDatetime | None = None
    window_end: UtcDatetime | None = None


#: how a desk wants the conversations it does not have open: every event, or coalesced summaries
InboxMode = Literal["events", "summaries"]
MAX_OPEN = 200


class SubscriptionParams(Struct, frozen=True, kw_only=True):
    """What this connection wants live (``subscription.set``; docs/protocol.md "Subscriptions").

    ``open``: the conversations the desk has open or pinned — their events arrive in full.
    ``inbox``: ``"events"`` (the default, and what a connection that never subscribes gets) sends
    every other event too; ``"summaries"`` sends, for every other conversation that changed, its
    latest state in a ``summary`` frame at most every ~250 ms instead. Each call replaces the last.
    ``compact``: the summary's entries leave out fields that hold their declared default (a third
    fewer bytes per frame); a client that reads a missing field as its default asks for it."""

    open: Annotated[list[Id], Meta(max_length=MAX_OPEN)] = []
    inbox: InboxMode = "events"
    compact: bool = False


class SubscriptionResult(Struct, frozen=True):
    open: list[int]
    inbox: InboxMode
    head: Seq  # the log's head when the subscription took effect


SNAPSHOT = MethodSpec("inbox.snapshot", SnapshotParams, SnapshotResult)
CONVERSATION_GET = MethodSpec("conversation.get", ConversationGetParams, ConversationGetResult)
MESSAGES = MethodSpec("conversation.messages", MessagesParams, MessagesResult)
SEND = MethodSpec("message.send", SendParams, SendResult)
UPDATE = MethodSpec("conversation.update", UpdateParams, ConversationResult)
CUSTOMER_GET = MethodSpec("customer.get", CustomerParams, CustomerResult)
CANNED_LIST = MethodSpec("canned.list", CannedParams, CannedResult)
PRESENCE_SET = MethodSpec("presence.set", PresenceParams, Empty)
AGENTS_LIST = MethodSpec("agents.list", Empty, AgentsResult)
LOGOUT = MethodSpec("session.logout", Empty, Empty)
RENEW = MethodSpec("session.renew", Empty, RenewResult)
AUDIT_LIST = MethodSpec("audit.list", AuditListParams, AuditListResult)
AUDIT_VERIFY = MethodSpec("audit.verify", Empty, AuditVerifyResult)
TICKET_CREATE = MethodSpec("ticket.create", TicketCreateParams, ConversationResult)
CALLBACK_CREATE = MethodSpec("callback.create", CallbackCreateParams, ConversationResult)
CALLBACK_LOG = MethodSpec("callback.log", CallbackLogParams, ConversationResult)
SUBSCRIPTION_SET = MethodSpec("subscription.set", SubscriptionParams, SubscriptionResult)

#: this module's methods, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (
    SNAPSHOT, CONVERSATION_GET, MESSAGES, SEND, UPDATE, CUSTOMER_GET, CANNED_LIST, PRESENCE_SET,
    AGENTS_LIST, LOGOUT, RENEW, AUDIT_LIST, TICKET_CREATE, CALLBACK_CREATE, CALLBACK_LOG,
    AUDIT_VERIFY,
    SUBSCRIPTION_SET,
)
