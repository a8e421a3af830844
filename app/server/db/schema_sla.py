"""SLA breaches, one row per breached due time (``Conversation.breaches``). A new table rather than
new columns, for the reason ``app/server/email/schema.py`` gives."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


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
