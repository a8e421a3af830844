"""Macros, their runs and each run's conversations. A run keeps its macro's steps as they were
when it started (an edit does not change a run under way) and, per conversation, what the steps
changed (``before``: to undo) and the held reply (sent when the grace time ends, once: its
``client_msg_id`` is ``macro:<run_id>:<conversation_id>``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class MacroRow(Base):
    __tablename__ = "macros"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    steps: Mapped[str] = mapped_column(sa.Text)  # the protocol's MacroStep list, JSON
    created_by: Mapped[str] = mapped_column(sa.String(64))
    updated_by: Mapped[str] = mapped_column(sa.String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MacroRunRow(Base):
    __tablename__ = "macro_runs"
    run_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    macro_id: Mapped[int] = mapped_column()
    macro_name: Mapped[str] = mapped_column(sa.String(80))
    steps: Mapped[str] = mapped_column(sa.Text)
    by: Mapped[str] = mapped_column(sa.String(64), index=True)
    state: Mapped[str] = mapped_column(sa.String(16), index=True)  # running holding released undone
    total: Mapped[int] = mapped_column()
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    release_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class MacroRunItem(Base):
    __tablename__ = "macro_run_items"
    run_id: Mapped[str] = mapped_column(sa.ForeignKey("macro_runs.run_id"), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column()
    state: Mapped[str] = mapped_column(sa.String(16))  # pending applied failed reverted
    code: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    reason: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON, nullable=True)
    reply: Mapped[str | None] = mapped_column(sa.Text, nullable=True)  # held until release
    sent: Mapped[bool] = mapped_column(default=False)
