"""The load processes count a warm-up apart, and at a rate send every message due before the
deadline (bench/_loadgen.py, issue 15's cluster_load.py).

The figures of ``cluster_load.py`` are of the messages *due* after the warm-up; those due in it go
to the ``warm_*`` histograms — counted and printed, never dropped. Checked over a real websocket on
loopback: a tiny server sends the frames an AgentDesk server would (``sent`` acks to a customer,
``message.created`` events to a desk) for messages due before and after the warm-up's end, and the
load process's own readers sort them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import _loadgen
from _report import summarize
from _runner import ServerSample

S = 1_000_000_000


def _frame(obj: dict[str, Any]) -> str:
    return json.dumps(obj, separators=(",", ":"))  # as the server writes them


def test_a_go_line_without_a_warm_up_counts_everything_from_t0() -> None:
    clock = _loadgen.Clock("go 100 200 300")
    assert clock.t_warm == 100
    assert not clock.warming(100) and not clock.warming(10**9)
    assert clock.steady(100) and clock.steady(200) and not clock.steady(201)


def test_a_go_line_with_a_warm_up_counts_from_its_end() -> None:
    clock = _loadgen.Clock("go 100000 200000 300000 150000")
    assert clock.warming(149_999) and not clock.warming(150_000)
    assert not clock.steady(149_999) and clock.steady(150_000) and clock.steady(200_000)


async def _frames_then_close(frames: list[str]) -> tuple[Any, str]:
    async def handler(ws: ServerConnection) -> None:
        for frame in frames:
            await ws.send(frame)
        await ws.close()

    server = await serve(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"ws://127.0.0.1:{port}"


def _cmid(tag: int, u: int, n: int, due_ns: int) -> str:
    return f"b{tag}.{u}.0.{n}.{due_ns // 1000}"


def test_acks_and_deliveries_of_messages_due_in_the_warm_up_are_counted_apart() -> None:
    asyncio.run(asyncio.wait_for(_acks_and_deliveries(), 30))


async def _acks_and_deliveries() -> None:
    now = time.monotonic_ns()
    t0 = now - 4 * S
    clock = _loadgen.Clock(f"go {t0} {now + 60 * S} {now + 70 * S} {t0 + 2 * S}")
    warm = [_cmid(7, 0, n, t0 + n * S // 2) for n in range(3)]  # due at 0, 0.5, 1.0 s: warm-up
    steady = [_cmid(7, 0, 3 + n, t0 + 2 * S + n * S // 2) for n in range(4)]  # due at 2.0 … 3.5 s

    # a customer connection: its ``sent`` acks
    frames = [_frame({"type": "sent", "client_msg_id": c, "seq": i}) for i, c in enumerate(warm + steady)]
    server, url = await _frames_then_close(frames)
    stats = _loadgen.CustomerStats()
    async with connect(url) as ws:
        sender = _loadgen.Sender(ws, 0, 0, {"window": 100}, stats)
        for c in warm + steady:
            sender.inflight[f'"client_msg_id":"{c}"'.encode()] = int(c.rsplit(".", 1)[1]) * 1000
        await asyncio.wait_for(sender.read(clock), 10)
    server.close()
    assert stats.warm_ack.count == 3 and stats.ack.count == 4
    assert stats.acked == 7 and stats.acked_run == 7  # all arrived now: after the warm-up's end

    # a desk: ``message.created`` events carrying the same ids
    events = [
        _frame({"type": "event", "name": "message.created", "seq": i,
                    "data": {"message": {"client_msg_id": c}}})
        for i, c in enumerate(warm + steady)
    ]
    server, url = await _frames_then_close(events)
    desk = _loadgen.DeskStats()
    async with connect(url) as ws:
        await asyncio.wait_for(_loadgen.desk_reader(ws, set(), b"7", clock, desk), 10)
    server.close()
    assert desk.warm.count == 3 and desk.inbox.count == 4 and desk.open.count == 0
    assert desk.delivered == 7 and desk.duplicates == 0

    # the report: the table's figures are the steady ones, the warm-up's beside them
    agents = {**desk.to_json(), "cpu_s": 0.0, "wait_s": 0.0}
    customers = {**stats.to_json(), "cpu_s": 0.0, "wait_s": 0.0}
    report = summarize([("customers", customers), ("agents", agents)], ServerSample(), duration=2.0, desks=1)
    assert report["ack_n"] == 4 and report["warm_ack_n"] == 3
    assert report["dlv_n"] == 4 and report["warm_dlv_n"] == 3
    # latencies since due: the warm-up's messages are the older ones here, so their p50 is larger
    assert report["warm_dlv_p50"] > report["dlv_p50"] and report["warm_ack_p50"] > report["ack_p50"]


def test_at_a_rate_every_message_due_before_the_deadline_is_sent_however_late() -> None:
    asyncio.run(asyncio.wait_for(_late_sender(), 30))


async def _late_sender() -> None:
    """The sender wakes after T_END with three messages due before it (a process that waited for a
    core): all three are sent and offered, none dropped; their latency counts from their due time."""
    now = time.monotonic_ns()
    t0 = now - S
    clock = _loadgen.Clock(f"go {t0} {now - S // 1000} {now + 60 * S}")  # the deadline has just passed
    acked: list[str] = []

    async def handler(ws: ServerConnection) -> None:
        async for raw in ws:
            cmid = json.loads(raw)["client_msg_id"]
            acked.append(cmid)
            await ws.send(_frame({"type": "sent", "client_msg_id": cmid, "seq": len(acked)}))

    server = await serve(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    stats = _loadgen.CustomerStats()
    async with connect(f"ws://127.0.0.1:{port}") as ws:
        sender = _loadgen.Sender(ws, 0, 0, {"window": 100, "interval_ns": 4 * S // 10, "tag": 9}, stats)
        reader = asyncio.create_task(sender.read(clock))
        await sender.send(clock)  # due at t0, t0 + 0.4 s, t0 + 0.8 s: all before T_END, all late
        for _ in range(100):
            if stats.acked == 3:
                break
            await asyncio.sleep(0.05)
        reader.cancel()
    server.close()
    assert stats.offered == 3 and stats.sent == 3 and len(acked) == 3 and stats.acked == 3
    assert stats.ack.percentile(0) is not None and stats.ack.percentile(0) >= 150  # ≥ 0.2 s late
