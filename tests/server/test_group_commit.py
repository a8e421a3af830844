"""The writer's group commit (``app/server/db/executor.py``) on a real SQLite file and on PostgreSQL,
with the server's schema: one transaction per batch, each request in its own savepoint, one wake-up per batch,
commit order = queue order, a failed commit retried request by request, readers beside it."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol.errors import ErrorCode, ProtocolError
from app.server.db.engine import make_engine, make_reader_engine, make_session_factory
from app.server.db.executor import DbExecutor
from app.server.db.schema import Agent, Event, Setting
from app.server.repos import repo_events
from app.server.repos.repo_events import StoredEvent
from app.server.tables import create_schema
from app.server.timeutil import utcnow


class Harness:
    def __init__(self, url: str) -> None:
        self.dialect = sa.make_url(url).get_backend_name()
        self.engine = make_engine(url)
        create_schema(self.engine)
        self.reader_engine = make_reader_engine(url, 2)
        assert self.reader_engine is not None
        self.published: list[list[StoredEvent]] = []
        self.resets = 0
        self.db = DbExecutor(
            make_session_factory(self.engine),
            on_commit=self.published.append,
            read_factory=make_session_factory(self.reader_engine),
            reset_hook=self._reset,
        )
        self.gate = threading.Event()

    def _reset(self) -> None:
        self.resets += 1

    def hold_writer(self) -> asyncio.Future[Any]:
        """Occupy the writer thread until ``gate`` is set: everything submitted meanwhile queues up."""
        started = threading.Event()

        def wait(_session: Session) -> None:
            started.set()
            assert self.gate.wait(30), "the test never released the writer"

        future = self.db.submit(wait)
        assert started.wait(10)
        return future

    def close(self) -> None:
        self.gate.set()
        self.db.shutdown()
        self.engine.dispose()
        self.reader_engine.dispose()  # type: ignore[union-attr]


def put_setting(key: str, value: str = "x"):  # type: ignore[no-untyped-def]
    def fn(session: Session) -> str:
        session.add(Setting(key=key, value=value))
        return key

    return fn


def event_job(n: int):  # type: ignore[no-untyped-def]
    def fn(session: Session) -> int:
        payload = pe.AgentPresenceChanged(
            username=f"u{n}", display_name="U", role="agent", presence="available"
        )
        return repo_events.append_event(session, "agent.presence", payload).seq

    return fn


def settings(session: Session) -> set[str]:
    return set(session.scalars(sa.select(Setting.key)))


@pytest.fixture
def pg_harness(pg_url: str):  # type: ignore[no-untyped-def]
    h = Harness(pg_url)
    try:
        yield h
    finally:
        h.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def harness(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        h = Harness(f"sqlite:///{tmp_path / 'gc.sqlite3'}")
        try:
            yield h
        finally:
            h.close()
        return
    h = Harness(request.getfixturevalue("pg_url"))
    try:
        yield h
    finally:
        h.close()


async def test_a_batch_commits_once_and_a_refused_request_fails_alone(harness: Harness) -> None:
    held = harness.hold_writer()
    good = [harness.db.submit(put_setting(f"k{i}")) for i in range(5)]
    refused = harness.db.submit(_raise_protocol_error)  # it wrote, then raised: undone alone
    again = harness.db.submit(_raise_protocol_error)  # right after: undone to its own savepoint
    after = [harness.db.submit(put_setting(f"k{i}")) for i in range(5, 8)]
    harness.gate.set()
    await held
    batches = harness.db.batches  # the held request's batch is committed; the nine are next
    assert [await f for f in good + after] == [f"k{i}" for i in range(8)]
    for future in (refused, again):
        with pytest.raises(ProtocolError) as err:
            await future
        assert err.value.code is ErrorCode.NOT_FOUND
    assert harness.db.batches == batches + 1  # all ten in one transaction
    stored = await harness.db.read(settings)
    assert {f"k{i}" for i in range(8)} <= stored and "never" not in stored


async def test_a_request_that_breaks_a_constraint_fails_alone(harness: Harness) -> None:
    """A failed ORM flush ends the session's transaction (SQLAlchemy rolls it back): the batch is
    then committed request by request, and still only the bad one fails."""
    held = harness.hold_writer()
    good = [harness.db.submit(put_setting(f"c{i}")) for i in range(3)]
    duplicate = harness.db.submit(put_setting("c1"))  # the same primary key again: IntegrityError
    after = [harness.db.submit(put_setting(f"c{i}")) for i in range(3, 5)]
    harness.gate.set()
    await held
    assert [await f for f in good + after] == [f"c{i}" for i in range(5)]
    with pytest.raises(IntegrityError):
        await duplicate
    assert {f"c{i}" for i in range(5)} <= await harness.db.read(settings)


def _raise_protocol_error(session: Session) -> None:
    session.add(Setting(key="never", value="x"))
    session.flush()
    raise ProtocolError(ErrorCode.NOT_FOUND, "no such thing")


async def test_a_failed_request_leaves_nothing_behind(harness: Harness) -> None:
    held = harness.hold_writer()
    refused = harness.db.submit(_raise_protocol_error)
    ok = harness.db.submit(put_setting("kept"))
    harness.gate.set()
    await held
    with pytest.raises(ProtocolError):
        await refused
    assert await ok == "kept"
    stored = await harness.db.read(settings)
    assert "kept" in stored and "never" not in stored
    assert harness.resets >= 1  # the customer cache is cleared after a rollback


async def test_one_wake_up_per_batch_with_the_events_in_commit_order(harness: Harness) -> None:
    held = harness.hold_writer()
    futures = [harness.db.submit(event_job(n)) for n in range(6)]
    before = len(harness.published)
    harness.gate.set()
    await held
    seqs = [await f for f in futures]
    await asyncio.sleep(0)  # the batch's events are published right after its answers
    assert seqs == sorted(seqs) and len(set(seqs)) == 6
    assert len(harness.published) == before + 1
    assert [ev.seq for ev in harness.published[-1]] == seqs


async def test_answers_come_before_the_events_of_their_batch(harness: Harness) -> None:
    order: list[str] = []
    harness.db.on_commit = lambda events: order.append("published")
    future = harness.db.submit(event_job(1))
    future.add_done_callback(lambda _f: order.append("answered"))
    await future
    for _ in range(3):
        await asyncio.sleep(0)
    assert order == ["answered", "published"]


def _deferred_fk_violation(session: Session) -> str:
    """Passes its savepoint, breaks the transaction's commit: a foreign key checked at COMMIT
    (SQLite: ``defer_foreign_keys``; PostgreSQL: a DEFERRABLE INITIALLY DEFERRED key on a temporary
    table, made inside the transaction so it goes with the rollback)."""
    session.execute(
        sa.insert(Event.__table__).values(name="x", data="{}", created_at=utcnow())
    )  # harmless
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("CREATE TEMP TABLE IF NOT EXISTS gc_parent (id int PRIMARY KEY)"))
        session.execute(sa.text(
            "CREATE TEMP TABLE IF NOT EXISTS gc_child "
            "(parent int REFERENCES gc_parent (id) DEFERRABLE INITIALLY DEFERRED)"
        ))
        session.execute(sa.text("INSERT INTO gc_child VALUES (999999)"))
        return "dangling"
    session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    session.execute(
        sa.text(
            "INSERT INTO agent_tokens (agent_id, token_hash, created_at, expires_at) "
            "VALUES (999999, 'dangling', '2030-01-01T00:00:00+00:00', '2030-01-02T00:00:00+00:00')"
        )
    )
    return "dangling"


async def test_a_batch_whose_commit_fails_is_committed_request_by_request(harness: Harness) -> None:
    held = harness.hold_writer()
    first = harness.db.submit(put_setting("before"))
    broken = harness.db.submit(_deferred_fk_violation)
    last = harness.db.submit(put_setting("after"))
    harness.gate.set()
    await held
    assert await first == "before"
    assert await last == "after"
    with pytest.raises(IntegrityError):
        await broken
    stored = await harness.db.read(settings)
    assert {"before", "after"} <= stored
    tokens = await harness.db.read(lambda s: s.scalar(sa.text("SELECT count(*) FROM agent_tokens")))
    assert tokens == 0


async def test_a_read_does_not_wait_for_the_writer(harness: Harness) -> None:
    held = harness.hold_writer()
    queued = harness.db.submit(put_setting("queued"))
    stored = await asyncio.wait_for(harness.db.read(settings), 10)  # the writer is still held
    assert "queued" not in stored
    assert not held.done() and not queued.done()
    harness.gate.set()
    await queued
    assert "queued" in await harness.db.read(settings)


async def test_readers_cannot_write(harness: Harness) -> None:
    def write(session: Session) -> None:
        agent = Agent(username="x", display_name="x", role="agent", password_hash="x", created_at=utcnow())
        session.add(agent)
        session.flush()

    with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
        await harness.db.read(write)


async def test_a_clean_batch_runs_once_and_a_refusal_runs_it_again_alike(harness: Harness) -> None:
    """Requests run without savepoints until one raises; then the batch runs again with that one in
    its own savepoint. A later request of the batch still sees what an earlier one wrote, and the
    refused one leaves nothing behind."""
    def read_back(key: str):  # type: ignore[no-untyped-def]
        def fn(session: Session) -> str | None:
            return session.get(Setting, key) and key

        return fn

    held = harness.hold_writer()
    clean = [harness.db.submit(put_setting(f"r{i}")) for i in range(4)]
    harness.gate.set()
    await held
    assert [await f for f in clean] == [f"r{i}" for i in range(4)]
    assert harness.db.redos == 0

    harness.gate.clear()
    held = harness.hold_writer()
    first = harness.db.submit(put_setting("s1"))
    refused = harness.db.submit(_raise_protocol_error)
    seen = harness.db.submit(read_back("s1"))  # the same transaction: sees s1
    last = harness.db.submit(put_setting("s2"))
    harness.gate.set()
    await held
    assert (await first, await seen, await last) == ("s1", "s1", "s2")
    with pytest.raises(ProtocolError):
        await refused
    assert harness.db.redos == 1
    stored = await harness.db.read(settings)
    assert {"s1", "s2"} <= stored and "never" not in stored


# --- the event log's lock (PostgreSQL): taken at a batch's first event, held to its commit --------
_LOG_LOCK = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objsubid = 1"
    f" AND objid = {repo_events.EVENT_LOCK_KEY}"
)


async def _until(check: Any, what: str) -> None:
    for _ in range(400):
        if check():
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"never: {what}")


@pytest.mark.postgres
async def test_only_a_batch_that_appends_events_waits_for_the_event_log_lock(pg_harness: Harness) -> None:
    """Another node holds the log's lock: a batch without events commits meanwhile (a periodic job
    that found nothing, audit rows); one with an event waits for the lock, then commits."""
    with pg_harness.engine.connect() as other:
        other.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": repo_events.EVENT_LOCK_KEY})
        assert await asyncio.wait_for(pg_harness.db.run(put_setting("no-event")), 30) == "no-event"
        waiting = pg_harness.db.submit(event_job(1))

        def writer_waits() -> bool:
            with pg_harness.engine.connect() as probe:
                return bool(probe.scalar(sa.text(_LOG_LOCK + " AND NOT granted")))

        await _until(writer_waits, "the batch with an event waits for the log's lock")
        assert not waiting.done()
        other.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": repo_events.EVENT_LOCK_KEY})
        other.commit()
        assert await asyncio.wait_for(waiting, 30) >= 1
    assert "no-event" in await pg_harness.db.read(settings)


@pytest.mark.postgres
async def test_a_lock_released_with_a_rolled_back_savepoint_is_taken_again(pg_harness: Harness) -> None:
    """A request appends an event (taking the lock inside its savepoint) and then refuses: the
    savepoint's rollback releases the lock, so the next request's event must take it again — else
    its seq would be drawn and committed without it (out of commit order across nodes)."""

    def appends_then_refuses(session: Session) -> None:
        event_job(0)(session)
        raise ProtocolError(ErrorCode.BAD_REQUEST, "refused after its event")

    def appends_and_reports(session: Session) -> int:
        event_job(2)(session)
        return int(session.scalar(sa.text(_LOG_LOCK + " AND granted AND pid = pg_backend_pid()")) or 0)

    held = pg_harness.hold_writer()
    refused = pg_harness.db.submit(appends_then_refuses)
    reported = pg_harness.db.submit(appends_and_reports)
    pg_harness.gate.set()
    await held
    with pytest.raises(ProtocolError):
        await refused
    assert await reported == 1  # held by this transaction at its event
    assert pg_harness.db.redos >= 1  # the refusal ran in a savepoint of its own


@pytest.mark.postgres
async def test_a_deadlock_victim_runs_again_and_other_errors_do_not(pg_harness: Harness) -> None:
    """PostgreSQL's deadlock_detected (40P01) rolls a lone request's transaction back whole: the
    writer runs it again (several nodes lock rows in different orders; session 7's storm of new
    chats, tests/server/test_cluster_jobs.py), and what it wrote the first time is gone. Any other
    error is the request's answer at once."""
    calls: list[int] = []

    def victim_once(session: Session) -> str:
        calls.append(1)
        session.add(Setting(key=f"try-{len(calls)}", value="x"))
        session.flush()
        if len(calls) == 1:  # a real error of that state, raised by the server
            session.execute(sa.text("DO $$ BEGIN RAISE EXCEPTION 'as if' USING ERRCODE = '40P01'; END $$"))
        return "done"

    assert await asyncio.wait_for(pg_harness.db.run(victim_once), 30) == "done"
    assert len(calls) == 2
    assert {"try-1", "try-2"} & await pg_harness.db.read(settings) == {"try-2"}

    def always_other(session: Session) -> None:
        calls.append(1)
        session.execute(sa.text("DO $$ BEGIN RAISE EXCEPTION 'no' USING ERRCODE = '22012'; END $$"))

    calls.clear()
    with pytest.raises(sa.exc.DBAPIError):
        await asyncio.wait_for(pg_harness.db.run(always_other), 30)
    assert len(calls) == 1
