"""The core event-log guarantees on a real PostgreSQL.

Uses the suite's ``postgres_url`` fixture (``AGENTDESK_TEST_PG_URL``, or a throw-away cluster
started from Debian's binaries; skipped on a developer machine without PostgreSQL, a failure in CI).
Each test gets its own fresh database.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from tests.support.server import AgentClient, CustomerClient, running_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    name = f"agentdesk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
        _, frame = await alice.sync(0)
        assert frame["type"] == "resync"
        replayed, frame = await alice.sync(frame["head"] - 2)
        assert frame["type"] == "synced" and len(replayed) == 2
