"""Turn the load processes' results into one set of figures per server, and print them side by side.

What each figure means (the README's "Load benchmarks" section says the same):
- ``offered``: messages due in the run (rate × duration; in a max-throughput run, those sent);
  ``sent``: written to a socket before the deadline; ``acked``: ``sent`` acknowledgements
  received by the end of the drain. ``acks/s``: acknowledgements received before the deadline
  ÷ duration — for AgentDesk and the writer an acknowledgement means the message is committed.
- ``delivered %``: first arrivals of a message at an agent desk by the end of the drain ÷
  (offered × desks). ``latency``: customer → agent, from when the message was due (rate runs) or
  sent (max runs) to its arrival, both on this machine's monotonic clock.
- ``agent request p99``: round trip of a probing desk's ``inbox.snapshot``/``canned.list`` (the
  peers answer them from memory or a read connection), sent on a timer whether or not earlier
  ones came back; one never answered counts with the time it waited.
- ``server CPU``: % of one core over the run (``/proc/<pid>/stat``, all threads), then ``+N %
  wait``: the time its threads were runnable but waited for a core (``schedstat``; on a shared
  machine, what the others took). ``RSS`` at the deadline. ``generator CPU``: the busiest load
  process the same way; ``AT LIMIT`` when CPU + wait near a whole core: the figures may then be
  the generator's limit, not the server's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from _runner import ServerSample
from _stats import Histogram, fmt_ms

SATURATED_PCT = 90.0


def summarize(
    results: list[tuple[str, dict[str, Any] | None]], sample: ServerSample, *, duration: float, desks: int
) -> dict[str, Any]:
    by_role: dict[str, list[dict[str, Any]]] = {}
    missing: list[str] = []
    for role, result in results:
        if result is None:
            missing.append(role)
        else:
            by_role.setdefault(role, []).append(result)
    cust = by_role.get("customers", [])
    agents = by_role.get("agents", [])
    probes = by_role.get("probe", [])
    offered = sum(r["offered"] for r in cust)
    ack = Histogram.merged(r["ack_hist"] for r in cust)
    open_h = Histogram.merged(r["open_hist"] for r in agents)
    inbox_h = Histogram.merged(r["inbox_hist"] for r in agents)
    dlv = Histogram.merged([open_h.to_json(), inbox_h.to_json()])
    # the warm-up's messages (due before its end: ``_loadgen.Clock``), counted apart
    warm_ack = Histogram.merged(r.get("warm_ack_hist", {}) for r in cust)
    warm_dlv = Histogram.merged(r.get("warm_hist", {}) for r in agents)
    delivered = sum(r["delivered"] for r in agents)
    live_desks = desks - sum(len(r["stuck"]) for r in agents)
    expected = offered * live_desks
    frames = sum(r["frames"] for r in agents)
    probe_all = Histogram()
    probe_by: dict[str, float | None] = {}
    for r in probes:
        for method, h in r["hists"].items():
            hist = Histogram.from_json(h)
            probe_all.merge(hist)
            probe_by[method] = hist.percentile(99)
    gen: dict[str, float] = {}
    gen_wait: dict[str, float] = {}
    for role, rs in by_role.items():
        for i, r in enumerate(rs):
            name = f"{role}{i + 1 if len(rs) > 1 else ''}"
            if "cpu_s" in r:
                gen[name] = 100.0 * r["cpu_s"] / duration
            if r.get("wait_s") is not None:
                gen_wait[name] = 100.0 * r["wait_s"] / duration
    errors: Counter[str] = Counter()
    closes: Counter[str] = Counter()
    for rs in by_role.values():
        for r in rs:
            errors.update(r.get("errors", {}))
            errors.update(r.get("failed", {}))
            closes.update(r.get("closes", {}))
    return {
        "offered": offered,
        "sent": sum(r["sent"] for r in cust),
        "acked": sum(r["acked"] for r in cust),
        "acks_per_s": sum(r["acked_run"] for r in cust) / duration,
        "ack_p50": ack.percentile(50),
        "ack_p99": ack.percentile(99),
        "delivered": delivered,
        "expected": expected,
        "delivered_pct": 100.0 * delivered / expected if expected else None,
        "dlv_p50": dlv.percentile(50),
        "dlv_p99": dlv.percentile(99),
        "open_p99": open_h.percentile(99),
        "open_n": open_h.count,
        "inbox_p99": inbox_h.percentile(99),
        "inbox_n": inbox_h.count,
        "warm_ack_p50": warm_ack.percentile(50),
        "warm_ack_p99": warm_ack.percentile(99),
        "warm_ack_n": warm_ack.count,
        "warm_dlv_p50": warm_dlv.percentile(50),
        "warm_dlv_p99": warm_dlv.percentile(99),
        "warm_dlv_max": warm_dlv.percentile(100),
        "warm_dlv_n": warm_dlv.count,
        "ack_n": ack.count,
        "dlv_n": dlv.count,
        "duplicates": sum(r["duplicates"] for r in agents),
        "out_of_order": sum(r["out_of_order"] for r in agents),
        "frames": frames,
        "frames_per_s": frames / duration,
        "frame_bytes": sum(r["frame_bytes"] for r in agents) / frames if frames else None,
        "probe_p99": probe_all.percentile(99),
        "probe": probe_by,
        "probe_requests": sum(r["requests"] for r in probes),
        "probe_unanswered": sum(r["unanswered"] for r in probes),
        "server_cpu": sample.cpu_pct,
        "server_wait": sample.wait_pct,
        "server_rss_mb": sample.rss_kb / 1024 if sample.rss_kb else None,
        "rss_series_mb": [round(k / 1024, 1) for k in sample.rss_series],
        "gen_cpu": gen,
        "gen_cpu_max": max(gen.values()) if gen else None,
        "gen_wait": gen_wait,
        "gen_busy_max": max((gen[k] + gen_wait.get(k, 0.0) for k in gen), default=None),
        "errors": dict(errors),
        "closes": dict(closes),
        "stuck": [s for r in agents for s in r["stuck"]],
        "missing_workers": missing,
    }


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per numeric figure, the median over repeated runs (the other fields from the first run)."""
    if len(runs) == 1:
        return runs[0]
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            values = sorted(r[key] for r in runs if isinstance(r.get(key), int | float))
            out[key] = values[len(values) // 2]
    out["repeats"] = len(runs)
    out["runs"] = [{k: v for k, v in r.items() if k != "rss_series_mb"} for r in runs]
    return out


def fmt_num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}"


def fmt_pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} %"


def fmt_mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def fmt_counts(value: dict[str, int] | None) -> str:
    if not value:
        return "0"
    return ", ".join(f"{k} ×{v}" for k, v in sorted(value.items(), key=lambda kv: -kv[1])[:3])


def fmt_cpu(cpu: float | None, wait: float | None) -> str:
    """CPU as % of one core, and the time the process waited for a core (another process had it)."""
    if cpu is None:
        return "n/a"
    return f"{cpu:.0f} %" + (f" +{wait:.0f} % wait" if wait is not None else "")


def fmt_gen(m: dict[str, Any]) -> str:
    """The busiest load process: its CPU, its wait for a core and, when the two come near a whole
    core, ``AT LIMIT``: it was runnable all the time, so the figures may be the generator's."""
    if not m.get("gen_cpu"):
        return "n/a"
    name = max(m["gen_cpu"], key=lambda k: m["gen_cpu"][k] + m.get("gen_wait", {}).get(k, 0.0))
    cpu, wait = m["gen_cpu"][name], m.get("gen_wait", {}).get(name)
    busy = cpu + (wait or 0.0)
    return f"{name} {fmt_cpu(cpu, wait)}" + (" AT LIMIT" if busy >= SATURATED_PCT else "")


Row = tuple[str, Callable[[dict[str, Any]], str], Callable[[dict[str, Any]], float | None] | None]


def table(names: list[str], metrics: list[dict[str, Any]], rows: list[Row], ratio_to: list[int]) -> str:
    """Rows of figures, one column per server, then the first server's figure ÷ each of
    ``ratio_to``'s (so < 1 for a throughput means slower than the peer; > 1 for a latency too)."""
    head = ["", *names, *(f"{names[0]}/{names[i]}" for i in ratio_to)]
    lines = [head]
    for label, show, value in rows:
        cells = [label, *(show(m) for m in metrics)]
        for i in ratio_to:
            ours = value(metrics[0]) if value else None
            peer = value(metrics[i]) if value else None
            cells.append(
                "" if value is None else ("n/a" if ours is None or not peer else f"{ours / peer:.2f}×")
            )
        lines.append(cells)
    widths = [max(len(str(line[k])) for line in lines) for k in range(len(head))]
    return "\n".join(
        "  "
        + "  ".join(
            str(c).ljust(w) if k == 0 else str(c).rjust(w)
            for k, (c, w) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    )


def common_rows() -> list[Row]:
    return [
        ("offered / sent msgs", lambda m: f"{m['offered']:,} / {m['sent']:,}", None),
        ("persisted acks/s", lambda m: fmt_num(m["acks_per_s"], 1), lambda m: m["acks_per_s"]),
        (
            "ack p50 / p99",
            lambda m: f"{fmt_ms(m['ack_p50'])} / {fmt_ms(m['ack_p99'])}",
            lambda m: m["ack_p99"],
        ),
        ("delivered %", lambda m: fmt_pct(m["delivered_pct"]), lambda m: m["delivered_pct"]),
        ("latency p50 cust→agent", lambda m: fmt_ms(m["dlv_p50"]), lambda m: m["dlv_p50"]),
        ("latency p99 cust→agent", lambda m: fmt_ms(m["dlv_p99"]), lambda m: m["dlv_p99"]),
        (
            "agent request p99",
            lambda m: (
                fmt_ms(m["probe_p99"])
                + (f" ({m['probe_unanswered']} unanswered)" if m["probe_unanswered"] else "")
            ),
            lambda m: m["probe_p99"],
        ),
        (
            "server CPU (1 core = 100)",
            lambda m: fmt_cpu(m["server_cpu"], m.get("server_wait")),
            lambda m: m["server_cpu"],
        ),
        ("server RSS", lambda m: fmt_mb(m["server_rss_mb"]), lambda m: m["server_rss_mb"]),
        ("generator CPU (busiest)", fmt_gen, None),
        ("errors", lambda m: fmt_counts(m["errors"]), None),
        ("closes", lambda m: fmt_counts(m["closes"]), None),
    ]
