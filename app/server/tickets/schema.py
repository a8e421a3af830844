"""The ticket table: what makes a ``ticket`` conversation a ticket (its category, where it came
from). A new table rather than new columns, for the reason ``app/server/email/schema.py`` gives;
``Conversation.ticket`` exposes the row."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


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
