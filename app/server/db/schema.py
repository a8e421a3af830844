"""The server's core tables (SQLAlchemy 2.x ORM), portable between SQLite and PostgreSQL.

Feature tables live with their feature (``email/schema.py``, ``tickets/schema.py``, ...); every
table is collected in one place, :mod:`app.server.tables`, which is what creates the schema and
must be imported before the first query (the relationships below name feature tables).

Only portable types: strings, integers, booleans, ``UtcDateTime`` and ``sa.JSON``. The event
log's ``data`` is ``Text`` on purpose: it is the exact encoded event payload that is sent on the
wire, so replay sends the same bytes as live delivery did.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.protocol.types import (
    AuthorKind,
    Channel,
    ConversationStatus,
    KycStatus,
    Locale,
    Market,
    Priority,
    Role,
    Side,
    TransferDirection,
)
from app.server.db.types import UtcDateTime

if TYPE_CHECKING:  # feature tables, named here for the relationships below (app/server/tables.py loads them)
    from app.server.attachments.schema import AttachmentFile
    from app.server.callbacks.schema import CallbackRequest
    from app.server.db.schema_notes import SystemNoteCode
    from app.server.db.schema_sla import SlaBreach
    from app.server.email.schema import (
        EmailAttachment,
        EmailAuthResult,
        EmailSenderFlag,
        OutboundMail,
        UnverifiedContact,
    )
    from app.server.identity.schema import CustomerSecurityCode
    from app.server.routing.schema import ConversationWork
    from app.server.tickets.schema import Ticket

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    # Every model here maps one table; SQLAlchemy types ``__table__`` as any FromClause.
    __table__: ClassVar[sa.Table]


class Setting(Base):
    """Key/value settings of this database: ``schema_version``, the customer-token secret."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class Agent(Base):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(128))
    role: Mapped[Role] = mapped_column(sa.String(16))
    language: Mapped[Locale] = mapped_column(sa.String(8), default="en")
    password_hash: Mapped[str] = mapped_column(sa.String(256))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AgentToken(Base):
    """A server-side session token; only its SHA-256 is stored, so a database leak is no login."""

    __tablename__ = "agent_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(sa.ForeignKey("agents.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Customer(Base):
    __tablename__ = "customers"
    uid: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(128))
    email: Mapped[str] = mapped_column(sa.String(256))
    phone: Mapped[str] = mapped_column(sa.String(64))
    language: Mapped[Locale] = mapped_column(sa.String(8))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kyc_level: Mapped[int] = mapped_column(default=0)
    kyc_status: Mapped[KycStatus] = mapped_column(sa.String(16))
    kyc_rejection_reason: Mapped[str | None] = mapped_column(sa.Text, nullable=True)
    vip_tier: Mapped[int] = mapped_column(default=0, index=True)
    account_manager: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    twofa_enabled: Mapped[bool] = mapped_column(default=False)
    anti_phishing_code_set: Mapped[bool] = mapped_column(default=False)
    withdrawals_locked: Mapped[bool] = mapped_column(default=False)
    account_frozen: Mapped[bool] = mapped_column(default=False)
    fee_tier: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    volume_30d_usd: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    # Set for an email sender matched to no account (verified=false); see email/schema.py.
    contact: Mapped[UnverifiedContact | None] = relationship(lazy="selectin")
    # The anti-phishing code the customer set (identity/schema.py), shown to agents.
    security_code: Mapped[CustomerSecurityCode | None] = relationship(lazy="selectin")


class Order(Base):
    """Spot and futures orders (``market``)."""

    __tablename__ = "orders"
    order_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), index=True)
    market: Mapped[Market] = mapped_column(sa.String(16))
    symbol: Mapped[str] = mapped_column(sa.String(32))
    side: Mapped[Side] = mapped_column(sa.String(8))
    order_type: Mapped[str] = mapped_column(sa.String(16))
    price: Mapped[str] = mapped_column(sa.String(40))
    amount: Mapped[str] = mapped_column(sa.String(40))
    filled: Mapped[str] = mapped_column(sa.String(40))
    status: Mapped[str] = mapped_column(sa.String(24))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Transfer(Base):
    """Deposits and withdrawals (``direction``)."""

    __tablename__ = "transfers"
    transfer_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), index=True)
    direction: Mapped[TransferDirection] = mapped_column(sa.String(16))
    asset: Mapped[str] = mapped_column(sa.String(16))
    chain: Mapped[str] = mapped_column(sa.String(32))
    amount: Mapped[str] = mapped_column(sa.String(40))
    address: Mapped[str] = mapped_column(sa.String(128))
    tx_hash: Mapped[str] = mapped_column(sa.String(128))
    status: Mapped[str] = mapped_column(sa.String(24))
    confirmations: Mapped[int] = mapped_column(default=0)
    required_confirmations: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (sa.Index("ix_conversations_activity", "updated_at", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), index=True)
    channel: Mapped[Channel] = mapped_column(sa.String(16))
    status: Mapped[ConversationStatus] = mapped_column(sa.String(16))
    priority: Mapped[Priority] = mapped_column(sa.String(16))
    assignee: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    tags: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    subject: Mapped[str | None] = mapped_column(sa.String(256), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_message_id: Mapped[int | None] = mapped_column(nullable=True)
    message_count: Mapped[int] = mapped_column(default=0)
    last_customer_message_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    first_response_due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolution_due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Channel details (feature tables: tickets, callbacks, SLA), loaded with the conversation.
    ticket: Mapped[Ticket | None] = relationship(foreign_keys="Ticket.conversation_id", lazy="selectin")
    callback_request: Mapped[CallbackRequest | None] = relationship(
        foreign_keys="CallbackRequest.conversation_id", lazy="selectin"
    )
    breaches: Mapped[list[SlaBreach]] = relationship(lazy="selectin", order_by="SlaBreach.id")
    # Routing and the SLA clock (routing/schema.py): team, queue, pause, amber times.
    work: Mapped[ConversationWork | None] = relationship(lazy="selectin")
    # Set while the latest inbound mail did not prove its sender (email/schema.py).
    sender_flag: Mapped[EmailSenderFlag | None] = relationship(lazy="selectin")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (sa.UniqueConstraint("conversation_id", "client_msg_id", name="uq_message_client_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    author_kind: Mapped[AuthorKind] = mapped_column(sa.String(16))
    author: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    author_name: Mapped[str] = mapped_column(sa.String(128))
    body: Mapped[str] = mapped_column(sa.Text)
    internal: Mapped[bool] = mapped_column(default=False)
    client_msg_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    redactions: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seq: Mapped[int | None] = mapped_column(nullable=True)  # seq of its message.created event
    # Email details (email/schema.py): delivery of an agent's reply, an inbound mail's attachments.
    outbound: Mapped[OutboundMail | None] = relationship(lazy="selectin")
    email_attachments: Mapped[list[EmailAttachment]] = relationship(
        lazy="selectin", order_by="EmailAttachment.id"
    )
    # A system note's code and arguments (schema_notes.py); None for every other message.
    note: Mapped[SystemNoteCode | None] = relationship(lazy="selectin")
    # Inbound email: what the sender checks said (email/authcheck.py); None for every other message.
    email_auth: Mapped[EmailAuthResult | None] = relationship(lazy="selectin")
    # Files sent with the message (attachments/schema.py), in upload order.
    files: Mapped[list[AttachmentFile]] = relationship(lazy="selectin", order_by="AttachmentFile.id")


class Event(Base):
    """The event log. ``seq`` is assigned by the database in the writing transaction.

    ``customer_visible`` marks the events a customer may receive (non-internal messages of their
    chat conversations); ``notify`` names one extra agent who sees the event regardless of the
    current visibility rules (the previous assignee of a conversation taken away from them).
    """

    __tablename__ = "events"
    __table_args__ = (sa.Index("ix_events_customer", "customer_uid", "seq"), {"sqlite_autoincrement": True})
    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(sa.String(64))
    data: Mapped[str] = mapped_column(sa.Text)
    conversation_id: Mapped[int | None] = mapped_column(nullable=True, index=True)
    customer_uid: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    customer_visible: Mapped[bool] = mapped_column(default=False)
    notify: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """Append-only, hash-chained audit log (see ``app/server/audit.py``)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    action: Mapped[str] = mapped_column(sa.String(64))
    target: Mapped[str | None] = mapped_column(sa.String(128), nullable=True)
    details: Mapped[str] = mapped_column(sa.Text)  # canonical JSON, hashed as stored
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64), unique=True)


class LoginThrottle(Base):
    """Failed-login counters and lockouts (``app/server/lockout.py``), one row per key.

    ``key`` is ``"u:" + HMAC(username)`` (a password typed into the username field is never
    stored) or ``"a:" + peer address``. Kept in the database so a restart does not reset them.
    """

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CannedReply(Base):
    __tablename__ = "canned_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(64), unique=True)
    category: Mapped[str] = mapped_column(sa.String(32))
    shortcut: Mapped[str] = mapped_column(sa.String(32))
    title_en: Mapped[str] = mapped_column(sa.String(200))
    title_zh: Mapped[str] = mapped_column(sa.String(200))
    body_en: Mapped[str] = mapped_column(sa.Text)
    body_zh: Mapped[str] = mapped_column(sa.Text)
    variables: Mapped[list[str]] = mapped_column(sa.JSON, default=list)

