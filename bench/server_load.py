"""Issue 14's instrument: the AgentDesk server against its limits, side by side, in one go.

    python bench/server_load.py                      # SQLite; about 5 minutes on 2 cores
    python bench/server_load.py --postgres auto      # AgentDesk on a throw-away PostgreSQL cluster
    python bench/server_load.py --duration 3 --rates 100 --no-max --idle 0 --accounts demo   # quick look

On the same machine, in the same run, each started as its own process:
- **AgentDesk**: ``python -m app.server --demo --db sqlite:///<fresh file>`` (its CLI; the engine's
  pragmas are WAL, ``synchronous=FULL``, one ``BEGIN IMMEDIATE`` transaction per unit of work),
  or ``--db postgresql+psycopg://…`` with ``--postgres``;
- **relay**: a bare websockets relay (acks, echoes and ``broadcast``s each message): the limit for
  fan-out;
- **writer FULL** (and **writer NORMAL** in the max-throughput run): the relay plus a bare sqlite3
  writer with AgentDesk's durability — WAL, one transaction and so one fsync per message — the
  limit for persistence (with ``--postgres``: a bare psycopg writer, same commit policy).
All are driven over the wire only (``docs/protocol.md``) by separate load processes
(``_loadgen.py``): 20 agent desks (synced, receiving every event), 20 customers and a probing
desk, in scenarios 100 / 300 / 1,000 msg/s and a max-throughput run (customers send as fast as
acks come back, each keeping a window of messages in flight). Each figure is printed per server
with the ratio AgentDesk/peer, then issue 14's targets with met / NOT met. ``--idle N`` also
measures N idle connections (half desks, half customers) per server: RSS growth ÷ N.

The per-connection rate limit (20 frames/s, burst 60: ``ServerConfig.rate_limit_per_second`` /
``rate_limit_burst``) has no CLI flag today. ``--rate-limit auto`` (default) passes the proposed
``--rate-limit-per-second``/``--rate-limit-burst`` when ``agentdesk-server --help`` lists them, and
otherwise spreads each run over more customer connections (same customers, ≤ 15 msg/s per
connection, paced client-side under the limit; the peers get the same connections, unpaced);
``--rate-limit flag`` insists on the flags and stops with a clear message if the server refuses them.
Every run ends in bounded time: the deadline, ``--drain`` seconds, then what arrived is counted;
the next run waits (at most ``--settle`` s) until the server is idle again.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _agentdesk import prepare
from _pg import conninfo, fresh_databases, throwaway_cluster
from _report import common_rows, median_of, summarize, table
from _runner import BenchError, Worker, go_all, settle, start_all
from _servers import (
    RATE_FLAGS,
    SERVER_RATE_LIMIT,
    ServerProcess,
    engine_pragmas,
    has_rate_limit_flags,
    machine,
    peer_tokens,
    start_peer,
)
from _stats import fmt_ms, proc_rss_kb, raise_fd_limit

SPREAD_RATE = 15.0  # msg/s per customer connection when spreading under the 20/s limit
PACE = (18.0, 20.0)  # client-side bucket for AgentDesk in spread mode: under 20/s, burst 60
UNLIMITED = ("100000", "100000")  # what the load passes for the proposed rate-limit flags
TARGETS_ISSUE = "issue 14"


def layout(server: ServerProcess, conns: int, customers: int) -> list[dict[str, Any]]:
    """``conns`` customer connections over the first ``customers`` customers, round robin. Only a
    customer's first connection syncs (and so gets the echo of each message the customer sends,
    as the web chat does): spreading under the rate limit must not multiply the echoes."""
    return [
        {
            "u": i % customers,
            "c": i,
            "token": server.customer_tokens[server.uids[i % customers]],
            "sync": i < customers,
        }
        for i in range(conns)
    ]


def connections_for(opts: argparse.Namespace, rate: float | None) -> int:
    if not opts.spread:
        return opts.customers
    wanted = rate if rate is not None else opts.spread_cap
    return max(opts.customers, math.ceil(wanted / SPREAD_RATE))


async def run_one(
    server: ServerProcess, opts: argparse.Namespace, rate: float | None, tag: int, workdir: Path
) -> dict[str, Any]:
    conns = connections_for(opts, rate)
    spec: dict[str, Any] = {
        "url": server.url,
        "tag": tag,
        "conns": layout(server, conns, opts.customers),
        "pace": list(PACE) if server.paced else None,
    }
    if rate is None:
        spec["window"] = max(1, opts.max_window // conns)
    else:
        interval = conns / rate * 1e9
        spec["window"] = max(2, opts.window_total // conns)
        spec["interval_ns"] = int(interval)
        for conn in spec["conns"]:
            conn["offset_ns"] = int(interval * conn["c"] / conns)
    desks = [{"token": server.agent_tokens[i]} for i in range(opts.agents)]
    per = math.ceil(len(desks) / opts.agent_procs)
    timeout = 60 + len(desks) / 20
    starts: list[tuple[str, dict[str, Any], float]] = [
        ("agents", {"url": server.url, "tag": tag, "desks": desks[k * per : (k + 1) * per]}, timeout)
        for k in range(opts.agent_procs)
        if desks[k * per : (k + 1) * per]
    ]
    probe = {
        "url": server.url,
        "token": server.probe_token,
        "interval_s": opts.probe_interval,
        "requests": [["inbox.snapshot", {}], ["canned.list", {}]],
    }
    if opts.probe_interval > 0:
        starts.append(("probe", probe, timeout))
    starts.append(("customers", spec, timeout + conns / 20))
    workers = await start_all(starts, workdir)
    results, sample = await go_all(workers, server.pid, opts.duration, opts.drain)
    metrics = summarize(results, sample, duration=opts.duration, desks=opts.agents)
    metrics["connections"] = conns
    metrics["settle_s"] = await settle(server.pid, opts.settle)
    if not server.alive():
        raise BenchError(f"{server.name} died during the run; its log: {server.log}")
    return metrics


async def measure_idle(server: ServerProcess, n: int, workdir: Path) -> dict[str, Any]:
    """RSS growth of the server per idle connection: half synced desks, half synced customers."""
    conns = []
    for i in range(n):
        if i % 2 == 0:
            conns.append({"path": "agent", "token": server.agent_tokens[i // 2 % len(server.agent_tokens)]})
        else:
            conns.append(
                {"path": "customer", "token": server.customer_tokens[server.uids[i // 2 % len(server.uids)]]}
            )
    before = proc_rss_kb(server.pid)
    worker = await Worker.start("idle", {"url": server.url, "conns": conns}, workdir, 120 + n / 10)
    await asyncio.sleep(0.5 + n / 5000)  # let the last handshakes' buffers settle
    after = proc_rss_kb(server.pid)
    worker.stop()
    result = await worker.result(60) or {}
    await settle(server.pid, 30)
    opened = int(worker.ready.get("connections", 0))
    per_kb = (after - before) / opened if before is not None and after is not None and opened else None
    return {
        "asked": n,
        "connections": opened,
        "failures": worker.ready.get("failures", {}),
        "rss_before_mb": before / 1024 if before else None,
        "rss_after_mb": after / 1024 if after else None,
        "kb_per_connection": per_kb,
        "still_open": result.get("still_open"),
    }


async def start_servers(opts: argparse.Namespace, workdir: Path, pg_url: str | None) -> list[ServerProcess]:
    servers: list[ServerProcess] = []
    try:
        if "agentdesk" in opts.backends:
            db = pg_url if pg_url else f"sqlite:///{workdir / 'agentdesk.sqlite3'}"
            flags = [RATE_FLAGS[0], UNLIMITED[0], RATE_FLAGS[1], UNLIMITED[1]] if not opts.spread else []
            name = "AgentDesk" + (" (PostgreSQL)" if pg_url else "")
            print(f"starting {name}: accounts, demo data, tokens ...", flush=True)
            server = await prepare(
                db,
                workdir,
                desks=opts.agents,
                accounts=opts.accounts,
                account_count=opts.agents,
                customers=opts.customers,
                server_args=flags,
                name=name,
            )
            server.paced = opts.spread
            servers.append(server)
        uids = servers[0].uids if servers else [f"9{i:09d}" for i in range(opts.customers)]
        peers: list[tuple[str, str, list[str]]] = [("relay", "relay", [])] if "relay" in opts.backends else []
        if "writer" in opts.backends:
            if opts.postgres:
                peers.append(("writer PG", "writer", ["--postgres", conninfo(opts.writer_pg_url)]))
            else:
                peers.append(
                    (
                        "writer FULL",
                        "writer",
                        ["--sqlite", str(workdir / "writer-full.sqlite3"), "--synchronous", "FULL"],
                    )
                )
        if "writer-normal" in opts.backends and not opts.postgres:
            peers.append(
                (
                    "writer NORMAL",
                    "writer",
                    ["--sqlite", str(workdir / "writer-normal.sqlite3"), "--synchronous", "NORMAL"],
                )
            )
        for name, kind, args in peers:
            peer = await start_peer(name, kind, args, workdir)
            peer_tokens(peer, uids, opts.agents)
            servers.append(peer)
    except BaseException:
        for s in servers:
            await s.stop()
        raise
    return servers


def scenario_title(opts: argparse.Namespace, rate: float | None, conns: int) -> str:
    what = (
        f"{rate:,.0f} msg/s" if rate is not None else f"max throughput (window {opts.max_window} in flight)"
    )
    spread = (
        f", {conns} customer connections (spread under the rate limit)" if conns != opts.customers else ""
    )
    return (
        f"{what}: {opts.agents} agents × {opts.customers} customers{spread}; "
        f"{opts.duration:g} s + {opts.drain:g} s drain"
    )


def print_scenario(title: str, names: list[str], metrics: list[dict[str, Any]]) -> None:
    print(f"\n== {title}")
    peers = [i for i in range(1, len(names))] if names and names[0].startswith("AgentDesk") else []
    print(table(names, metrics, common_rows(), peers))


def check_targets(
    results: dict[str, dict[str, dict[str, Any]]], idle: dict[str, dict[str, Any]], opts: argparse.Namespace
) -> list[dict[str, Any]]:
    """Issue 14's figures to reach, each with the measured value and met / NOT met."""
    out: list[dict[str, Any]] = []

    def add(target: str, ok: bool | None, measured: str) -> None:
        out.append({"target": target, "met": ok, "measured": measured})

    ad = next((n for n in (results.get("max") or {}) if n.startswith("AgentDesk")), None)
    mx = results.get("max", {})
    writer = mx.get("writer FULL") or mx.get("writer PG")
    if ad and ad in mx:
        acks = mx[ad]["acks_per_s"]
        add("persisted acks/s ≥ 2,000", acks >= 2000, f"{acks:,.0f}/s")
        if writer:
            share = 100 * acks / writer["acks_per_s"] if writer["acks_per_s"] else 0.0
            add(
                "persisted acks/s ≥ 80 % of the bare writer",
                share >= 80,
                f"{share:.0f} % of {writer['acks_per_s']:,.0f}/s",
            )
    else:
        add("persisted acks/s ≥ 2,000 and ≥ 80 % of the bare writer", None, "not measured (no max run)")
    k1000 = next((k for k in results if k != "max" and float(k) >= 1000), None)
    if k1000 and ad and ad in results[k1000]:
        m = results[k1000][ad]
        full = m["delivered_pct"] is not None and m["delivered"] >= m["expected"]
        add(
            f"{float(k1000):,.0f} msg/s × {opts.agents} agents: 100 % delivered within the run",
            full,
            f"{m['delivered_pct']:.1f} %" if m["delivered_pct"] is not None else "n/a",
        )
        p99 = m["dlv_p99"]
        add("  … and p99 customer→agent < 50 ms", p99 is not None and p99 < 50, fmt_ms(p99))
        pr = m["probe_p99"]
        add(
            "agent request p99 < 50 ms under that load",
            pr is not None and pr < 50 and not m["probe_unanswered"],
            fmt_ms(pr) + (f", {m['probe_unanswered']} unanswered" if m["probe_unanswered"] else ""),
        )
    else:
        add("1,000 msg/s: 100 % delivered, p99 < 50 ms, agent request p99 < 50 ms", None, "not measured")
    ad_idle = next((v for k, v in idle.items() if k.startswith("AgentDesk")), None)
    if ad_idle and ad_idle["kb_per_connection"] is not None:
        kb = ad_idle["kb_per_connection"]
        add(
            f"{ad_idle['connections']:,} idle connections ≤ 25 KB each"
            + (" (issue: at 5,000)" if ad_idle["connections"] < 5000 else ""),
            kb <= 25,
            f"{kb:.1f} KB",
        )
    else:
        add("5,000 idle connections ≤ 25 KB each", None, "not measured")
    return out


async def run(opts: argparse.Namespace, workdir: Path) -> int:
    raise_fd_limit(max(4096, 2 * opts.idle + 1024))
    mode = opts.rate_limit
    if mode == "auto" and "agentdesk" in opts.backends:
        mode = "flag" if has_rate_limit_flags() else "spread"
    opts.spread = mode == "spread" and "agentdesk" in opts.backends
    started = time.monotonic()
    print(f"server_load — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {machine()}")
    print(f"AgentDesk SQLite pragmas (app/server/db/engine.py): {engine_pragmas()}")
    if opts.spread:
        print(
            f"rate limit: this server has no {RATE_FLAGS[0]}/{RATE_FLAGS[1]} flag; spreading each run over "
            f"more customer connections (≤ {SPREAD_RATE:g} msg/s each, AgentDesk's paced under "
            f"{SERVER_RATE_LIMIT[0]:g}/s)"
        )
    elif "agentdesk" in opts.backends:
        print(f"rate limit: passing {RATE_FLAGS[0]} {UNLIMITED[0]} {RATE_FLAGS[1]} {UNLIMITED[1]}")
    print(f"work folder (databases, server logs): {workdir}", flush=True)
    servers = await start_servers(opts, workdir, opts.agentdesk_pg_url)
    names = [s.name for s in servers]
    results: dict[str, dict[str, dict[str, Any]]] = {}
    idle: dict[str, dict[str, Any]] = {}
    try:
        if opts.idle > 0:
            print(f"\n== {opts.idle:,} idle connections (half synced desks, half synced customers)")
            for s in servers:
                if s.name == "writer NORMAL":
                    continue
                idle[s.name] = m = await measure_idle(s, opts.idle, workdir)
                kb = m["kb_per_connection"]
                print(
                    f"  {s.name:<22} {m['connections']:>6,} open  RSS {m['rss_before_mb'] or 0:.0f} → "
                    f"{m['rss_after_mb'] or 0:.0f} MB  = "
                    f"{'n/a' if kb is None else f'{kb:.1f} KB'} per connection"
                    + (f"  failures: {m['failures']}" if m["failures"] else ""),
                    flush=True,
                )
            for s in servers:  # the scenarios start on fresh processes, not on the idle run's heap
                await s.restart()
        scenarios: list[float | None] = [float(r) for r in opts.rates] + ([None] if opts.max else [])
        tag = 0
        for rate in scenarios:
            key = "max" if rate is None else f"{rate:g}"
            runs: dict[str, list[dict[str, Any]]] = {}
            for _ in range(opts.repeat):
                for s in servers:
                    if s.name == "writer NORMAL" and rate is not None:
                        continue
                    tag += 1
                    print(f"  running {key} on {s.name} ...", flush=True)
                    runs.setdefault(s.name, []).append(await run_one(s, opts, rate, tag, workdir))
            results[key] = {n: median_of(r) for n, r in runs.items()}
            shown = [n for n in names if n in results[key]]
            print_scenario(
                scenario_title(opts, rate, connections_for(opts, rate)),
                shown,
                [results[key][n] for n in shown],
            )
    finally:
        for s in servers:
            await s.stop()
    targets = check_targets(results, idle, opts) if "agentdesk" in opts.backends else []
    if targets:
        print(f"\n== {TARGETS_ISSUE} targets")
        for t in targets:
            verdict = "not measured" if t["met"] is None else ("met" if t["met"] else "NOT met")
            print(f"  {verdict:<12} {t['target']}: {t['measured']}")
    print(f"\ntotal {time.monotonic() - started:.0f} s", flush=True)
    if opts.json:
        Path(opts.json).write_text(
            json.dumps(
                {
                    "date": datetime.now(UTC).isoformat(),
                    "machine": machine(),
                    "pragmas": engine_pragmas(),
                    "rate_limit": "spread" if opts.spread else "flag",
                    "servers": names,
                    "scenarios": results,
                    "idle": idle,
                    "targets": targets,
                },
                indent=1,
                default=str,
            )
        )
    return 0


async def main_async(opts: argparse.Namespace) -> int:
    """Run in a work folder (databases, server logs), removed afterwards unless ``--keep`` or the
    run failed (its logs are what the error message points to)."""
    workdir = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="agentdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    code = await run(opts, workdir)
    if not opts.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return code


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--agents", type=int, default=20, help="agent desks receiving every message (20)")
    p.add_argument("--customers", type=int, default=20, help="customers sending (20; the demo has 61)")
    p.add_argument(
        "--rates",
        type=lambda s: [float(x) for x in s.split(",") if x],
        default=[100.0, 300.0, 1000.0],
        help="msg/s of the rate scenarios, comma-separated (100,300,1000)",
    )
    p.add_argument("--no-max", dest="max", action="store_false", help="skip the max-throughput run")
    p.add_argument("--duration", type=float, default=8.0, help="seconds of load per run (8)")
    p.add_argument(
        "--drain", type=float, default=3.0, help="seconds after the deadline to count arrivals (3)"
    )
    p.add_argument(
        "--settle", type=float, default=30.0, help="at most this long for the server to go idle (30)"
    )
    p.add_argument(
        "--window-total",
        type=int,
        default=1000,
        help="rate runs: messages in flight across all customers, at most (1000): bounds the "
        "backlog a slow server holds at the deadline",
    )
    p.add_argument("--max-window", type=int, default=160, help="max run: messages in flight in all (160)")
    p.add_argument(
        "--spread-cap",
        type=float,
        default=3000.0,
        help="spread mode, max run: connections enough for this many msg/s (3000)",
    )
    p.add_argument(
        "--probe-interval",
        type=float,
        default=0.25,
        help="seconds between probe requests (0.25; 0: no probe)",
    )
    p.add_argument("--agent-procs", type=int, default=1, help="load processes for the agent desks (1)")
    p.add_argument(
        "--idle", type=int, default=5000, help="idle connections to measure memory with (5000; 0: skip)"
    )
    p.add_argument("--repeat", type=int, default=1, help="runs per scenario and server; medians printed (1)")
    p.add_argument(
        "--accounts",
        choices=("create", "demo"),
        default="create",
        help="create: distinct accounts bench-agent-NNN via create-agent; demo: alice/bob/sam (faster)",
    )
    p.add_argument(
        "--rate-limit",
        choices=("auto", "flag", "spread"),
        default="auto",
        help=f"how the load gets past the 20 frames/s limit: {RATE_FLAGS[0]}/{RATE_FLAGS[1]} "
        "(flag), more connections (spread), or flag when the server lists it (auto)",
    )
    p.add_argument(
        "--backends",
        type=lambda s: s.split(","),
        default=["agentdesk", "relay", "writer", "writer-normal"],
        help="which servers: agentdesk,relay,writer,writer-normal",
    )
    p.add_argument("--postgres", metavar="URL|auto", help="run AgentDesk (and the writer) on PostgreSQL")
    p.add_argument("--keep", metavar="DIR", help="keep databases and logs in DIR")
    p.add_argument("--json", metavar="PATH", help="also write every figure as JSON")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    opts.agentdesk_pg_url = opts.writer_pg_url = None
    try:
        with contextlib.ExitStack() as stack:
            if opts.postgres:
                url = stack.enter_context(throwaway_cluster()) if opts.postgres == "auto" else opts.postgres
                opts.agentdesk_pg_url, opts.writer_pg_url = stack.enter_context(
                    fresh_databases(url, ["agentdesk_bench", "writer_bench"])
                )
            return asyncio.run(main_async(opts))
    except BenchError as exc:
        print(f"\nserver_load: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
