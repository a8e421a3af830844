"""Tables of the Telegram channel (new tables: an older database gains them on start).

- ``telegram_contacts``: one row per private chat with the bot. Its ``customers`` row (UID ``T`` +
  hash, like email's ``E`` contacts) lets the chat have conversations before anyone knows who it
  is; ``linked_uid`` is set only by the identity check (``link.py``), never from a display name.
- ``telegram_conversations``: the chat each ``telegram`` conversation talks to.
- ``telegram_updates``: update ids already stored (Telegram redelivers until it gets a 200).
- ``telegram_outbound``: the transactional outbox of ``sendMessage`` calls, written in the same
  transaction as the message it carries, sent by ``sender.py``.
- ``telegram_link_codes``: a pending link of a chat to an account (HMAC of the code, never the code).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class TelegramContact(Base):
    __tablename__ = "telegram_contacts"
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"), unique=True)
    username: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    linked_uid: Mapped[str | None] = mapped_column(sa.ForeignKey("customers.uid"), nullable=True, index=True)
    linked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TelegramConversation(Base):
    """The chat a ``telegram`` conversation talks to (its customer may be the linked account)."""

    __tablename__ = "telegram_conversations"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, index=True)


class TelegramUpdate(Base):
    __tablename__ = "telegram_updates"
    update_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TelegramOutbound(Base):
    """One ``sendMessage``. ``state``: ``queued`` → ``sending`` (claimed until ``lease_until``) →
    ``sent`` (with Telegram's ``tg_message_id``) or ``failed`` (Telegram refused it for good)."""

    __tablename__ = "telegram_outbound"
    __table_args__ = (sa.Index("ix_telegram_outbound_due", "state", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(sa.ForeignKey("messages.id"), nullable=True, unique=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    text: Mapped[str] = mapped_column(sa.Text)
    state: Mapped[str] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    tg_message_id: Mapped[int | None] = mapped_column(sa.BigInteger, nullable=True)
    last_error: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TelegramLinkCode(Base):
    __tablename__ = "telegram_link_codes"
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    uid: Mapped[str] = mapped_column(sa.ForeignKey("customers.uid"))
    code_hash: Mapped[str] = mapped_column(sa.String(64))
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts_left: Mapped[int] = mapped_column(default=5)
    started_by: Mapped[str] = mapped_column(sa.String(64))
