"""Tables of phone callbacks: a ``callback`` conversation's request (``Conversation.callback_request``)
and the reminders already announced for it. New tables rather than new columns, for the reason
``app/server/email/schema.py`` gives."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


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


class CallbackReminderSent(Base):
    """A ``callback.due`` / ``callback.missed`` already announced: once per callback, kind and
    window (a rescheduled window reminds again)."""

    __tablename__ = "callback_reminders"
    __table_args__ = (
        sa.UniqueConstraint("conversation_id", "kind", "window_start", name="uq_callback_reminder"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"))
    kind: Mapped[str] = mapped_column(sa.String(8))  # due | missed
    window_start: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seq: Mapped[int | None] = mapped_column(nullable=True)
