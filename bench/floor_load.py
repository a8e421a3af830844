"""Issue 25's instrument: a floor of agent desks, side by side with a bare ``broadcast`` relay.

    python bench/floor_load.py                         # 200 desks, 100 customers, 20 msg/s, 45 s (2 cores)
    python bench/floor_load.py --curve 100,500,2500    # frames per message as the floor grows
    python bench/floor_load.py --soak                  # the issue's soak: 2,500 + 2,500, 200 msg/s, 10 min
    python bench/floor_load.py --stuck-desks 1         # one desk that never reads during the run
    python bench/floor_load.py --subscribe --slow-desks 5   # five desks that read one frame a second

N agent desks (token-authenticated, synced; a few, ``--open-desks``, with a sender's conversation
open — the ``viewing`` signal today), M customer connections of which ``--senders`` write R
messages/s in total and the rest sit idle (authenticated, synced), against the AgentDesk server
(its CLI, ``--demo``, a fresh SQLite file) and then a bare websockets relay that acknowledges each
message and ``broadcast``s the same frame (AgentDesk's ``message.created`` shape) to every desk:
the limit for fan-out on this machine. Printed per server: ack p50/p99, delivery p99 to desks
with the conversation open and to the others (the inbox), delivered %, frames/s received by the
desks and frames per message, server CPU and RSS over the run (first → last, max), the load
processes' own CPU, and every connection the server dropped, by close code and reason.

Subscriptions (issue 25 item 3, ``subscription.set``): without ``--subscribe`` every desk gets every
event (the old behaviour, kept for clients that do not subscribe); with it each desk asks for
its open conversations in full and ``inbox: "summaries"`` for the rest, and the bench stops with
a clear message if the server refuses. The probe finds message ids in any frame, so the "inbox"
column measures the coalesced summaries (each carries the ids of the customers' new messages).

Each account logs in once and its token serves all its desks (the protocol allows several
connections per token): ``--accounts demo`` (default) spreads the desks over alice, bob and sam;
``--accounts create --account-count K`` makes K agents first. The bench raises RLIMIT_NOFILE (soft
to hard) before starting anything: every connection is a descriptor in the server and in a load
process, and both inherit the limit from the bench.
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
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _agentdesk import prepare
from _report import fmt_counts, fmt_cpu, fmt_gen, fmt_num, fmt_pct, summarize, table
from _runner import BenchError, Worker, go_all, settle, start_all
from _servers import (
    RATE_FLAGS,
    ServerProcess,
    machine,
    peer_tokens,
    rate_limit_args,
    rate_limit_mode,
    start_peer,
)
from _stats import fmt_ms, raise_fd_limit

SPREAD_RATE = 15.0
PACE = (18.0, 20.0)


def customer_conns(server: ServerProcess, opts: argparse.Namespace) -> list[dict[str, Any]]:
    """Senders first (one connection per sender customer, more when spread under the rate
    limit), then the idle customers, over the UIDs after the senders'."""
    per_sender = 1 if not opts.spread else max(1, math.ceil(opts.rate / opts.senders / SPREAD_RATE))
    conns: list[dict[str, Any]] = []
    for k in range(opts.senders * per_sender):
        u = k % opts.senders
        conns.append(
            {"u": u, "c": k, "token": server.customer_tokens[server.uids[u]], "sync": k < opts.senders}
        )
    idle_uids = server.uids[opts.senders :] or server.uids
    for k in range(max(0, opts.customers - opts.senders)):
        uid = idle_uids[k % len(idle_uids)]
        conns.append({"u": 10_000 + k, "c": len(conns), "token": server.customer_tokens[uid], "idle": True})
    return conns


async def run_floor(
    server: ServerProcess, opts: argparse.Namespace, desks: int, tag: int, workdir: Path
) -> dict[str, Any]:
    conns = customer_conns(server, opts)
    senders = [c for c in conns if not c.get("idle")]
    interval = len(senders) / opts.rate * 1e9
    for c in senders:
        c["offset_ns"] = int(interval * c["c"] / len(senders))
    spec = {
        "url": server.url,
        "tag": tag,
        "conns": conns,
        "interval_ns": int(interval),
        "window": max(2, opts.window_total // len(senders)),
        "pace": list(PACE) if server.paced else None,
        "warm_up": True,
    }
    workers: list[Worker] = []
    try:
        customers = await Worker.start("customers", spec, workdir, 120 + len(conns) / 10)
        workers.append(customers)
        conversations = {int(u): conv for u, conv in customers.ready["conversations"].items()}
        plan = []
        for i in range(desks):
            desk: dict[str, Any] = {"token": server.agent_tokens[i % len(server.agent_tokens)]}
            if i < opts.open_desks:
                u = i % opts.senders
                desk["open_u"], desk["open_conversations"] = [u], [conversations[u]]
            elif i < opts.open_desks + opts.stuck_desks:
                desk["stuck"] = True
            elif i < opts.open_desks + opts.stuck_desks + opts.slow_desks:
                desk["slow"] = opts.slow_pause
            plan.append(desk)
        parts: list[list[dict[str, Any]]] = []
        if opts.open_desks_proc:  # the open desks read on their own, not behind 1,000+ summary readers
            parts.append(plan[: opts.open_desks])
            plan = plan[opts.open_desks :]
        per = math.ceil(len(plan) / opts.desk_procs)
        parts += [plan[k * per : (k + 1) * per] for k in range(opts.desk_procs)]
        workers += await start_all(
            [
                (
                    "agents",
                    {"url": server.url, "tag": tag, "desks": p, "subscribe": opts.subscribe},
                    120 + len(p) / 10,
                )
                for p in parts
                if p
            ],
            workdir,
        )
    except BaseException:
        for w in workers:
            await w.kill()
        raise
    before = await server_counters(server.url)
    results, sample = await go_all(workers, server.pid, opts.duration, opts.drain)
    after = await server_counters(server.url)
    writes_before = before.get("agentdesk_socket_writes_total")
    writes_after = after.get("agentdesk_socket_writes_total")
    m = summarize(results, sample, duration=opts.duration, desks=desks)
    m["desks"], m["customer_connections"] = desks, len(conns)
    m["frames_per_message"] = m["frames"] / m["sent"] if m["sent"] else None
    m["writes_per_message"] = (
        (writes_after - writes_before) / m["sent"]
        if writes_before is not None and writes_after is not None and m["sent"]
        else None
    )
    for key, name in (
        ("summary_frames", "agentdesk_summary_frames_total"),
        ("summary_skipped", "agentdesk_summary_skipped_total"),
    ):
        if name in before and name in after:
            m[key] = after[name] - before[name]
    m["unacked"] = m["sent"] - m["acked"]
    m["settle_s"] = await settle(server.pid, opts.settle)
    if not server.alive():
        raise BenchError(f"{server.name} died during the run; its log: {server.log}")
    return m


def rss_line(m: dict[str, Any]) -> str:
    series = m["rss_series_mb"]
    if not series:
        return "n/a"
    return f"{series[0]:.0f} → {series[-1]:.0f} MB (max {max(series):.0f})"


async def server_counters(ws_url: str) -> dict[str, int]:
    """The server's own counters on ``/metrics``: ``agentdesk_socket_writes_total`` (transport
    writes to every connection, desks and customers; session 8), ``agentdesk_summary_frames_total``
    and ``agentdesk_summary_skipped_total`` (a desk's round skipped because it had not taken its
    last frame; session 9). Missing from an older checkout: absent here."""
    url = ws_url.replace("ws://", "http://", 1).rstrip("/") + "/metrics"

    def read() -> dict[str, int]:
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                text = answer.read().decode()
        except OSError:
            return {}
        out = {}
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name in COUNTERS:
                out[name] = int(value)
        return out

    return await asyncio.to_thread(read)


COUNTERS = (
    "agentdesk_socket_writes_total",
    "agentdesk_summary_frames_total",
    "agentdesk_summary_skipped_total",
)


def skipped_line(m: dict[str, Any]) -> str:
    skipped, frames = m.get("summary_skipped"), m.get("summary_frames")
    if skipped is None or not frames:
        return "n/a"
    return f"{skipped:,} ({100 * skipped / (skipped + frames):.1f} % of {skipped + frames:,})"


def rows() -> list[Any]:
    return [
        ("desks / customer conns", lambda m: f"{m['desks']:,} / {m['customer_connections']:,}", None),
        ("offered / sent / unacked", lambda m: f"{m['offered']:,} / {m['sent']:,} / {m['unacked']:,}", None),
        ("acks/s", lambda m: fmt_num(m["acks_per_s"], 1), lambda m: m["acks_per_s"]),
        (
            "ack p50 / p99",
            lambda m: f"{fmt_ms(m['ack_p50'])} / {fmt_ms(m['ack_p99'])}",
            lambda m: m["ack_p99"],
        ),
        (
            "delivery p99, conversation open",
            lambda m: f"{fmt_ms(m['open_p99'])} (n={m['open_n']:,})",
            lambda m: m["open_p99"],
        ),
        (
            "delivery p99, inbox",
            lambda m: f"{fmt_ms(m['inbox_p99'])} (n={m['inbox_n']:,})",
            lambda m: m["inbox_p99"],
        ),
        ("delivered %", lambda m: fmt_pct(m["delivered_pct"]), lambda m: m["delivered_pct"]),
        ("frames/s to desks", lambda m: fmt_num(m["frames_per_s"]), lambda m: m["frames_per_s"]),
        (
            "frames per message",
            lambda m: fmt_num(m["frames_per_message"], 1),
            lambda m: m["frames_per_message"],
        ),
        (
            "socket writes per message (/metrics)",
            lambda m: fmt_num(m.get("writes_per_message"), 1),
            lambda m: m.get("writes_per_message"),
        ),
        ("summary rounds skipped by slow desks", skipped_line, None),
        (
            "server CPU (1 core = 100)",
            lambda m: fmt_cpu(m["server_cpu"], m.get("server_wait")),
            lambda m: m["server_cpu"],
        ),
        ("server RSS first → last", rss_line, None),
        ("generator CPU (busiest)", fmt_gen, None),
        ("drops (close code reason)", lambda m: fmt_counts(m["closes"]), None),
        ("errors", lambda m: fmt_counts(m["errors"]), None),
        ("stuck desks", lambda m: "; ".join(m["stuck"]) or "none", None),
    ]


def targets(m: dict[str, Any], opts: argparse.Namespace) -> list[tuple[str, bool | None, str]]:
    """Issue 25's figures (stated for 2,500 + 2,500 at 200 msg/s for 10 minutes)."""
    series = m["rss_series_mb"]
    flat = None
    if len(series) >= 4:
        first = series[len(series) // 4]  # after the first quarter: connections and caches are in
        flat = series[-1] <= first * 1.10
    out: list[tuple[str, bool | None, str]] = [
        ("0 drops", not m["closes"], fmt_counts(m["closes"])),
        ("0 unacked", m["unacked"] == 0, f"{m['unacked']:,}"),
        ("ack p99 < 100 ms", m["ack_p99"] is not None and m["ack_p99"] < 100, fmt_ms(m["ack_p99"])),
        (
            "open-conversation delivery p99 < 100 ms",
            None if m["open_p99"] is None else m["open_p99"] < 100,
            fmt_ms(m["open_p99"]),
        ),
        (
            "inbox delivery (summaries) p99 < 500 ms",
            None if m["inbox_p99"] is None else m["inbox_p99"] < 500,
            fmt_ms(m["inbox_p99"]),
        ),
        ("flat memory (last ≤ 110 % of the first quarter's)", flat, rss_line(m)),
    ]
    return out


async def start_servers(opts: argparse.Namespace, workdir: Path, desks: int) -> list[ServerProcess]:
    servers: list[ServerProcess] = []
    uids_needed = opts.senders + (opts.idle_uids if opts.customers > opts.senders else 0)
    try:
        if "agentdesk" in opts.backends:
            print("starting AgentDesk: accounts, demo data, tokens ...", flush=True)
            server = await prepare(
                f"sqlite:///{workdir / 'agentdesk.sqlite3'}",
                workdir,
                desks=desks,
                accounts=opts.accounts,
                account_count=opts.account_count,
                customers=uids_needed,
                server_args=rate_limit_args(opts.mode),
            )
            server.paced = opts.spread
            servers.append(server)
        if "relay" in opts.backends:
            uids = servers[0].uids if servers else [f"9{i:09d}" for i in range(uids_needed)]
            relay = await start_peer("relay", "relay", [], workdir)
            peer_tokens(relay, uids, desks)
            servers.append(relay)
    except BaseException:
        for s in servers:
            await s.stop()
        raise
    return servers


async def run(opts: argparse.Namespace, workdir: Path) -> int:
    curve = opts.curve or [opts.desks]
    raise_fd_limit(2 * (max(curve) + opts.customers) + 1024)
    opts.mode = rate_limit_mode(opts.rate_limit) if "agentdesk" in opts.backends else "flag"
    opts.spread = opts.mode == "spread" and opts.rate / opts.senders > SPREAD_RATE
    started = time.monotonic()
    print(f"floor_load — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {machine()}")
    print(
        f"{opts.senders} senders at {opts.rate:g} msg/s in all, {opts.customers:,} customer connections, "
        f"{opts.open_desks} desks with a conversation open"
        f"{' (a load process of their own)' if opts.open_desks_proc else ''}, "
        f"{opts.stuck_desks} stuck, {opts.slow_desks} slow; "
        f"{opts.duration:g} s + {opts.drain:g} s drain; "
        f"subscriptions: {'asked for' if opts.subscribe else 'off'}"
    )
    if opts.spread:
        print(f"rate limit: no {RATE_FLAGS[0]} flag on this server; senders spread over more connections")
    print(f"work folder: {workdir}", flush=True)
    servers = await start_servers(opts, workdir, max(curve))
    names = [s.name for s in servers]
    results: dict[int, dict[str, dict[str, Any]]] = {}
    tag = 0
    try:
        for desks in curve:
            results[desks] = {}
            for s in servers:
                tag += 1
                print(f"  {desks:,} desks on {s.name} ...", flush=True)
                results[desks][s.name] = await run_floor(s, opts, desks, tag, workdir)
            shown = [n for n in names if n in results[desks]]
            print(f"\n== {desks:,} desks, {opts.customers:,} customers, {opts.rate:g} msg/s")
            ratio = list(range(1, len(shown))) if shown[0].startswith("AgentDesk") else []
            print(table(shown, [results[desks][n] for n in shown], rows(), ratio), flush=True)
    finally:
        for s in servers:
            await s.stop()
    if len(curve) > 1:
        how = "subscriptions" if opts.subscribe else "every desk gets every event"
        print(f"\n== frames per message as the floor grows ({how})")
        for desks in curve:
            line = "  ".join(f"{n}: {fmt_num(results[desks][n]['frames_per_message'], 1)}" for n in names)
            print(f"  {desks:>6,} desks  {line}")
    checks: list[tuple[str, bool | None, str]] = []
    ad = next((n for n in names if n.startswith("AgentDesk")), None)
    if ad:
        last = results[curve[-1]][ad]
        print(
            f"\n== issue 25 figures (stated for 2,500 desks + 2,500 customers, 200 msg/s, 10 min; "
            f"this run: {last['desks']:,} + {last['customer_connections']:,}, {opts.rate:g} msg/s, "
            f"{opts.duration:g} s)"
        )
        checks = targets(last, opts)
        for label, ok, measured in checks:
            print(
                f"  {'not measured' if ok is None else ('met' if ok else 'NOT met'):<12} {label}: {measured}"
            )
    print(f"\ntotal {time.monotonic() - started:.0f} s", flush=True)
    if opts.json:
        Path(opts.json).write_text(
            json.dumps(
                {
                    "date": datetime.now(UTC).isoformat(),
                    "machine": machine(),
                    "servers": names,
                    "runs": {str(k): v for k, v in results.items()},
                    "targets": [{"target": t, "met": ok, "measured": v} for t, ok, v in checks],
                },
                indent=1,
                default=str,
            )
        )
    return 0


async def main_async(opts: argparse.Namespace) -> int:
    """Run in a work folder (databases, server logs), removed afterwards unless ``--keep`` or the
    run failed (its logs are what the error message points to)."""
    workdir = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="agentdesk-floor-"))
    workdir.mkdir(parents=True, exist_ok=True)
    code = await run(opts, workdir)
    if not opts.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return code


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--desks", type=int, default=200, help="agent desk connections (200)")
    p.add_argument(
        "--curve",
        type=lambda s: [int(x) for x in s.split(",") if x],
        help="run once per desk count, e.g. 100,500,2500 (instead of --desks)",
    )
    p.add_argument("--open-desks", type=int, default=10, help="desks with a sender's conversation open (10)")
    p.add_argument("--stuck-desks", type=int, default=0, help="desks that never read during the run (0)")
    p.add_argument(
        "--slow-desks",
        type=int,
        default=0,
        help="desks on a slow link (4 KB receive buffer) that read one frame every --slow-pause s (0); "
        "their arrivals stay out of the latency figures, their closes count as drops",
    )
    p.add_argument(
        "--slow-pause", type=float, default=1.0, help="a slow desk's pause after each frame (1.0 s)"
    )
    p.add_argument("--customers", type=int, default=100, help="customer connections, senders included (100)")
    p.add_argument("--senders", type=int, default=10, help="customers who write (10)")
    p.add_argument("--idle-uids", type=int, default=5, help="customers the idle connections belong to (5)")
    p.add_argument("--rate", type=float, default=20.0, help="messages/s from all senders together (20)")
    p.add_argument("--duration", type=float, default=45.0, help="seconds of load (45)")
    p.add_argument(
        "--drain", type=float, default=5.0, help="seconds after the deadline to count arrivals (5)"
    )
    p.add_argument(
        "--settle", type=float, default=30.0, help="at most this long for the server to go idle (30)"
    )
    p.add_argument(
        "--window-total", type=int, default=1000, help="messages in flight across the senders (1000)"
    )
    p.add_argument("--desk-procs", type=int, default=1, help="load processes for the desks (1)")
    p.add_argument(
        "--open-desks-proc",
        action="store_true",
        help="the desks with a conversation open get a load process of their own (besides --desk-procs): "
        "their arrivals are not read late behind the other desks' summaries",
    )
    p.add_argument(
        "--accounts",
        choices=("demo", "create"),
        default="demo",
        help="demo: alice/bob/sam share the desks; create: --account-count new agents",
    )
    p.add_argument("--account-count", type=int, default=20, help="accounts made with --accounts create (20)")
    p.add_argument(
        "--subscribe",
        action="store_true",
        help="ask for subscriptions (subscription.set: open conversations in full, inbox summaries)",
    )
    p.add_argument(
        "--rate-limit",
        choices=("auto", "flag", "spread"),
        default="auto",
        help=f"past the 20 frames/s limit: {RATE_FLAGS[0]}/{RATE_FLAGS[1]} or more connections",
    )
    p.add_argument("--backends", type=lambda s: s.split(","), default=["agentdesk", "relay"])
    p.add_argument(
        "--soak",
        action="store_true",
        help="issue 25's soak: 2,500 desks, 2,500 customers, 20 senders, 200 msg/s, 10 min",
    )
    p.add_argument("--keep", metavar="DIR", help="keep the database and logs in DIR")
    p.add_argument("--json", metavar="PATH", help="also write every figure as JSON")
    opts = p.parse_args(argv)
    if opts.soak:
        opts.desks, opts.customers, opts.senders, opts.rate = 2500, 2500, 20, 200.0
        opts.duration, opts.desk_procs, opts.idle_uids = (
            600.0,
            max(opts.desk_procs, 2),
            max(opts.idle_uids, 20),
        )
    if opts.senders < 1 or opts.customers < opts.senders:
        p.error("need --senders ≥ 1 and --customers ≥ --senders")
    if opts.open_desks + opts.stuck_desks + opts.slow_desks > min(opts.curve or [opts.desks]):
        p.error("--open-desks + --stuck-desks + --slow-desks exceed the desks")
    return opts


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    try:
        return asyncio.run(main_async(opts))
    except BenchError as exc:
        print(f"\nfloor_load: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
