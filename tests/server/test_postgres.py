"""The core event-log guarantees on a real PostgreSQL.

Uses the suite's ``postgres_url`` fixture (``AGENTDESK_TEST_PG_URL``, or a throw-away cluster
started from Debian's binaries; skipped on a developer machine without PostgreSQL, a failure in CI).
Each test gets its own fresh database.
"""

from __future__ import annotations

import asyncio
import json

import pytest
import sqlalchemy as sa

from tests.support.server import AgentClient, CustomerClient, running_server

pytestmark = pytest.mark.postgres


async def test_pg_messages_sync_and_restart(tmp_path, pg_url):
    async with running_server(tmp_path, db_url=pg_url) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        _, synced = await alice.sync(alice.welcome["head"])
        convs = (await alice.request("inbox.snapshot", limit=500))["conversations"]
        uids = list(dict.fromkeys(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0))[:3]
        customers = [await CustomerClient.connect(server.ws_url, server.mint_customer_token(u)) for u in uids]

        async def writer(c: CustomerClient, i: int) -> list[int]:
            return [(await c.send(f"pg {i}-{k}", f"pg-{i}-{k}"))["seq"] for k in range(8)]

        acked = [
            s for seqs in await asyncio.gather(*(writer(c, i) for i, c in enumerate(customers))) for s in seqs
        ]
        assert (await customers[0].send("pg 0-0", "pg-0-0"))["seq"] == acked[0]  # idempotent
        # a later one went the Core path (the event and the message's seq in one statement)
        assert (await customers[0].send("pg 0-3", "pg-0-3"))["seq"] == acked[3]
        stamped = await server.context.db.read(lambda s: sorted(s.scalars(sa.text(
            "SELECT seq FROM messages WHERE client_msg_id LIKE 'pg-%'"))))
        assert stamped == sorted(acked)  # every stored message carries its event's seq
        live = [e["seq"] for e in await alice.events(quiet=0.5)]
        assert live == sorted(set(live)) and set(acked) <= set(live)
        token = alice.token
    async with running_server(tmp_path, db_url=pg_url) as server:
        alice = await AgentClient.auth(server.ws_url, token)
        replayed, _ = await alice.sync(synced["head"])
        assert [e["seq"] for e in replayed] == live
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        vip = next(
            c
            for c in (await sam.request("inbox.snapshot", limit=500))["conversations"]
            if c["customer"]["vip_tier"] > 0
        )
        await sam.request("customer.get", uid=vip["customer"]["uid"], reveal=True, reason="pg audit check")
        from app.server import audit

        assert (await server.context.db.run(audit.verify)).ok


async def test_pg_resync_past_retention(tmp_path, pg_url):
    async with running_server(tmp_path, db_url=pg_url, event_retention=4) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        convs = (await alice.request("inbox.snapshot", limit=50))["conversations"]
        customer = await CustomerClient.connect(
            server.ws_url, server.mint_customer_token(convs[0]["customer"]["uid"])
        )
        for k in range(10):
            await customer.send(f"r{k}")
        await server.trim_events()  # the periodic trimming, now
        _, frame = await alice.sync(0)
        assert frame["type"] == "resync"
        replayed, frame = await alice.sync(frame["head"] - 2)
        assert frame["type"] == "synced" and len(replayed) == 2


async def test_pg_group_commit_isolates_a_failing_request_and_reads_do_not_wait(tmp_path, pg_url):
    from tests.server.test_write_path import send_now, writer_held

    async with running_server(tmp_path, db_url=pg_url) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        _, synced = await sam.sync(sam.welcome["head"])
        convs = (await sam.request("inbox.snapshot", limit=500))["conversations"]
        uids = list(dict.fromkeys(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0))[:3]
        customers = [await CustomerClient.connect(server.ws_url, server.mint_customer_token(u)) for u in uids]
        batches = server.context.db.batches
        async with writer_held(server):
            for i, c in enumerate(customers):
                for k in range(5):
                    await send_now(c, f"pg batch {i}-{k}", f"pgb-{i}-{k}")
            bad = {"conversation_id": 10**9, "body": "nowhere", "client_msg_id": "pgb-bad"}
            req = {"type": "req", "id": "bad", "method": "message.send", "params": bad}
            await sam.send_raw(json.dumps(req))
            snap = await alice.request("inbox.snapshot", limit=10, timeout=10)  # a reader, not queued
            assert snap["conversations"]
            await asyncio.sleep(0.3)
        refused = await sam.wait_for(lambda f: f.get("type") == "res" and f.get("id") == "bad")
        assert refused["error"]["code"] == "not_found"
        acks = [[await c.wait_for(lambda f: f["type"] == "sent") for _ in range(5)] for c in customers]
        for i, own in enumerate(acks):
            assert [a["client_msg_id"] for a in own] == [f"pgb-{i}-{k}" for k in range(5)]
        assert server.context.db.batches - batches < 15  # fewer transactions than messages: grouped
        live = [e for e in await sam.events(quiet=0.5) if e["name"] == "message.created"]
        seqs = [e["seq"] for e in live]
        assert seqs == sorted(seqs) and len(seqs) == 15
        replayed, _ = await sam.sync(synced["head"])
        assert [e["seq"] for e in replayed if e["name"] == "message.created"] == seqs
        for c in (*customers, alice, sam):
            await c.close()
