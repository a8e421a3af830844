"""The lock order log → conversation rows on the customer's chat path (PostgreSQL, issue 15).

Several nodes' writers share the event log's advisory lock. A customer's message used to lock its
chat's row (the message INSERT's conversation touch) and only then wait for the log's lock (at the
event): a node holding the log's lock and then wanting that chat row closed a cycle, which
PostgreSQL breaks only after ``deadlock_timeout`` (1 s), rolling one of them back. Now the chat
path's first statement takes the log's lock before it touches the row (``repo_chat``), as routing
does before routing rows, so the other node simply goes first."""

from __future__ import annotations

import asyncio
import json

import psycopg
import pytest

from app.server.bus.postgres import conninfo
from app.server.repos import repo_events
from tests.server.test_write_path import chatting
from tests.support.server import AgentClient, running_server

pytestmark = pytest.mark.postgres

_WAITING = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND NOT granted"
)


async def _deadlocks(conn: psycopg.AsyncConnection) -> int:
    await conn.execute("SELECT pg_stat_clear_snapshot()")
    row = await (await conn.execute(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
    )).fetchone()
    assert row is not None
    return int(row[0])


async def test_a_message_waits_for_the_log_before_it_locks_its_chat(tmp_path, pg_url: str) -> None:
    async with running_server(tmp_path, db_url=pg_url) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer = await chatting(server, sam)
        first = await customer.send("the writer learns the chat", "order-0")
        info = conninfo(pg_url)
        async with await psycopg.AsyncConnection.connect(info, autocommit=True) as probe:
            row = await (await probe.execute(
                "SELECT conversation_id FROM messages WHERE id = %s", (first["message_id"],)
            )).fetchone()
            assert row is not None
            chat = int(row[0])
            deadlocks = await _deadlocks(probe)
            # another node's writer: holds the log's lock, then wants the chat's row
            async with await psycopg.AsyncConnection.connect(info) as other:
                await other.execute("SET deadlock_timeout = '100ms'")  # a cycle is found at once
                await other.execute("SELECT pg_advisory_xact_lock(%s)", (repo_events.EVENT_LOCK_KEY,))
                await customer.ws.send(json.dumps(
                    {"type": "send", "body": "behind the other node", "client_msg_id": "order-1"}
                ))
                for _ in range(1000):  # until this node's writer waits for the log's lock
                    waiting = await (await probe.execute(_WAITING, (repo_events.EVENT_LOCK_KEY,))).fetchone()
                    if waiting is not None and waiting[0]:
                        break
                    await asyncio.sleep(0.01)
                else:
                    raise AssertionError("the message never waited for the log's lock")
                # the chat's row is free: the other node locks it without waiting, and commits
                await other.execute("SET lock_timeout = '5s'")
                await other.execute(
                    "UPDATE conversations SET priority = priority WHERE id = %s", (chat,)
                )
                await other.commit()
            ack = await customer.wait_for(lambda f: f["type"] in ("sent", "error"), 10)
            assert ack["type"] == "sent", ack
            assert ack["seq"] > first["seq"]
            assert server.context.db.redos == 0
            assert await _deadlocks(probe) == deadlocks
        await customer.close()
        await sam.close()
