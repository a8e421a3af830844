"""Tables of the email, ticket, callback and SLA features (issue 5).

They are new tables on purpose, not new columns of ``customers``/``conversations``/``messages``:
``create_all`` adds missing tables to an existing database but never alters a table, so a database
made by an earlier build keeps working without a migration. ``schema.py`` exposes them on the core
rows as relationships loaded with ``selectin`` (one extra query per batch of rows, never one per
row): ``Customer.contact``, ``Conversation.ticket`` / ``callback_request`` / ``breaches`` and
``Message.outbound`` / ``email_attachments``.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column

from app.protocol.types import DeliveryState
from app.server.db.schema import Base, Conversation, Customer
from app.server.db.types import UtcDateTime


class UnverifiedContact(Base):
    """An email sender matched to no registered customer. Its ``customers`` row (synthetic UID
    ``E`` + hash, tier 0, KYC not started) lets it have conversations like anyone; this row is what
    marks it ``verified=false``."""

    __tablename__ = "unverified_contacts"
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), primary_key=True)
    email_lower: Mapped[str] = mapped_column(sa.String(256), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class EmailMessageId(Base):
    """Every Message-ID we received or sent, mapped to its conversation (email threading).

    ``digest`` is the SHA-256 of the normalised id: ids may be long, and a fixed-size unique key
    indexes the same on every database. The unique index also makes redelivered mail a no-op.
    """

    __tablename__ = "email_message_ids"
    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(sa.String(64), unique=True)
    message_id: Mapped[str] = mapped_column(sa.String(512))
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    message_row_id: Mapped[int | None] = mapped_column(sa.ForeignKey("messages.id"), nullable=True)
    direction: Mapped[str] = mapped_column(sa.String(3))  # in | out
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class EmailAttachment(Base):
    """What an inbound attachment was (the bytes are not stored: customers send ID scans)."""

    __tablename__ = "email_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(127))
    size: Mapped[int] = mapped_column(sa.BigInteger)


class OutboundMail(Base):
    """An agent's email reply on its way out. Written in the same transaction as the message, so a
    reply is never lost; ``raw`` is the exact RFC 5322 text, so every retry sends the same mail.

    ``state``: ``queued`` → ``sent``, or ``failed`` (with ``last_error``) and retried at
    ``next_attempt_at`` with backoff until it is sent.
    """

    __tablename__ = "outbound_mail"
    __table_args__ = (sa.Index("ix_outbound_mail_due", "state", "next_attempt_at"),)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    rfc_message_id: Mapped[str] = mapped_column(sa.String(512))
    to_addr: Mapped[str] = mapped_column(sa.String(256))
    raw: Mapped[str] = mapped_column(sa.Text)
    state: Mapped[DeliveryState] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(sa.String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class Ticket(Base):
    """Makes a ``ticket`` conversation a ticket: its help-centre category and where it came from.
    Its due date is the conversation's ``resolution_due``."""

    __tablename__ = "tickets"
    __table_args__ = (sa.UniqueConstraint("created_by", "client_request_id", name="uq_ticket_request"),)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    category: Mapped[str] = mapped_column(sa.String(32))
    source_conversation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("conversations.id"), nullable=True, index=True
    )
    created_by: Mapped[str] = mapped_column(sa.String(64))
    client_request_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CallbackRequest(Base):
    """A ``callback`` conversation's request: when to call and what happened. The number is not
    copied here: the call goes to the number on file (``customers.phone``) at the time of the call."""

    __tablename__ = "callback_requests"
    __table_args__ = (sa.UniqueConstraint("requested_by", "client_request_id", name="uq_callback_request"),)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    source_conversation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("conversations.id"), nullable=True, index=True
    )
    window_start: Mapped[datetime] = mapped_column(UtcDateTime)
    window_end: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(sa.Text)
    requested_by: Mapped[str] = mapped_column(sa.String(64))
    client_request_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    outcome: Mapped[str | None] = mapped_column(sa.String(24), nullable=True)
    outcome_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome_by: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SlaBreach(Base):
    """One breach of one due time: recorded once (the unique key), with the seq of its event."""

    __tablename__ = "sla_breaches"
    __table_args__ = (sa.UniqueConstraint("conversation_id", "kind", "due_at", name="uq_sla_breach"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # first_response | resolution
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    breached_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seq: Mapped[int | None] = mapped_column(nullable=True)


# Indexes on the core tables that these features query by. Declared here (so a new database gets
# them from create_all) and created by ``ensure_indexes`` on databases made by earlier builds.
EXTRA_INDEXES = (
    sa.Index("ix_customers_email_lower", sa.func.lower(Customer.email)),
    sa.Index("ix_conversations_first_response_due", Conversation.first_response_due),
    sa.Index("ix_conversations_resolution_due", Conversation.resolution_due),
)


def ensure_indexes(engine: Engine) -> None:
    """Create the indexes above where missing (also on databases made by earlier builds)."""
    # IF NOT EXISTS rather than checkfirst: SQLite cannot reflect expression indexes.
    with engine.begin() as conn:
        for index in EXTRA_INDEXES:
            conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
