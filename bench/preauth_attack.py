"""Pre-authentication attack frames against a legitimate agent's request latency (prints figures).

Starts the real server (``python -m app.server --demo --port 0``, a child process), signs in
``alice`` and times ``--requests`` sequential ``inbox.snapshot`` (limit 20) requests: first alone,
then while attacker processes keep opening ``/agent`` and ``/customer`` sockets and sending hostile
first frames (100,000-deep nesting, 256 KiB of brackets inside and outside strings, garbage), as
fast as they can, from 127.0.0.2 (and up: one address per attacker process; the agent is at
127.0.0.1). Prints both medians, the attack frames answered per second and the ratio of
the medians — the target is at most 2x. The peer in the same run: the same attackers aimed at a
sink process that refuses every upgrade at once, so the machine is as busy with the attackers' own
work (2 cores here) while the server is not attacked; the ratio that answers "what does the attack
cost the server's users" is attacked / that. Attack traffic goes to 127.0.0.1 only and stops by itself.

Run: ``python bench/preauth_attack.py [--requests 300] [--attackers 2] [--concurrency 16]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from websockets.asyncio.client import connect  # noqa: E402
from websockets.exceptions import ConnectionClosed, InvalidHandshake  # noqa: E402

SUBPROTOCOL = "agentdesk.v1"
ATTACK_FRAMES = [
    "[" * 100_000 + "]" * 100_000,
    '{"type":"login","username":"' + "[{" * 60_000 + '","password":"x"}',
    '{"type":"auth","token":' + '{"a":' * 40_000 + "1" + "}" * 40_001,
    "[" * 250_000,
    "x" * 250_000,
]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def sink(port_holder: multiprocessing.Value, seconds: float) -> None:  # type: ignore[valid-type]
    """The control: a WebSocket server that refuses every upgrade with 429 at once (no work)."""
    from websockets.asyncio.server import serve
    from websockets.datastructures import Headers
    from websockets.http11 import Response

    def refuse(connection: object, request: object) -> Response:
        return Response(429, "Too Many Requests", Headers([("Content-Length", "0")]), b"")

    async def run() -> None:
        async with serve(lambda ws: None, "127.0.0.1", 0, process_request=refuse) as server:  # type: ignore[arg-type]
            port_holder.value = server.sockets[0].getsockname()[1]
            await asyncio.sleep(seconds)

    asyncio.run(run())


def start_server(folder: Path, extra: list[str]) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.server",
            "--demo",
            "--port",
            "0",
            "--db",
            f"sqlite:///{folder / 'bench.sqlite3'}",
            "--log-level",
            "WARNING",
            *extra,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("AgentDesk server listening on "):
            return proc, line.strip().rsplit(" ", 1)[1].replace("http://", "ws://")
    raise RuntimeError("the server did not start")


async def _attack(
    url: str,
    seconds: float,
    concurrency: int,
    counter: multiprocessing.Value,  # type: ignore[valid-type]
    source: str,
) -> None:
    deadline = time.monotonic() + seconds

    async def one(n: int) -> None:
        i = n
        while time.monotonic() < deadline:
            path = "/agent" if i % 2 else "/customer"
            try:
                async with connect(
                    url + path,
                    subprotocols=[SUBPROTOCOL],
                    max_size=None,
                    open_timeout=10,
                    close_timeout=2,
                    local_addr=(source, 0),
                ) as ws:  # type: ignore[list-item]
                    await ws.send(ATTACK_FRAMES[i % len(ATTACK_FRAMES)])
                    await asyncio.wait_for(ws.recv(), 10)  # an error frame, or the close (1009)
            except (ConnectionClosed, InvalidHandshake, OSError, TimeoutError):
                pass
            with counter.get_lock():
                counter.value += 1
            i += concurrency

    await asyncio.gather(*(one(n) for n in range(concurrency)))


def attacker(
    url: str,
    seconds: float,
    concurrency: int,
    counter: multiprocessing.Value,  # type: ignore[valid-type]
    source: str,
) -> None:
    asyncio.run(_attack(url, seconds, concurrency, counter, source))


async def _latencies(url: str, requests: int) -> list[float]:
    async with connect(url + "/agent", subprotocols=[SUBPROTOCOL]) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "login", "username": "alice", "password": "demo"}))
        assert json.loads(await ws.recv())["type"] == "welcome"
        out = []
        for n in range(requests):
            started = time.perf_counter()
            await ws.send(
                json.dumps({"type": "req", "id": n, "method": "inbox.snapshot", "params": {"limit": 20}})
            )
            while True:
                frame = json.loads(await ws.recv())
                if frame.get("type") == "res" and frame.get("id") == n:
                    break
            out.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.01)
        return out


def _under_attack(
    target: str, url: str, args: argparse.Namespace, pid: int | None = None
) -> tuple[list[float], float, int, float]:
    """Latencies of the legitimate agent at ``url`` while attackers hit ``target``; also the
    seconds, the attack sockets and the server's CPU seconds of that phase."""
    counter = multiprocessing.Value("i", 0)
    procs = [
        multiprocessing.Process(
            target=attacker, args=(target, 600.0, args.concurrency, counter, f"127.0.0.{2 + n}")
        )
        for n in range(args.attackers)
    ]
    for p in procs:
        p.start()
    time.sleep(2.0)  # let the attack reach full speed
    started, before, cpu = time.monotonic(), counter.value, cpu_seconds(pid) if pid else 0.0
    latencies = asyncio.run(_latencies(url, args.requests))
    elapsed, sockets = time.monotonic() - started, counter.value - before
    cpu = (cpu_seconds(pid) - cpu) if pid else 0.0
    for p in procs:
        p.terminate()
        p.join(10)
    return latencies, elapsed, sockets, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--attackers", type=int, default=2, help="attacker processes")
    parser.add_argument("--concurrency", type=int, default=16, help="sockets per attacker process")
    parser.add_argument(
        "--no-handshake-limit", action="store_true",
        help="start the server with --handshake-rate 0: every attack socket reaches the frame checks "
        "(what an attacker spread over many addresses gets)",
    )
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as folder:
        extra = ["--handshake-rate", "0"] if args.no_handshake_limit else []
        proc, url = start_server(Path(folder), extra)
        try:
            asyncio.run(_latencies(url, 20))  # warm up
            baseline = asyncio.run(_latencies(url, args.requests))
            # The control: the same attackers aimed at a sink process that does nothing, so the
            # machine is as busy (the attackers' own CPU) but the server is not attacked.
            port = multiprocessing.Value("i", 0)
            sink_proc = multiprocessing.Process(target=sink, args=(port, 600.0))
            sink_proc.start()
            while not port.value:
                time.sleep(0.05)
            loaded, _, _, _ = _under_attack(f"ws://127.0.0.1:{port.value}", url, args)
            sink_proc.terminate()
            sink_proc.join(10)
            attacked, elapsed, answered, server_cpu = _under_attack(url, url, args, proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
    base, control, under = (statistics.median(x) for x in (baseline, loaded, attacked))
    print(
        f"legitimate inbox.snapshot, median alone:                     {base:7.2f} ms (p90 "
        f"{statistics.quantiles(baseline, n=10)[-1]:.2f} ms, {len(baseline)} requests)"
    )
    print(
        f"  ... attackers running, aimed at a sink (the machine as busy): {control:7.2f} ms (p90 "
        f"{statistics.quantiles(loaded, n=10)[-1]:.2f} ms)"
    )
    print(
        f"  ... attackers aimed at the server:                        {under:7.2f} ms (p90 "
        f"{statistics.quantiles(attacked, n=10)[-1]:.2f} ms)"
    )
    print(f"server CPU while attacked: {server_cpu / elapsed * 100:.0f}% of one core")
    print(
        f"attack sockets refused (429 before the upgrade, or 1009/4401 after it): {answered} in "
        f"{elapsed:.1f} s ({answered / elapsed:.0f}/s, {args.attackers} processes x {args.concurrency} "
        "sockets, frames of ~200-250 KiB)"
    )
    print(
        f"ratio attacked / attackers aimed elsewhere: {under / control:.2f}x (target <= 2x); "
        f"attacked / alone: {under / base:.2f}x"
    )


if __name__ == "__main__":
    main()
