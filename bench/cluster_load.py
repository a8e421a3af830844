"""Issue 15's instrument: the AgentDesk server on one PostgreSQL, one node against three.

    python bench/cluster_load.py                       # ~4 minutes on 2 cores: a throw-away PostgreSQL
    python bench/cluster_load.py --rate 300 --warmup 3 --duration 30 --pg-url postgresql+psycopg://…/db

Two parts, each node a ``python -m app.server --demo --db <PostgreSQL>`` process (``_servers.py``),
driven over the wire only:

1. **Cross-node delivery at a rate** (default 300 msg/s, 20 agent desks × 20 customers, the load
   processes of ``server_load.py``: ``_loadgen.py``). With one node everything is on it. With
   three, every customer writes through node B and the desks are split between nodes A and C, so
   every delivery crosses nodes (commit on B → NOTIFY → A and C read the log). Printed side by
   side with the one-node figures: the three-node latency ÷ the one-node one (same machine, same
   run).

   **What is counted.** Every desk and customer connects, authenticates and syncs before the clock
   starts (``_loadgen.py``: ``ready``). Then the 300 msg/s schedule runs without a pause for
   ``--warmup`` seconds (default 3) and ``--duration`` seconds (default 30). The figures in the
   table — ack and customer→agent p50/p99, acks/s, CPU — are of the messages *due* in the
   ``--duration`` part (the steady state the issue's target is about); the messages due in the
   warm-up are printed on their own lines below the table (a fresh node's first seconds: every
   customer's first message opens or reopens its chat, at once), never dropped. "delivered %"
   counts the whole schedule, warm-up included.
2. **kill -9 of one node mid-burst**: customers on all three nodes send, a desk on the node that
   dies and one on a survivor read; half-way through, node C gets SIGKILL. Its customers reconnect
   to a survivor (as a load balancer would send them) and send again what was not acknowledged
   (same ``client_msg_id``: idempotent); its desk reconnects and ``sync``\\ s from its last seq.
   Afterwards: every acknowledged message is in the database exactly once, and both desks saw
   each exactly once. Printed: acknowledged, lost, doubled (must be 0, 0).

Figures are for this machine at this moment (shared cores); compare the ratios, not the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _agentdesk import DEMO_PASSWORD, login, prepare
from _cpu_book import CpuBook, postmaster_of
from _pg import conninfo, fresh_databases, throwaway_cluster
from _pg_waits import WaitSampler, node_url
from _report import common_rows, summarize, table
from _runner import BenchError, go_all, settle, start_all
from _servers import ServerProcess, machine, rate_limit_args, start_agentdesk
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

SUBPROTOCOL = "agentdesk.v1"
TARGET_P99_MS = 50.0


# --- part 1: delivery at a rate ------------------------------------------------------------------
async def start_nodes(
    db_url: str, count: int, workdir: Path, opts: argparse.Namespace, extra: tuple[str, ...] = ()
) -> list[ServerProcess]:
    """Node A prepared as ``server_load.py`` does (accounts, tokens), then the others on its database."""
    flags = [*rate_limit_args("flag"), *extra]
    (workdir / "node-a").mkdir(parents=True, exist_ok=True)
    first = await prepare(
        node_url(db_url, "a"), workdir / "node-a", desks=opts.agents, accounts="demo", account_count=3,
        customers=opts.customers, server_args=flags, name="node A",
    )
    nodes = [first]
    try:
        for k in range(1, count):
            (workdir / f"node-{k}").mkdir(exist_ok=True)
            url = node_url(db_url, "ABC"[k])
            node = await start_agentdesk(url, workdir / f"node-{k}", flags, f"node {'ABC'[k]}")
            node.uids, node.customer_tokens = first.uids, first.customer_tokens
            nodes.append(node)
    except BaseException:
        for n in nodes:
            await n.stop()
        raise
    return nodes


async def rate_run(
    nodes: list[ServerProcess], opts: argparse.Namespace, tag: int, workdir: Path
) -> dict[str, Any]:
    writer = nodes[1] if len(nodes) > 1 else nodes[0]
    readers = [nodes[0], nodes[2]] if len(nodes) > 2 else [nodes[0]]
    conns = opts.customers
    interval = conns / opts.rate * 1e9
    spec: dict[str, Any] = {
        "url": writer.url,
        "tag": tag,
        "conns": [
            {"u": i, "c": i, "token": writer.customer_tokens[writer.uids[i]], "sync": True,
             "offset_ns": int(interval * i / conns)}
            for i in range(conns)
        ],
        "window": max(2, 200 // conns),
        "interval_ns": int(interval),
        # --open-chats-first: each customer's first message (which opens or reopens its chat: the
        # ORM path, a routing decision) is sent and acknowledged before the clock starts
        "warm_up": bool(opts.open_chats_first),
    }
    tokens = nodes[0].agent_tokens
    per = math.ceil(opts.agents / len(readers))
    starts: list[tuple[str, dict[str, Any], float]] = []
    for k, node in enumerate(readers):
        desks = [{"token": tokens[i]} for i in range(k * per, min((k + 1) * per, opts.agents))]
        if desks:
            starts.append(("agents", {"url": node.url, "tag": tag, "desks": desks}, 120))
    starts.append(("customers", spec, 120))
    workers = await start_all(starts, workdir)
    sampler = WaitSampler(conninfo(opts.db_url), opts.sample_interval) if opts.sample_interval > 0 else None
    if sampler is not None:
        sampler.start()
    book = CpuBook({node.name: node.pid for node in nodes}, postmaster=await postmaster(opts.db_url))
    stats0 = await db_counters(opts.db_url)
    spies = await start_profile(opts, nodes, workdir) if opts.profile else []
    book.start()
    try:
        results, sample = await go_all(workers, writer.pid, opts.duration, opts.drain, opts.warmup)
    finally:
        book.stop()
        await stop_profile(opts, spies, len(nodes))
        if sampler is not None:
            await sampler.stop()
    metrics = summarize(results, sample, duration=opts.duration, desks=opts.agents)
    metrics["cpu"] = book.report(metrics["sent"])
    stats1 = await db_counters(opts.db_url)
    metrics["waits"] = sampler.report() if sampler is not None else []
    metrics["waits"].append("PostgreSQL during the run: " + ", ".join(
        f"{k} {stats1[k] - stats0[k]:,}" for k in stats1))
    metrics["bus"] = {node.name: await bus_stages(node) for node in nodes}
    metrics["settle_s"] = await settle(writer.pid, 30)
    for node in nodes:
        if not node.alive():
            raise BenchError(f"{node.name} died during the run; its log: {node.log}")
    return metrics


async def start_profile(
    opts: argparse.Namespace, nodes: list[ServerProcess], workdir: Path
) -> list[asyncio.subprocess.Process]:
    """``--profile DIR``: py-spy (``$PY_SPY``, else on PATH) on every node for the run, as
    collapsed stacks with thread ids (``DIR/<n>nodes-<node>.txt``), and PostgreSQL's statements
    counted from now (``pg_stat_statements``, when the server preloads it)."""
    import psycopg

    out = Path(opts.profile)
    out.mkdir(parents=True, exist_ok=True)
    spy = os.environ.get("PY_SPY") or shutil.which("py-spy") or "py-spy"
    spies = []
    for node in nodes:
        target = out / f"{len(nodes)}nodes-{node.name.replace(' ', '_')}.txt"
        spies.append(await asyncio.create_subprocess_exec(
            spy, "record", "--pid", str(node.pid), "--format", "raw", "--threads", "--nonblocking",
            "--rate", "200", "--duration", str(int(opts.warmup + opts.duration)), "--output", str(target),
            stdout=asyncio.subprocess.DEVNULL, stderr=(workdir / f"py-spy-{node.pid}.log").open("w"),
        ))
    with contextlib.suppress(psycopg.Error):
        async with await psycopg.AsyncConnection.connect(conninfo(opts.db_url), autocommit=True) as conn:
            await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            await conn.execute("SELECT pg_stat_statements_reset()")
    return spies


async def stop_profile(opts: argparse.Namespace, spies: list[asyncio.subprocess.Process], count: int) -> None:
    """Wait for the py-spy runs; write PostgreSQL's 25 costliest statements of the run (and its
    40 most frequent). Nothing without ``--profile``."""
    import psycopg

    if not opts.profile:
        return

    for spy in spies:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(spy.wait(), opts.duration + 30)
    rows: list[Any] = []
    by_calls: list[Any] = []
    with contextlib.suppress(psycopg.Error):
        async with await psycopg.AsyncConnection.connect(conninfo(opts.db_url), autocommit=True) as conn:
            rows = await (await conn.execute(
                "SELECT calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3),"
                " rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)"
                " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25")).fetchall()
            by_calls = await (await conn.execute(
                "SELECT calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3),"
                " rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)"
                " FROM pg_stat_statements ORDER BY calls DESC LIMIT 40")).fetchall()
    lines = [f"{c:>8} calls {t:>10} ms total {m:>8} ms mean {r:>8} rows  {q}" for c, t, m, r, q in rows]
    (Path(opts.profile) / f"{count}nodes-pg_stat_statements.txt").write_text("\n".join(lines) + "\n")
    # every statement by how often it ran (BEGIN, COMMIT, the lock, the notify: the round trips)
    lines = [f"{c:>8} calls {t:>10} ms total {m:>8} ms mean {r:>8} rows  {q}" for c, t, m, r, q in by_calls]
    (Path(opts.profile) / f"{count}nodes-pg_calls.txt").write_text("\n".join(lines) + "\n")


async def db_counters(db_url: str) -> dict[str, int]:
    """The database's deadlocks, rollbacks and commits so far (``pg_stat_database``)."""
    import psycopg

    async with await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as conn:
        await conn.execute("SELECT pg_stat_clear_snapshot()")
        row = await (await conn.execute(
            "SELECT deadlocks, xact_rollback, xact_commit FROM pg_stat_database"
            " WHERE datname = current_database()")).fetchone()
    assert row is not None
    return {"deadlocks": int(row[0]), "rollbacks": int(row[1]), "commits": int(row[2])}


async def postmaster(db_url: str) -> int | None:
    """The pid of the PostgreSQL server the bench runs on (when it is on this machine)."""
    import psycopg

    async with await psycopg.AsyncConnection.connect(conninfo(db_url), autocommit=True) as conn:
        row = await (await conn.execute("SELECT pg_backend_pid()")).fetchone()
        return postmaster_of(int(row[0])) if row else None  # while the backend is alive


async def bus_stages(node: ServerProcess) -> dict[str, float]:
    """The node's ``/metrics`` lines of the event bus (``app/server/bus/stats.py``), by name
    without the node label: ``notifications_total``, ``stage_ms read 0.99``, …"""
    import urllib.request

    url = node.url.replace("ws://", "http://", 1) + "/metrics"

    def fetch() -> str:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return str(answer.read().decode())

    found: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in (await asyncio.to_thread(fetch)).splitlines():
            if not line.startswith("agentdesk_bus_"):
                continue
            key, _, value = line.rpartition(" ")
            name, _, labels = key.removeprefix("agentdesk_bus_").partition("{")
            parts = dict(p.split("=", 1) for p in labels.rstrip("}").split(",") if "=" in p)
            extra = [parts[k].strip('"') for k in ("stage", "quantile") if k in parts]
            found[" ".join([name, *extra])] = float(value)
    return found


def print_warmup(opts: argparse.Namespace, labels: list[str], metrics: list[dict[str, Any]]) -> None:
    """The warm-up's messages (due in its first ``--warmup`` seconds), apart from the table's."""
    if opts.warmup <= 0:
        return
    print(f"\n== warm-up: the messages due in the first {opts.warmup:g} s of the same schedule "
          f"(not in the table above; the table is the {opts.duration:g} s after it)")
    for label, m in zip(labels, metrics, strict=True):
        print(f"  {label}: {m['warm_ack_n']:,} messages, ack p50 / p99 {fmt_ms(m['warm_ack_p50'])} / "
              f"{fmt_ms(m['warm_ack_p99'])}; cust→agent p50 / p99 / max {fmt_ms(m['warm_dlv_p50'])} / "
              f"{fmt_ms(m['warm_dlv_p99'])} / {fmt_ms(m['warm_dlv_max'])} ({m['warm_dlv_n']:,} deliveries)")
    counted = [f"{label} {m['ack_n']:,} acks, {m['dlv_n']:,} deliveries"
               for label, m in zip(labels, metrics, strict=True)]
    print("  the table counts: " + "; ".join(counted))


def fmt_ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


def print_bus(label: str, metrics: dict[str, Any]) -> None:
    """Per node: notifications heard, log reads, and each stage's p50 / p99 / max (ms)."""
    print(f"\n== {label}: where the cross-node time goes")
    for line in metrics.get("waits", []) + metrics.get("cpu", []):
        print(f"  {line}")
    for name, got in metrics.get("bus", {}).items():
        if not got:
            continue
        stages = []
        for stage in ("notify", "read", "publish"):
            q = [got.get(f"stage_ms {stage} {x}", 0.0) for x in ("0.5", "0.99", "1")]
            stages.append(f"{stage} {q[0]:.1f}/{q[1]:.1f}/{q[2]:.1f}")
        print(f"  {name}: notifications {got.get('notifications_total', 0):.0f} (own skipped "
              f"{got.get('own_notifications_total', 0):.0f}), log reads {got.get('log_reads_total', 0):.0f}, "
              f"remote events {got.get('remote_events_total', 0):.0f}; ms p50/p99/max: {', '.join(stages)}")


# --- part 2: kill -9 mid-burst -------------------------------------------------------------------
class Desk:
    """An agent desk that reconnects to a surviving node and syncs from its last seq."""

    def __init__(self, name: str, token: str, urls: list[str], home: int) -> None:
        self.name, self.token, self.urls, self.home = name, token, urls, home
        self.seen: dict[str, list[int]] = {}  # client_msg_id → seqs it arrived with
        self.last_seq = 0
        self.reconnects = 0
        self.ws: ClientConnection | None = None

    async def open(self, since: int | None) -> None:
        for attempt in range(len(self.urls) * 4):
            url = self.urls[(self.home + attempt) % len(self.urls)]
            try:
                ws = await connect(url + "/agent", subprotocols=[SUBPROTOCOL], max_size=None)
                await ws.send(json.dumps({"type": "auth", "token": self.token}))
                welcome = json.loads(await ws.recv())
                start = welcome["head"] if since is None else since
                await ws.send(json.dumps({"type": "sync", "since": start}))
                self.ws = ws
                return
            except (OSError, ConnectionClosed):
                await asyncio.sleep(0.2)
        raise BenchError(f"desk {self.name} found no node to reconnect to")

    async def run(self, stop: asyncio.Event) -> None:
        await self.open(None)
        while not stop.is_set():
            assert self.ws is not None
            try:
                raw = await asyncio.wait_for(self.ws.recv(), 0.5)
            except TimeoutError:
                continue
            except ConnectionClosed:
                self.reconnects += 1
                await self.open(self.last_seq)  # resume: replay what was missed, then live
                continue
            frame = json.loads(raw)
            if frame.get("type") == "event" and frame.get("name") == "message.created":
                cmid = frame["data"]["message"].get("client_msg_id") or ""
                if cmid.startswith("kill."):
                    self.seen.setdefault(cmid, []).append(frame["seq"])
            if "seq" in frame and frame.get("type") == "event":
                self.last_seq = max(self.last_seq, frame["seq"])
        if self.ws is not None:
            await self.ws.close()


class Customer:
    """Sends at a pace; on a lost connection reconnects to another node and sends what was not
    acknowledged again, with the same ``client_msg_id``."""

    def __init__(self, i: int, token: str, urls: list[str], home: int, interval: float) -> None:
        self.i, self.token, self.urls, self.home, self.interval = i, token, urls, home, interval
        self.acked: dict[str, int] = {}  # client_msg_id → seq
        self.pending: dict[str, str] = {}  # client_msg_id → body
        self.moved = False

    async def _connect(self, shift: int) -> ClientConnection:
        for attempt in range(len(self.urls) * 4):
            url = self.urls[(self.home + shift + attempt) % len(self.urls)]
            try:
                ws = await connect(url + "/customer", subprotocols=[SUBPROTOCOL])
                await ws.send(json.dumps({"type": "auth", "token": self.token}))
                json.loads(await ws.recv())
                return ws
            except (OSError, ConnectionClosed):
                await asyncio.sleep(0.2)
        raise BenchError(f"customer {self.i} found no node to reconnect to")

    async def run(self, t_end: float) -> None:
        ws = await self._connect(0)
        reader = asyncio.create_task(self._read(ws))
        n = 0
        next_at = time.monotonic() + random.random() * self.interval
        while time.monotonic() < t_end:
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            next_at += self.interval
            cmid = f"kill.{self.i}.{n}"
            n += 1
            self.pending[cmid] = f"burst message {n} from customer {self.i}"
            with contextlib.suppress(ConnectionClosed):
                await ws.send(json.dumps({"type": "send", "body": self.pending[cmid], "client_msg_id": cmid}))
            if reader.done():  # the node went away: another one, and send again what was not acked
                self.moved = True
                ws = await self._connect(1)
                reader = asyncio.create_task(self._read(ws))
                for again, body in list(self.pending.items()):
                    await ws.send(json.dumps({"type": "send", "body": body, "client_msg_id": again}))
        deadline = time.monotonic() + 20
        while self.pending and time.monotonic() < deadline:
            if reader.done():
                ws = await self._connect(1)
                reader = asyncio.create_task(self._read(ws))
                for again, body in list(self.pending.items()):
                    await ws.send(json.dumps({"type": "send", "body": body, "client_msg_id": again}))
            await asyncio.sleep(0.1)
        reader.cancel()
        with contextlib.suppress(Exception):
            await ws.close()

    async def _read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in ws:
                frame = json.loads(raw)
                if frame.get("type") == "sent":
                    cmid = frame["client_msg_id"]
                    seq = frame["seq"]
                    if cmid in self.acked and self.acked[cmid] != seq:
                        self.acked[cmid] = -1  # two different seqs for one message: doubled
                    else:
                        self.acked.setdefault(cmid, seq)
                    self.pending.pop(cmid, None)


async def kill_run(nodes: list[ServerProcess], db_url: str, opts: argparse.Namespace) -> dict[str, Any]:
    urls = [n.url for n in nodes]
    victim = len(nodes) - 1
    tokens = {name: await login(nodes[0].url, name, DEMO_PASSWORD) for name in ("alice", "bob")}
    desks = [Desk("alice", tokens["alice"], urls, victim), Desk("bob", tokens["bob"], urls, 0)]
    uids = nodes[0].uids[: opts.customers]
    interval = len(uids) / opts.kill_rate
    customers = [
        Customer(i, nodes[0].customer_tokens[uid], urls, i % len(urls), interval)
        for i, uid in enumerate(uids)
    ]
    stop = asyncio.Event()
    desk_tasks = [asyncio.create_task(d.run(stop)) for d in desks]
    await asyncio.sleep(1.0)  # desks synced
    t0 = time.monotonic()
    t_end = t0 + opts.kill_duration
    sends = [asyncio.create_task(c.run(t_end)) for c in customers]
    await asyncio.sleep(opts.kill_duration / 2)
    nodes[victim].proc.send_signal(signal.SIGKILL)
    killed_at = time.monotonic() - t0
    await asyncio.gather(*sends)
    acked = {cmid: seq for c in customers for cmid, seq in c.acked.items()}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(set(acked) <= set(d.seen) for d in desks):
        await asyncio.sleep(0.2)
    await asyncio.sleep(1.0)  # anything arriving twice arrives now
    stop.set()
    await asyncio.gather(*desk_tasks)
    stored = await _stored(db_url)
    return {
        "killed_at_s": killed_at,
        "acked": len(acked),
        "unacked": sum(len(c.pending) for c in customers),
        "customers_moved": sum(c.moved for c in customers),
        "acked_two_seqs": sum(1 for s in acked.values() if s == -1),
        "lost_in_db": sum(1 for cmid in acked if stored.get(cmid, 0) == 0),
        "doubled_in_db": sum(1 for n in stored.values() if n > 1),
        "desks": {
            d.name: {
                "reconnects": d.reconnects,
                "missing": sum(1 for cmid in acked if cmid not in d.seen),
                "twice": sum(1 for seqs in d.seen.values() if len(seqs) > 1),
            }
            for d in desks
        },
    }


async def _stored(db_url: str) -> dict[str, int]:
    import psycopg

    async with await psycopg.AsyncConnection.connect(conninfo(db_url)) as conn:
        cur = await conn.execute(
            "SELECT client_msg_id, count(*) FROM messages WHERE client_msg_id LIKE 'kill.%' GROUP BY 1"
        )
        return {cmid: int(n) for cmid, n in await cur.fetchall()}


# --- the run -------------------------------------------------------------------------------------
async def run(opts: argparse.Namespace, pg_url: str, workdir: Path) -> int:
    print(f"machine: {machine()}")
    print(f"PostgreSQL: {'given' if opts.pg_url else 'a throw-away local cluster'}")
    metrics: list[dict[str, Any]] = []
    names: list[str] = []
    kill: dict[str, Any] | None = None
    runs = [(1, ()), (3, ())] + ([(1, ("--bus", "local"))] if opts.compare_local_bus else [])
    with fresh_databases(pg_url, ["cluster_one", "cluster_three", "cluster_local"]) as dbs:
        for (count, extra), db in zip(runs, dbs, strict=False):
            opts.db_url = db
            print(f"starting {count} node{'s' if count > 1 else ''} {' '.join(extra)}...", flush=True)
            nodes = await start_nodes(db, count, workdir / f"n{count}{'-'.join(extra)}", opts, extra)
            try:
                print(f"  {opts.rate:g} msg/s for {opts.duration:g} s ...", flush=True)
                metrics.append(await rate_run(nodes, opts, len(metrics) + 1, workdir))
                label = "1 node" if count == 1 else "3 nodes, cross-node"
                names.append(f"{label}, --bus local" if extra else label)
                if count == 3 and not opts.no_kill:
                    what = f"{opts.kill_rate:g} msg/s, {opts.kill_duration:g} s"
                    print(f"  kill -9 of node C mid-burst ({what}) ...", flush=True)
                    kill = await kill_run(nodes, db, opts)
            finally:
                for node in nodes:
                    await node.stop()
    print(f"\n== {opts.rate:g} msg/s: {opts.agents} desks × {opts.customers} customers, {opts.duration:g} s"
          f" after a {opts.warmup:g} s warm-up at the same rate"
          " (3 nodes: customers on B, desks on A and C; ratio = 3 nodes ÷ 1 node)")
    shown, labels = [metrics[1], *metrics[:1], *metrics[2:]], [names[1], *names[:1], *names[2:]]
    print(table(labels, shown, common_rows(), list(range(1, len(shown)))))
    print_warmup(opts, labels, shown)
    for label, m in zip(labels, shown, strict=True):
        print_bus(label, m)
    ok = True
    if len(metrics) >= 2:
        p99 = metrics[1]["dlv_p99"]
        met = p99 is not None and p99 < TARGET_P99_MS and (metrics[1]["delivered_pct"] or 0) >= 100.0
        ok &= met
        print(f"\n  cross-node p99 < {TARGET_P99_MS:g} ms at {opts.rate:g} msg/s (the {opts.duration:g} s"
              f" after the warm-up), 100% delivered: "
              f"{'met' if met else 'NOT met'} ({p99 if p99 is None else f'{p99:.1f} ms'})")
    if kill is not None:
        print(f"\n== kill -9 of node C at {kill['killed_at_s']:.1f} s of a {opts.kill_duration:g} s burst")
        print(f"  acknowledged {kill['acked']:,}; never acknowledged {kill['unacked']}; "
              f"customers moved to another node: {kill['customers_moved']}")
        print(f"  lost (acked, not stored): {kill['lost_in_db']}; stored twice: {kill['doubled_in_db']}; "
              f"acked with two seqs: {kill['acked_two_seqs']}")
        for name, d in kill["desks"].items():
            print(f"  desk {name}: reconnects {d['reconnects']}, acked but never seen {d['missing']}, "
                  f"seen twice {d['twice']}")
        clean = not (kill["lost_in_db"] or kill["doubled_in_db"] or kill["acked_two_seqs"]) and all(
            not (d["missing"] or d["twice"]) for d in kill["desks"].values()
        )
        ok &= clean
        print(f"  nothing acknowledged lost or doubled: {'met' if clean else 'NOT met'}")
    return 0 if ok else 1


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pg-url", help="a PostgreSQL server (SQLAlchemy URL) to make the databases on; "
                   "default: a throw-away local cluster")
    p.add_argument("--rate", type=float, default=300.0, help="messages/s in part 1 (default 300)")
    p.add_argument("--duration", type=float, default=30.0,
                   help="seconds of load in part 1 that the figures count (after the warm-up; default 30)")
    p.add_argument("--warmup", type=float, default=3.0,
                   help="seconds of the same load before them, counted apart (default 3; 0: none)")
    p.add_argument("--drain", type=float, default=5.0)
    p.add_argument("--agents", type=int, default=20)
    p.add_argument("--customers", type=int, default=20)
    p.add_argument("--kill-rate", type=float, default=100.0, help="messages/s in part 2 (default 100)")
    p.add_argument("--kill-duration", type=float, default=10.0)
    p.add_argument("--no-kill", action="store_true", help="skip part 2")
    p.add_argument("--compare-local-bus", action="store_true",
                   help="also one node with --bus local (what the PostgreSQL bus costs a single node)")
    p.add_argument("--sample-interval", type=float, default=0.02,
                   help="seconds between looks at pg_locks / pg_stat_activity during part 1 (0: none)")
    p.add_argument("--open-chats-first", action="store_true",
                   help="each customer sends one message before the clock starts, so the chats are "
                        "open when the schedule begins (a diagnosis of the warm-up's tail; not the default)")
    p.add_argument("--keep", action="store_true", help="keep the work folder (logs)")
    p.add_argument("--profile", metavar="DIR",
                   help="py-spy every node during part 1 (collapsed stacks) and PostgreSQL's costliest "
                        "statements (pg_stat_statements, if preloaded) into DIR")
    return p.parse_args(argv)


async def main_async(opts: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="agentdesk-cluster-"))
    # Every node and mint-token share one key file (keys.py), this run's own: never the user's.
    os.environ["AGENTDESK_KEY_FILE"] = str(workdir / "cluster.keys")
    try:
        if opts.pg_url:
            return await run(opts, opts.pg_url, workdir)
        with throwaway_cluster(("pg_stat_statements",) if opts.profile else ()) as url:
            return await run(opts, url, workdir)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 2
    finally:
        if opts.keep:
            print(f"work folder: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
