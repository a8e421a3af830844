"""Keepalive from one shared timer (``app/server/keepalive.py``): an idle peer that answers pings
stays, a peer that stopped reading is closed 1011 "keepalive ping timeout" as websockets' own
keepalive closes it, and a peer heard from needs no ping."""

from __future__ import annotations

import asyncio
import json

from app.server.app import ChatServer
from app.server.keepalive import TIMEOUT_REASON, Keepalive
from tests.support.helpers import eventually
from tests.support.server import AgentClient, CustomerClient, running_server


def keepalive_of(server: ChatServer) -> Keepalive:
    keepalive = server._keepalive
    assert keepalive is not None
    return keepalive


async def test_a_desk_that_stopped_reading_is_closed_with_the_keepalive_reason(tmp_path):
    async with running_server(tmp_path, ping_interval=0.3, ping_timeout=0.6) as server:
        keepalive = keepalive_of(server)
        stuck = await AgentClient.login(server.ws_url, "sam", "demo")
        other = await AgentClient.login(server.ws_url, "alice", "demo")
        await eventually(lambda: len(keepalive) == 2)
        stuck.ws.transport.pause_reading()  # never sees a ping again, so never answers one
        await eventually(lambda: keepalive.timeouts == 1, timeout=15)
        stuck.ws.transport.resume_reading()
        await asyncio.wait_for(stuck.ws.wait_closed(), 15)
        close = stuck.ws.protocol.close_rcvd
        assert close is not None and (close.code, close.reason) == (1011, TIMEOUT_REASON)
        await eventually(lambda: len(keepalive) == 1)  # gone from the sweeper with its connection
        # the desk that answers its pings is still served
        assert "conversations" in await other.request("inbox.snapshot", limit=5)
        assert keepalive.timeouts == 1
        await other.close()


async def test_an_idle_desk_that_answers_pings_stays_open(tmp_path):
    async with running_server(tmp_path, ping_interval=0.5, ping_timeout=5) as server:
        keepalive = keepalive_of(server)
        desk = await AgentClient.login(server.ws_url, "alice", "demo")
        await eventually(lambda: keepalive.pings >= 1, timeout=15)
        first = keepalive.pings
        # idle: pinged at every visit (an answered ping is no sign of life for the next one): ~10
        # pings over 10 visits; every other visit only (5) if an answer counted as traffic
        await asyncio.sleep(10 * keepalive.tick)
        assert keepalive.pings - first >= 7
        assert keepalive.timeouts == 0
        assert "conversations" in await desk.request("inbox.snapshot", limit=5)
        await desk.close()
        await eventually(lambda: len(keepalive) == 0)


async def test_a_peer_heard_from_is_not_pinged(tmp_path):
    """Any bytes from the peer since the last look prove it alive: a busy connection costs no ping
    (here the client's own pings, every 50 ms, are what the server hears)."""
    async with running_server(tmp_path, ping_interval=0.3, ping_timeout=5) as server:
        keepalive = keepalive_of(server)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        uid = next(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0)
        await sam.close()
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await eventually(lambda: len(keepalive) == 1)

        async def chatter() -> None:
            while True:
                await customer.ws.ping()
                await asyncio.sleep(0.05)

        task = asyncio.create_task(chatter())
        try:
            before = keepalive.pings
            await asyncio.sleep(1.5)  # five intervals
            assert keepalive.pings == before
        finally:
            task.cancel()
        await customer.ws.send(json.dumps({"type": "send", "body": "still here", "client_msg_id": "k-1"}))
        sent = await customer.wait_for(lambda f: f["type"] == "sent", 10)
        assert sent["client_msg_id"] == "k-1"
        await customer.close()
