"""What the PostgreSQL bus announces and how a node counts what it hears (issue 15's cross-node
latency): only transactions that appended events notify; a node never reads its own commits back
from the log; ``/metrics`` shows the stages of another node's commit on its way here."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol.events import AgentPresenceChanged
from app.server.bus import log as event_log
from app.server.bus.postgres import LOG_CHANNEL, READER_NAME, conninfo, note_rows, parse_note
from app.server.bus.stats import BusStats, quantile
from app.server.repos import repo_events
from app.server.search import index as search_index
from tests.server.test_cluster import _is_message, _regular_chat_customer
from tests.support.cluster import drop_database, fresh_database
from tests.support.server import AgentClient, CustomerClient, running_server


def test_a_notification_carries_the_seq_the_node_and_when_and_an_older_bare_seq_is_understood():
    assert parse_note("42 host-1-abc 1765000000.25") == (42, "host-1-abc", 1765000000.25)
    assert parse_note("42") == (42, None, None)  # an older build's payload
    assert parse_note("forty-two") is None
    assert parse_note("42 host-1-abc not-a-time") is None


def test_stage_quantiles_and_the_metrics_lines():
    assert quantile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert quantile([float(i) for i in range(1, 101)], 0.99) == 99.0
    assert quantile([7.0], 1.0) == 7.0
    stats = BusStats()
    for ms in (1.0, 2.0, 30.0):
        stats.add("read", ms)
    stats.notifications = 3
    lines = stats.metrics("n1")
    assert 'agentdesk_bus_notifications_total{node="n1"} 3' in lines
    assert 'agentdesk_bus_stage_ms{node="n1",stage="read",quantile="0.5"} 2.000' in lines
    assert 'agentdesk_bus_stage_ms{node="n1",stage="read",quantile="1"} 30.000' in lines
    assert 'agentdesk_bus_stage_ms_count{node="n1",stage="notify"} 0' in lines


def test_only_sqlite_needs_the_periodic_search_indexer():
    assert search_index.needed("sqlite")
    assert not search_index.needed("postgresql")


def _no_events(session: Session) -> int:
    return 0


def _presence(name: str, display_name: str = "Alice") -> AgentPresenceChanged:
    return AgentPresenceChanged(username=name, display_name=display_name, role="agent", presence="busy")


def _four_events_one_in_a_savepoint(session: Session) -> list[int]:
    def append(name: str) -> int:
        return repo_events.append_event(session, AgentPresenceChanged.NAME, _presence(name)).seq

    seqs = [append("u1"), append("u2")]
    session.execute(sa.text("SAVEPOINT t"))  # as the writer guards a request (executor._in_savepoint)
    seqs.append(append("u3"))
    session.execute(sa.text("RELEASE SAVEPOINT t"))
    seqs.append(append("u4"))
    return seqs


def _one_huge_event(session: Session) -> int:
    payload = _presence("alice", "A" * 9000)
    return repo_events.append_event(session, AgentPresenceChanged.NAME, payload).seq


async def _note_for(listener: psycopg.AsyncConnection, seq: int) -> str:
    async for note in listener.notifies():
        parsed = parse_note(note.payload)
        if parsed is not None and parsed[0] >= seq:
            return note.payload
    raise AssertionError("no notification")


@pytest.mark.postgres
async def test_a_notification_carries_its_transactions_rows_as_the_log_would_read_them(tmp_path, db_url):
    async with (
        running_server(tmp_path, db_url=db_url) as a,
        await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as listener,
    ):
        await listener.execute(f"LISTEN {LOG_CHANNEL}")
        seqs = await a.context.db.run(_four_events_one_in_a_savepoint)
        payload = await _note_for(listener, seqs[-1])
        carried = event_log.stored_rows([tuple(r) for r in note_rows(payload)])
        # the savepoint's event (its own xid) is left to the log; the others ride along
        assert [e.seq for e in carried] == [seqs[0], seqs[1], seqs[3]]
        from_log = {e.seq: e for e in await a.context.db.read(event_log.events_after, seqs[0] - 1, 10)}
        for e in carried:
            assert e == from_log[e.seq]
        # too large to ride: the seq alone, and the transaction commits all the same
        seq = await a.context.db.run(_one_huge_event)
        payload = await _note_for(listener, seq)
        assert parse_note(payload)[0] == seq and note_rows(payload) == []
        assert len(payload.encode()) < 8000


@pytest.mark.postgres
async def test_another_nodes_message_reaches_a_desk_from_the_notification_alone(tmp_path, db_url):
    async with running_server(tmp_path, db_url=db_url) as a, running_server(tmp_path, db_url=db_url) as b:
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        uid, _ = await _regular_chat_customer(alice)
        customer = await CustomerClient.connect(b.ws_url, b.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        reads = a.context.bus.stats.reads
        sent = [(await customer.send(f"carried {i}", f"c-{i}"))["seq"] for i in range(5)]
        got = [(await alice.wait_for(_is_message(f"carried {i}"), timeout=20))["seq"] for i in range(5)]
        assert got == sent
        assert a.context.bus.stats.carried_events >= 5
        assert a.context.bus.stats.reads - reads <= 1  # at most a poll's catch-up, not one per commit
        rest = [f["seq"] for f in await alice.drain(0.5) if f["type"] == "event"]
        assert not set(rest) & set(got)  # nothing twice


def _one_event(session: Session) -> int:
    payload = AgentPresenceChanged(username="alice", display_name="Alice", role="agent", presence="busy")
    return repo_events.append_event(session, AgentPresenceChanged.NAME, payload).seq


@pytest.fixture
def db_url(postgres_url: str) -> Iterator[str]:
    url = fresh_database(postgres_url)
    try:
        yield url
    finally:
        drop_database(postgres_url, url)


async def _until(condition, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.05)


@pytest.mark.postgres
async def test_only_event_writing_transactions_notify_and_a_node_skips_its_own(tmp_path, db_url):
    async with running_server(tmp_path, db_url=db_url) as a, running_server(tmp_path, db_url=db_url) as b:
        assert a._indexer is None  # nothing for SQLite's indexer to do here, so no empty transactions
        async with await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as listener:
            await listener.execute(f"LISTEN {LOG_CHANNEL}")
            for _ in range(3):
                await a.context.db.run(_no_events)
                await b.context.db.run(_no_events)
            seq = await a.context.db.run(_one_event)
            heard = []
            async for note in listener.notifies():
                parsed = parse_note(note.payload)
                assert parsed is not None
                heard.append(parsed)
                if parsed[0] >= seq:
                    break
        assert [h[0] for h in heard] == sorted({h[0] for h in heard})  # each a new head, none repeated
        assert heard[-1][:2] == (seq, a.context.bus.node)
        await _until(lambda: b.context.bus.sequencer.head >= seq)
        assert b.context.bus.stats.notifications >= 1
        assert b.context.bus.sequencer.remote_events >= 1
        await _until(lambda: a.context.bus.stats.own_notifications >= 1)
        assert a.context.bus.sequencer.head >= seq

        async with httpx.AsyncClient() as client:
            text = (await client.get(f"{b.http_url}/metrics")).text
        node = b.context.bus.node
        assert f'agentdesk_bus_remote_events_total{{node="{node}"}}' in text
        counts = {
            line.split('stage="')[1].split('"')[0]: int(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("agentdesk_bus_stage_ms_count")
        }
        assert counts["notify"] >= 1 and counts["read"] >= 1 and counts["publish"] >= 1


@pytest.mark.postgres
async def test_a_killed_log_reading_connection_delays_events_but_loses_none(tmp_path, db_url):
    async with running_server(tmp_path, db_url=db_url) as a, running_server(tmp_path, db_url=db_url) as b:
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        uid, _ = await _regular_chat_customer(alice)
        customer = await CustomerClient.connect(b.ws_url, b.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        # Bodies too long to ride in a notification (PostgreSQL's 8000 bytes): node a reads them
        sent = [(await customer.send(_long("before the cut"), "r-0"))["seq"]]
        await alice.wait_for(_is_message(_long("before the cut")), timeout=20)
        assert a.context.bus.stats.reads >= 1  # node a read b's message on its log connection
        assert a.context.bus.stats.carried_events == 0
        async with await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as admin:
            cursor = await admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
                (READER_NAME,),
            )
            assert (await cursor.fetchone())[0] >= 1
        for i in range(1, 5):
            sent.append((await customer.send(_long(f"after the cut {i}"), f"r-{i}"))["seq"])
        got = [sent[0]]
        for i in range(1, 5):
            got.append((await alice.wait_for(_is_message(_long(f"after the cut {i}")), timeout=20))["seq"])
        assert got == sent
        rest = [f["seq"] for f in await alice.drain(0.5) if f["type"] == "event"]
        assert not set(rest) & set(got)  # nothing twice


def _long(label: str) -> str:
    return label + " " + "长" * 2700  # 8,100 bytes of UTF-8
