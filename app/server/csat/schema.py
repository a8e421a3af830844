"""The CSAT table: one answer per conversation (the primary key), tied to the agent and team that
held the conversation when it was resolved."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class CsatRating(Base):
    __tablename__ = "csat_ratings"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(16))
    score: Mapped[int] = mapped_column()
    comment: Mapped[str | None] = mapped_column(sa.Text, nullable=True)  # customer text, guarded
    agent: Mapped[str | None] = mapped_column(sa.String(64), nullable=True, index=True)
    team: Mapped[str | None] = mapped_column(sa.String(40), nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CsatRequest(Base):
    """The rating link of an email conversation's closing mail: only the SHA-256 of its token is
    kept (a database copy rates nothing); one per conversation, so the mail goes out once."""

    __tablename__ = "csat_requests"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime)
