"""The event loop's stall watch (``app/server/stall_watch.py``): a loop blocked past the threshold is
logged with the garbage collector's share of the gap; an idle loop is not; ``stop`` unhooks it."""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import time

import pytest

from app.server.stall_watch import StallWatch


def _hold_the_loop() -> None:
    """A callback that collects, then keeps the loop for 0.25 s."""
    gc.collect()
    time.sleep(0.25)


async def test_a_blocked_loop_is_logged_with_the_collectors_share(caplog: pytest.LogCaptureFixture) -> None:
    watch = StallWatch(asyncio.get_running_loop(), interval=0.02, threshold=0.1)
    watch.start()
    try:
        await asyncio.sleep(0.05)
        with caplog.at_level(logging.WARNING, logger="app.server.stall_watch"):
            loop = asyncio.get_running_loop()
            loop.call_soon(_hold_the_loop)
            await asyncio.sleep(0.1)
        assert watch.stalls, "the stall went unnoticed"
        stall = watch.stalls[-1]
        assert stall.lag >= 0.1
        assert stall.full_collections >= 1 and stall.gc_pause > 0
        logged = [r.getMessage() for r in caplog.records if "event loop stalled" in r.getMessage()]
        shape = r"garbage collector: \d+ ms, [1-9]\d* full collections"
        assert logged and re.search(shape, logged[0]), logged
    finally:
        watch.stop()
    assert watch._on_gc not in gc.callbacks


async def test_an_idle_loop_is_not_a_stall() -> None:
    watch = StallWatch(asyncio.get_running_loop(), interval=0.01, threshold=0.5)
    watch.start()
    try:
        await asyncio.sleep(0.2)
    finally:
        watch.stop()
    assert watch.stalls == []
