"""Summary rounds on a busy floor (docs/server.md "Fan-out", session 8). The window's interval
stretches: after a round that wrote to many desks the next one waits longer (summary writes near
``summary_writes_per_second``), never beyond ``summary_max_interval``, and comes back to
``summary_interval`` when rounds are small again. Each round still carries every conversation that
changed. An open conversation's events take the outbox's urgent lane, ahead of a round's slices.
The tests flush the window themselves and read the interval the next timer takes, so nothing here
depends on timing.
"""

from __future__ import annotations

import asyncio

import httpx

from app.server.app import ChatServer
from app.server.summaries import next_interval
from tests.server.test_subscriptions import (
    HOUR,
    chats,
    created_in,
    desk,
    subscribe,
    summaries_in,
    summarised_ids,
)
from tests.support.server import running_server


async def metrics(server: ChatServer) -> dict[str, int]:
    async with httpx.AsyncClient() as client:
        text = (await client.get(f"{server.http_url}/metrics")).text
    return {line.split(" ")[0]: int(line.split(" ")[1]) for line in text.splitlines() if line[:1] != "#"}


def test_next_interval_keeps_writes_near_the_budget_within_bounds():
    assert next_interval(0, 0.25, 0.35, 4_000) == 0.25
    assert next_interval(800, 0.25, 0.35, 4_000) == 0.25  # 0.2 s of budget: the shortest wins
    assert next_interval(1_200, 0.25, 0.35, 4_000) == 0.3
    assert next_interval(1_500, 0.25, 0.35, 4_000) == 0.35  # 0.375 s, capped
    assert next_interval(100_000, 0.25, 0.35, 4_000) == 0.35
    assert next_interval(100_000, 0.25, 0.35, 0) == 0.25  # no budget: never stretched
    assert next_interval(100_000, 0.25, 0.2, 4_000) == 0.25  # a longest below the shortest


# long intervals so that only the test's own flush() sends a round; a budget of one write every
# 100 s makes 4 desks a busy round (4 / 0.01 = 400 s, within [300, 1,800]) and 1 desk a quiet one
SLOW = {"summary_interval": 300.0, "summary_max_interval": 1_800.0, "summary_writes_per_second": 0.01}


async def test_a_round_to_many_desks_stretches_the_next_one_and_a_small_round_restores_it(tmp_path):
    async with running_server(tmp_path, **SLOW) as server:
        window = server.context.hub.window
        (first, one), (second, two) = await chats(server, 2)
        desks = [await desk(server) for _ in range(4)]
        for d in desks:
            await subscribe(d, [])
        assert window.current_interval == 300.0
        await first.send("busy floor")
        await second.send("another chat")
        await asyncio.sleep(0.2)
        window.flush()
        assert window.current_interval == 400.0  # 4 frames at 0.01 writes/s, within [300, 1800]
        counts = await metrics(server)
        assert counts["agentdesk_summary_rounds_total"] == 1
        assert counts["agentdesk_summary_frames_total"] == 4
        assert counts["agentdesk_summary_interval_ms"] == 400_000
        assert 0 < counts["agentdesk_socket_writes_total"] <= counts["agentdesk_frames_written_total"]
        for d in desks:
            [summary] = summaries_in(await d.drain(0.5))
            assert {one, two} <= summarised_ids([summary])  # fewer rounds, not fewer conversations
        for d in desks[1:]:
            await d.close()
        await first.send("quiet floor")
        await asyncio.sleep(0.2)
        window.flush()
        assert window.current_interval == 300.0  # 1 frame: 100 s of budget, the shortest wins
        [summary] = summaries_in(await desks[0].drain(0.5))
        assert one in summarised_ids([summary])
        for c in (first, second, desks[0]):
            await c.close()


async def test_an_open_conversations_events_take_the_urgent_lane_summaries_do_not(tmp_path, monkeypatch):
    """A summary round to every desk goes out in slices; the events of a conversation a desk has on
    screen must not wait behind it (outbox.py's urgent lane), and stay in order on that desk."""
    async with running_server(tmp_path, **HOUR) as server:
        hub, flusher = server.context.hub, server.context.flusher
        (customer, conv), (other, _) = await chats(server, 2)
        reader, watcher = await desk(server), await desk(server)
        await subscribe(reader, [conv])
        await subscribe(watcher, [])
        [reader_conn] = [c for c in hub.agents if conv in c.subscription.open]
        [watcher_conn] = [c for c in hub.agents if c.subscription.summaries and not c.subscription.open]
        marks: list[tuple[object, bool]] = []
        mark = flusher.mark

        def recording(outbox: object, urgent: bool = False) -> None:
            marks.append((outbox, urgent))
            mark(outbox, urgent)

        monkeypatch.setattr(flusher, "mark", recording)
        for k in range(3):
            await customer.send(f"on screen {k}")
        await other.send("elsewhere")
        await asyncio.sleep(0.2)
        hub.window.flush()
        frames = await reader.drain(0.5)
        bodies = [e["data"]["message"]["body"] for e in created_in(frames)]
        assert bodies == [f"on screen {k}" for k in range(3)]
        assert len(summaries_in(frames)) == 1
        assert (reader_conn.outbox, True) in marks
        assert all(not urgent for outbox, urgent in marks if outbox is watcher_conn.outbox)
        assert any(outbox is watcher_conn.outbox for outbox, _ in marks)  # its summary: fan-out lane
        for c in (customer, other, reader, watcher):
            await c.close()
