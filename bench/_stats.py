"""Figures shared by the load benches: a mergeable latency histogram and process CPU/RSS readings.

The load runs in several processes (customers, agent desks, a probe), each of which measures
its own latencies; a log-bucket histogram (1 % wide buckets) lets them hand back a few hundred
numbers instead of every sample, and lets the orchestrator merge them into one p50/p99 exactly as
if it had all the samples (to within the bucket width).

CPU and RSS come from ``/proc/<pid>/stat`` and ``/proc/<pid>/status`` (Linux): the server is a
separate process started by the bench, so they are read from outside, threads included. On
another OS they are ``None`` and printed as ``n/a``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from pathlib import Path

_FLOOR_MS = 0.001  # 1 µs: anything faster lands in bucket 0
_GROWTH = math.log(1.01)


class Histogram:
    """Latencies in milliseconds, in buckets 1 % wide (so a percentile is within 1 % of the truth)."""

    def __init__(self, buckets: dict[int, int] | None = None) -> None:
        self.buckets: dict[int, int] = dict(buckets or {})

    def add(self, ms: float) -> None:
        index = 0 if ms <= _FLOOR_MS else int(math.log(ms / _FLOOR_MS) / _GROWTH) + 1
        self.buckets[index] = self.buckets.get(index, 0) + 1

    @property
    def count(self) -> int:
        return sum(self.buckets.values())

    def merge(self, other: Histogram) -> None:
        for index, n in other.buckets.items():
            self.buckets[index] = self.buckets.get(index, 0) + n

    def percentile(self, p: float) -> float | None:
        """The ``p``-th percentile (0–100) in ms, or ``None`` without samples."""
        total = self.count
        if total == 0:
            return None
        rank = max(1, math.ceil(total * p / 100.0))
        seen = 0
        for index in sorted(self.buckets):
            seen += self.buckets[index]
            if seen >= rank:
                return 0.0 if index == 0 else _FLOOR_MS * math.exp(_GROWTH * (index - 0.5))
        return None  # unreachable

    def to_json(self) -> dict[str, int]:
        return {str(k): v for k, v in self.buckets.items()}

    @classmethod
    def from_json(cls, data: dict[str, int]) -> Histogram:
        return cls({int(k): int(v) for k, v in data.items()})

    @classmethod
    def merged(cls, parts: Iterable[dict[str, int]]) -> Histogram:
        out = cls()
        for part in parts:
            out.merge(cls.from_json(part))
        return out


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def proc_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` (all its threads), or ``None`` off Linux."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # the name in parentheses may contain spaces
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15)


def proc_wait_seconds(pid: int) -> float | None:
    """Seconds the threads of ``pid`` spent runnable but waiting for a core (``run_delay`` in
    ``/proc/<pid>/task/*/schedstat``), or ``None`` where the kernel does not say. On a shared
    machine this is what a process lost to the others: a load process that is slow without
    being busy shows it here rather than in its CPU."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            total += int((task / "schedstat").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return total / 1e9


def proc_rss_kb(pid: int) -> int | None:
    """Resident set size of process ``pid`` in KiB (``VmRSS``), or ``None`` off Linux."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def raise_fd_limit(wanted: int) -> int:
    """Raise this process's soft RLIMIT_NOFILE towards ``wanted`` (never above the hard limit).

    Every WebSocket is a file descriptor at both ends; the default soft limit (often 1,024) stops
    a floor of thousands of desks at ``accept``/``connect`` with EMFILE. Children started after
    this call (the server, the peers, the load processes) inherit the raised limit. Returns the
    soft limit now in force.
    """
    try:
        import resource  # POSIX only; Windows has no such limit to raise
    except ImportError:
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if target > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 10_000:
        return f"{value / 1000:.1f} s"
    if value >= 100:
        return f"{value:.0f} ms"
    return f"{value:.1f} ms" if value >= 1 else f"{value:.2f} ms"


def ratio(ours: float | None, peer: float | None) -> str:
    if ours is None or peer is None or peer == 0:
        return "n/a"
    return f"{ours / peer:.2f}×"
