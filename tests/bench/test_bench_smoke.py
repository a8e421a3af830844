"""The load benches still run end to end (bench/server_load.py, bench/floor_load.py).

Each bench is run as a user would run it — its own process, which starts the real server through
its CLI and the bare relay, and drives both over the wire from its load processes — with tiny
parameters, both benches at once to keep the wall time short. The figures themselves are timing
and are not asserted; what is: each bench exits 0, prints its figure rows, and writes JSON in
which the relay delivered every message it acknowledged to every desk (the relay is the bench's
own reference: if it loses messages the bench is broken) and AgentDesk acknowledged and delivered
messages at all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _start(script: str, json_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(BENCH / script), "--json", str(json_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    out, _ = proc.communicate(timeout=100)
    assert proc.returncode == 0, out
    return out


def test_both_benches_print_their_figures(tmp_path: Path) -> None:
    server_json, floor_json = tmp_path / "server.json", tmp_path / "floor.json"
    server = _start(
        "server_load.py",
        server_json,
        "--agents",
        "2",
        "--customers",
        "2",
        "--rates",
        "20",
        "--no-max",
        "--duration",
        "1.5",
        "--drain",
        "2",
        "--idle",
        "10",
        "--accounts",
        "demo",
        "--backends",
        "agentdesk,relay",
    )
    floor = _start(
        "floor_load.py",
        floor_json,
        "--desks",
        "4",
        "--customers",
        "3",
        "--senders",
        "2",
        "--rate",
        "10",
        "--open-desks",
        "1",
        "--duration",
        "1.5",
        "--drain",
        "2",
    )
    server_out, floor_out = _finish(server), _finish(floor)

    for row in (
        "persisted acks/s",
        "delivered %",
        "latency p99 cust→agent",
        "agent request p99",
        "server CPU",
        "issue 14 targets",
        "idle connections",
    ):
        assert row in server_out, row
    figures = json.loads(server_json.read_text())
    assert figures["servers"] == ["AgentDesk", "relay"]
    run = figures["scenarios"]["20"]
    relay, ours = run["relay"], run["AgentDesk"]
    assert relay["sent"] > 0 and relay["acked"] == relay["sent"]
    assert relay["delivered"] == relay["sent"] * 2 == relay["expected"]
    assert relay["probe_requests"] > 0 and relay["probe_unanswered"] == 0
    assert ours["acked"] > 0 and ours["delivered"] > 0 and ours["duplicates"] == 0
    assert figures["idle"]["AgentDesk"]["connections"] == 10
    assert {t["target"].split(" ")[0] for t in figures["targets"]} >= {"persisted", "10"}

    for row in (
        "ack p50 / p99",
        "delivery p99, conversation open",
        "delivery p99, inbox",
        "frames/s to desks",
        "drops (close code reason)",
        "issue 25 figures",
    ):
        assert row in floor_out, row
    floor_figures = json.loads(floor_json.read_text())
    relay, ours = floor_figures["runs"]["4"]["relay"], floor_figures["runs"]["4"]["AgentDesk"]
    assert relay["sent"] > 0 and relay["delivered"] == relay["sent"] * 4
    assert relay["open_n"] > 0 and relay["inbox_n"] > 0  # the open desk's arrivals are told apart
    assert ours["acked"] > 0 and ours["open_n"] > 0 and ours["inbox_n"] > 0
