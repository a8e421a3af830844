"""A connecting customer is read into the writer's cache before their first message (issue 15).

A node that has just started knows no customer: each one's first message used to pay four more
statements on the writer (the customer with its contact and security code, the current chat) — on
a fresh node all at once, which set the cross-node p99 (bench/results_cluster.md, session 9). On
the PostgreSQL bus the customer endpoint now queues ``repo_chat.warm`` when a customer connects;
with the local bus (SQLite) nothing changes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.server.app import ChatServer
from app.server.repos import customer_cache
from app.server.repos.repo_chat import _CURRENT_CHAT
from tests.server.test_write_path import regular_chat_customer
from tests.support.server import AgentClient, CustomerClient, running_server


def _known(uid: str) -> Any:
    def look(session: Session) -> tuple[bool, int | None, int, int | None]:
        cache = customer_cache.of(session)
        assert cache is not None
        current = _CURRENT_CHAT.first(session, uid=uid)
        open_chat = int(current[0]) if current is not None and current[1] == "open" else None
        return cache.facts(uid) is not None, cache.open_chat(uid), cache.misses, open_chat

    return look


async def _connect_and_wait(server: ChatServer, sam: AgentClient) -> tuple[CustomerClient, str, Any]:
    uid = await regular_chat_customer(sam)
    known, _, _, _ = await server.context.db.run(_known(uid))
    assert not known  # nobody has written as this customer yet
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    state = await server.context.db.run(_known(uid))
    for _ in range(100):  # the warm-up is queued at join, after the welcome
        if state[0]:
            break
        await asyncio.sleep(0.02)
        state = await server.context.db.run(_known(uid))
    return customer, uid, state


@pytest.mark.postgres
async def test_a_connecting_customer_is_known_to_the_writer_before_their_first_message(
    tmp_path, pg_url: str
) -> None:
    async with running_server(tmp_path, db_url=pg_url) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        customer, uid, (known, cached_chat, misses, open_chat) = await _connect_and_wait(server, sam)
        assert known
        assert cached_chat == open_chat  # the open chat's id (a hint), or none when it is not open
        ack = await customer.send("the first message after connecting", "warm-1")
        assert ack["type"] == "sent"
        after = await server.context.db.run(_known(uid))
        assert after[2] == misses  # the message found the customer in the cache
        await customer.close()
        await sam.close()


async def test_the_local_bus_does_not_warm_the_writer(tmp_path) -> None:
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        assert not server.context.warm_writer_on_connect
        uid = await regular_chat_customer(sam)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await asyncio.sleep(0.3)
        known, _, _, _ = await server.context.db.run(_known(uid))
        assert not known  # SQLite's writer learns the customer at their first message, as before
        await customer.close()
        await sam.close()
