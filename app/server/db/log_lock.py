"""The event log's advisory lock (PostgreSQL), taken by a transaction before it draws a seq and held
to its commit, so seqs commit in order on every node (``repos/repo_events.py`` takes it at a
transaction's first event). Here, below the repositories, so that routing (which sits below them)
can take it before it locks routing rows (``routing/assign.py``: the lock order log → routing rows).
On SQLite the one writer thread already serialises: no-ops that only mark the session."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.executor import LOG_LOCK_KEY

EVENT_LOCK_KEY = 0x41_44_45_56  # "ADEV"


def lock_cte() -> sa.CTE:
    """``WITH log_lock AS (SELECT pg_advisory_xact_lock(…))``: the log's lock inside a statement
    that selects ``FROM`` it (PostgreSQL), one round trip instead of two. A CTE calling a volatile
    function is never folded into the query, so whatever the statement computes per row of it (a
    seq drawn, a row locked) happens only once the lock is held; held to the commit."""
    return sa.select(
        sa.func.pg_advisory_xact_lock(sa.literal(EVENT_LOCK_KEY, sa.BigInteger)).label("locked")
    ).cte("log_lock")


def needs_lock(session: Session) -> bool:
    """PostgreSQL, and this transaction does not hold the log's lock yet: a statement may take it
    (``lock_cte``) and then :func:`mark_locked`."""
    return not session.info.get(LOG_LOCK_KEY) and session.get_bind().dialect.name == "postgresql"


def mark_locked(session: Session) -> None:
    """The log's lock was taken inside a statement (``lock_cte``): held to the commit."""
    session.info[LOG_LOCK_KEY] = True


def lock_log(session: Session) -> None:
    """Take the log's lock for this transaction (once; see ``repo_events.lock_log``)."""
    if session.info.get(LOG_LOCK_KEY):
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": EVENT_LOCK_KEY})
    session.info[LOG_LOCK_KEY] = True


def try_lock_log(session: Session) -> bool:
    """:func:`lock_log` without waiting: False when another transaction holds it (a periodic job
    that holds rows a writer may want must not wait for it)."""
    if session.info.get(LOG_LOCK_KEY):
        return True
    if session.get_bind().dialect.name == "postgresql":
        got = session.execute(sa.text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": EVENT_LOCK_KEY})
        if not got.scalar():
            return False
    session.info[LOG_LOCK_KEY] = True
    return True
