"""Waiting for a service's wake-up event with a timeout, in a way that can still be stopped.

Python 3.11's ``asyncio.wait_for`` swallows a cancellation that arrives in the same loop turn as the
awaited event fires (CPython gh-86296, fixed in 3.12): it returns the result instead of raising. A
background service written as ``while True: await wait_for(wake.wait(), interval)`` then never sees
its ``stop()``'s cancel, and ``stop()`` awaits it forever (seen as a desk test whose server never
shut down). ``asyncio.wait`` has no such race: a cancel always raises here.
"""

from __future__ import annotations

import asyncio


async def wait_event(event: asyncio.Event, timeout: float) -> bool:
    """Wait until ``event`` is set or ``timeout`` seconds pass; True if it was set. Cancelling the
    caller always raises ``CancelledError`` (and cancels the inner wait)."""
    if event.is_set():
        return True
    waiter = asyncio.ensure_future(event.wait())
    try:
        done, _ = await asyncio.wait({waiter}, timeout=timeout)
    finally:
        waiter.cancel()
    return bool(done)
