"""``wait_event`` (app/server/wake.py): the wait every background service loop (routing's jobs, the
live floor, the Telegram sender) makes between rounds. Its one promise beyond ``asyncio.wait_for``:
a cancel that lands in the same loop turn as the event fires is not swallowed, so the service's
``stop()`` (cancel, then await the task) returns. With 3.11's ``wait_for`` in its place the first
test fails: the cancelled wait returns True and a ``while True`` loop runs on forever."""

from __future__ import annotations

import asyncio

import pytest

from app.server.wake import wait_event


async def _settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


def test_a_cancel_in_the_same_turn_as_the_wake_up_still_cancels() -> None:
    async def scenario() -> None:
        event = asyncio.Event()
        waiting = asyncio.ensure_future(wait_event(event, 30))
        await _settle()  # parked on the event
        event.set()
        await asyncio.sleep(0)  # the inner wait is done; the waiter is woken but has not run yet
        waiting.cancel()  # stop() arrives in this very turn
        with pytest.raises(asyncio.CancelledError):
            await waiting

    asyncio.run(scenario())


def test_a_service_loop_stops_when_cancelled_just_as_it_is_woken() -> None:
    async def scenario() -> int:
        event = asyncio.Event()
        rounds = 0

        async def service() -> None:
            nonlocal rounds
            while True:
                await wait_event(event, 30)
                event.clear()
                rounds += 1

        task = asyncio.ensure_future(service())
        await _settle()
        event.set()
        await asyncio.sleep(0)
        task.cancel()
        done, _ = await asyncio.wait({task}, timeout=5)
        assert done, "the service loop outlived its cancel"
        assert task.cancelled()
        return rounds

    assert asyncio.run(scenario()) == 0


def test_the_event_or_the_timeout() -> None:
    async def scenario() -> tuple[bool, bool, bool]:
        event = asyncio.Event()
        timed_out = await wait_event(event, 0.01)
        event.set()
        already = await wait_event(event, 30)
        event.clear()
        asyncio.get_running_loop().call_later(0.01, event.set)
        woken = await wait_event(event, 30)
        return timed_out, already, woken

    assert asyncio.run(scenario()) == (False, True, True)
