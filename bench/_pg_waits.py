"""Where the nodes' database connections wait during a cluster run (issue 15's open question:
starvation, contention between the nodes' writers, or the bus path).

``WaitSampler`` looks at ``pg_locks`` and ``pg_stat_activity`` every ``interval`` seconds from its
own connection and counts, per sample:

- who holds the event log's advisory lock (``repo_events.EVENT_LOCK_KEY``), by node, and what the
  holder's backend is doing: ``active`` (running SQL, or waiting inside PostgreSQL — the WAL flush
  of its commit, the notify queue's lock) or ``idle in transaction`` (waiting for its node's Python
  to send the next statement: the node's own work, or its process waiting for a core);
- which nodes wait for that lock;
- which nodes' backends wait on any other heavyweight lock (``Lock:object`` is the notify
  queue's, taken by every committing transaction that called ``pg_notify``).

Nodes are told apart by ``application_name`` (``node_url`` puts it in each node's database URL).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from typing import Any

EVENT_LOCK_KEY = 0x41_44_45_56  # app/server/repos/repo_events.py
PREFIX = "agentdesk-node-"

_SQL = f"""
SELECT a.application_name, a.state, coalesce(a.wait_event_type, ''), coalesce(a.wait_event, ''),
       left(regexp_replace(a.query, '[[:space:]]+', ' ', 'g'), 60), l.granted,
       (l.locktype = 'advisory' AND l.classid = 0 AND l.objid = {EVENT_LOCK_KEY} AND l.objsubid = 1),
       CASE WHEN l.granted IS FALSE THEN (
           SELECT string_agg(b.application_name || ' ' || b.state || ': '
                             || left(regexp_replace(b.query, '[[:space:]]+', ' ', 'g'), 50), '; ')
           FROM pg_stat_activity b WHERE b.pid = ANY(pg_blocking_pids(a.pid))) END
FROM pg_stat_activity a
LEFT JOIN pg_locks l ON l.pid = a.pid AND (l.locktype = 'advisory' OR NOT l.granted)
WHERE a.application_name LIKE '{PREFIX}%' AND a.pid <> pg_backend_pid()
"""


def node_url(db_url: str, name: str) -> str:
    """``db_url`` with ``application_name=agentdesk-node-<name>`` (the node's writer and readers)."""
    sep = "&" if "?" in db_url else "?"
    return f"{db_url}{sep}application_name={PREFIX}{name.lower().replace(' ', '-')}"


class WaitSampler:
    def __init__(self, conninfo: str, interval: float = 0.02) -> None:
        self.conninfo = conninfo
        self.interval = interval
        self.samples = 0
        self.held_by: Counter[str] = Counter()  # node → samples it held the log's lock
        self.holder_state: Counter[str] = Counter()  # "active: IO/WALSync", "idle in transaction", …
        self.holder_query: Counter[str] = Counter()  # "node: its last statement" while holding it
        self.waiting: Counter[str] = Counter()  # node → samples one of its backends waited for the lock
        self.with_waiter = 0  # samples where someone waited for the lock
        self.other_locks: Counter[str] = Counter()  # "node: Lock/object" → samples
        self.blocked: Counter[str] = Counter()  # "node (its statement) behind node state: statement"
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task

    async def _run(self) -> None:
        import psycopg

        async with await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True) as conn:
            while True:
                rows = await (await conn.execute(_SQL)).fetchall()
                self._count(rows)
                await asyncio.sleep(self.interval)

    def _count(self, rows: list[tuple[Any, ...]]) -> None:
        self.samples += 1
        waiter = False
        for app, state, wtype, wevent, query, granted, log_lock, blockers in rows:
            node = app[len(PREFIX):]
            if log_lock and granted:
                self.held_by[node] += 1
                what = state if state != "active" else f"active{': ' + wtype + '/' + wevent if wtype else ''}"
                self.holder_state[what] += 1
                self.holder_query[f"{node}: {query}"] += 1
            elif log_lock:
                self.waiting[node] += 1
                waiter = True
            elif granted is False:
                self.other_locks[f"{node}: {wtype}/{wevent}"] += 1
                blocked_by = (blockers or "?").replace(PREFIX, "")
                self.blocked[f"{node} ({query[:40]}) behind {blocked_by}"] += 1
        self.with_waiter += waiter

    def _statements_of(self, node: str) -> Counter[str]:
        prefix = f"{node}: "
        return Counter({k[len(prefix):]: v for k, v in self.holder_query.items() if k.startswith(prefix)})

    def report(self) -> list[str]:
        n = max(self.samples, 1)

        def shares(counts: Counter[str], top: int = 8) -> str:
            return ", ".join(f"{k} {100.0 * v / n:.1f} %" for k, v in counts.most_common(top)) or "–"

        return [
            f"{self.samples} samples of pg_locks / pg_stat_activity, every {self.interval * 1000:.0f} ms",
            f"  the log's lock held by: {shares(self.held_by)}",
            f"  its holder's backend: {shares(self.holder_state)}",
            *(f"  {n} held it after: {shares(self._statements_of(n), 4)}" for n in sorted(self.held_by)),
            f"  someone waited for it: {100.0 * self.with_waiter / n:.1f} %"
            f" (by node: {shares(self.waiting)})",
            f"  other lock waits: {shares(self.other_locks, 6)}",
            *(f"    {100.0 * v / n:.1f} %: {k}" for k, v in self.blocked.most_common(4)),
        ]
