"""Who used the cores during a run (issue 15's cross-node latency: is node B starved, and by whom?).

``CpuBook`` reads ``/proc`` at the start and end of a run for a set of named processes: each
server node (its main thread — the event loop — apart from its other threads: the database writer
and readers), PostgreSQL's backends of the cluster (the postmaster's children) and any other
group of pids (``groups``: only processes alive at both looks are counted right). Per name: CPU
seconds and seconds spent runnable but waiting for a core (``schedstat``'s run delay), printed per
1,000 messages. Linux only; elsewhere it prints nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from _stats import _TICKS


def _task_times(pid: int) -> dict[int, tuple[float, float]]:
    """Each thread of ``pid``: (CPU seconds, seconds waiting for a core)."""
    found: dict[int, tuple[float, float]] = {}
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            wait = int((task / "schedstat").read_text().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            continue
        found[int(task.name)] = ((int(fields[11]) + int(fields[12])) / _TICKS, wait)
    return found


def children_of(ppid: int) -> list[int]:
    """The processes whose parent is ``ppid`` (PostgreSQL's backends: the postmaster's children)."""
    kids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == ppid:
            kids.append(int(entry.name))
    return kids


def postmaster_of(backend_pid: int) -> int | None:
    try:
        return int((Path(f"/proc/{backend_pid}/stat").read_text().rsplit(")", 1)[1].split())[1])
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class CpuBook:
    nodes: dict[str, int]  # node name → server pid (its main thread runs the loop)
    groups: dict[str, list[int]] = field(default_factory=dict)  # "postgres", "generators" → pids
    postmaster: int | None = None  # its children are read at each look (backends come and go)
    _start: dict[str, tuple[float, float]] = field(default_factory=dict)
    _end: dict[str, tuple[float, float]] = field(default_factory=dict)
    _pg_start: dict[int, tuple[float, float]] = field(default_factory=dict)

    def _look(self) -> tuple[dict[str, tuple[float, float]], dict[int, tuple[float, float]]]:
        got: dict[str, tuple[float, float]] = {}
        for name, pid in self.nodes.items():
            tasks = _task_times(pid)
            main = tasks.pop(pid, (0.0, 0.0))
            got[f"{name} loop"] = main
            got[f"{name} threads"] = (sum(t[0] for t in tasks.values()), sum(t[1] for t in tasks.values()))
        for name, pids in self.groups.items():
            cpu = wait = 0.0
            for pid in pids:
                for c, w in _task_times(pid).values():
                    cpu, wait = cpu + c, wait + w
            got[name] = (cpu, wait)
        pg: dict[int, tuple[float, float]] = {}
        if self.postmaster is not None:
            for pid in children_of(self.postmaster):
                times = _task_times(pid)
                if times:
                    pg[pid] = next(iter(times.values()))
        return got, pg

    def start(self) -> None:
        self._start, self._pg_start = self._look()

    def stop(self) -> None:
        self._end, pg_end = self._look()
        cpu = sum(c - self._pg_start.get(pid, (0.0, 0.0))[0] for pid, (c, _w) in pg_end.items())
        wait = sum(w - self._pg_start.get(pid, (0.0, 0.0))[1] for pid, (_c, w) in pg_end.items())
        self._start["postgres"], self._end["postgres"] = (0.0, 0.0), (cpu, wait)

    def report(self, messages: int) -> list[str]:
        """``name: CPU ms / wait ms per 1,000 messages`` for every name, busiest first."""
        if not self._end or messages <= 0:
            return []
        rows = []
        for name, (c1, w1) in self._end.items():
            c0, w0 = self._start.get(name, (0.0, 0.0))
            rows.append((c1 - c0, w1 - w0, name))
        rows.sort(reverse=True)
        per = 1000.0 / messages
        total_c = sum(r[0] for r in rows)
        out = [f"CPU / waiting for a core, ms per 1,000 messages ({messages:,} messages; "
               f"all listed CPU {total_c:.1f} s)"]
        out += [f"  {name}: {1000 * c * per:,.0f} / {1000 * w * per:,.0f}" for c, w, name in rows]
        return out
