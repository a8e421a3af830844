"""The guard's chat scan in a worker process (``app/server/scan_worker.py``): a loop turn's scans
gathered; a small batch scanned on the loop, a big one in the worker with the same results as the
loop's own scan; a worker killed (SIGKILL) costs no scan — the batch sent to it is scanned on the
loop — and is replaced."""

from __future__ import annotations

import asyncio
import os
import signal

from app.server import safety
from app.server.scan_worker import ChatScanner

SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"
TEXTS = [
    "Hello, my deposit has not arrived yet, could you check please?",
    f"my seed phrase is {SEED}",
    "the second half: acoustic acquire across act action actor actress actual adapt add addict address",
    "my password is Sunny!2024 please fix it",
    "我的充值还没到账",
    "visit binance-support-help.com for help",
]
RECENT = [(1, "first six words: abandon ability able about above absent")]
DOMAINS = ("example.com",)


async def _ready(scanner: ChatScanner) -> None:
    """Start the worker (a big batch) and wait until it has loaded the guard."""
    await asyncio.gather(*(scanner.scan(t, [], DOMAINS) for t in TEXTS))
    for _ in range(600):
        if scanner._ready:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the worker did not load the guard in 30 s")


async def test_small_batches_stay_on_the_loop_and_start_no_process() -> None:
    scanner = ChatScanner(asyncio.get_running_loop(), min_batch=4)
    try:
        for text in TEXTS:
            got = await scanner.scan(text, RECENT, DOMAINS)  # one at a time: batches of one
            assert got == safety.scan_chat_message(text, RECENT, DOMAINS)
        assert scanner._pool is None and scanner.batches == 0
    finally:
        scanner.stop()


async def test_a_big_batch_is_scanned_in_the_worker_with_the_loops_results() -> None:
    scanner = ChatScanner(asyncio.get_running_loop(), min_batch=2)
    try:
        await _ready(scanner)
        got = await asyncio.gather(*(scanner.scan(t, RECENT, DOMAINS) for t in TEXTS))
        assert scanner.offloaded == len(TEXTS) and scanner.batches == 1
        assert list(got) == [safety.scan_chat_message(t, RECENT, DOMAINS) for t in TEXTS]
        assert any(g.current.redactions for g in got)  # secrets found (and redacted) there too
        assert got[1].current.text != TEXTS[1]
    finally:
        scanner.stop()


async def test_a_killed_worker_costs_no_scan_and_is_replaced() -> None:
    scanner = ChatScanner(asyncio.get_running_loop(), min_batch=2)
    try:
        await _ready(scanner)
        assert scanner._pool is not None
        (process,) = scanner._pool._processes.values()  # type: ignore[union-attr]
        assert process.pid is not None
        os.kill(process.pid, signal.SIGKILL)
        await asyncio.to_thread(process.join, 30)  # dead before the batch goes: no race with it
        got = await asyncio.gather(*(scanner.scan(t, RECENT, DOMAINS) for t in TEXTS))
        assert list(got) == [safety.scan_chat_message(t, RECENT, DOMAINS) for t in TEXTS]
        assert scanner.fallbacks >= 1
        await _ready(scanner)  # another worker
        again = await asyncio.gather(*(scanner.scan(t, [], DOMAINS) for t in TEXTS))
        assert list(again) == [safety.scan_chat_message(t, [], DOMAINS) for t in TEXTS]
        assert scanner.offloaded >= len(TEXTS)
    finally:
        scanner.stop()
