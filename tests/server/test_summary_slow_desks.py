"""A desk that reads slowly skips summary rounds (``summaries.py``, session 9), over real websockets
on loopback with small socket buffers, so what the desk does not read piles up in the server.

While its transport holds more than ``summary_skip_bytes`` unsent, a summaries desk gets no new
frame; once it has read, one frame carries the latest state of every conversation that changed
meanwhile, with every customer message id of the rounds it skipped (each exactly once), under a
``head`` it may resume from. What the server holds for it stays about one frame, and it is not
closed. A desk that reads normally gets one frame a round, as before. The window is flushed by the
test (an hour-long timer), so what one frame holds does not depend on timing.
"""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from app.server import outbox
from app.server.app import ChatServer
from app.server.connection import AgentConn
from tests.server.test_subscriptions import HOUR, chats, desk, subscribe, summaries_in
from tests.support.server import SUBPROTOCOL, running_server

SKIP = 4096
ROUNDS = 12
BODY = "x" * 3000  # three conversations: a ~10 KB frame a round, most of it last_message bodies
LIMITS = {
    **HOUR,
    "summary_skip_bytes": SKIP,
    "slow_consumer_seconds": 20.0,
    "rate_limit_per_second": 10_000,
    "rate_limit_burst": 10_000,
    "max_in_flight": 1_000,
}


async def slow_summary_desk(
    server: ChatServer, token: str | None, small_send_buffer: bool = True
) -> tuple[ClientConnection, AgentConn]:
    """A summaries desk on a slow link: the kernel holds little for it either way, and the client
    library stops reading its socket as soon as one frame waits unread."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", server.port))
    ws = await connect(
        f"{server.ws_url}/agent",
        subprotocols=[SUBPROTOCOL],
        sock=sock,  # type: ignore[list-item]
        max_queue=1,
        ping_interval=None,
        compression=None,
    )
    await ws.send(json.dumps({"type": "auth", "token": token}))
    welcome = json.loads(await ws.recv())
    await ws.send(json.dumps({"type": "sync", "since": welcome["head"]}))
    while json.loads(await ws.recv())["type"] != "synced":
        pass
    await ws.send(
        json.dumps(
            {
                "type": "req",
                "id": 1,
                "method": "subscription.set",
                "params": {"open": [], "inbox": "summaries"},
            }
        )
    )
    while True:
        frame = json.loads(await ws.recv())
        if frame["type"] == "res" and frame["id"] == 1:
            assert frame["result"]["inbox"] == "summaries"
            break
    port = sock.getsockname()[1]
    [conn] = [c for c in server.context.hub.agents if c.ws.remote_address[1] == port]
    if small_send_buffer:
        conn.ws.transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
    return ws, conn


async def read_all(ws: ClientConnection, quiet: float = 0.5) -> list[dict[str, Any]]:
    out = []
    while True:
        try:
            out.append(json.loads(await asyncio.wait_for(ws.recv(), quiet)))
        except TimeoutError:
            return out


async def published(server: ChatServer, seq: int) -> None:
    for _ in range(200):
        if server.context.hub.head >= seq:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"seq {seq} never published")


async def test_a_slow_desk_skips_rounds_then_gets_the_latest_of_everything_in_one_frame(tmp_path):
    async with running_server(tmp_path, **LIMITS) as server:
        hub = server.context.hub
        window = hub.window
        customers = await chats(server, 3)
        reader = await desk(server)
        await subscribe(reader, [])
        slow, slow_conn = await slow_summary_desk(server, reader.token)
        [reader_conn] = [c for c in hub.agents if c.subscription.summaries and c is not slow_conn]
        await reader.drain(0.3)
        sent: dict[int, list[int]] = {cid: [] for _, cid in customers}
        held: list[int] = []
        frame_sizes: list[int] = []
        last_seq = 0
        for r in range(ROUNDS):  # the slow desk reads nothing meanwhile
            for customer, cid in customers:
                ack = await customer.send(f"round {r} {BODY}")
                sent[cid].append(ack["message_id"])
                last_seq = max(last_seq, ack["seq"])
            await published(server, last_seq)
            window.flush()
            await asyncio.sleep(0.05)  # the flusher writes
            held.append(slow_conn.outbox.buffered())
            # the desk that reads: one frame every round, with that round's latest, as before
            frames = await reader.drain(0.2)
            [summary] = summaries_in(frames)
            frame_sizes.append(len(json.dumps(summary)))
            bodies = {
                e["conversation"]["id"]: e["conversation"]["last_message"]["body"]
                for e in summary["conversations"]
            }
            assert bodies == {cid: f"round {r} {BODY}" for _, cid in customers}
        # what the server holds for it: below the threshold before a round, plus at most one frame
        # (without skipping, twelve ~10 KB frames minus what the kernel takes: ~90 KB)
        assert max(held) <= SKIP + max(frame_sizes) + 512, held
        assert window.owed(reader_conn) == 0
        assert window.skipped >= ROUNDS // 2  # the slow desk's rounds, and only its
        assert window.owed(slow_conn) == 3
        assert not slow_conn.outbox.closed and slow_conn in hub.agents

        early = await read_all(slow)  # it reads again: the frames it was sent before it fell behind
        window.flush()  # nothing new changed: the round is for what the slow desk is owed
        late = await read_all(slow)
        assert window.owed(slow_conn) == 0
        [caught_up] = summaries_in(late)  # one frame
        assert len(summaries_in(early)) < ROUNDS
        entries = {e["conversation"]["id"]: e for e in caught_up["conversations"]}
        assert set(entries) == set(sent)
        for _, cid in customers:  # the latest state of each
            assert entries[cid]["conversation"]["last_message"]["body"] == f"round {ROUNDS - 1} {BODY}"
        # every customer message of every round, each exactly once, in order: nothing skipped is lost
        for cid, ids in sent.items():
            got = [
                m
                for s in summaries_in(early + late)
                for e in s["conversations"]
                if e["conversation"]["id"] == cid
                for m in e["customer_messages"]
            ]
            assert got == ids
        heads = [s["head"] for s in summaries_in(early + late)]
        assert heads == sorted(heads) and heads[-1] == hub.head >= last_seq
        assert slow_conn.cursor.last_seq == hub.head
        assert not slow_conn.outbox.closed  # never dropped for summaries

        ack = await customers[0][0].send("after catching up")  # and it is an ordinary desk again
        await published(server, ack["seq"])
        window.flush()
        [summary] = summaries_in(await read_all(slow))
        latest = [e["conversation"]["last_message"]["body"] for e in summary["conversations"]]
        assert latest == ["after catching up"]
        for c in (*[c for c, _ in customers], reader):
            await c.close()
        await slow.close()


async def test_a_desk_leaving_summaries_gets_what_it_skipped_first(tmp_path):
    """``inbox: "events"`` after skipped rounds: what it was owed goes out at once, before events,
    even though it has not drained (nothing it skipped may be lost)."""
    async with running_server(tmp_path, **LIMITS) as server:
        window = server.context.hub.window
        customers = await chats(server, 3)
        reader = await desk(server)
        slow, slow_conn = await slow_summary_desk(server, reader.token)
        sent: dict[int, list[int]] = {cid: [] for _, cid in customers}
        for r in range(ROUNDS):
            for customer, cid in customers:
                ack = await customer.send(f"round {r} {BODY}")
                sent[cid].append(ack["message_id"])
            await published(server, ack["seq"])
            window.flush()
            await asyncio.sleep(0.05)
        assert window.owed(slow_conn) == 3
        await slow.send(
            json.dumps(
                {
                    "type": "req",
                    "id": 2,
                    "method": "subscription.set",
                    "params": {"open": [], "inbox": "events"},
                }
            )
        )
        frames = await read_all(slow)
        assert any(f["type"] == "res" and f["id"] == 2 for f in frames)
        assert window.owed(slow_conn) == 0
        for cid, ids in sent.items():
            got = [
                m
                for s in summaries_in(frames)
                for e in s["conversations"]
                if e["conversation"]["id"] == cid
                for m in e["customer_messages"]
            ]
            assert got == ids
        for c in (*[c for c, _ in customers], reader):
            await c.close()
        await slow.close()


async def test_a_summaries_desks_socket_keeps_its_backlog_where_the_window_sees_it(tmp_path):
    """With the kernel's own send buffer (no ``SO_SNDBUF`` here), a desk that does not read would
    have its backlog taken by the kernel (up to ``tcp_wmem``, MBs) and never skip a round: a
    summaries desk's socket gets ``TCP_NOTSENT_LOWAT``, so it skips; leaving summaries resets it."""
    async with running_server(tmp_path, **LIMITS) as server:
        window = server.context.hub.window
        customers = await chats(server, 3)
        reader = await desk(server)
        slow, slow_conn = await slow_summary_desk(server, reader.token, small_send_buffer=False)
        sock = slow_conn.ws.transport.get_extra_info("socket")
        for r in range(3 * ROUNDS):
            for customer, _ in customers:
                ack = await customer.send(f"round {r} {BODY}")
            await published(server, ack["seq"])
            window.flush()
            await asyncio.sleep(0.02)
        assert window.skipped > 0 and window.owed(slow_conn) == 3
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT) == outbox.NOTSENT_LOWAT
        assert slow_conn.outbox.buffered() <= SKIP + 3 * len(BODY) + 4096
        await slow.send(
            json.dumps(
                {
                    "type": "req",
                    "id": 2,
                    "method": "subscription.set",
                    "params": {"open": [], "inbox": "events"},
                }
            )
        )
        await read_all(slow)
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT) == 0  # the system's default
        for c in (*[c for c, _ in customers], reader):
            await c.close()
        await slow.close()
