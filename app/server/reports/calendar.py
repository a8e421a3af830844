"""Keep ``report_calendar`` covering a stretch of time for every scheduled team and channel.

The open intervals come from the routing policy's own schedules (``routing/hours.py``: the one
place business hours are defined); only their sums happen in SQL. A key is rebuilt when its
schedule changed (fingerprint) or the stretch asked for reaches past what it covers.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.reports.schema import ReportCalendar, ReportCalendarSpan
from app.server.routing import clock
from app.server.routing.hours import Schedule

BUSINESS_CHANNELS = clock.BUSINESS_CHANNELS
MARGIN = timedelta(days=31)  # built a little wider than asked, so the next report reuses it
MAX_SPAN = timedelta(days=800)  # within the schedule's search horizon


def schedules(session: Session) -> dict[str, Schedule]:
    """``team:channel`` → the schedule, for the teams whose hours are not 24/7 (others count
    every second, which the query does without a calendar)."""
    policy = clock.teams_for(session)
    if policy is None:
        return {}
    out: dict[str, Schedule] = {}
    for code, team in policy.teams.items():
        for channel in BUSINESS_CHANNELS:
            schedule = team.schedule(channel)
            if not schedule.always:
                out[f"{code}:{channel}"] = schedule
    return out


def fingerprint(schedule: Schedule) -> str:
    text = repr((schedule.zone.key, schedule.week, sorted(schedule.holidays)))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def ensure(session: Session, first: datetime, last: datetime) -> list[str]:
    """Cover ``[first, last]`` for every scheduled key; the keys."""
    wanted = schedules(session)
    spans = {s.key: s for s in session.scalars(sa.select(ReportCalendarSpan))}
    lo, hi = first.timestamp(), last.timestamp()
    for key, schedule in wanted.items():
        fp = fingerprint(schedule)
        span = spans.get(key)
        if span is not None and span.fingerprint == fp and span.first <= lo and span.last >= hi:
            continue
        start, stop = first, last
        if span is not None and span.fingerprint == fp:  # widen what is there (within the horizon)
            start = max(min(first, datetime.fromtimestamp(span.first, UTC)), last - MAX_SPAN)
            stop = max(last, datetime.fromtimestamp(span.last, UTC))
        _build(session, key, schedule, fp, start - MARGIN, stop + MARGIN)
    return list(wanted)


def _build(session: Session, key: str, schedule: Schedule, fp: str, start: datetime, stop: datetime) -> None:
    session.execute(sa.delete(ReportCalendar).where(ReportCalendar.key == key))
    rows = []
    before = 0.0
    for a, b in schedule.open_intervals(start, stop):
        rows.append({"key": key, "start": a.timestamp(), "stop": b.timestamp(), "before": before})
        before += (b - a).total_seconds()
    if rows:
        session.execute(sa.insert(ReportCalendar), rows)
    span = session.get(ReportCalendarSpan, key)
    if span is None:
        span = ReportCalendarSpan(key=key, fingerprint=fp, first=start.timestamp(), last=stop.timestamp())
        session.add(span)
    else:
        span.fingerprint, span.first, span.last = fp, start.timestamp(), stop.timestamp()
    session.flush()
