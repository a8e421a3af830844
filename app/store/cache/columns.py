"""Column types of the cache: timestamps as UTC epoch seconds (REAL), and sealed customer text.

A number sorts and compares cheaply in SQLite and cannot be mis-parsed, unlike text timestamps
whose format drifts between writers. ``LateTimestamp`` stores "never" as a far-future number so
that ``ORDER BY due ASC`` puts the conversations without a due time last *and* still uses a plain
index (SQLite cannot serve ``NULLS LAST`` from an index); Python code sees ``None``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Float, LargeBinary, Text, TypeDecorator, func, literal_column
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


class SealedText(str):
    """Plain text that carries its sealed form: the only value an :class:`EncryptedText` column
    accepts. It compares as the plain text, so the store can tell whether a value changed."""

    blob: bytes

    def __new__(cls, plain: str, blob: bytes) -> SealedText:
        value = super().__new__(cls, plain)
        value.blob = blob
        return value


class EncryptedText(TypeDecorator[str]):
    """A text column stored sealed (AES-256-GCM, see :mod:`app.store.cache.crypto`).

    ``label`` (``table.column``) and the row's key column ``key`` are the value's associated
    data. Reading: the SELECT opens the value in SQL — ``ad_open(label, <row key>, <column>)``,
    a function each store registers on its own connection with its own key — so every ORM and
    Core query returns plain text without the caller doing anything, and a value moved to
    another row fails. Writing: the store seals values first (``app.store.sealing``); a plain
    ``str`` is refused here, so customer text cannot reach the file unsealed by mistake.
    """

    impl = LargeBinary
    cache_ok = True

    def __init__(self, label: str, key: str) -> None:
        super().__init__()
        self.label = label
        self.key = key

    def column_expression(self, colexpr: Any) -> Any:
        row_key = colexpr.table.c[self.key]
        return func.ad_open(literal_column(f"'{self.label}'"), row_key, colexpr, type_=Text)

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        if isinstance(value, SealedText):
            return value.blob
        raise TypeError(f"{self.label}: customer text must be sealed before it is stored")

    def bind_processor(self, dialect: Dialect) -> Any:
        # the same rule without the generic layering (a snapshot binds a million of these);
        # sqlite3 stores ``bytes`` as a BLOB as they are
        refuse = self.process_bind_param

        def process(value: Any) -> bytes | None:
            return value.blob if value.__class__ is SealedText else refuse(value, dialect)

        return process

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return cast(str | None, value)  # ad_open() in the SELECT already returned the plain text
