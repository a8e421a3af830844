"""Business hours: when a team's clock runs, and how far a span of open time reaches.

A :class:`Schedule` is a weekly pattern of open intervals in the team's own time zone (``mon-fri
09:00-18:00``) minus whole-day holidays; ``"24/7"`` is the schedule that never closes. SLA targets
are durations of *open* time: an email that arrives on Saturday for a team that works on weekdays
starts its clock on Monday morning. Daylight-saving changes are the zone's business
(:mod:`zoneinfo`): an interval is its local wall-clock times on each date, converted to UTC.

Everything here is pure and works on aware datetimes; results are UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALWAYS = "24/7"
#: how far ahead a schedule is searched for open time (a year of holidays still ends somewhere)
HORIZON_DAYS = 3 * 366
_ITEM = re.compile(r"^(?P<days>[a-z]{3}(?:-[a-z]{3})?|daily)\s+(?P<open>\d{2}:\d{2})-(?P<close>\d{2}:\d{2})$")


class ScheduleError(ValueError):
    """A schedule, zone or holiday that cannot be used; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Interval:
    """Open from ``start`` to ``end`` minutes after local midnight (``end`` may be 1440)."""

    start: int
    end: int


@dataclass(frozen=True)
class Schedule:
    zone: ZoneInfo
    week: tuple[tuple[Interval, ...], ...] = ()  # Monday first; empty for 24/7
    holidays: frozenset[date] = field(default_factory=frozenset)
    always: bool = False

    # --- open time -------------------------------------------------------------------------------
    def _intervals(self, start: datetime, stop: datetime | None = None) -> list[tuple[datetime, datetime]]:
        """Open intervals (UTC) overlapping ``[start, stop)``, from the day ``start`` falls on."""
        out: list[tuple[datetime, datetime]] = []
        day = start.astimezone(self.zone).date() - timedelta(days=1)  # an interval may start the day before
        for _ in range(HORIZON_DAYS + 2):
            if day not in self.holidays:
                for piece in self.week[day.weekday()]:
                    a, b = _utc(day, piece.start, self.zone), _utc(day, piece.end, self.zone)
                    if b > start and (stop is None or a < stop):
                        out.append((max(a, start), b if stop is None else min(b, stop)))
            if stop is not None and _utc(day, 0, self.zone) >= stop:
                break
            if stop is None and out:
                return out
            day += timedelta(days=1)
        return out

    def add(self, start: datetime, span: timedelta) -> datetime:
        """The moment ``span`` of open time has passed since ``start``."""
        start = start.astimezone(UTC)
        if self.always or span <= timedelta(0):
            return start + max(span, timedelta(0)) if self.always else start
        left = span
        cursor = start
        for _ in range(HORIZON_DAYS * 4):
            chunk = self._intervals(cursor)
            if not chunk:
                break
            for a, b in chunk:
                if b - a >= left:
                    return a + left
                left -= b - a
                cursor = b
        raise ScheduleError("no open time within three years")

    def open_between(self, start: datetime, stop: datetime) -> timedelta:
        """How much open time lies between ``start`` and ``stop`` (zero if ``stop`` is earlier)."""
        start, stop = start.astimezone(UTC), stop.astimezone(UTC)
        if stop <= start:
            return timedelta(0)
        if self.always:
            return stop - start
        return sum((b - a for a, b in self._intervals(start, stop)), timedelta(0))

    def open_intervals(self, start: datetime, stop: datetime) -> list[tuple[datetime, datetime]]:
        """The open intervals (UTC) within ``[start, stop)``, in order (reports' calendar)."""
        if self.always:
            return [(start.astimezone(UTC), stop.astimezone(UTC))] if stop > start else []
        return self._intervals(start.astimezone(UTC), stop.astimezone(UTC))

    def is_open(self, at: datetime) -> bool:
        return self.always or self.open_between(at, at + timedelta(seconds=1)) > timedelta(0)


def _utc(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """Local ``day`` at ``minutes`` after midnight (1440: the next midnight), in UTC."""
    if minutes >= 1440:
        day, minutes = day + timedelta(days=1), minutes - 1440
    local = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone)
    return local.astimezone(UTC)


# --- parsing ---------------------------------------------------------------------------------------
def zone(name: object) -> ZoneInfo:
    if not isinstance(name, str) or not name:
        raise ScheduleError('must be a time zone name such as "Asia/Shanghai"')
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"unknown time zone {name!r}") from None


def _minutes(text: str) -> int:
    hours, minutes = int(text[:2]), int(text[3:])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ScheduleError(f"{text} is not a time of day (00:00-24:00)")
    return hours * 60 + minutes


def _days(text: str) -> list[int]:
    if text == "daily":
        return list(range(7))
    first, _, last = text.partition("-")
    for name in (first, last or first):
        if name not in DAYS:
            raise ScheduleError(f"{name!r} is not a day (mon, tue, wed, thu, fri, sat, sun)")
    a, b = DAYS.index(first), DAYS.index(last or first)
    if b < a:
        raise ScheduleError(f"{text}: a day range runs forward (mon-fri, not fri-mon)")
    return list(range(a, b + 1))


def parse_hours(value: object, tz: ZoneInfo, holidays: frozenset[date] = frozenset()) -> Schedule:
    """``"24/7"``, one ``"DAYS HH:MM-HH:MM"`` item or a list of them (``DAYS``: ``mon``,
    ``mon-fri`` or ``daily``); an interval ends after it starts (``22:00-24:00`` and
    ``00:00-06:00`` for a night shift)."""
    if value == ALWAYS:
        return Schedule(zone=tz, holidays=holidays, always=True)
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
        raise ScheduleError('must be "24/7" or a list such as ["mon-fri 09:00-18:00"]')
    week: list[list[Interval]] = [[] for _ in DAYS]
    for item in items:
        found = _ITEM.match(item.strip().lower())
        if found is None:
            raise ScheduleError(f'{item!r}: expected "DAYS HH:MM-HH:MM", for example "mon-fri 09:00-18:00"')
        start, end = _minutes(found["open"]), _minutes(found["close"])
        if end <= start:
            raise ScheduleError(f"{item!r}: the interval must end after it starts")
        for day in _days(found["days"]):
            for other in week[day]:
                if start < other.end and other.start < end:
                    raise ScheduleError(f"{item!r} overlaps another interval on {DAYS[day]}")
            week[day].append(Interval(start, end))
    return Schedule(
        zone=tz, week=tuple(tuple(sorted(d, key=lambda i: i.start)) for d in week), holidays=holidays
    )


def parse_holidays(value: object) -> frozenset[date]:
    if not isinstance(value, list) or not all(isinstance(v, (str, date)) for v in value):
        raise ScheduleError('must be a list of dates such as ["2026-10-01"]')
    days: set[date] = set()
    for item in value:
        if isinstance(item, date) and not isinstance(item, datetime):
            days.add(item)
            continue
        try:
            days.add(date.fromisoformat(str(item)))
        except ValueError:
            raise ScheduleError(f"{item!r} is not a date (YYYY-MM-DD)") from None
    return frozenset(days)


ALWAYS_OPEN = Schedule(zone=ZoneInfo("UTC"), always=True)
