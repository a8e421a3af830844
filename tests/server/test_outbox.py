"""The outbox (``app/server/outbox.py``) with a real websockets protocol object and a transport
that can refuse to drain: frames of one loop turn leave in one write, in order; a connection that
holds too much, or does not drain for a while, is closed 1008 "too slow" and written to no more."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from websockets.frames import Opcode
from websockets.protocol import State
from websockets.server import ServerProtocol

from app.server import outbox as outbox_module
from app.server.outbox import TOO_SLOW, Flusher, Outbox


class Transport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.unsent = 0
        self.draining = True

    def write(self, data: bytes) -> None:
        self.writes.append(data)
        if not self.draining:
            self.unsent += len(data)

    def get_write_buffer_size(self) -> int:
        return self.unsent

    def is_closing(self) -> bool:
        return False


class Socket:
    """What the outbox uses of a ``ServerConnection``."""

    def __init__(self) -> None:
        self.protocol = ServerProtocol()
        self.protocol.state = State.OPEN
        self.transport = Transport()
        self.closed_with: tuple[int, str] | None = None

    async def close(self, code: int, reason: str) -> None:
        self.closed_with = (code, reason)

    async def drain(self) -> None:
        return None


def texts(data: bytes) -> list[str]:
    """The text frames in ``data`` (server frames: unmasked)."""
    out, view = [], memoryview(data)
    while view:
        length = view[1] & 0x7F
        start = 2
        if length == 126:
            length, start = int.from_bytes(view[2:4], "big"), 4
        elif length == 127:
            length, start = int.from_bytes(view[2:10], "big"), 10
        assert view[0] & 0x0F == Opcode.TEXT.value
        out.append(bytes(view[start : start + length]).decode())
        view = view[start + length :]
    return out


def make(**flusher: Any) -> tuple[Socket, Outbox, Flusher]:
    ws = Socket()
    settings = {"max_pending_bytes": 10_000, "stall_seconds": 30.0, **flusher}
    f = Flusher(asyncio.get_running_loop(), settings["max_pending_bytes"], settings["stall_seconds"])
    return ws, Outbox(ws, f, "agent test"), f  # type: ignore[arg-type]


async def test_the_frames_of_one_turn_leave_in_one_write_in_order() -> None:
    ws, box, flusher = make()
    for i in range(50):
        box.put(f'{{"n":{i}}}')
    box.put(b'{"n":"bytes too"}')
    assert ws.transport.writes == []  # nothing before the turn ends
    await asyncio.sleep(0)
    assert len(ws.transport.writes) == 1
    assert texts(ws.transport.writes[0]) == [f'{{"n":{i}}}' for i in range(50)] + ['{"n":"bytes too"}']
    assert flusher.frames_written == 51
    box.put("next turn")
    await asyncio.sleep(0)
    assert texts(ws.transport.writes[1]) == ["next turn"]


async def test_a_connection_holding_too_much_is_closed_too_slow(caplog: pytest.LogCaptureFixture) -> None:
    ws, box, _ = make(max_pending_bytes=1_000)
    ws.transport.draining = False
    for i in range(40):
        box.put(f'{{"frame":"{i:040d}"}}')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert box.closed and ws.closed_with == (1008, TOO_SLOW)
    assert "too slow" in caplog.text and "agent test" in caplog.text
    written = len(ws.transport.writes)
    box.put("never written")
    await asyncio.sleep(0)
    assert len(ws.transport.writes) == written


async def test_a_connection_that_does_not_drain_is_closed_and_one_that_drains_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(outbox_module, "SWEEP_SECONDS", 0.01)
    stuck, stuck_box, _ = make(stall_seconds=0.05)
    slow, slow_box, _ = make(stall_seconds=0.05)
    for ws, box in ((stuck, stuck_box), (slow, slow_box)):
        ws.transport.draining = False
        box.put("a little")
    await asyncio.sleep(0)
    slow.transport.unsent = 0  # the slow one drains after all
    await asyncio.sleep(0.2)
    assert stuck_box.closed and stuck.closed_with == (1008, TOO_SLOW)
    assert not slow_box.closed and slow.closed_with is None


async def test_a_closed_outbox_drops_frames() -> None:
    ws, box, _ = make()
    await box.aclose()
    box.put("late")
    await asyncio.sleep(0)
    assert ws.transport.writes == []


async def test_a_connection_with_compression_is_framed_by_its_own_protocol() -> None:
    from websockets.extensions.permessage_deflate import PerMessageDeflate

    plain, plain_box, flusher = make()
    squeezed = Socket()
    squeezed.protocol.extensions = [PerMessageDeflate(False, False, 15, 15)]
    squeezed_box = Outbox(squeezed, flusher, "customer test")  # type: ignore[arg-type]
    event = b'{"type":"event","seq":1,"name":"x","data":{"body":"' + b"a" * 500 + b'"}}'
    plain_box.put(event)
    squeezed_box.put(event)
    await asyncio.sleep(0)
    assert texts(plain.transport.writes[0]) == [event.decode()]
    compressed = squeezed.transport.writes[0]
    assert compressed[0] & 0x40 and len(compressed) < len(event)  # RSV1: deflated, per connection


async def test_fan_out_goes_in_slices_and_acks_and_answers_do_not_wait_behind_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 25: an ack must not wait for a round of fan-out to 1,500 desks. Fan-out leaves in
    slices (here 2 connections a turn); a customer's outbox and an agent's answer take the urgent
    lane, written at the start of the next turn; each connection's frames stay in order, once."""
    monkeypatch.setattr(outbox_module, "SLICE_OUTBOXES", 2)
    monkeypatch.setattr(outbox_module, "SLICE_SECONDS", 60.0)
    first, first_box, flusher = make()
    desks = [(first, first_box)]
    for i in range(4):
        ws = Socket()
        desks.append((ws, Outbox(ws, flusher, f"agent {i}")))  # type: ignore[arg-type]
    customer = Socket()
    customer_box = Outbox(customer, flusher, "customer test", urgent=True)  # type: ignore[arg-type]
    event = b'{"type":"event","seq":7}'
    for _, box in desks:
        box.put(event)
    customer_box.put('{"type":"sent"}')  # the ack, queued after the fan-out
    last_ws, last_box = desks[-1]
    last_box.put('{"type":"res","id":1}', urgent=True)  # an answer to the last desk's request
    await asyncio.sleep(0)
    assert texts(customer.transport.writes[0]) == ['{"type":"sent"}']
    assert texts(last_ws.transport.writes[0]) == [event.decode(), '{"type":"res","id":1}']  # in order
    assert [len(ws.transport.writes) for ws, _ in desks] == [1, 1, 0, 0, 1]  # one slice of fan-out
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert [len(ws.transport.writes) for ws, _ in desks] == [1, 1, 1, 1, 1]  # the rest, once each
    assert all(texts(ws.transport.writes[0])[0] == event.decode() for ws, _ in desks)
    assert flusher.frames_written == 7


async def test_put_many_is_put_on_each_outbox_in_order_and_skips_closed_ones() -> None:
    """``Flusher.put_many`` (a summary round) keeps what ``put`` promises: after what a connection
    queued before, nothing to a closed one, a customer's (urgent) connection in the urgent lane."""
    ws, busy, flusher = make()
    idle_ws = Socket()
    idle = Outbox(idle_ws, flusher, "agent idle")  # type: ignore[arg-type]
    closed_ws = Socket()
    closed = Outbox(closed_ws, flusher, "agent gone")  # type: ignore[arg-type]
    closed.closed = True
    customer_ws = Socket()
    customer = Outbox(customer_ws, flusher, "customer", urgent=True)  # type: ignore[arg-type]
    busy.put("event before the round")
    flusher.put_many([busy, idle, closed, customer], b'{"type":"summary"}')
    assert flusher._urgent == [customer] and set(flusher._dirty) == {busy, idle}
    await asyncio.sleep(0)
    assert texts(ws.transport.writes[0]) == ["event before the round", '{"type":"summary"}']
    assert [texts(w) for w in idle_ws.transport.writes] == [['{"type":"summary"}']]
    assert [texts(w) for w in customer_ws.transport.writes] == [['{"type":"summary"}']]
    assert closed_ws.transport.writes == []
    assert flusher.frames_written == 4 and flusher.writes == 3


async def test_a_summaries_desk_that_drains_slowly_is_not_stalled_one_that_takes_nothing_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Session 9: for a ``coalesced`` outbox (a desk on inbox summaries, which skips rounds while
    its last frame waits) any bytes its peer took since the last look restart the stall clock; the
    others still need an empty buffer, and a coalesced one that takes nothing is closed as before."""
    monkeypatch.setattr(outbox_module, "SWEEP_SECONDS", 0.01)
    boxes = {name: make(stall_seconds=0.1) for name in ("slow summaries", "stuck summaries", "slow events")}
    for name, (ws, box, _) in boxes.items():
        box.coalesced = name.endswith("summaries")
        ws.transport.draining = False
        box.put("x" * 2_000)
    await asyncio.sleep(0)
    for _ in range(40):  # 0.4 s, four stall periods: the slow ones take 40 bytes every 10 ms
        for name in ("slow summaries", "slow events"):
            boxes[name][0].transport.unsent -= 40
        await asyncio.sleep(0.01)
    assert all(ws.transport.unsent > 0 for ws, _, _ in boxes.values())  # none ever drained in full
    assert not boxes["slow summaries"][1].closed and boxes["slow summaries"][0].closed_with is None
    assert boxes["stuck summaries"][0].closed_with == (1008, TOO_SLOW)
    assert boxes["slow events"][0].closed_with == (1008, TOO_SLOW)  # the old rule, unchanged
