"""Two in-process servers on one PostgreSQL, where a test can reach inside a node: a listening
connection killed mid-stream, an agent connected on two nodes."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from app.server.bus.postgres import LISTENER_NAME
from tests.server.test_cluster import _regular_chat_customer
from tests.support.server import AgentClient, CustomerClient, running_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url  # conftest's: a fresh database per test


async def _until(condition, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.05)


async def test_a_killed_listening_connection_delays_events_but_loses_none(tmp_path, db_url):
    async with running_server(tmp_path, db_url=db_url) as a, running_server(tmp_path, db_url=db_url) as b:
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        uid, _ = await _regular_chat_customer(alice)
        customer = await CustomerClient.connect(b.ws_url, b.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        engine = sa.create_engine(db_url)
        sent = []
        with engine.connect() as conn:
            for i in range(6):
                if i == 2:  # every node's listening connection dies: notifications in flight are lost
                    killed = conn.execute(sa.text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        " WHERE application_name = :n"
                    ), {"n": LISTENER_NAME}).scalar()
                    assert killed == 2
                sent.append((await customer.send(f"through the outage {i}", f"o-{i}"))["seq"])
        engine.dispose()
        got = []
        for i in range(6):
            frame = await alice.wait_for(
                lambda f, i=i: f["type"] == "event" and f["name"] == "message.created"
                and f["data"]["message"]["body"] == f"through the outage {i}",
                timeout=20,
            )
            got.append(frame["seq"])
        assert got == sent
        rest = [f["seq"] for f in await alice.drain(0.5) if f["type"] == "event"]
        assert not set(rest) & set(got)  # nothing twice


async def test_an_agent_is_offline_only_when_no_node_has_a_connection_of_theirs(tmp_path, db_url):
    async with running_server(tmp_path, db_url=db_url) as a, running_server(tmp_path, db_url=db_url) as b:
        sam = await AgentClient.login(a.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        alice_a = await AgentClient.login(a.ws_url, "alice", "demo")
        alice_b = await AgentClient.auth(b.ws_url, alice_a.token)
        await alice_a.request("presence.set", presence="available")
        await _until(lambda: b.context.presence.get("alice") == "available")
        await _until(lambda: a.context.bus.connected_elsewhere("alice"))  # b's heartbeat reached a
        await alice_a.close()
        await _until(lambda: a.context.hub.connections_of("alice") == 0)
        listed = {x["username"]: x["presence"] for x in (await sam.request("agents.list"))["agents"]}
        assert listed["alice"] == "available"  # still connected on node b
        told = [f["data"]["presence"] for f in await sam.drain(0.5)
                if f.get("name") == "agent.presence" and f["data"]["username"] == "alice"]
        assert "offline" not in told
        await alice_b.close()
        offline = {"username": "alice", "presence": "offline"}
        await sam.wait_for(lambda f: f["type"] == "event" and f["name"] == "agent.presence"
                           and f["data"] == {**f["data"], **offline}, timeout=20)
        await _until(lambda: "alice" not in a.context.presence)
