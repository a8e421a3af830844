"""Auto-assignment on PostgreSQL with two server nodes sharing one database: customers write to
both at once, agents are connected to one of them; nobody is assigned a conversation twice and no
agent goes over capacity, also while both nodes' queue jobs hand out the waiting chats.

Uses the suite's ``postgres_url`` fixture (skipped without PostgreSQL on a developer machine, a
failure in CI)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tests.server.routing.support import (
    EN_AGENTS,
    ZH_AGENTS,
    agents,
    burst,
    floor,
    open_load,
    teams_file,
    truth,
)

pytestmark = pytest.mark.postgres


def _seeded_sessions(pg_url: str, tmp_path: Path, chat: int) -> tuple[Engine, Callable[[], Session]]:
    """Sessions on a fresh schema with the routing seed, the teams policy (``chat`` per agent) and
    this node's name in their info, as the server's writer opens them."""
    from app.server.db.engine import make_engine, make_session_factory
    from app.server.routing import clock, presence
    from app.server.routing.policy import load_teams
    from app.server.tables import create_schema
    from tests.server.routing.support import Seed

    engine = make_engine(pg_url)
    create_schema(engine)
    factory = make_session_factory(engine)
    Seed(2).prepare(factory)
    info = {clock.TEAMS_KEY: load_teams(teams_file(tmp_path, chat=chat)), presence.NODE_KEY: "n1"}

    def session() -> Session:
        s = factory()
        s.info.update(info)
        return s

    return engine, session


async def test_two_nodes_on_postgresql_assign_each_chat_once_and_never_over_capacity(tmp_path, pg_url):
    policy = str(teams_file(tmp_path, chat=5))
    nodes = {"routing_interval": 0.2, "teams_policy_path": policy, "db_url": pg_url}
    (tmp_path / "b").mkdir()
    async with floor(tmp_path, customers=80, **nodes) as a, floor(tmp_path / "b", customers=80, **nodes) as b:
        desks = await agents(a, (*EN_AGENTS, *ZH_AGENTS))  # all connected to node a
        uids = [f"C{i:04d}" for i in range(80)]
        created: list[int] = []
        for start in range(0, 80, 20):  # bursts split across both nodes, at the same time
            part = uids[start : start + 20]
            got = await asyncio.gather(burst(a, part[::2]), burst(b, part[1::2]))
            created += [c for ids in got for c in ids]
        assert len(set(created)) == 80

        facts = await a.context.db.run(truth)
        load = await a.context.db.run(open_load)
        assert max(load.values()) <= 5 and sum(load.values()) == 30  # six agents, five chats each
        assigned = Counter(e.conversation_id for e in facts["log"] if e.agent is not None)
        assert set(assigned.values()) == {1} and len(assigned) == 30
        queued = [c for c in created if facts["conversations"][c].assignee is None]
        assert len(queued) == 50 and all(facts["conversations"][c].work.queued_at for c in queued)

        # Everyone resolves what they have: both nodes' queue jobs hand out the waiting chats.
        for cid in created:
            conv = facts["conversations"][cid]
            if conv.assignee is not None:
                await desks[conv.assignee].request(
                    "conversation.update", conversation_id=cid, status="resolved"
                )

        async def settled() -> dict[str, int]:
            for _ in range(200):
                current = await b.context.db.run(open_load)
                if sum(current.values()) == 30:
                    return current
                await asyncio.sleep(0.1)
            raise AssertionError("the queue was not handed out")

        load = await settled()
        assert max(load.values()) <= 5
        facts = await b.context.db.run(truth)
        assigned = Counter(e.conversation_id for e in facts["log"] if e.agent is not None)
        assert set(assigned.values()) == {1} and len(assigned) == 60  # 30 at arrival, 30 from the queue
        reasons = Counter(e.reason for e in facts["log"] if e.agent is not None)
        assert reasons == {"new": 30, "queue": 30}


def test_two_deciders_at_once_wait_for_each_other_on_postgresql(tmp_path, pg_url):
    """Two transactions decide at the same moment for one agent with room for one more chat: the
    second waits for the first's row lock, then sees its assignment and queues its chat. (Without
    the lock it would count the same load and give the agent a second chat: over capacity.)"""
    import threading
    from datetime import UTC, datetime

    from app.server.db import schema as db
    from app.server.routing import assign, presence
    from app.server.routing.policy import load_teams

    engine, session = _seeded_sessions(pg_url, tmp_path, chat=1)
    now = datetime.now(UTC)

    with session() as s, s.begin():
        presence.record(s, "ann", "available", now)
        assign.lock_agents(s, ["ann"])  # her routing row exists before the race (as after her first chat)
        ids = []
        for uid in ("C0000", "C0000"):
            conv = db.Conversation(
                customer_uid=uid,
                channel="chat",
                status="open",
                priority="normal",
                tags=[],
                created_at=now,
                updated_at=now,
                message_count=0,
            )
            s.add(conv)
            s.flush()
            ids.append(conv.id)
    team = load_teams(teams_file(tmp_path, chat=1)).teams["en"]
    only_ann = type(team)(**{**team.__dict__, "members": ("ann",)})
    results: dict[str, str | None] = {}

    def decide(name: str, conversation_id: int, first: Session | None = None) -> None:
        s = first or session()
        if first is None:
            s.begin()
        conv = s.get(db.Conversation, conversation_id)
        customer = s.get(db.Customer, conv.customer_uid)
        results[name] = assign.decide(s, conv, customer, now, reason="new", team=only_ann).agent
        if first is None:
            s.commit()
            s.close()

    one = session()
    one.begin()
    decide("one", ids[0], one)  # holds ann's routing row until it commits
    other = threading.Thread(target=decide, args=("two", ids[1]))
    other.start()
    other.join(2.0)  # blocked on the lock (without it, it would be done and wrong by now)
    one.commit()
    one.close()
    other.join(30)
    assert results == {"one": "ann", "two": None}
    with session() as s:
        assert [c.assignee for c in s.scalars(sa.select(db.Conversation).order_by(db.Conversation.id))] == [
            "ann",
            None,
        ]
    engine.dispose()


def test_the_queue_job_skips_a_chat_whose_candidates_another_transaction_holds(tmp_path, pg_url):
    """A writer routing a new chat holds the candidates' routing rows and may next want a queued
    conversation's row (a message to it). The queue job, which has claimed that conversation, must
    not wait for those routing rows (a deadlock across nodes, broken only after PostgreSQL's
    deadlock_timeout): it leaves the conversation queued for its next pass, and assigns it then."""
    import threading
    from datetime import UTC, datetime

    from app.server.db import schema as db
    from app.server.dispatch import jobs
    from app.server.routing import assign, clock, presence
    from app.server.routing.schema import ConversationWork

    engine, session = _seeded_sessions(pg_url, tmp_path, chat=5)
    now = datetime.now(UTC)

    with session() as s, s.begin():
        for name in (*EN_AGENTS, *ZH_AGENTS):
            presence.record(s, name, "available", now)
        assign.lock_agents(s, [*EN_AGENTS, *ZH_AGENTS])  # everyone's routing row exists
        conv = db.Conversation(
            customer_uid="C0000", channel="chat", status="open", priority="normal", tags=[],
            created_at=now, updated_at=now, message_count=0,
        )
        s.add(conv)
        s.flush()
        clock.new_work(s, conv).queued_at = now  # waiting in its team's queue
        queued_id = conv.id

    writer = session()
    writer.begin()
    assign.lock_agents(writer, [*EN_AGENTS, *ZH_AGENTS])  # a new chat's routing, not committed yet
    results: list[bool | None] = []

    def job() -> None:
        with session() as s, s.begin():
            results.append(jobs.assign_queued(s, queued_id, now))

    runner = threading.Thread(target=job)
    runner.start()
    runner.join(10)  # without skip_locked it waits for the writer's commit (here: forever)
    done_before_the_writer = not runner.is_alive()
    writer.commit()
    writer.close()
    runner.join(30)
    assert done_before_the_writer and results == [assign.BUSY]
    with session() as s:
        work = s.get(ConversationWork, queued_id)
        assert work is not None and work.queued_at is not None  # still queued, nothing written
        assert s.get(db.Conversation, queued_id).assignee is None
    with session() as s, s.begin():  # the next pass, nobody holding the rows: assigned
        assert jobs.assign_queued(s, queued_id, now) is True
    with session() as s:
        assert s.get(db.Conversation, queued_id).assignee is not None
    engine.dispose()


async def test_a_queue_pass_tries_a_busy_team_once_and_assigns_on_the_next(tmp_path, pg_url):
    """While another node's writer holds the event log's lock (most of the time under load), the
    queue job can decide nothing (``assign.BUSY``). It used to go on to the next queued chat of the
    same team — a transaction of four statements each, up to 200 per pass, on every node — now the
    team's queue waits for the next pass, as when nobody has room."""
    from datetime import UTC, datetime

    import psycopg

    from app.server.bus.postgres import conninfo
    from app.server.db import schema as db
    from app.server.dispatch import jobs
    from app.server.dispatch.service import DispatchService
    from app.server.repos import repo_events
    from app.server.routing import assign, clock, presence

    engine, session = _seeded_sessions(pg_url, tmp_path, chat=5)
    now = datetime.now(UTC)
    with session() as s, s.begin():
        for name in (*EN_AGENTS, *ZH_AGENTS):
            presence.record(s, name, "available", now)
        for i in range(4):
            conv = db.Conversation(
                customer_uid=f"C{i % 2:04d}", channel="chat", status="open", priority="normal", tags=[],
                created_at=now, updated_at=now, message_count=0,
            )
            s.add(conv)
            s.flush()
            clock.new_work(s, conv).queued_at = now
    tried: list[object] = []

    class Db:
        async def run(self, fn, *args):  # type: ignore[no-untyped-def]
            with session() as s, s.begin():
                done = fn(s, *args)
            if fn.__name__ == "assign_queued":
                tried.append(done)
            return done

    service = DispatchService(Db(), interval=1.0, grace_seconds=60, sla_interval=60)  # type: ignore[arg-type]
    with psycopg.connect(conninfo(pg_url)) as other:  # another node's writer, in its transaction
        other.execute("SELECT pg_advisory_xact_lock(%s)", (repo_events.EVENT_LOCK_KEY,))
        teams = {team for _, team in await Db().run(jobs.queued, now)}
        assert await service.run_once() == 0
        assert tried == [assign.BUSY] * len(teams), tried  # one try per team, not one per chat
        other.rollback()
    tried.clear()
    assert await service.run_once() == 4  # the lock is free: the next pass assigns them all
    assert all(t is True for t in tried)
    engine.dispose()
