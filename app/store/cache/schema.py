"""ORM classes of the local cache, one per table (the DDL lives in :mod:`app.store.cache.migrations`).

Conversations carry the customer summary flattened into them so an inbox view is one indexed
query without joins; ``customers`` keeps the summary per UID so a ``customer.updated`` event can
be applied to every conversation of that customer. Messages have a local id (a reply exists
locally before the server knows it) and the server's id once delivered.

Customer text is sealed (:class:`~app.store.cache.columns.EncryptedText`, schema v3): names, masked
emails, subjects, message bodies and previews, author names, drafts, outbox bodies, attachment
names, channel details, system notes' arguments (v4; since v5 also the last message's, on its
conversation, for the inbox preview) and free-text errors. What stays plain is what the store
sorts and filters on and is not personal by itself: ids, UIDs (account numbers), the email
*digest*, status, priority, tags, agents' usernames, note codes, times and counts. Sealed JSON
columns (``details``, ``attachments``, ``note_args``, ``last_message_note_args``) hold JSON text;
:mod:`app.store.rows` converts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.cache.columns import EncryptedText, LateTimestamp, UtcTimestamp

DeliveryState = str  # "sending" | "sent" | "failed" (local: has the server stored our message?)
OutboxState = str  # "queued" | "inflight" | "failed" | "delivered"


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcTimestamp, dict[str, Any]: JSON, list[Any]: JSON}


class ConversationRecord(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    priority: Mapped[str] = mapped_column(String)
    assignee: Mapped[str | None] = mapped_column(String)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(EncryptedText("conversations.subject", "id"))
    # the customer summary, flattened (see CustomerRecord)
    customer_uid: Mapped[str] = mapped_column(String)
    customer_name: Mapped[str] = mapped_column(EncryptedText("conversations.customer_name", "id"))
    vip_tier: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String, default="en")
    kyc_level: Mapped[int] = mapped_column(Integer, default=0)
    kyc_status: Mapped[str] = mapped_column(String, default="not_started")
    account_manager: Mapped[str | None] = mapped_column(String)
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    email_masked: Mapped[str | None] = mapped_column(EncryptedText("conversations.email_masked", "id"))
    email_digest: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    updated_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    last_message_id: Mapped[int | None] = mapped_column(Integer)
    last_message_preview: Mapped[str | None] = mapped_column(
        EncryptedText("conversations.last_message_preview", "id"))
    last_message_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    last_message_author_kind: Mapped[str | None] = mapped_column(String)
    last_customer_message_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    first_response_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    first_response_due: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    resolution_due: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    # v2: the urgency keys the inbox orders by ("never" sorts last, see LateTimestamp)
    sla_due: Mapped[datetime | None] = mapped_column(LateTimestamp)
    waiting_since: Mapped[datetime | None] = mapped_column(LateTimestamp)
    # v2: channel details as the server sent them (ticket category and due date, callback
    # window and outcome, linked conversation, SLA kinds breached), JSON; optional on the wire
    # JSON. The plain default is refused when bound: every writer seals a value (the table's own
    # DDL default would store plain text, which would not open)
    details: Mapped[str] = mapped_column(EncryptedText("conversations.details", "id"), default="{}")
    # v5: the last message's system-note code (plain) and arguments (sealed JSON), as on
    # ``messages`` (v4), so the inbox preview words the note in the agent's language; NULL otherwise
    last_message_note_code: Mapped[str | None] = mapped_column(String)
    last_message_note_args: Mapped[str | None] = mapped_column(
        EncryptedText("conversations.last_message_note_args", "id"))
    # v6 (routing): the team it is routed to, the SLA clock's pause and amber times (the server's,
    # so the desk's timer agrees), who had it before an escalation; the queue's rank (0 open and
    # waiting on us, 1 open, 2 pending/snoozed, 3 resolved: the inbox's first sort key); and this
    # agent's mentions in it (local: the latest, and how many are unread)
    team: Mapped[str | None] = mapped_column(String)
    sla_paused_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    sla_warn_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    escalated_from: Mapped[str | None] = mapped_column(String)
    queue_rank: Mapped[int] = mapped_column(Integer, default=1)
    mentioned_at: Mapped[datetime | None] = mapped_column(UtcTimestamp)
    mention_unread: Mapped[int] = mapped_column(Integer, default=0)


class CustomerRecord(Base):
    __tablename__ = "customers"

    uid: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(EncryptedText("customers.name", "uid"))
    vip_tier: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String, default="en")
    kyc_level: Mapped[int] = mapped_column(Integer, default=0)
    kyc_status: Mapped[str] = mapped_column(String, default="not_started")
    account_manager: Mapped[str | None] = mapped_column(String)
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    email_masked: Mapped[str | None] = mapped_column(EncryptedText("customers.email_masked", "uid"))
    email_digest: Mapped[str | None] = mapped_column(String)


class MessageRecord(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("conversation_id", "client_msg_id"),)

    local_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    conversation_id: Mapped[int] = mapped_column(Integer)
    author_kind: Mapped[str] = mapped_column(String)
    author: Mapped[str | None] = mapped_column(String)
    author_name: Mapped[str] = mapped_column(EncryptedText("messages.author_name", "local_id"))
    body: Mapped[str] = mapped_column(EncryptedText("messages.body", "local_id"))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    client_msg_id: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp)
    redactions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    delivery: Mapped[str | None] = mapped_column(String)  # outbound email, from the server
    delivery_error: Mapped[str | None] = mapped_column(EncryptedText("messages.delivery_error", "local_id"))
    delivery_state: Mapped[DeliveryState] = mapped_column(String, default="sent")
    failure_code: Mapped[str | None] = mapped_column(String)
    failure_reason: Mapped[str | None] = mapped_column(EncryptedText("messages.failure_reason", "local_id"))
    # v2: JSON [[name, type, size], ...]
    attachments: Mapped[str] = mapped_column(EncryptedText("messages.attachments", "local_id"), default="[]")
    # v4: a system note's code (plain: it is a code) and its arguments as sealed JSON (they may hold
    # masked customer data, such as the phone on file); both NULL for every other message
    note_code: Mapped[str | None] = mapped_column(String)
    note_args: Mapped[str | None] = mapped_column(EncryptedText("messages.note_args", "local_id"))


class CannedReplyRecord(Base):
    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String)
    shortcut: Mapped[str] = mapped_column(String)
    titles: Mapped[dict[str, Any]] = mapped_column(JSON)
    bodies: Mapped[dict[str, Any]] = mapped_column(JSON)
    variables: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # v8: the reply's files as ``Attachment`` objects (vetted help-centre files, not customer data)
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)


class OutboxRecord(Base):
    """A reply or note on its way to the server; ``id`` (local, increasing) is the send order."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(Integer)
    client_msg_id: Mapped[str] = mapped_column(String, unique=True)
    message_local_id: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(EncryptedText("outbox.body", "id"))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[OutboxState] = mapped_column(String, default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String)  # an error code
    last_error_message: Mapped[str | None] = mapped_column(  # the server's reason
        EncryptedText("outbox.last_error_message", "id"))
    created_at: Mapped[datetime] = mapped_column(UtcTimestamp)


class DraftRecord(Base):
    """The composer's unsent text per conversation, kept across restarts (v2)."""

    __tablename__ = "drafts"

    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    body: Mapped[str] = mapped_column(EncryptedText("drafts.body", "conversation_id"))
    updated_at: Mapped[float] = mapped_column(Float)


class KeyValue(Base):
    """Sync state and identity: server_url, username, last_applied_seq, snapshot_taken, and the
    cache key's check value (``key_check``; see :mod:`app.store.cache.crypto`). Never customer data."""

    __tablename__ = "kv"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
