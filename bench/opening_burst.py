"""A burst of new chats on the writer, in-process (issue 15: the cross-node p99 in a burst of new chats).

Twenty customers of one node open a chat at once — a market spike — and the single writer runs
their openings in one transaction (``db/executor.py``'s group commit). This prints what that batch
costs the writer, with this branch's per-transaction memo (``db/tx_memo.py``: agents+presence, the
routing rows' lock and the open incidents read once per transaction) and without it (each opening
reads them again, as before session 11), or — ``--compare write``, the default since session 12 —
with a new chat's rows drawn and written in one statement (``repos/opening_write.py``, pg15) and
without it (the ORM path of ``c6dcb19``, the memo on in both), rounds alternated in the same run:

- **statements** the writer's thread sends per opening (the first of the batch, the others), counted
  as ``tests/server/routing/test_opening_statements.py`` counts them (BEGIN/COMMIT apart);
- **batch ms**: from the moment the writer takes the burst to its answers (the commit included);
- **writer CPU ms**: the writer thread's CPU for the whole batch (``time.thread_time``).

A real ``ChatServer`` (the routing tests' floor: six agents in two teams, all available, chat
capacity 40) on a throw-away PostgreSQL cluster (``fsync`` on) or ``--pg-url``; a fresh database per
round so every opening is a new chat. The burst is queued while the writer is held by one request,
so all of it lands in the writer's next batch, as a burst does when the writer is busy.

What it does NOT show: latency seen by a desk (``cluster_load.py`` does that, with the bus and
three nodes), reopens (they share the routing cuts), or a machine that is not shared — the batch
time is wall time on this machine's cores, so compare the ratio of the same run.

Run: ``python bench/opening_burst.py [--customers 20] [--rounds 5] [--compare write|memo] [--pg-url URL]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.server.db import tx_memo
from app.server.db.prepared import Prepared
from app.server.dispatch.service import DispatchService
from app.server.incidents import repo as incidents
from app.server.repos import opening_write, repo_messages
from tests.server.routing.support import agents, chat, floor, teams_file

AGENTS = ["ann", "abe", "amy", "zhao", "zhou", "zhu"]


class Probe:
    """Statements and CPU of each ``customer_send`` on the writer's thread."""

    def __init__(self) -> None:
        self.on = False
        self.calls: list[int] = []
        self.cpu = 0.0

    def add(self, sql: str) -> None:
        own = sql.lstrip().upper().startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE"))
        if self.on and not own and threading.current_thread().name == "agentdesk-db":
            self.calls[-1] += 1


@contextlib.contextmanager
def installed(probe: Probe) -> Iterator[None]:
    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        probe.add(statement)

    real_run, real_send = Prepared._run, repo_messages.customer_send

    def prepared_run(prep: Prepared, session: Session, params: dict[str, Any]) -> Any:
        compiled, cursor = real_run(prep, session, params)
        probe.add(compiled.sql)
        return compiled, cursor

    @functools.wraps(real_send)  # keeps the writer's mark (``executor.runs_together``, pg17)
    def send(*args: Any, **kwargs: Any) -> Any:
        probe.on = True
        probe.calls.append(0)
        start = time.thread_time()
        try:
            return real_send(*args, **kwargs)
        finally:
            probe.cpu += time.thread_time() - start
            probe.on = False

    Prepared._run = prepared_run  # type: ignore[method-assign]
    repo_messages.customer_send = send
    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        Prepared._run = real_run  # type: ignore[method-assign]
        repo_messages.customer_send = real_send


@contextlib.contextmanager
def memo(enabled: bool) -> Iterator[None]:
    """Off: every call gets a memo of its own, so nothing is shared (the path before session 11)."""
    real = tx_memo.of
    if not enabled:
        tx_memo.of = lambda session: {}  # type: ignore[assignment]
    try:
        yield
    finally:
        tx_memo.of = real  # type: ignore[assignment]


@contextlib.contextmanager
def one_write(enabled: bool) -> Iterator[None]:
    """Off: a new chat takes the ORM path (its rows in ~8 statements, as at ``c6dcb19``)."""
    real = opening_write.applies
    if not enabled:
        opening_write.applies = lambda session: False  # type: ignore[assignment]
    try:
        yield
    finally:
        opening_write.applies = real  # type: ignore[assignment]


def _hold(session: Session, gate: threading.Event, started: list[float]) -> None:
    gate.wait(30)
    started.append(time.perf_counter())  # the burst's batch starts right after this request


async def one_round(base_url: str, customers: int, enabled: bool, compare: str) -> dict[str, float]:
    from tests.support.cluster import drop_database, fresh_database

    url = fresh_database(base_url)
    tmp = Path(tempfile.mkdtemp(prefix="opening-burst-"))
    probe = Probe()
    try:
        config = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}
        policy = str(teams_file(tmp, chat=40))
        async with floor(tmp, customers=customers + 2, db_url=url, teams_policy_path=policy,
                         **config) as server:
            desk = await agents(server, AGENTS)
            await chat(server, f"C{customers:04d}", "warm")  # English team's rows, caches
            await chat(server, f"C{customers + 1:04d}", "warm")  # Chinese team's
            writer = server.context.db
            gate, started = threading.Event(), []
            toggle = memo(enabled) if compare == "memo" else one_write(enabled)
            with toggle, installed(probe):
                held = writer.submit(_hold, gate, started)
                futures = [
                    writer.submit(repo_messages.customer_send, f"C{i:04d}", "hello, my withdrawal is stuck",
                                  f"burst-{i}", [], None, (), (), None, None, incidents.link_new)
                    for i in range(customers)
                ]
                gate.set()
                await held
                await asyncio.gather(*futures)
                done = time.perf_counter()
            for client in desk.values():
                await client.close()
    finally:
        drop_database(base_url, url)
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "batch_ms": (done - started[0]) * 1e3,
        "cpu_ms": probe.cpu * 1e3,
        "first": float(probe.calls[0]),
        "others": statistics.mean(probe.calls[1:]),
    }


async def main_async(opts: argparse.Namespace, base_url: str) -> None:
    rows: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for r in range(opts.rounds):
        for enabled in (False, True) if r % 2 == 0 else (True, False):
            found = await one_round(base_url, opts.customers, enabled, opts.compare)
            rows[enabled].append(found)
            state = "on " if enabled else "off"
            print(f"  round {r + 1} {opts.compare} {state}: batch {found['batch_ms']:.1f} ms, "
                  f"writer CPU {found['cpu_ms']:.1f} ms, statements first {found['first']:.0f} / "
                  f"others {found['others']:.1f}", flush=True)

    def med(enabled: bool, key: str) -> float:
        return statistics.median(x[key] for x in rows[enabled])

    print(f"\n== {opts.customers} new chats in one writer batch, median of {opts.rounds} rounds each")
    what = opts.compare
    print(f"  {'':<34}{f'before ({what} off)':>18}{f'after ({what} on)':>18}{'after/before':>14}")
    labels = (("first", "statements, the first opening"), ("others", "statements, each other opening"),
              ("batch_ms", "batch ms (wall, commit included)"), ("cpu_ms", "writer CPU ms"))
    for key, label in labels:
        off, on = med(False, key), med(True, key)
        print(f"  {label:<34}{off:>18.1f}{on:>18.1f}{on / off:>13.2f}×")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--customers", type=int, default=20)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--compare", choices=("write", "memo"), default="write",
                   help="write: the one-statement opening on/off (pg15); memo: the memo on/off (pg14)")
    p.add_argument("--pg-url", help="a PostgreSQL server (SQLAlchemy URL) to make the databases on")
    opts = p.parse_args()
    DispatchService.committed = lambda self, events: None  # type: ignore[method-assign]  # no jobs between
    with open("/proc/loadavg") as f:
        print(f"load average before: {' '.join(f.read().split()[:3])}")
    if opts.pg_url:
        asyncio.run(main_async(opts, opts.pg_url))
    else:
        from _pg import throwaway_cluster

        with throwaway_cluster() as url:
            asyncio.run(main_async(opts, url))
    with open("/proc/loadavg") as f:
        print(f"load average after: {' '.join(f.read().split()[:3])}")


if __name__ == "__main__":
    main()
