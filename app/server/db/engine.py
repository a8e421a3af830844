"""Engine and session factory, with the pragmas SQLite needs to be a safe system of record."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (SQLite or PostgreSQL).

    SQLite: WAL (readers never block the writer), ``foreign_keys=ON``, ``busy_timeout`` (another
    process — the CLI — may hold the write lock briefly) and ``synchronous=FULL`` so an
    acknowledged commit survives even a power cut, not just a killed process. pysqlite's own
    transaction handling is switched off and every transaction starts with ``BEGIN IMMEDIATE``:
    the server's single writer then never meets a busy snapshot half-way through a transaction.
    """
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000", "synchronous=FULL"):
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(url, pool_pre_ping=True, hide_parameters=True)


def make_session_factory(engine: Engine, info: dict[str, Any] | None = None) -> sessionmaker[Session]:
    """Sessions of ``engine``; ``info`` goes into every session's ``info`` (the audit key)."""
    return sessionmaker(engine, expire_on_commit=False, info=dict(info or {}))
