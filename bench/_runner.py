"""Runs the load processes (``_loadgen.py``) against one server and reads the server from outside.

A run: start the worker processes (each connects, authenticates, syncs, then says ``ready``),
pick a start time a moment ahead, tell every worker ``go T0 T_END T_STOP``, read the server's CPU
from ``/proc`` at T0 and T_END and its RSS at T_END (and every second, for memory over a soak),
collect each worker's ``result`` at T_STOP (the run's deadline plus the drain), and kill whatever
has not answered a little later — so a run always ends in bounded time however slow the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _stats import proc_cpu_seconds, proc_rss_kb, proc_wait_seconds

LOADGEN = Path(__file__).with_name("_loadgen.py")


class BenchError(Exception):
    """A bench cannot go on (the server refused a flag, a worker could not connect, ...)."""


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class Worker:
    def __init__(self, role: str, proc: asyncio.subprocess.Process, log: Path) -> None:
        self.role, self.proc, self.log = role, proc, log
        self.ready: dict[str, Any] = {}

    @classmethod
    async def start(cls, role: str, spec: dict[str, Any], workdir: Path, timeout: float) -> Worker:
        """Start a load process and wait for its ``ready`` (connections open and synced)."""
        stem = f"{role}-{time.monotonic_ns()}"
        spec_path = workdir / f"{stem}.json"
        spec_path.write_text(json.dumps(spec))
        log = workdir / f"{stem}.log"
        with log.open("wb") as err:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                str(LOADGEN),
                role,
                str(spec_path),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=err,
                limit=64 * 1024 * 1024,
            )
        worker = cls(role, proc, log)
        try:
            worker.ready = await worker._line("ready", timeout)
        except BaseException:
            await worker.kill()
            raise
        return worker

    async def _line(self, kind: str, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        try:
            line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        except TimeoutError:
            raise BenchError(
                f"the {self.role} load process gave no '{kind}' within {timeout:.0f} s"
            ) from None
        text = line.decode(errors="replace").strip()
        if text.startswith(kind + " "):
            return dict(json.loads(text[len(kind) + 1 :]))
        if text.startswith("error "):
            raise BenchError(text[len("error ") :])
        raise BenchError(
            f"the {self.role} load process stopped ({text or 'no output'}); its log:\n{log_tail(self.log)}"
        )

    def go(self, t0: int, t_end: int, t_stop: int, t_warm: int | None = None) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {t0} {t_end} {t_stop} {t0 if t_warm is None else t_warm}\n".encode())

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"stop\n")

    async def result(self, timeout: float) -> dict[str, Any] | None:
        try:
            return await self._line("result", timeout)
        except BenchError as exc:
            print(f"  ! {exc}", file=sys.stderr)
            return None
        finally:
            await self.kill(grace=5.0)

    async def kill(self, grace: float = 0.0) -> None:
        if self.proc.returncode is None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.proc.wait(), grace)
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
            await self.proc.wait()


async def start_all(starts: list[tuple[str, dict[str, Any], float]], workdir: Path) -> list[Worker]:
    """Start several load processes at once (role, spec, timeout); if one fails, stop the rest."""
    done = await asyncio.gather(
        *(Worker.start(role, spec, workdir, timeout) for role, spec, timeout in starts),
        return_exceptions=True,
    )
    workers = [w for w in done if isinstance(w, Worker)]
    failed = [e for e in done if isinstance(e, BaseException)]
    if failed:
        for w in workers:
            await w.kill()
        raise failed[0]
    return workers


@dataclass
class ServerSample:
    cpu_pct: float | None = None  # % of one core over the run
    wait_pct: float | None = None  # % of the run its threads waited for a core (a shared machine)
    rss_kb: int | None = None  # at the run's deadline
    rss_series: list[int] = field(default_factory=list)  # every second during the run


async def go_all(
    workers: list[Worker], server_pid: int | None, duration: float, drain: float, warmup: float = 0.0
) -> tuple[list[tuple[str, dict[str, Any] | None]], ServerSample]:
    """Start every worker at once, sample the server, collect the results.

    ``warmup`` seconds of the same schedule run first (from T0, no pause between): the workers
    count what was due in them apart (``warm_*`` histograms) and the server's CPU is read from
    their end, so ``duration`` is the measured part."""
    t0 = time.monotonic_ns() + 300_000_000
    t_warm = t0 + int(warmup * 1e9)
    t_end = t_warm + int(duration * 1e9)
    t_stop = t_end + int(drain * 1e9)
    for w in workers:
        w.go(t0, t_end, t_stop, t_warm)
    sample = ServerSample()
    await asyncio.sleep(max(t_warm - time.monotonic_ns(), 0) / 1e9)
    cpu0 = proc_cpu_seconds(server_pid) if server_pid else None
    wait0 = proc_wait_seconds(server_pid) if server_pid else None
    while time.monotonic_ns() < t_end:
        await asyncio.sleep(min(1.0, max(t_end - time.monotonic_ns(), 0) / 1e9))
        if server_pid and (rss := proc_rss_kb(server_pid)) is not None:
            sample.rss_series.append(rss)
    cpu1 = proc_cpu_seconds(server_pid) if server_pid else None
    wait1 = proc_wait_seconds(server_pid) if server_pid else None
    if cpu0 is not None and cpu1 is not None:
        sample.cpu_pct = 100.0 * (cpu1 - cpu0) / duration
    if wait0 is not None and wait1 is not None:
        sample.wait_pct = 100.0 * (wait1 - wait0) / duration
    sample.rss_kb = sample.rss_series[-1] if sample.rss_series else None
    results = await asyncio.gather(*(w.result(drain + 30) for w in workers))
    return [(w.role, r) for w, r in zip(workers, results, strict=True)], sample


async def settle(server_pid: int | None, limit: float) -> float:
    """Wait until the server is idle (under 10 % of a core for half a second), at most ``limit``
    seconds: what a slow server still holds from one run must not land in the next. Returns the
    seconds waited."""
    started = time.monotonic()
    if not server_pid:
        return 0.0
    while time.monotonic() - started < limit:
        before = proc_cpu_seconds(server_pid)
        await asyncio.sleep(0.5)
        after = proc_cpu_seconds(server_pid)
        if before is None or after is None or (after - before) / 0.5 < 0.10:
            break
    return time.monotonic() - started
