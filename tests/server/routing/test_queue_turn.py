"""Several nodes take turns at the timed queue pass (``jobs.take_turn``): each node's timer would
otherwise re-try, every interval, the queue nobody had room for (a transaction per team that locks
rows and writes an ``assignment_log`` row), three times over with three nodes. A pass woken by a
change (someone may have room) always runs. On SQLite (one node) and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.server.db.engine import make_engine, make_session_factory
from app.server.dispatch import jobs
from app.server.dispatch.service import DispatchService
from app.server.tables import create_schema

GAP = timedelta(seconds=0.8)
T0 = datetime(2026, 12, 6, 21, 30, 0, tzinfo=UTC)


def _factory(url: str) -> Any:
    engine = make_engine(url)
    create_schema(engine)
    return make_session_factory(engine)


def _turn(factory: Any, now: datetime) -> bool:
    with factory() as session, session.begin():
        return jobs.take_turn(session, now, GAP)


def test_one_node_per_gap_takes_the_timed_turn(sqlite_or_pg_url):
    factory = _factory(sqlite_or_pg_url)
    assert _turn(factory, T0)  # the first ever: the row is made
    assert not _turn(factory, T0 + timedelta(seconds=0.3))  # another node, 0.3 s later
    assert not _turn(factory, T0 + timedelta(seconds=0.79))
    assert _turn(factory, T0 + timedelta(seconds=0.81))  # past the gap: this one's turn
    assert not _turn(factory, T0 + timedelta(seconds=1.0))  # counted from the last turn, not the first
    assert _turn(factory, T0 + timedelta(seconds=1, microseconds=610_001))
    # whole seconds print without a fraction ("…:02+00:00"): still ordered as times
    assert not _turn(factory, T0 + timedelta(seconds=2))
    assert _turn(factory, T0 + timedelta(seconds=3))


class _Db:
    """The executor's ``run`` on a real database, recording which job ran."""

    def __init__(self, factory: Any) -> None:
        self.factory = factory
        self.ran: list[str] = []

    async def run(self, fn: Any, *args: Any) -> Any:
        self.ran.append(fn.__name__)
        with self.factory() as session, session.begin():
            assert isinstance(session, Session)
            return fn(session, *args)


async def test_a_timed_pass_leaves_the_queue_to_the_node_whose_turn_it_was(sqlite_or_pg_url):
    db = _Db(_factory(sqlite_or_pg_url))
    service = DispatchService(db, interval=1.0, grace_seconds=60, sla_interval=60)  # type: ignore[arg-type]
    await service.run_once(timed=True)  # nobody had a turn yet: the queue runs
    assert "queued" in db.ran and "take_turn" in db.ran
    db.ran.clear()
    with db.factory() as session, session.begin():  # "another node" just took its turn
        assert jobs.take_turn(session, datetime.now(UTC) + timedelta(seconds=5), GAP)
    await service.run_once(timed=True)
    assert "queued" not in db.ran and "stranded" not in db.ran
    assert "heartbeat" in db.ran and "wake_snoozed" in db.ran  # this node's own rows still kept
    assert service.turns_left == 1
    db.ran.clear()
    await service.run_once()  # woken: someone may have room, whoever's turn it was
    assert "queued" in db.ran and "take_turn" not in db.ran
