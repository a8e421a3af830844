"""The session against the real chat backend on loopback (in-process server, temp SQLite)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.asyncio.server import ServerConnection, serve

from app.client import (
    ConnectionStatus,
    EventNotice,
    LoginFailed,
    NotConnected,
    RequestFailed,
    RequestTimeout,
    Session,
    SessionState,
)
from app.client.connection import ConnectionConfig
from app.protocol import methods as pm
from app.protocol.events import MessageCreated
from app.store import STATUS_ANY, InboxQuery, View
from tests.support.helpers import (
    eventually,
    fast_config,
    memory_credentials,
    opened_store,
    until_delivered,
    until_online,
)
from tests.support.server import AgentClient, CustomerClient, running_server


async def first_regular_conversation(store, me: str = "alice") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    page = await store.query_inbox(InboxQuery(View.ALL, me, status=STATUS_ANY), 0, 500)
    row = next(r for r in page.rows if r.vip_tier == 0 and r.channel == "chat" and r.status != "resolved")
    return row.conversation_id, row.customer_uid


async def test_login_snapshot_live_events_and_a_delivered_reply(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        states: list[SessionState] = []
        notices: list[EventNotice] = []
        session.state.connect(states.append)
        session.events.connect(notices.append)
        await session.start()
        assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED
        with pytest.raises(LoginFailed) as refused:
            await session.login("alice", "wrong password")
        assert refused.value.code == "bad_credentials"
        agent = await session.login("alice", "demo", remember=True)
        assert agent.username == "alice" and agent.role == "agent"
        await until_online(session)
        assert [s.status for s in states][-1] is ConnectionStatus.ONLINE
        sync = await store.sync_state()
        assert sync.snapshot_taken and sync.username == "alice"
        page = await store.query_inbox(InboxQuery(View.ALL, "alice", status=STATUS_ANY))
        assert page.total > 10
        assert all(row.vip_tier == 0 or row.assignee == "alice" for row in page.rows)  # the server's rule

        cid, uid = await first_regular_conversation(store)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        sent = await customer.send("Is my withdrawal safe?")

        async def customer_message_cached() -> bool:
            return any(m.server_id == sent["message_id"] for m in await store.messages(cid))

        await eventually(customer_message_cached, what="the customer's message in the cache")
        assert any(isinstance(n.payload, MessageCreated) for n in notices)

        local_id = await session.send_message(cid, "Yes, it is on its way.")
        await until_delivered(store)
        mine = next(m for m in await store.messages(cid) if m.local_id == local_id)
        assert mine.delivery_state == "sent" and mine.server_id is not None
        echoed = await customer.wait_for(lambda f: f["type"] == "message"
                                         and f["message"]["body"] == "Yes, it is on its way.")
        assert echoed["message"]["author_kind"] == "agent"
        await customer.close()

        with pytest.raises(RequestFailed) as bad:
            await session.call(pm.CONVERSATION_GET, pm.ConversationGetParams(conversation_id=999_999))
        assert bad.value.code == "not_found"
        result = await session.call(pm.CONVERSATION_GET, pm.ConversationGetParams(conversation_id=cid))
        assert result.conversation.id == cid
        assert await session.fetch_messages(cid) is False
        await session.stop()
        with pytest.raises(NotConnected):
            await session.call(pm.AGENTS_LIST, pm.Empty())


async def test_a_blocked_reply_fails_with_the_guards_reason(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        cid, _ = await first_regular_conversation(store)
        local_id = await session.send_message(cid, "To verify your account please tell me your 2FA code.")
        after = await session.send_message(cid, "Thanks for waiting.")
        await until_delivered(store)
        views = {m.local_id: m for m in await store.messages(cid)}
        assert views[local_id].delivery_state == "failed"
        assert views[local_id].failure_code == "blocked" and views[local_id].failure_reason
        assert views[after].delivery_state == "sent"
        await session.stop()


async def silent_server(handler_state: dict[str, object]):  # type: ignore[no-untyped-def]
    """A fake server: welcomes any auth, answers sync with synced, never answers a request;
    with ``freeze`` set it stops reading altogether (no pongs: a dead link)."""
    import json

    async def handler(ws: ServerConnection) -> None:
        handler_state["connections"] = int(handler_state.get("connections", 0)) + 1  # type: ignore[arg-type]
        await ws.recv()
        await ws.send(json.dumps({"type": "welcome", "agent": {"id": 1, "username": "alice",
                                  "display_name": "Alice", "role": "agent"}, "head": 0,
                                  "server_time": "2026-11-25T00:00:00Z", "token": "tok-x"}))
        async for raw in ws:
            frame = json.loads(raw)
            if frame["type"] == "sync":
                await ws.send(json.dumps({"type": "synced", "head": 0}))
                if handler_state.get("freeze"):
                    ws.transport.pause_reading()  # type: ignore[attr-defined]
            elif frame["type"] == "req" and frame["method"] == "inbox.snapshot":
                await ws.send(json.dumps({"type": "res", "id": frame["id"], "ok": True,
                                          "result": {"conversations": [], "head": 0}}))

    return await serve(handler, "127.0.0.1", 0, subprotocols=[websockets.Subprotocol("agentdesk.v1")],
                       close_timeout=0.5)


async def test_requests_time_out_with_a_clear_error(tmp_path: Path) -> None:
    state: dict[str, object] = {}
    server = await silent_server(state)
    port = next(iter(server.sockets)).getsockname()[1]
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(f"ws://127.0.0.1:{port}", store, memory_credentials(),
                          config=fast_config(request_timeout=0.3))
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        with pytest.raises(RequestTimeout) as timed_out:
            await session.call(pm.AGENTS_LIST, pm.Empty())
        assert timed_out.value.code == "timeout" and "agents.list" in timed_out.value.message
        await session.stop()
    server.close()
    await server.wait_closed()


async def test_a_dead_link_is_detected_by_ping_timeout_and_reconnected(tmp_path: Path) -> None:
    state: dict[str, object] = {"freeze": True}
    server = await silent_server(state)
    port = next(iter(server.sockets)).getsockname()[1]
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        quick = ConnectionConfig(ping_interval=0.5, ping_timeout=1.0, open_timeout=3.0, close_timeout=1.0)
        session = Session(f"ws://127.0.0.1:{port}", store, memory_credentials(),
                          config=fast_config(connection=quick))
        errors: list[str | None] = []
        session.state.connect(lambda s: errors.append(s.error))
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        # the server stopped reading: no pong comes back, the session gives up on the link
        await eventually(lambda: "timeout" in errors, timeout=10, what="a ping timeout")
        await eventually(lambda: int(state["connections"]) >= 2, timeout=10,  # type: ignore[call-overload]
                         what="a reconnect")
        await session.stop()
    server.close()
    await server.wait_closed()


async def test_an_unreachable_server_is_retried_with_backoff(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        credentials = memory_credentials()
        from app.client.secret import Secret

        credentials.set(f"ws://127.0.0.1:{port}", "alice", Secret("tok"), persist=False)
        session = Session(f"ws://127.0.0.1:{port}", store, credentials, username="alice",
                          config=fast_config())
        seen: list[SessionState] = []
        session.state.connect(seen.append)
        await session.start()
        await eventually(lambda: sum(s.status is ConnectionStatus.OFFLINE for s in seen) >= 3, what="retries")
        offline = [s for s in seen if s.status is ConnectionStatus.OFFLINE]
        assert all(s.error == "unreachable" and s.retry_at is not None for s in offline)
        local_id = await session.send_message(1, "queued while offline")
        assert session.current_state.queued == 1
        assert [m.local_id for m in await store.messages(1)] == [local_id]
        await session.stop()
        await asyncio.sleep(0)


async def test_session_logout_revokes_the_token(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        credentials = memory_credentials()
        session = Session(server.ws_url, store, credentials, config=fast_config())
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        token = credentials.get(server.ws_url, "alice")
        assert token is not None
        assert await session.logout() is True
        assert credentials.get(server.ws_url, "alice") is None
        assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED
        with pytest.raises(Exception):  # noqa: B017 — the revoked token is refused
            await AgentClient.auth(server.ws_url, token.reveal())
        await session.stop()


async def test_resync_after_the_server_pruned_old_events_takes_a_fresh_snapshot(tmp_path: Path) -> None:
    async with running_server(tmp_path, event_retention=3) as server, \
            opened_store(tmp_path / "cache.sqlite3") as store:
        credentials = memory_credentials()
        first = Session(server.ws_url, store, credentials, config=fast_config())
        await first.start()
        await first.login("alice", "demo")
        await until_online(first)
        cid, uid = await first_regular_conversation(store)
        await first.stop()  # the desk is closed while the customer keeps writing
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        for i in range(6):
            await customer.send(f"message {i} while the desk was closed")
        await customer.close()
        await server.trim_events()  # the periodic trimming, now
        snapshots: list[bool] = []
        store.rows_changed.connect(lambda change: snapshots.append(change.reset))
        second = Session(server.ws_url, store, credentials, username="alice", config=fast_config())
        await second.start()  # the token from memory; the cache's seq is older than the log
        await until_online(second)
        assert True in snapshots
        detail = await store.get_conversation(cid)
        assert detail is not None and detail.row.last_message_preview == "message 5 while the desk was closed"
        await second.stop()


async def test_an_event_the_cache_cannot_store_is_replayed_not_skipped(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        events_only = fast_config(inbox_summaries=False)  # a message event fails to store, then replays
        session = Session(server.ws_url, store, memory_credentials(), config=events_only)
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        cid, uid = await first_regular_conversation(store)
        real_apply = store.apply_event
        failures = [1]

        async def flaky_apply(seq: int, payload: Any):  # type: ignore[no-untyped-def]
            if failures:
                failures.pop()
                raise OSError("disk full")
            return await real_apply(seq, payload)

        store.apply_event = flaky_apply  # type: ignore[method-assign]
        errors: list[str | None] = []
        session.state.connect(lambda s: errors.append(s.error))
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        first = await customer.send("first")
        second = await customer.send("second")
        await customer.close()

        async def both_cached() -> bool:
            ids = {m.server_id for m in await store.messages(cid)}
            return {first["message_id"], second["message_id"]} <= ids

        await eventually(both_cached, what="both messages after the resync")
        assert "cache_error" in errors
        await session.stop()


async def test_typing_and_viewing_signals_travel_both_ways(tmp_path: Path) -> None:
    import json

    from app.protocol.signals import PeerSignal, Viewing

    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3") as store:
        session = Session(server.ws_url, store, memory_credentials(), config=fast_config())
        received: list[PeerSignal] = []
        session.signals.connect(received.append)
        await session.start()
        await session.login("alice", "demo")
        await until_online(session)
        cid, _ = await first_regular_conversation(store)
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        await bob.send_raw(json.dumps({"type": "signal", "name": "typing",
                                       "data": {"conversation_id": cid, "active": True}}))
        await eventually(lambda: received, what="bob's typing signal")
        assert received[0].NAME == "typing"
        assert received[0].agent == "bob" and received[0].conversation_id == cid
        await session.send_signal(Viewing(conversation_id=cid))
        seen = await bob.wait_for(lambda f: f["type"] == "signal" and f["name"] == "viewing")
        assert seen["data"]["agent"] == "alice"
        await bob.close()
        await session.stop()


async def test_the_cached_inbox_is_there_before_the_network_answers(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    keyring = memory_credentials()  # one object for both runs: it plays the OS keyring
    async with running_server(tmp_path) as server:
        async with opened_store(path, server_url=server.ws_url, key=None) as store:
            session = Session(server.ws_url, store, keyring, config=fast_config())
            await session.start()
            await session.login("alice", "demo")
            await until_online(session)
            expected = await store.query_inbox(InboxQuery(View.ALL, "alice"))
            await session.stop()
        url = server.ws_url
    keyring.delete(url, "alice")  # the token is gone; the cache key stays
    # the server is gone; the app opens again
    async with opened_store(path, server_url=url, key=None) as store:
        session = Session(url, store, keyring, username="alice", config=fast_config())
        await session.start()
        assert await store.query_inbox(InboxQuery(View.ALL, "alice")) == expected
        assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED  # no token this run
        await session.stop()


async def test_without_a_keyring_the_cache_lasts_one_run(tmp_path: Path) -> None:
    """No usable keyring: the cache key lives in memory, so the next run cannot read the cache;
    it is emptied (never shown sealed, never a crash) and taken again from the server."""
    path = tmp_path / "cache.sqlite3"
    async with running_server(tmp_path) as server:
        for run in (1, 2):
            async with opened_store(path, server_url=server.ws_url, key=None) as store:
                wiped: list[str] = []
                store.wiped.connect(wiped.append)
                session = Session(server.ws_url, store, memory_credentials(), username="alice",
                                  config=fast_config())
                await session.start()
                assert wiped == ([] if run == 1 else ["key_changed"])
                assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total == 0
                await session.login("alice", "demo")
                await until_online(session)
                assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total > 10
                await session.stop()


async def test_a_stored_token_is_renewed_and_the_new_one_kept(tmp_path: Path) -> None:
    async with running_server(tmp_path) as server, opened_store(tmp_path / "cache.sqlite3",
                                                                 server_url="ws://elsewhere") as store:
        credentials = memory_credentials()
        first = Session(server.ws_url, store, credentials, config=fast_config())
        await first.start()
        await first.login("alice", "demo")
        await until_online(first)
        await first.stop()
        old = credentials.get(server.ws_url, "alice")
        assert old is not None
        again = Session(server.ws_url, store, credentials, username="alice", config=fast_config())
        await again.start()
        await until_online(again)
        await eventually(lambda: credentials.get(server.ws_url, "alice") != old, what="a renewed token")
        new = credentials.get(server.ws_url, "alice")
        assert new is not None
        renewed = await AgentClient.auth(server.ws_url, new.reveal())
        await renewed.close()
        await again.stop()
