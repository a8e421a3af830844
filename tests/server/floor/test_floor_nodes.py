"""The supervisor's desk across nodes (issues 15 and 20): two real server processes on one
PostgreSQL. A supervisor watching the floor on node B sees a reply written through node A (the
agent's last reply is followed from the events only, never re-read), and a chat customer connected
to node B is asked "How did we do?" when an agent on node A resolves their chat."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.cluster import cluster, customer_token
from tests.support.server import AgentClient, CustomerClient

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url: str) -> str:
    return pg_url  # conftest's: a fresh database per test


def _last_reply(floor: dict[str, Any], username: str) -> str | None:
    return next(a for a in floor["agents"] if a["username"] == username)["last_reply_at"]


async def _open_chats(agent: AgentClient) -> list[tuple[str, int]]:
    convs = (await agent.request("inbox.snapshot", limit=500))["conversations"]
    return [
        (c["customer"]["uid"], c["id"]) for c in convs
        if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat" and c["status"] != "resolved"
    ]


async def test_the_floor_and_csat_on_node_b_hear_what_node_a_commits(tmp_path, db_url):
    async with cluster(db_url, 2, tmp_path) as (a, b):
        alice = await AgentClient.login(a.ws_url, "alice", "demo")
        sam = await AgentClient.login(b.ws_url, "sam", "demo")
        chats = await _open_chats(alice)
        assert len(chats) >= 2, "the demo data has two open regular chats"
        (_, replied), (uid, rated) = chats[0], chats[1]

        # the floor on node B follows a reply committed on node A
        before = _last_reply((await sam.request("floor.watch"))["floor"], "alice")
        await sam.drain()
        await alice.request("conversation.update", conversation_id=replied, assignee="alice")
        sent = await alice.request("message.send", conversation_id=replied, body="Checking that for you",
                                   client_msg_id="floor-across")
        at = sent["message"]["created_at"]
        seen = await sam.wait_for(
            lambda f: f.get("type") == "signal" and f["name"] == "floor.summary"
            and _last_reply(f["data"]["floor"], "alice") not in (None, before),
            timeout=15,
        )
        assert _last_reply(seen["data"]["floor"], "alice") == at

        # CSAT: the customer's chat is connected to node B; alice resolves it on node A
        customer = await CustomerClient.connect(b.ws_url, customer_token(tmp_path, uid))
        await customer.drain(0.3)
        await alice.request("conversation.update", conversation_id=rated, status="resolved")
        prompt = await customer.wait_for(lambda f: f.get("type") == "csat_prompt", timeout=15)
        assert prompt["conversation_id"] == rated
        for client in (alice, sam, customer):
            await client.close()
