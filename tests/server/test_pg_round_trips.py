"""Round trips of the writer's group commit on PostgreSQL (issue 15's cross-node p99: every round
trip waits for PostgreSQL to get a core). Counted on the wire: libpq's trace of the writer's
connection, one ``ReadyForQuery`` per round trip. A batch whose requests append events makes
``BEGIN`` + per request its statements (the first event's statement also takes the log's lock) +
ONE for the notification and the COMMIT; the guarantees the fewer round trips must keep are
checked beside: the notification arrives after the commit with the head, the lock is held from the
seq's draw to the commit, a dead pooled connection is replaced before a batch uses it."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import pq
from sqlalchemy.orm import Session

from app.server.bus.postgres import LOG_CHANNEL, conninfo, notify_on_commit, parse_note
from app.server.db import engine as db_engine
from app.server.repos import repo_events
from tests.server.test_group_commit import Harness, event_job

pytestmark = pytest.mark.postgres

_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k AND granted"


class Traced:
    """libpq's trace of the writer's (one) pooled connection, from ``start`` on."""

    def __init__(self, harness: Harness, tmp_path: Path) -> None:
        self.harness = harness
        self.path = tmp_path / "writer.trace"
        self._file: Any = None
        self._raw: Any = None

    async def start(self) -> None:
        def grab(session: Session) -> None:
            self._raw = session.connection().connection.driver_connection

        await self.harness.db.run(grab)
        self._file = tempfile.NamedTemporaryFile("w+", dir=self.path.parent, delete=False)  # noqa: SIM115
        self._raw.pgconn.trace(self._file.fileno())
        self._raw.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

    def stop(self) -> list[str]:
        """The messages on the wire, one entry each (a statement's SQL may span lines)."""
        self._raw.pgconn.untrace()
        self._file.flush()
        messages: list[str] = []
        for line in Path(self._file.name).read_text().splitlines():
            if line.startswith(("F\t", "B\t")) or not messages:
                messages.append(line)
            else:
                messages[-1] += "\n" + line
        self._file.close()
        return messages


def round_trips(messages: list[str]) -> int:
    return sum(1 for m in messages if m.startswith("B\t") and "\tReadyForQuery" in m)


def sent(messages: list[str]) -> list[str]:
    """What the client sent, one entry per statement (simple queries whole, extended ones' SQL)."""
    return [
        m.split("\t", 3)[3].strip()
        for m in messages
        if m.startswith("F\t") and m.split("\t")[2] in ("Query", "Parse")
    ]


@pytest.fixture
def harness(pg_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(db_engine, "PING_AFTER_IDLE", 1e9)  # no idle ping: the count is exact
    h = Harness(pg_url)
    notify_on_commit(h.db._session_factory, "node-x")  # the bus's writer side, as make_bus installs it
    try:
        yield h
    finally:
        h.close()


async def test_a_one_event_batch_is_three_round_trips_and_notifies_after_its_commit(
    harness: Harness, pg_url: str, tmp_path: Path
) -> None:
    async with await psycopg.AsyncConnection.connect(conninfo(pg_url), autocommit=True) as listener:
        await listener.execute(f"LISTEN {LOG_CHANNEL}")
        traced = Traced(harness, tmp_path)
        await traced.start()
        seq = await harness.db.run(event_job(1))
        lines = traced.stop()
        note = await asyncio.wait_for(anext(listener.notifies()), 10)
    statements = sent(lines)
    # BEGIN; the event with the log's lock in its statement; the notification with the COMMIT
    assert round_trips(lines) == 3, statements
    assert statements[0] == '"BEGIN"'
    assert "pg_advisory_xact_lock" in statements[1] and "INSERT INTO events" in statements[1]
    assert "pg_notify" in statements[2] and statements[2].endswith('COMMIT"')
    assert parse_note(note.payload)[:2] == (seq, "node-x")  # type: ignore[index]
    assert '";"' not in statements  # no ping (an empty query) of a connection in use just now


async def test_a_batch_pays_begin_and_commit_once_and_the_lock_once(harness: Harness, tmp_path: Path) -> None:
    traced = Traced(harness, tmp_path)
    await traced.start()
    held = harness.hold_writer()
    futures = [harness.db.submit(event_job(n)) for n in range(5)]
    harness.gate.set()
    await held
    seqs = [await f for f in futures]
    lines = traced.stop()
    statements = sent(lines)
    assert seqs == sorted(seqs) and len(set(seqs)) == 5
    # the held batch sends nothing (no statement: psycopg never began); the five events' batch:
    # BEGIN, five INSERTs (the first with the lock), the notification with the COMMIT
    assert round_trips(lines) == 1 + 5 + 1, statements
    assert sum("pg_advisory_xact_lock" in s for s in statements) == 1
    assert sum("pg_notify" in s for s in statements) == 1


async def test_the_lock_taken_in_the_insert_is_held_to_the_commit(harness: Harness) -> None:
    def appends_and_reports(session: Session) -> tuple[int, int]:
        before = int(session.scalar(sa.text(_LOCKS), {"k": repo_events.EVENT_LOCK_KEY}) or 0)
        event_job(1)(session)
        after = int(session.scalar(sa.text(_LOCKS), {"k": repo_events.EVENT_LOCK_KEY}) or 0)
        event_job(2)(session)  # the second event does not lock again (one lock, still held)
        again = int(session.scalar(sa.text(_LOCKS), {"k": repo_events.EVENT_LOCK_KEY}) or 0)
        return before, after + again * 10

    assert await harness.db.run(appends_and_reports) == (0, 11)
    with harness.engine.connect() as probe:  # released at the commit
        assert probe.scalar(sa.text(_LOCKS), {"k": repo_events.EVENT_LOCK_KEY}) == 0


async def test_a_failing_commit_still_fails_its_request_and_notifies_nothing(
    harness: Harness, pg_url: str
) -> None:
    """The COMMIT rides with the notification: a COMMIT that fails (a deferred constraint here)
    must still fail the request, leave nothing behind and announce nothing."""
    with harness.engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE TABLE pgwrite_deferred (id int PRIMARY KEY, parent int"
            " REFERENCES pgwrite_deferred (id) DEFERRABLE INITIALLY DEFERRED)"
        ))

    def breaks_at_commit(session: Session) -> int:
        seq = event_job(7)(session)
        session.execute(sa.text("INSERT INTO pgwrite_deferred VALUES (1, 99)"))
        return seq

    async with await psycopg.AsyncConnection.connect(conninfo(pg_url), autocommit=True) as listener:
        await listener.execute(f"LISTEN {LOG_CHANNEL}")
        with pytest.raises(sa.exc.IntegrityError):
            await harness.db.run(breaks_at_commit)
        seq = await harness.db.run(event_job(8))  # the writer goes on; this one is announced
        note = await asyncio.wait_for(anext(listener.notifies()), 10)
    assert parse_note(note.payload)[0] == seq  # type: ignore[index]
    with harness.engine.connect() as conn:
        names = conn.scalars(sa.text("SELECT data FROM events ORDER BY seq")).all()
        assert len(names) == 1 and '"u8"' in names[0]
        assert conn.scalar(sa.text("SELECT count(*) FROM pgwrite_deferred")) == 0


async def test_an_idle_dead_connection_is_replaced_before_a_batch_uses_it(
    harness: Harness, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def backend(session: Session) -> int:
        return int(session.scalar(sa.text("SELECT pg_backend_pid()")) or 0)

    first = await harness.db.run(backend)
    with psycopg.connect(conninfo(pg_url), autocommit=True) as killer:  # not one of the pool's
        killer.execute("SELECT pg_terminate_backend(%s)", (first,))
    monkeypatch.setattr(db_engine, "PING_AFTER_IDLE", 0.0)  # every checkout pings: it sat idle
    seq = await harness.db.run(event_job(3))
    assert seq >= 1
    assert await harness.db.run(backend) != first
