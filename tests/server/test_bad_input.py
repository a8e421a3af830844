"""Bad input gets a clear answer, costs nothing and never takes the server (or its data) down."""

from __future__ import annotations

import asyncio
import json

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.support.server import AgentClient, CustomerClient, running_server


async def _closed_with(ws) -> int:
    with pytest.raises(ConnectionClosed):
        for _ in range(10):
            await asyncio.wait_for(ws.recv(), 5)
    return ws.close_code


async def test_malformed_frames_get_bad_request_and_the_connection_stays(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        cases = [
            ("{not json", None),
            ("[1, 2, 3]", None),
            ('{"no": "type"}', None),
            ('{"type": "dance"}', None),
            ('{"type": "req", "id": 7, "method": "no.such.method", "params": {}}', 7),
            ('{"type": "req", "id": 8, "method": "message.send", "params": {}}', 8),
            ('{"type": "req", "id": "s", "method": "inbox.snapshot", "params": {"limit": "many"}}', "s"),
            ('{"type": "req", "id": 9, "method": "inbox.snapshot", "params": {"limit": 100000}}', 9),
            ('{"type": "req", "id": 10, "method": "inbox.snapshot", "params": {"cursor": "garbage!"}}', 10),
            (
                '{"type": "req", "id": 11, "method": "conversation.update",'
                ' "params": {"conversation_id": 1, "snoozed_until": "2030-01-01T00:00:00"}}',
                11,
            ),
            ('{"type": "req", "method": "inbox.snapshot"}', None),
            ('{"type": "sync", "since": -1}', None),
            ('{"type": "login", "username": "alice", "password": "demo"}', None),
            ("[" * 100 + "]" * 100, None),
        ]
        for raw, rid in cases:
            await alice.send_raw(raw)
            frame = await alice.next_frame()
            if rid is None:
                assert frame["type"] == "error", raw
                assert frame["code"] == "bad_request", raw
            else:
                assert frame["type"] == "res" and frame["id"] == rid and frame["ok"] is False, raw
                assert frame["error"]["code"] == "bad_request", raw
                frame = frame["error"]
            assert "Traceback" not in frame["message"] and "demo" not in frame["message"]
        await alice.send_raw(b"\x00binary")
        assert (await alice.next_frame())["code"] == "bad_request"
        # Still usable.
        assert (await alice.request("agents.list"))["agents"]


async def test_password_is_never_echoed(tmp_path):
    async with (
        running_server(tmp_path) as server,
        connect(server.ws_url + "/agent", subprotocols=["agentdesk.v1"]) as ws,
    ):
        await ws.send(json.dumps({"type": "login", "username": "alice", "password": 12345678}))
        frame = json.loads(await ws.recv())
        assert frame["code"] == "unauthorized" and "12345678" not in frame["message"]
        assert await _closed_with(ws) == 4401


@pytest.mark.parametrize("path", ["/agent", "/customer"])
async def test_frames_before_auth_close_4401(tmp_path, path):
    async with running_server(tmp_path) as server:
        for first in (
            '{"type":"req","id":1,"method":"inbox.snapshot"}',
            '{"type":"sync","since":0}',
            "not json",
            '{"type":"auth","token":"forged.123.abc"}',
        ):
            async with connect(server.ws_url + path, subprotocols=["agentdesk.v1"]) as ws:
                await ws.send(first)
                frame = json.loads(await ws.recv())
                assert frame == {"type": "error", "code": "unauthorized", "message": frame["message"]}
                assert await _closed_with(ws) == 4401


async def test_expired_and_forged_customer_tokens(tmp_path):
    from app.server import customer_tokens

    async with running_server(tmp_path) as server:
        uid = "10000001"
        for token in (
            customer_tokens.mint(b"another secret", uid),
            server.mint_customer_token(uid, ttl_seconds=-10),
            server.mint_customer_token(uid).replace(".", "x", 1),
        ):
            with pytest.raises(Exception) as err:
                await CustomerClient.connect(server.ws_url, token)
            assert getattr(err.value, "code", None) == "unauthorized"


@pytest.mark.parametrize("path", ["/agent", "/customer"])
async def test_oversized_frame_closes_1009_and_keeps_accepted_data(tmp_path, path):
    async with running_server(tmp_path, max_frame_bytes=64 * 1024) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        uid = next(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0)
        if path == "/agent":
            client = await AgentClient.login(server.ws_url, "alice", "demo")
        else:
            client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
            sent = await client.send("accepted before the big one")
        await client.send_raw("x" * (65 * 1024))
        assert await _closed_with(client.ws) == 1009
        if path == "/customer":
            replayed, _ = await sam.sync(0)
            assert sent["seq"] in [e["seq"] for e in replayed]
        assert (await sam.request("agents.list"))["agents"]  # the server is fine


@pytest.mark.parametrize("path", ["/agent", "/customer"])
async def test_invalid_utf8_closes_1007(tmp_path, path):
    async with running_server(tmp_path) as server:
        async with connect(server.ws_url + path, subprotocols=["agentdesk.v1"]) as ws:
            await ws.send(b'{"type":"login","username":"\xff\xfe"}', text=True)
            assert await _closed_with(ws) == 1007
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        assert alice.welcome["type"] == "welcome"


async def test_rate_limit_answers_rate_limited(tmp_path):
    async with running_server(tmp_path, rate_limit_per_second=2, rate_limit_burst=5) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        for i in range(15):
            await alice.send_raw(json.dumps({"type": "req", "id": i, "method": "agents.list"}))
        frames = [await alice.next_frame() for _ in range(15)]
        assert sorted(f["id"] for f in frames) == list(range(15))
        limited = [f for f in frames if not f["ok"]]
        assert len(limited) >= 9 and all(f["error"]["code"] == "rate_limited" for f in limited)
        await asyncio.sleep(1.1)
        assert (await alice.request("agents.list"))["agents"]  # the bucket refills
        uid = next(c["customer"]["uid"] for c in (await alice.request("inbox.snapshot"))["conversations"])
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        for _ in range(10):
            await customer.send_raw(json.dumps({"type": "history", "limit": 1}))
        frames = await customer.drain(0.5)
        assert any(f["type"] == "error" and f["code"] == "rate_limited" for f in frames)


async def test_an_internal_error_is_answered_without_details(tmp_path, monkeypatch):
    from app.protocol import methods
    from app.server import registry
    from app.server.routes import route

    async def boom(ctx, conn, params):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setitem(registry.ROUTES, "agents.list", route(methods.AGENTS_LIST, boom))
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        res = await alice.request_raw("agents.list")
        assert res["ok"] is False and res["error"] == {"code": "internal", "message": "internal error"}
        assert (await alice.request("inbox.snapshot", limit=1))["conversations"]


async def test_subprotocol_negotiation(tmp_path):
    async with running_server(tmp_path) as server:
        async with connect(server.ws_url + "/agent", subprotocols=["agentdesk.v1"]) as ws:
            assert ws.subprotocol == "agentdesk.v1"
        async with connect(server.ws_url + "/agent") as ws:  # a browser offering none
            assert ws.subprotocol is None
        with pytest.raises(InvalidStatus):
            async with connect(server.ws_url + "/agent", subprotocols=["chat.v9"]):
                pass


async def test_silent_connections_are_closed_4401(tmp_path):
    async with (
        running_server(tmp_path, auth_timeout=0.3) as server,
        connect(server.ws_url + "/agent", subprotocols=["agentdesk.v1"]) as ws,
    ):
        frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert frame["code"] == "unauthorized"
        assert await _closed_with(ws) == 4401
