"""Value types shared by frames, method results and events.

Everything on the wire is a ``msgspec.Struct``: decoding validates types and constraints in one
step, so code past the codec handles typed objects, never raw dicts. Timestamps are RFC 3339 in
UTC and must carry a time zone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

UtcDatetime = Annotated[datetime, Meta(tz=True)]
Role = Literal["agent", "vip_manager", "supervisor"]
Channel = Literal["chat", "email", "ticket", "callback", "telegram"]
ConversationStatus = Literal["open", "pending", "snoozed", "resolved"]
Priority = Literal["low", "normal", "high", "urgent"]
AuthorKind = Literal["customer", "agent", "system"]
KycStatus = Literal["not_started", "pending", "approved", "rejected", "expired"]
# busy: keeps its work but takes no new assignments (routing); offline is the server's, never set
Presence = Literal["available", "busy", "away", "offline"]
Locale = Literal["en", "zh-CN"]
DeliveryState = Literal["queued", "sent", "failed"]
# Help-centre topics: a ticket's category (the same keys as canned replies' categories).
TicketCategory = Literal[
    "account_login",
    "trading",
    "deposits_withdrawals",
    "kyc",
    "security_2fa",
    "promotions",
    "platform_rules",
]
CallbackOutcome = Literal["reached", "no_answer", "voicemail", "wrong_number", "rescheduled", "cancelled"]
SlaKind = Literal["first_response", "resolution"]
Market = Literal["spot", "futures"]
Side = Literal["buy", "sell"]
TransferDirection = Literal["deposit", "withdrawal"]

# Hostile input is refused at the edge: no C0/C1 control characters (NUL is not storable in
# PostgreSQL text, ESC drives terminals, others hide text); message bodies keep tab and newlines.
# Integers stay within a signed 64-bit column, so a huge id is `bad_request`, not a database error.
SINGLE_LINE = r"^[^\x00-\x1f\x7f-\x9f]*\Z"
MULTI_LINE = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*\Z"
MAX_INT64 = 2**63 - 1

Uid = Annotated[str, Meta(min_length=1, max_length=32, pattern=SINGLE_LINE)]
Id = Annotated[int, Meta(ge=1, le=MAX_INT64)]
ClientMsgId = Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]
Body = Annotated[str, Meta(min_length=1, max_length=10_000, pattern=MULTI_LINE)]
# A message that carries attachments may have no text (a pasted screenshot): empty is allowed on
# the wire, and the server refuses an empty body without attachments (app/server/attachments).
MaybeBody = Annotated[str, Meta(max_length=10_000, pattern=MULTI_LINE)]
Tag = Annotated[str, Meta(min_length=1, max_length=40, pattern=SINGLE_LINE)]
Seq = Annotated[int, Meta(ge=0, le=MAX_INT64)]

PRIORITY_ORDER: dict[str, int] = {"urgent": 3, "high": 2, "normal": 1, "low": 0}


class AgentInfo(Struct, frozen=True):
    id: int
    username: str
    display_name: str
    role: Role


class CustomerSummary(Struct, frozen=True):
    """What an inbox row needs of a customer; the name is masked (PII on need-to-know)."""

    uid: str
    name: str
    vip_tier: int
    language: Locale
    kyc_level: int
    kyc_status: KycStatus
    account_manager: str | None = None
    verified: bool = True  # False: an unverified email contact not matched to an account
    email_masked: str | None = None
    # sha256 hex of the lower-cased, stripped email: lets the desk find a customer by a typed
    # email address without the cache holding the address itself.
    email_digest: str | None = None


class Redaction(Struct, frozen=True):
    """A secret the inbound guard removed from a customer's message (the secret itself is gone)."""

    kind: str
    severity: str


class Attachment(Struct, frozen=True, omit_defaults=True):
    """A file of a message: name, type (decided by content) and size.

    ``id`` is set for a stored attachment (``attachment.get`` / the customer's ``fetch`` read it);
    an inbound email's attachment without one was not kept (refused by the content checks, or
    received by an earlier build): only its name, declared type and size are known. Fields at their
    defaults are left out on the wire.
    ``status`` is what the image guard said: ``safe``, ``withheld`` (nothing was stored; ``detail``
    is the secret's kind, e.g. ``seed_phrase``: "image withheld: it showed a recovery phrase") or
    ``not_checked`` (``detail`` says why: never shown as safe). ``thumbnail``: a small PNG/JPEG
    preview can be fetched (images only)."""

    filename: str
    content_type: str
    size: int
    id: int | None = None
    status: str | None = None
    detail: str | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: bool = False


class Message(Struct, frozen=True):
    id: int
    conversation_id: int
    author_kind: AuthorKind
    author_name: str
    body: str
    created_at: UtcDatetime
    internal: bool = False
    author: str | None = None  # agent username for agent messages
    client_msg_id: str | None = None
    redactions: list[Redaction] = msgspec.field(default_factory=list)
    delivery: DeliveryState | None = None  # outbound email delivery
    delivery_error: str | None = None
    attachments: list[Attachment] = msgspec.field(default_factory=list)  # inbound email
    # A system note's code and arguments (app/protocol/notes.py): the desk words a known code in the
    # agent's language; ``body`` stays the English fallback. Null for every other message.
    note_code: str | None = None
    note_args: dict[str, str] | None = None
    # Inbound email whose sender SPF/DKIM/DMARC (or the trusted MTA) did not prove: shown as
    # "sender not proven"; never attached to a registered customer, never answered automatically.
    sender_not_proven: bool = False


class CallbackInfo(Struct, frozen=True):
    """The callback request a ``callback`` conversation carries. The number called is the one on
    file (``phone_masked`` here; ``customer.get`` with ``reveal`` shows it, audited)."""

    window_start: UtcDatetime
    window_end: UtcDatetime
    phone_masked: str
    reason: str
    requested_by: str
    outcome: str | None = None  # a CallbackOutcome once a call was logged
    outcome_at: UtcDatetime | None = None
    attempts: int = 0


class Conversation(Struct, frozen=True):
    id: int
    channel: Channel
    status: ConversationStatus
    priority: Priority
    customer: CustomerSummary
    created_at: UtcDatetime
    updated_at: UtcDatetime
    assignee: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    subject: str | None = None
    last_message: Message | None = None
    message_count: int = 0
    last_customer_message_at: UtcDatetime | None = None
    first_response_at: UtcDatetime | None = None
    first_response_due: UtcDatetime | None = None
    resolution_due: UtcDatetime | None = None
    snoozed_until: UtcDatetime | None = None
    # Channel details (all optional, so older peers ignore them):
    category: str | None = None  # tickets: a TicketCategory
    ticket_due: UtcDatetime | None = None  # tickets: the due date (also resolution_due)
    callback: CallbackInfo | None = None  # callback conversations
    linked_conversation_id: int | None = None  # the conversation a ticket/callback was made from
    sla_breached: list[str] = msgspec.field(default_factory=list)  # SlaKind values already breached
    # Routing and the SLA clock (issue 19; optional, so older peers ignore them):
    team: str | None = None  # the team it is routed to (the teams policy's code)
    sla_paused_at: UtcDatetime | None = None  # the clock stopped (pending/snoozed) at this time
    sla_warn_at: UtcDatetime | None = None  # the due time that applies now turns amber at this time
    escalated_from: str | None = None  # the owner before the last escalation (kept informed)
    sender_not_proven: bool = False  # email: the latest inbound mail did not prove its sender


class SecurityFlags(Struct, frozen=True):
    twofa_enabled: bool
    anti_phishing_code_set: bool
    withdrawals_locked: bool
    account_frozen: bool


class Order(Struct, frozen=True):
    order_id: str
    market: Market
    symbol: str
    side: Side
    order_type: str
    price: str
    amount: str
    filled: str
    status: str
    created_at: UtcDatetime


class Transfer(Struct, frozen=True):
    transfer_id: str
    direction: TransferDirection
    asset: str
    chain: str
    amount: str
    address: str
    tx_hash: str
    status: str
    confirmations: int
    required_confirmations: int
    created_at: UtcDatetime
    completed_at: UtcDatetime | None = None


class ConversationBrief(Struct, frozen=True):
    """A customer's earlier conversation, as listed in the context panel."""

    id: int
    channel: Channel
    status: ConversationStatus
    created_at: UtcDatetime
    subject: str | None = None


class CustomerContext(Struct, frozen=True):
    """``customer.get``: who the customer is and what happened to their money.

    ``name``, ``email`` and ``phone`` are masked unless ``revealed`` (asked with a reason, audited).
    """

    uid: str
    name: str
    email: str
    phone: str
    revealed: bool
    language: Locale
    registered_at: UtcDatetime
    kyc_level: int
    kyc_status: KycStatus
    vip_tier: int
    security: SecurityFlags
    kyc_rejection_reason: str | None = None
    account_manager: str | None = None
    fee_tier: str | None = None
    volume_30d_usd: str | None = None
    orders: list[Order] = msgspec.field(default_factory=list)
    deposits: list[Transfer] = msgspec.field(default_factory=list)
    withdrawals: list[Transfer] = msgspec.field(default_factory=list)
    conversations: list[ConversationBrief] = msgspec.field(default_factory=list)
    verified: bool = True
    # The anti-phishing code the customer set in the app (when set): official replies carry it.
    anti_phishing_code: str | None = None
    # The exchange's systems did not answer in time: the account data is the copy fetched at
    # ``as_of`` (None: only the desk's own record of the customer; no orders or transfers).
    source_unavailable: bool = False
    as_of: UtcDatetime | None = None


class CannedReply(Struct, frozen=True):
    """A vetted answer. ``titles``/``bodies`` are keyed by locale ("en", "zh-CN").

    ``attachments``: the files the reply carries (a help-centre PDF), vetted when they were added;
    ``attachment.from_canned`` makes the agent's own copies to send with the reply."""

    id: int
    key: str
    category: str
    shortcut: str
    titles: dict[str, str]
    bodies: dict[str, str]
    variables: list[str] = msgspec.field(default_factory=list)
    attachments: list[Attachment] = msgspec.field(default_factory=list)


class AgentPresence(Struct, frozen=True):
    username: str
    display_name: str
    role: Role
    presence: Presence
    backup: str | None = None  # vip_managers: who covers their clients while away (VIP desk)
    teams: list[str] = msgspec.field(default_factory=list)  # the teams policy's codes (routing)
