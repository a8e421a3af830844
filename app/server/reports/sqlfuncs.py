"""The two SQL spellings that differ between SQLite and PostgreSQL in the report query: an
instant as epoch seconds, and the smaller of two numbers."""

from __future__ import annotations

from sqlalchemy.engine import Dialect


def epoch(dialect: Dialect, column: str) -> str:
    """``column`` (a ``UtcDateTime``) as seconds since 1970 (float). SQLite keeps naive UTC text,
    which ``julianday`` reads; PostgreSQL keeps ``timestamptz``."""
    if dialect.name == "sqlite":
        return f"((julianday({column}) - 2440587.5) * 86400.0)"
    return f"CAST(EXTRACT(EPOCH FROM {column}) AS DOUBLE PRECISION)"


def least(dialect: Dialect, a: str, b: str) -> str:
    return f"min({a}, {b})" if dialect.name == "sqlite" else f"LEAST({a}, {b})"


def as_text(dialect: Dialect, column: str) -> str:
    """A JSON column as its text (``tags``: ``["kyc", "vip"]``)."""
    return column if dialect.name == "sqlite" else f"CAST({column} AS TEXT)"
