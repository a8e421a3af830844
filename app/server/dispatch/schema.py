"""Tables of dispatch: SLA warnings (once per due time) and mentions. New tables, for the reason
``app/server/email/schema.py`` gives."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class SlaWarningRow(Base):
    """One amber time passed: recorded once (the unique key), with the seq of its event."""

    __tablename__ = "sla_warnings"
    __table_args__ = (sa.UniqueConstraint("conversation_id", "kind", "due_at", name="uq_sla_warning"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    warned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seq: Mapped[int | None] = mapped_column(nullable=True)


class AgentMention(Base):
    """An agent named in an internal note (directly or through a team), or told of an escalation.
    One row per message and agent: a retried note mentions nobody twice."""

    __tablename__ = "agent_mentions"
    __table_args__ = (
        sa.UniqueConstraint("message_id", "username", name="uq_mention_message_agent"),
        sa.Index("ix_agent_mentions_agent", "username", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(nullable=True)
    username: Mapped[str] = mapped_column(sa.String(64))
    kind: Mapped[str] = mapped_column(sa.String(16))  # mention | escalation
    by: Mapped[str] = mapped_column(sa.String(64))
    by_name: Mapped[str] = mapped_column(sa.String(128))
    team: Mapped[str | None] = mapped_column(sa.String(40), nullable=True)
    excerpt: Mapped[str] = mapped_column(sa.String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
