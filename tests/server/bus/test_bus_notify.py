"""What the PostgreSQL bus announces and how a node counts what it hears (issue 15's cross-node
latency): only transactions that appended events notify; a node never reads its own commits back
from the log; ``/metrics`` shows the stages of another node's commit on its way here."""

from __future__ import annotations

import asyncio

import httpx
import psycopg
import pytest
from sqlalchemy.orm import Session

from app.protocol.events import AgentPresenceChanged
from app.server.bus.postgres import LOG_CHANNEL, READER_NAME, conninfo, parse_note
from app.server.bus.stats import BusStats, quantile
from app.server.repos import repo_events
from app.server.search import index as search_index
from tests.server.test_cluster import _is_message, _regular_chat_customer
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


def _one_event(session: Session) -> int:
    payload = AgentPresenceChanged(username="alice", display_name="Alice", role="agent", presence="busy")
    return repo_events.append_event(session, AgentPresenceChanged.NAME, payload).seq


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url  # conftest's: a fresh database per test


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
        sent = [(await customer.send("before the cut", "r-0"))["seq"]]
        await alice.wait_for(_is_message("before the cut"), timeout=20)
        assert a.context.bus.stats.reads >= 1  # node a read b's message on its log connection
        async with await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as admin:
            cursor = await admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
                (READER_NAME,),
            )
            assert (await cursor.fetchone())[0] >= 1
        for i in range(1, 5):
            sent.append((await customer.send(f"after the cut {i}", f"r-{i}"))["seq"])
        got = [sent[0]]
        for i in range(1, 5):
            got.append((await alice.wait_for(_is_message(f"after the cut {i}"), timeout=20))["seq"])
        assert got == sent
        rest = [f["seq"] for f in await alice.drain(0.5) if f["type"] == "event"]
        assert not set(rest) & set(got)  # nothing twice
