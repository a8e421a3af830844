"""The summary window's interval stretches on a busy floor (docs/server.md "Fan-out", session 8):
after a round that wrote to many desks the next round waits longer (summary writes near
``summary_writes_per_second``), never beyond ``summary_max_interval``, and comes back to
``summary_interval`` when rounds are small again. Each round still carries every conversation that
changed. The test flushes the window itself and reads the interval the next timer takes, so
nothing here depends on timing.
"""

from __future__ import annotations

import asyncio

from app.server.summaries import next_interval
from tests.server.test_subscriptions import chats, desk, subscribe, summaries_in, summarised_ids
from tests.support.server import running_server


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
