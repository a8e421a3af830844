"""``ImageChecker``: the async front of the worker pool the server awaits for every image.

Design, for a server that must stay responsive whatever customers send:

* worker PROCESSES (spawned, the same way on Windows, macOS and Linux), ``workers`` of them (default:
  the CPU count, at most 4): OCR is CPU-bound and must not hold the event loop or the GIL. Each
  worker holds ONNX Runtime and the models, ~350 MB resident, hence the cap on the default;
* one job per worker at a time, each under a per-image ``deadline``. A worker that overruns it is
  killed and replaced (a running OCR call cannot be interrupted any other way) and the image is
  ``not_checked("timeout")``; a worker that dies is replaced and the image ``not_checked
  ("worker_failed")``. Neither is ever "safe";
* a bounded queue: at most ``max_queue`` images wait for a worker, each at most ``queue_timeout``
  seconds; beyond that an image is ``not_checked("overloaded")`` at once, so a burst of uploads
  costs the burst, not the server. The waiting happens in the event loop (no thread per waiter);
  only the round trip to a worker runs in a small thread pool, one thread per worker, because a
  pipe cannot be awaited portably (Windows' proactor loop has no ``add_reader``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from .images import PreparedImage
from .limits import DEFAULT_LIMITS, AttachmentLimits
from .verdict import (
    NOT_RUNNING,
    OVERLOADED,
    TIMEOUT,
    UNDECODABLE,
    WITHHELD,
    WORKER_FAILED,
    ImageCheck,
    Verdict,
)
from .worker import WorkerConfig, serve

_DEFAULT_MAX_WORKERS = 4
_START_TIMEOUT = 180.0  # loading ONNX Runtime and the models on a cold, busy machine


class WorkerStartError(RuntimeError):
    """A worker process did not come up (it crashed while loading, or took too long)."""


@dataclass(slots=True)
class _Outcome:
    verdict: Verdict
    image: PreparedImage | None = None
    refusal: str | None = None
    cpu_seconds: float = 0.0


class _Worker:
    """One worker process and its pipe; every method blocks and runs in the checker's threads."""

    def __init__(self, config: WorkerConfig) -> None:
        self._config = config
        self._ctx = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Any = None
        self._closing = False
        self.ocr_available = False

    def spawn(self) -> None:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=serve, args=(child, self._config), daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        try:
            if not parent.poll(_START_TIMEOUT):
                raise WorkerStartError("an image worker did not start in time")
            tag, ocr_available = parent.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise WorkerStartError("an image worker exited while starting") from exc
        except WorkerStartError:
            self.kill()
            raise
        self.ocr_available = bool(ocr_available) and tag == "ready"

    def kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            # run() on a pool thread may be using (or have closed) the same pipe when stop() kills
            # a busy worker: its descriptor can be gone already (EBADF)
            with contextlib.suppress(OSError):
                self._conn.close()
        self._process = self._conn = None

    def close(self) -> None:
        self._closing = True
        try:
            if self._conn is not None:
                self._conn.send(None)
            if self._process is not None:
                self._process.join(5)
        except (OSError, ValueError):
            pass
        self.kill()

    def run(self, job_id: int, data: bytes, deadline: float) -> _Outcome:
        """Send one image; collect the replies until the verdict or the deadline."""
        end = time.monotonic() + deadline
        image: PreparedImage | None = None
        conn = self._conn  # stop() may close and clear it from another thread
        try:
            if conn is None:
                raise OSError("the worker is stopped")
            conn.send((job_id, data))
            while True:
                remaining = end - time.monotonic()
                if remaining <= 0 or not conn.poll(remaining):
                    self._restart()
                    return _Outcome(Verdict.not_checked(TIMEOUT), image)
                reply_id, tag, value = conn.recv()
                if reply_id != job_id:
                    continue
                if tag == "prepared":
                    image = value
                elif tag == "refused":
                    return _Outcome(Verdict.not_checked(UNDECODABLE), None, value)
                else:
                    verdict, cpu = value
                    return _Outcome(verdict, None if verdict.status == WITHHELD else image, None, cpu)
        except (EOFError, OSError, ValueError):
            self._restart()
            return _Outcome(Verdict.not_checked(WORKER_FAILED), image)

    def _restart(self) -> None:
        self.kill()
        if not self._closing:
            self.spawn()


class ImageChecker:
    """Check images off the event loop: ``await checker.check(data)`` -> ``ImageCheck``."""

    def __init__(
        self,
        *,
        workers: int | None = None,
        deadline: float = 8.0,
        max_queue: int = 32,
        queue_timeout: float = 30.0,
        limits: AttachmentLimits = DEFAULT_LIMITS,
        ocr_threads: int = 1,
        reader: str | None = None,
    ) -> None:
        if deadline <= 0 or queue_timeout <= 0 or max_queue < 0:
            raise ValueError("deadline and queue_timeout must be positive, max_queue not negative")
        default = min(os.cpu_count() or 1, _DEFAULT_MAX_WORKERS)
        self._size = max(1, workers if workers is not None else default)
        self._deadline = deadline
        self._max_queue = max_queue
        self._queue_timeout = queue_timeout
        self._config = WorkerConfig(limits, ocr_threads, reader)
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker | None] | None = None
        self._threads: ThreadPoolExecutor | None = None
        self._waiting = 0
        self._jobs = itertools.count(1)

    @property
    def running(self) -> bool:
        return self._idle is not None

    @property
    def busy(self) -> int:
        """Workers checking an image right now."""
        return 0 if self._idle is None else len(self._workers) - self._idle.qsize()

    @property
    def queued(self) -> int:
        """Images waiting for a worker."""
        return self._waiting

    @property
    def ocr_available(self) -> bool:
        """Whether the workers loaded OCR and QR reading (False: every image is "not checked")."""
        return bool(self._workers) and all(w.ocr_available for w in self._workers)

    async def start(self) -> None:
        """Spawn the workers and wait until each has loaded its engines."""
        if self.running:
            return
        loop = asyncio.get_running_loop()
        self._threads = ThreadPoolExecutor(self._size, thread_name_prefix="image-check")
        workers = [_Worker(self._config) for _ in range(self._size)]
        results = await asyncio.gather(
            *(loop.run_in_executor(self._threads, w.spawn) for w in workers), return_exceptions=True
        )
        failure = next((r for r in results if isinstance(r, BaseException)), None)
        if failure is not None:
            for w in workers:
                w.kill()
            self._threads.shutdown(wait=False)
            self._threads = None
            raise failure
        self._workers = workers
        self._idle = asyncio.Queue()
        for w in workers:
            self._idle.put_nowait(w)

    async def stop(self) -> None:
        """Stop every worker (busy ones are killed); later checks answer ``not_running``."""
        if not self.running or self._idle is None:
            return
        idle, self._idle = self._idle, None
        for _ in range(self._waiting):
            idle.put_nowait(None)
        threads, self._threads = self._threads, None
        await asyncio.get_running_loop().run_in_executor(None, self._close_all)
        if threads is not None:
            threads.shutdown(wait=False, cancel_futures=True)

    def _close_all(self) -> None:
        for w in self._workers:
            w.close()
        self._workers = []

    async def __aenter__(self) -> ImageChecker:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def check(self, data: bytes) -> ImageCheck:
        """Decode, re-encode and read one image; never raises for what the image contains."""
        started = time.monotonic()
        outcome = await self._check(data)
        elapsed = time.monotonic() - started
        return ImageCheck(outcome.verdict, outcome.image, outcome.refusal, elapsed, outcome.cpu_seconds)

    async def _check(self, data: bytes) -> _Outcome:
        idle, threads = self._idle, self._threads
        if idle is None or threads is None:
            return _Outcome(Verdict.not_checked(NOT_RUNNING))
        if idle.empty() and self._waiting >= self._max_queue:
            return _Outcome(Verdict.not_checked(OVERLOADED))
        self._waiting += 1
        try:
            async with asyncio.timeout(self._queue_timeout):
                worker = await idle.get()
        except TimeoutError:
            return _Outcome(Verdict.not_checked(OVERLOADED))
        finally:
            self._waiting -= 1
        if worker is None:  # stop() woke the waiters
            return _Outcome(Verdict.not_checked(NOT_RUNNING))
        loop = asyncio.get_running_loop()
        job = loop.run_in_executor(threads, worker.run, next(self._jobs), data, self._deadline)
        job.add_done_callback(lambda _: self._release(idle, worker))
        try:
            return await asyncio.shield(job)
        except RuntimeError:  # the thread pool was shut down by stop()
            return _Outcome(Verdict.not_checked(NOT_RUNNING))

    def _release(self, idle: asyncio.Queue[_Worker | None], worker: _Worker) -> None:
        if idle is self._idle:
            idle.put_nowait(worker)
