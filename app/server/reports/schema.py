"""The business-hours calendar the report query reads: each scheduled team and channel's open
intervals as epoch seconds, with the open time before each (``before``), so the open time up to
any instant is one indexed lookup in SQL. ``report_calendar_spans`` says which stretch each key
covers and from which schedule (its fingerprint); a policy change rebuilds the key."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base


class ReportCalendar(Base):
    __tablename__ = "report_calendar"
    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # team:channel
    start: Mapped[float] = mapped_column(sa.Float, primary_key=True)
    stop: Mapped[float] = mapped_column(sa.Float)
    before: Mapped[float] = mapped_column(sa.Float)  # open seconds from the span's first to start


class ReportCalendarSpan(Base):
    __tablename__ = "report_calendar_spans"
    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(sa.String(64))
    first: Mapped[float] = mapped_column(sa.Float)
    last: Mapped[float] = mapped_column(sa.Float)
