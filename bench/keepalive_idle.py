"""Issue 25, session 7: what idle connections cost the server — keepalive, nothing else.

Starts AgentDesk (this checkout, or ``--base DIR``'s and this one alternately, ``--rounds``
times), opens ``--conns`` agent connections that authenticate with one token and then only answer
pings (the websockets client does that by itself), waits past the first keepalive interval, and
reads the server's CPU (``/proc/<pid>/stat``, all threads) over ``--seconds``. Every connection is
pinged once per ``ping_interval`` (10 s) unless heard from, so the figure is the keepalive's CPU per
connection per second (µs), beside the other checkout's in the same run.

    .venv/bin/python bench/keepalive_idle.py --conns 3000 --seconds 30 --base /tmp/base
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parents[1]
SUBPROTOCOL = "agentdesk.v1"
TICKS = os.sysconf("SC_CLK_TCK")
LISTENING = re.compile(r"AgentDesk server listening on https?://([^\s:]+):(\d+)")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def start(root: Path, workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    out = workdir / "out.txt"
    cmd = [sys.executable, "-m", "app.server", "--port", "0", "--db", f"sqlite:///{workdir}/ad.sqlite3",
           "--demo", "--log-level", "WARNING", "--handshake-rate", "0", "--max-unauthenticated", "100000",
           "--max-unauthenticated-per-address", "100000"]
    with out.open("wb") as o:
        env = {**os.environ, "PYTHONPATH": str(root)}
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=o, stderr=subprocess.DEVNULL)
    for _ in range(600):
        found = LISTENING.search(out.read_text())
        if found:
            return proc, f"ws://{found.group(1)}:{found.group(2)}"
        await asyncio.sleep(0.2)
    proc.kill()
    raise SystemExit(f"the server in {root} did not start")


async def token(url: str) -> str:
    async with connect(f"{url}/agent", subprotocols=[SUBPROTOCOL], compression=None) as ws:  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "login", "username": "alice", "password": "demo"}))
        return str(json.loads(await ws.recv())["token"])


async def one_run(root: Path, conns: int, seconds: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="keepalive-idle-") as tmp:
        proc, url = await start(root, Path(tmp))
        opened: list[ClientConnection] = []
        try:
            tok = await token(url)
            sem = asyncio.Semaphore(50)

            async def open_one() -> None:
                async with sem:
                    ws = await connect(f"{url}/agent", subprotocols=[SUBPROTOCOL],  # type: ignore[list-item]
                                       compression=None, ping_interval=None, open_timeout=120)
                    await ws.send(json.dumps({"type": "auth", "token": tok}))
                    await ws.recv()  # welcome
                    opened.append(ws)

            await asyncio.gather(*(open_one() for _ in range(conns)))
            await asyncio.sleep(12)  # past the first ping of every connection
            c0, t0 = cpu_seconds(proc.pid), time.monotonic()
            await asyncio.sleep(seconds)
            c1, t1 = cpu_seconds(proc.pid), time.monotonic()
            alive = sum(1 for ws in opened if ws.close_code is None)
            return {"cpu_pct": 100 * (c1 - c0) / (t1 - t0),
                    "us_per_conn_s": 1e6 * (c1 - c0) / (t1 - t0) / conns, "alive": alive}
        finally:
            await asyncio.gather(*(ws.close() for ws in opened), return_exceptions=True)
            proc.terminate()
            proc.wait(30)


async def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--conns", type=int, default=3000)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--base", type=Path, help="another checkout's server, measured alternately")
    opts = p.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 2 * opts.conns + 1000)), hard))
    roots = [("this", ROOT)] + ([("base", opts.base)] if opts.base else [])
    load = os.getloadavg()[0]
    print(f"keepalive_idle: {opts.conns:,} idle agent connections, {opts.seconds:g} s, load {load:.2f}")
    for r in range(opts.rounds):
        for name, root in roots if r % 2 == 0 else roots[::-1]:
            res = await one_run(root, opts.conns, opts.seconds)
            print(f"  round {r + 1} {name:>4}: server CPU {res['cpu_pct']:5.1f} % of a core = "
                  f"{res['us_per_conn_s']:.2f} µs per connection-second; {res['alive']:.0f} open at the end; "
                  f"load {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
