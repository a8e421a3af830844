"""Engines and session factories, with the pragmas SQLite needs to be a safe system of record.

The writer's engine and the readers' engine are separate (``executor.py`` says why there are
readers): on SQLite a writer transaction starts with ``BEGIN IMMEDIATE`` and a reader's with a
plain deferred ``BEGIN`` on a ``query_only`` connection, so a reader never takes the write lock and
sees one snapshot for its whole transaction; on PostgreSQL readers run ``REPEATABLE READ``, read
only, for the same single snapshot (a replay page and the log's head must agree).
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

WRITER_PRAGMAS = ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000", "synchronous=FULL")
READER_PRAGMAS = ("busy_timeout=10000", "query_only=ON")


def make_engine(url: str) -> Engine:
    """The writer's engine for ``url`` (SQLite or PostgreSQL).

    SQLite: WAL (readers never block the writer), ``foreign_keys=ON``, ``busy_timeout`` (another
    process — the CLI — may hold the write lock briefly) and ``synchronous=FULL`` so an
    acknowledged commit survives even a power cut, not just a killed process. pysqlite's own
    transaction handling is switched off and every transaction starts with ``BEGIN IMMEDIATE``:
    the server's single writer then never meets a busy snapshot half-way through a transaction
    (and SAVEPOINTs, which the writer's group commit uses, work as SQLite documents them).
    """
    if url.startswith("sqlite"):
        return _sqlite(url, WRITER_PRAGMAS, "BEGIN IMMEDIATE")
    engine = sa.create_engine(url, hide_parameters=True)
    _ping_when_idle(engine)
    return engine


#: a pooled connection unused for longer than this is pinged before it is handed out
PING_AFTER_IDLE = 1.0
_CHECKED_IN = "agentdesk_checked_in"


def _ping_when_idle(engine: Engine) -> None:
    """``pool_pre_ping``, but only for a connection that sat in the pool for ``PING_AFTER_IDLE`` s.

    The writer checks its connection out for every group commit; the ping is a round trip of its
    own (psycopg: an empty query, ``;``), one in seven of a one-message batch's (session 7). A busy
    writer's connection was in use a moment ago; one that waited longer (a quiet server,
    PostgreSQL restarted meanwhile) is pinged as before, and a dead
    one is replaced (the pool's ``DisconnectionError`` recipe). A connection that breaks within that
    second fails its batch, answered as an error (never acknowledged), as a break during the batch
    always did; the pool then replaces it."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get(_CHECKED_IN)
        if last is None or time.monotonic() - last < PING_AFTER_IDLE:
            return  # just connected, or in use a moment ago
        try:
            engine.dialect.do_ping(dbapi_conn)  # what pool_pre_ping sends (psycopg: an empty query)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise sa.exc.DisconnectionError(str(exc)) from exc


def make_reader_engine(url: str, readers: int) -> Engine | None:
    """The readers' engine (a pool of ``readers`` connections), or ``None`` where a second
    connection would not see the writer's data (in-memory SQLite)."""
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database in (None, "", ":memory:") or "mode=memory" in url:
            return None
        return _sqlite(url, READER_PRAGMAS, "BEGIN", pool_size=readers)
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        hide_parameters=True,
        pool_size=readers,
        isolation_level="REPEATABLE READ",
        execution_options={"postgresql_readonly": True},
    )


def _sqlite(url: str, pragmas: tuple[str, ...], begin: str, **pool: Any) -> Engine:
    engine = sa.create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True, **pool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in pragmas:
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def make_session_factory(engine: Engine, info: dict[str, Any] | None = None) -> sessionmaker[Session]:
    """Sessions of ``engine``; ``info`` goes into every session's ``info`` (the audit key)."""
    return sessionmaker(engine, expire_on_commit=False, info=dict(info or {}))
