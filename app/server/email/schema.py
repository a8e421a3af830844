"""Tables of the email channel: unverified senders, Message-IDs (threading), attachments, replies
on their way out.

Feature tables (here, and those of tickets, callbacks, cover, the VIP desk, SLA breaches) are new
tables on purpose, not new columns of ``customers``/``conversations``/``messages``:
``create_all`` adds missing tables to an existing database but never alters a table, so a database
made by an earlier build keeps working without a migration. ``app/server/db/schema.py`` exposes
them on the core rows as relationships loaded with ``selectin`` (one extra query per batch of rows,
never one per row): ``Customer.contact``, ``Conversation.ticket`` / ``callback_request`` / ``breaches`` and
``Message.outbound`` / ``email_attachments``.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.protocol.types import DeliveryState
from app.server.db.schema import Base
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


class EmailAuthResult(Base):
    """What the checks said about an inbound mail's sender (``authcheck.py``): ``proven`` and the
    SPF/DKIM/DMARC results behind it. ``Message.email_auth``; ``sender_not_proven`` on the wire."""

    __tablename__ = "email_auth_results"
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), primary_key=True)
    proven: Mapped[bool] = mapped_column(default=False)
    from_domain: Mapped[str | None] = mapped_column(sa.String(255), nullable=True)
    spf: Mapped[str] = mapped_column(sa.String(16))
    dkim: Mapped[str] = mapped_column(sa.String(16))
    dmarc: Mapped[str] = mapped_column(sa.String(16))
    source: Mapped[str] = mapped_column(sa.String(16))


class EmailSenderFlag(Base):
    """A conversation whose latest inbound mail did not prove its sender (``Conversation.sender_flag``;
    ``sender_not_proven`` on the wire). Removed when a mail that proves it arrives there."""

    __tablename__ = "email_sender_flags"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"))
