"""The guard's chat scan off the event loop under load: a worker process fed once per loop turn.

The scan (``safety.scan_chat_message``) is pure CPU: ~130 µs for a chat line with the customer's
recent messages, the loop's biggest cost per message under load (bench/results_perf.md, session 7).
A thread does not help (the same GIL). A process does, but a hop costs the loop about as much as
the scan when it carries one message (pickling, the pool's thread, a wake-up: measured 237 µs
against 229 µs inline) and ~27 µs a message when it carries ten. So scans asked for during one
turn of the loop are gathered: fewer than ``min_batch`` are scanned inline, as before (a quiet
server adds no hop and starts no process); a bigger batch goes to the worker in one call.

The guard is a security control: nothing is stored unscanned. The worker process is started on the
first big batch (its scans run inline until it has loaded the guard); if it fails or dies, that
batch is scanned inline and a new worker is started for the next one (logged). ``stop`` ends it.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from app.server import safety
from app.server.safety import ChatScan

log = logging.getLogger(__name__)
SCANNER = "chat_scanner"  # its key in ``ServerContext.services``
MIN_BATCH = 4  # scans in one loop turn below which the hop costs the loop more than it saves

ScanArgs = tuple[str, list[tuple[int, str]], tuple[str, ...]]


def _scan_batch(items: list[ScanArgs]) -> list[ChatScan]:
    """In the worker: each message's scan, in order."""
    return [safety.scan_chat_message(text, recent, domains) for text, recent, domains in items]


def _load_guard() -> bool:
    """In the worker, first: load the guard (seconds), so the first batch does not wait for it."""
    safety.require()
    safety.scan_chat_message("hello", [], ())
    return True


class ChatScanner:
    def __init__(self, loop: asyncio.AbstractEventLoop, min_batch: int = MIN_BATCH) -> None:
        self._loop = loop
        self.min_batch = min_batch
        self._pending: list[tuple[ScanArgs, asyncio.Future[ChatScan]]] = []
        self._scheduled = False
        self._pool: ProcessPoolExecutor | None = None
        self._ready = False  # the worker has loaded the guard
        self._stopped = False
        self.batches = self.offloaded = self.fallbacks = 0  # for tests and the docs' figures

    async def scan(self, text: str, recent: list[tuple[int, str]], domains: tuple[str, ...]) -> ChatScan:
        fut: asyncio.Future[ChatScan] = self._loop.create_future()
        self._pending.append(((text, recent, domains), fut))
        if not self._scheduled:
            self._scheduled = True
            self._loop.call_soon(self._dispatch)
        return await fut

    def _dispatch(self) -> None:
        self._scheduled = False
        batch, self._pending = self._pending, []
        if not batch:
            return
        if len(batch) < self.min_batch or self._stopped:
            _inline(batch)
            return
        pool = self._worker()
        if pool is None or not self._ready:
            _inline(batch)  # the worker is still loading the guard
            return
        self.batches += 1
        try:
            done = pool.submit(_scan_batch, [args for args, _ in batch])
        except Exception as exc:  # a broken pool refuses work: scan here, start another
            self._failed(exc)
            _inline(batch)
            return
        asyncio.wrap_future(done, loop=self._loop).add_done_callback(lambda f: self._answer(batch, f))

    def _answer(
        self, batch: list[tuple[ScanArgs, asyncio.Future[ChatScan]]], done: asyncio.Future[list[ChatScan]]
    ) -> None:
        exc = None if done.cancelled() else done.exception()
        if done.cancelled() or exc is not None:
            self._failed(exc)
            _inline(batch)  # never unscanned: the loop does it
            return
        self.offloaded += len(batch)
        for (_, fut), result in zip(batch, done.result(), strict=True):
            if not fut.done():
                fut.set_result(result)

    def _worker(self) -> ProcessPoolExecutor | None:
        if self._pool is None and not self._stopped:
            # spawn: the same on Windows, macOS and Linux, and no copy of the server's sockets/threads
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            pool = self._pool
            warm: Future[bool] = pool.submit(_load_guard)
            warm.add_done_callback(lambda f: self._loop.call_soon_threadsafe(self._warmed, pool, f))
        return self._pool

    def _warmed(self, pool: ProcessPoolExecutor, warm: Future[bool]) -> None:
        if pool is not self._pool:
            return
        if warm.cancelled() or warm.exception() is not None:
            self._failed(None if warm.cancelled() else warm.exception())
            return
        self._ready = True

    def _failed(self, exc: BaseException | None) -> None:
        self.fallbacks += 1
        log.warning("the guard's worker process failed (%s): scanning on the loop, starting another",
                    type(exc).__name__ if exc is not None else "cancelled")
        pool, self._pool, self._ready = self._pool, None, False
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def stop(self) -> None:
        self._stopped = True
        pool, self._pool, self._ready = self._pool, None, False
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _inline(batch: list[tuple[ScanArgs, asyncio.Future[ChatScan]]]) -> None:
    for (text, recent, domains), fut in batch:
        if fut.done():
            continue
        try:
            fut.set_result(safety.scan_chat_message(text, recent, domains))
        except Exception as exc:  # the guard raised: this message fails, as it did inline
            fut.set_exception(exc)
