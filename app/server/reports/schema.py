"""The business-hours calendar the report query reads: each scheduled team and channel's open
intervals as epoch seconds, with the open time before each (``before``), so the open time up to
any instant is one indexed lookup in SQL. ``report_calendar_spans`` says which stretch each key
covers and from which schedule (its fingerprint); a policy change rebuilds the key.

``report_facts`` is what a report reads: one narrow row per conversation with its durations
already counted in business hours (kept by ``facts.py``), indexed so percentiles are index walks."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


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


DIMENSIONS = ("team", "agent", "channel", "vip_tier", "topic")
#: a percentile is read by walking one of these in value order (``LIMIT 1 OFFSET rank - 1``):
#: the report's key and value first, then what the cohort filter reads, so no row is visited
PERCENTILE_INDEXES: dict[str, tuple[str, ...]] = {
    f"ix_report_facts_{dim or 'all'}_{value}": tuple(
        dict.fromkeys((*((dim,) if dim else ()), value, "created_at", "agent", "manager"))
    )
    for dim in ("", *DIMENSIONS)
    for value in ("fr_s", "rs_s")
}


class ReportFact(Base):
    """One conversation as the report reads it (issue 20): its report keys and its figures, with
    business-hour durations already counted, so a year's report aggregates one narrow table
    instead of joining five and looking up the calendar four times a row. Kept by
    :mod:`app.server.reports.facts`; what depends on the report's ``now`` (whether an unanswered
    due time has passed) is kept as the due time itself."""

    __tablename__ = "report_facts"
    __table_args__ = (
        sa.Index("ix_report_facts_created", "created_at"),
        *(sa.Index(name, *columns) for name, columns in PERCENTILE_INDEXES.items()),
    )
    conversation_id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str] = mapped_column(sa.String(16))
    team: Mapped[str] = mapped_column(sa.String(64))  # '' when unrouted
    agent: Mapped[str] = mapped_column(sa.String(64))  # the assignee, '' when nobody
    manager: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)  # the customer's VIP manager
    vip_tier: Mapped[str] = mapped_column(sa.String(8))
    topic: Mapped[str] = mapped_column(sa.String(32))  # '' when none
    resolved: Mapped[int] = mapped_column(sa.SmallInteger)
    fr_s: Mapped[float | None] = mapped_column(sa.Float, nullable=True)  # first response, (business) seconds
    rs_s: Mapped[float | None] = mapped_column(sa.Float, nullable=True)  # resolution, (business) seconds
    fr_met: Mapped[int] = mapped_column(sa.SmallInteger)
    fr_due_fixed: Mapped[int] = mapped_column(sa.SmallInteger)  # a due time, and answered: counted
    fr_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # due, not answered yet
    res_met: Mapped[int] = mapped_column(sa.SmallInteger)
    res_due_fixed: Mapped[int] = mapped_column(sa.SmallInteger)
    res_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    reopened: Mapped[int] = mapped_column(sa.SmallInteger)
    ever: Mapped[int] = mapped_column(sa.SmallInteger)  # ever resolved
    csat: Mapped[int | None] = mapped_column(sa.SmallInteger, nullable=True)  # the customer's score
    csat_agent: Mapped[str] = mapped_column(sa.String(64))  # the answer's agent and team ('' if none)
    csat_team: Mapped[str] = mapped_column(sa.String(64))


class ReportFactsState(Base):
    """Where the facts stand (one row, ``id`` 1): the schedules they were counted with
    (``fingerprint``; another one means every row is counted again), the last event seq they
    follow, and, while a rebuild is under way, the last conversation id it reached."""

    __tablename__ = "report_facts_state"
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    fingerprint: Mapped[str] = mapped_column(sa.String(64))
    seq: Mapped[int] = mapped_column(sa.BigInteger)
    rebuilt_through: Mapped[int | None] = mapped_column(sa.BigInteger, nullable=True)
