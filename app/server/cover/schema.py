"""Tables of cover (a VIP manager's backup while away): who backs whom, and where a new
conversation went while its manager was away (``cover.report``). New tables rather than new
columns, for the reason ``app/server/email/schema.py`` gives."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.protocol.vip import CoverReason
from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class AgentBackup(Base):
    """Who covers a VIP manager's clients while the manager is away or offline."""

    __tablename__ = "agent_backups"
    manager: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    backup: Mapped[str] = mapped_column(sa.String(64), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CoverLog(Base):
    """A new conversation of a manager's client that arrived while the manager was away/offline,
    and where it went (``routed_to`` null: the backup was not available, left in the VIP queue)."""

    __tablename__ = "cover_log"
    __table_args__ = (sa.Index("ix_cover_log_manager", "manager", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    manager: Mapped[str] = mapped_column(sa.String(64))
    backup: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    routed_to: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), index=True)
    customer_uid: Mapped[str] = mapped_column(sa.String(32))
    reason: Mapped[CoverReason] = mapped_column(sa.String(24))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
