"""Three real server processes on one PostgreSQL (issue 15): live events, signals, presence and
logouts reach every node. Each test gets its own database; the nodes are ``python -m app.server``
processes (``tests/support/cluster.py``), the clients real WebSocket connections."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.support.cluster import cluster, customer_token
from tests.support.server import AgentClient, CustomerClient

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url  # conftest's: a fresh database per test


async def _regular_chat_customer(agent: AgentClient) -> tuple[str, int]:
    convs = (await agent.request("inbox.snapshot", limit=500))["conversations"]
    for c in convs:
        if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat" and c["status"] != "resolved":
            return c["customer"]["uid"], c["id"]
    raise AssertionError("the demo data has no open regular chat")


def _is_message(body: str):
    return lambda f: (
        f["type"] == "event" and f["name"] == "message.created" and f["data"]["message"]["body"] == body
    )


async def test_a_message_through_one_node_reaches_agents_on_the_others(tmp_path, db_url):
    async with cluster(db_url, 3, tmp_path) as (a, b, c):
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        bob = await AgentClient.login(c.ws_url, "bob", "demo")
        for agent in (alice, bob):
            await agent.sync(agent.welcome["head"])
        uid, _ = await _regular_chat_customer(alice)
        customer = await CustomerClient.connect(b.ws_url, customer_token(tmp_path, uid))
        await customer.sync(customer.welcome["head"])
        seqs = []
        for i in range(5):
            seqs.append((await customer.send(f"across nodes {i}", f"x-{i}"))["seq"])
        for agent in (alice, bob):
            got = [await agent.wait_for(_is_message(f"across nodes {i}"), timeout=10) for i in range(5)]
            assert [f["seq"] for f in got] == seqs  # live, in commit order, no sync needed
        # an agent's reply on node A reaches the customer on node B
        conv_id = got[0]["data"]["message"]["conversation_id"]
        await alice.request("message.send", conversation_id=conv_id, body="hello from node A",
                            client_msg_id="reply-1")
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["body"] == "hello from node A", timeout=10
        )
        assert frame["seq"] > seqs[-1]
        # nothing twice: every event alice received live is unique and in order
        rest = await alice.drain(0.5)
        live = [f["seq"] for f in [*got, *rest] if f["type"] == "event"]
        assert live == sorted(set(live))


async def test_presence_signals_and_logout_cross_nodes(tmp_path, db_url):
    async with cluster(db_url, 2, tmp_path) as (a, b):
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        sam = await AgentClient.login(b.ws_url, "sam", "demo")
        for agent in (alice, sam):
            await agent.sync(agent.welcome["head"])
        # presence set on node A: seen live on node B, and in agents.list there
        await alice.request("presence.set", presence="away")
        ev = await sam.wait_for(lambda f: f["type"] == "event" and f["name"] == "agent.presence"
                                and f["data"]["username"] == "alice", timeout=10)
        assert ev["data"]["presence"] == "away"
        listed = {x["username"]: x["presence"] for x in (await sam.request("agents.list"))["agents"]}
        assert listed["alice"] == "away"
        # viewing and typing on node A reach sam on node B; a customer's typing on B reaches alice on A
        uid, conv_id = await _regular_chat_customer(alice)
        await alice.send_raw(json.dumps({"type": "signal", "name": "viewing",
                                         "data": {"conversation_id": conv_id}}))
        seen = await sam.wait_for(lambda f: f["type"] == "signal" and f["name"] == "viewing", timeout=10)
        assert (seen["data"]["conversation_id"], seen["data"]["agent"]) == (conv_id, "alice")
        await alice.send_raw(json.dumps({"type": "signal", "name": "typing",
                                         "data": {"conversation_id": conv_id, "active": True}}))
        typing = await sam.wait_for(lambda f: f["type"] == "signal" and f["name"] == "typing", timeout=10)
        assert typing["data"]["agent"] == "alice" and typing["data"]["active"] is True
        customer = await CustomerClient.connect(b.ws_url, customer_token(tmp_path, uid))
        await customer.send("first", "first-1")  # a chat to type into
        await customer.send_raw(json.dumps({"type": "signal", "name": "typing", "data": {"active": True}}))
        typed = await alice.wait_for(lambda f: f["type"] == "signal" and f["name"] == "typing"
                                     and f["data"].get("who") == "customer", timeout=10)
        assert typed["data"]["active"] is True
        # logout on node A closes the same session's connection on node B
        twin = await AgentClient.auth(b.ws_url, alice.token)
        await twin.sync(twin.welcome["head"])
        await alice.request("session.logout")
        error = await twin.wait_for(lambda f: f["type"] == "error", timeout=10)
        assert error["code"] == "unauthorized"
        await asyncio.wait_for(twin.ws.wait_closed(), 10)
        assert twin.ws.close_code == 4401
