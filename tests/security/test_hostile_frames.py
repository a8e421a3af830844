"""10,000 hostile frames — 100,000-deep nesting among them — each get an error frame: no silent
close, no traceback in the log, the connection keeps working. Before authentication a stranger
gets a refusal and a 4401 close for any such frame, and cannot hold more sockets open than the
admission limits allow."""

from __future__ import annotations

import asyncio
import json
import logging
import random

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from app.protocol import codec
from tests.support.server import SUBPROTOCOL, AgentClient, CustomerClient, running_server

NO_LIMIT = {"rate_limit_per_second": 1_000_000, "rate_limit_burst": 1_000_000, "failed_login_delay": 0.0}
DEEP_100K = "[" * 100_000 + "]" * 100_000


def hostile_frames(count: int, seed: int = 17) -> list[str | bytes]:
    rng = random.Random(seed)
    deep_req = '{"type":"req","id":7,"method":"inbox.snapshot","params":' + '{"a":' * 5000 + "1" + "}" * 5001
    fixed: list[str | bytes] = [
        DEEP_100K,
        "{" * 1000 + "}" * 1000,
        '{"a":' * 1000 + "1" + "}" * 1000,
        deep_req,
        "[" * 200_000,  # unbalanced and deep
        "]" * 1000,
        "",
        " ",
        "null",
        "[]",
        "42",
        '"req"',
        "{",
        "{}",
        '{"type":"nope"}',
        '{"type":"req"}',
        '{"type":"req","id":1}',
        '{"type":"req","id":1,"method":"no.such.method"}',
        '{"type":"req","id":2,"method":"conversation.get","params":{"conversation_id":"x"}}',
        '{"type":"req","id":3,"method":"conversation.get","params":{"conversation_id":99999999999999999999999}}',
        '{"type":"req","id":4,"method":"message.send","params":{"conversation_id":1,"body":"\\ud800","client_msg_id":"a"}}',
        '{"type":"req","id":{"nested":[[[[[]]]]]},"method":"inbox.snapshot"}',
        '{"type":"sync","since":-1}',
        '{"type":"signal","name":"typing","data":' + "[" * 40 + "]" * 40 + "}",
        '{"type":"login","username":"x","password":"y"}',
        "\u202e\u0000\u001b[2J",
        b"\x00\x01binary",
        '{"type":"req","id":5,"method":"inbox.snapshot","params":' + "[" * 33 + "]" * 33 + "}",
    ]
    frames: list[str | bytes] = []
    for n in range(count):
        if n < len(fixed):
            frames.append(fixed[n])
        elif n % 100 == 0:
            frames.append(DEEP_100K)  # 100 of them in all
        else:
            frames.append(rng.choice(fixed[1:]))
    return frames


class _NoTracebacks(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bad: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or "Traceback" in record.getMessage() or record.levelno >= logging.ERROR:
            self.bad.append(record)


async def _answers(client: AgentClient | CustomerClient, expected: int) -> list[dict]:
    out = []
    while len(out) < expected:
        frame = await client.next_frame(timeout=30)
        if frame["type"] in ("error", "res"):
            out.append(frame)
    return out


async def test_ten_thousand_hostile_frames_each_get_an_error_frame(tmp_path):
    watcher = _NoTracebacks()
    root = logging.getLogger()
    root.addHandler(watcher)
    try:
        async with running_server(tmp_path, **NO_LIMIT) as server:
            agent = await AgentClient.login(server.ws_url, "alice", "demo")
            frames = hostile_frames(10_000)
            assert sum(1 for f in frames if f == DEEP_100K) >= 100

            async def pump() -> None:
                for frame in frames:
                    await agent.send_raw(frame)

            sender = asyncio.get_running_loop().create_task(pump())
            answers = await _answers(agent, len(frames))
            await sender
            assert len(answers) == 10_000
            codes = {a.get("code") or a["error"]["code"] for a in answers}
            assert codes <= {"bad_request", "forbidden", "not_found"}, codes
            assert all("Traceback" not in json.dumps(a) for a in answers)
            deep = [
                a for a in answers if (a.get("message") or "").endswith("nested too deeply (or unbalanced)")
            ]
            assert len(deep) >= 100
            # Still open and working.
            snapshot = await agent.request("inbox.snapshot", limit=1)
            assert "conversations" in snapshot
            await agent.close()
    finally:
        root.removeHandler(watcher)
    assert watcher.bad == [], [r.getMessage() for r in watcher.bad[:5]]


async def test_a_customer_connection_answers_hostile_frames_too(tmp_path):
    async with running_server(tmp_path, **NO_LIMIT) as server:
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token("3088517710"))
        frames = hostile_frames(500, seed=3)
        for frame in frames:
            await customer.send_raw(frame)
        answers = await _answers(customer, len(frames))
        assert len(answers) == 500 and {a["code"] for a in answers} == {"bad_request"}
        sent = await customer.send("still here")
        assert sent["type"] == "sent"


async def test_before_authentication_every_hostile_frame_is_refused_and_closed(tmp_path):
    """A first frame over the pre-auth limit (4 KiB) is closed 1009 from its header alone (the
    protocol's answer to any over-size frame); every other one gets ``error`` then 4401."""
    async with running_server(tmp_path, **NO_LIMIT) as server:
        silent = too_big = 0
        for frame in hostile_frames(60, seed=5):
            for path in ("/agent", "/customer"):
                async with connect(server.ws_url + path, subprotocols=[SUBPROTOCOL], max_size=None) as ws:
                    await ws.send(frame)
                    try:
                        answer = json.loads(await asyncio.wait_for(ws.recv(), 10))
                    except ConnectionClosed as closed:
                        if closed.rcvd is not None and closed.rcvd.code == 1009 and len(frame) > 4096:
                            too_big += 1
                        else:
                            silent += 1
                        continue
                    assert answer["type"] == "error" and answer["code"] == "unauthorized", answer
                    try:
                        await asyncio.wait_for(ws.recv(), 10)
                    except ConnectionClosed as closed:
                        assert closed.rcvd is not None and closed.rcvd.code == 4401
        assert silent == 0 and too_big > 0


async def test_unauthenticated_sockets_are_capped_per_address_and_in_total(tmp_path):
    async with running_server(tmp_path, max_unauthenticated_per_address=4, max_unauthenticated=6) as server:
        url = server.ws_url + "/agent"
        held = [await connect(url, subprotocols=[SUBPROTOCOL]) for _ in range(4)]
        await asyncio.sleep(0.2)
        extra = await connect(url, subprotocols=[SUBPROTOCOL])
        refusal = json.loads(await asyncio.wait_for(extra.recv(), 10))
        assert refusal["code"] == "rate_limited"
        try:
            await asyncio.wait_for(extra.recv(), 10)
        except ConnectionClosed as closed:
            assert closed.rcvd is not None and closed.rcvd.code == 1013
        # Another address still gets in, up to the total.
        others = [
            await connect(url, subprotocols=[SUBPROTOCOL], local_addr=("127.0.0.2", 0)) for _ in range(2)
        ]
        await asyncio.sleep(0.2)
        third = await connect(url, subprotocols=[SUBPROTOCOL], local_addr=("127.0.0.3", 0))
        assert json.loads(await asyncio.wait_for(third.recv(), 10))["code"] == "rate_limited"
        assert server.context.admission.waiting == 6
        # An authenticated agent frees its place.
        await held[0].send(json.dumps({"type": "login", "username": "alice", "password": "demo"}))
        assert json.loads(await asyncio.wait_for(held[0].recv(), 10))["type"] == "welcome"
        assert server.context.admission.waiting == 5
        for ws in [*held, extra, *others, third]:
            await ws.close()


def test_the_depth_check_is_exact_at_the_limit():
    assert codec.nesting_ok(b"[" * 32 + b"]" * 32)
    assert not codec.nesting_ok(b"[" * 33 + b"]" * 33)
    assert codec.nesting_ok(('{"a":"' + "[" * 5000 + '"}').encode())  # brackets in a string do not nest
    assert codec.nesting_ok(('{"a":"\\\\","b":' + "[" * 30 + "]" * 30 + "}").encode())
    assert not codec.nesting_ok(('{"a":"\\"","b":' + "[" * 40 + "]" * 40 + "}").encode())
    assert not codec.nesting_ok(DEEP_100K.encode())


async def test_new_sockets_over_the_handshake_rate_get_429_before_the_upgrade(tmp_path):
    from websockets.exceptions import InvalidStatus

    async with running_server(
        tmp_path, handshake_rate_per_address=1.0, handshake_burst_per_address=3
    ) as server:
        url = server.ws_url + "/agent"
        opened = [
            await connect(url, subprotocols=[SUBPROTOCOL], local_addr=("127.0.0.4", 0)) for _ in range(3)
        ]
        try:
            await connect(url, subprotocols=[SUBPROTOCOL], local_addr=("127.0.0.4", 0))
            raise AssertionError("the fourth handshake in a burst was accepted")
        except InvalidStatus as refused:
            assert refused.response.status_code == 429
            assert refused.response.headers["Retry-After"] == "1"
        # Another address is not affected.
        other = await AgentClient.login(server.ws_url, "alice", "demo")
        await other.close()
        for ws in opened:
            await ws.close()
