"""Column types of the cache: timestamps as UTC epoch seconds (REAL).

A number sorts and compares cheaply in SQLite and cannot be mis-parsed, unlike text timestamps
whose format drifts between writers. ``LateTimestamp`` stores "never" as a far-future number so
that ``ORDER BY due ASC`` puts the conversations without a due time last *and* still uses a plain
index (SQLite cannot serve ``NULLS LAST`` from an index); Python code sees ``None``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Float, TypeDecorator
from sqlalchemy.engine import Dialect

FAR_FUTURE = 1e15  # about the year 31 million: later than any real due time


def to_epoch(value: datetime | None) -> float | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime: the cache stores aware UTC times only")
    return value.timestamp()


def from_epoch(value: float | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value, tz=UTC)


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware ``datetime`` stored as epoch seconds; reads back in UTC."""

    impl = Float
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> float | None:
        return to_epoch(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return from_epoch(value)


class LateTimestamp(TypeDecorator[datetime]):
    """Like :class:`UtcTimestamp`, but ``None`` is stored as :data:`FAR_FUTURE` (sorts last)."""

    impl = Float
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> float:
        epoch = to_epoch(value)
        return FAR_FUTURE if epoch is None else epoch

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None or value >= FAR_FUTURE:
            return None
        return from_epoch(value)
