"""The outbox's lanes alone (issue 25: "acks wait for fan-out"), old code against new in one process.

    python bench/outbox_lanes.py                       # this tree's outbox.py against BASE's
    python bench/outbox_lanes.py --base /tmp/main       # BASE: a checkout (git archive … | tar -x -C DIR)

No database and no guard: N desk connections and a few customer connections on real loopback
sockets (``socket.socketpair``, asyncio transports, a websockets protocol object per connection),
a ``summary`` round to every desk every ``--interval`` s (the summary window's bursts at 1,500
desks) and ``--acks`` acknowledgements/s to the customers in between (the writer's commits). Each
ack's delay is measured from its "commit" (a thread standing in for the writer hands it to the
loop with ``call_soon_threadsafe``, as ``DbExecutor`` does) to its transport write; a desk's, from
the round's start to its write. Both outbox modules run the same script alternately
(``--rounds``) so the machine's load hits both; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import socket
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from websockets.protocol import State
from websockets.server import ServerProtocol

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_outbox(root: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, root / "app" / "server" / "outbox.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Socket:
    """What ``Outbox`` uses of a ``ServerConnection``: ``protocol`` (state, extensions) and ``transport``."""

    def __init__(self, transport: asyncio.Transport, stamps: list[float] | None) -> None:
        self.protocol = ServerProtocol()
        self.protocol.state = State.OPEN
        self.transport: Any = transport
        if stamps is not None:  # record when each write leaves
            write = transport.write

            def stamped(data: bytes) -> None:
                stamps.append(time.perf_counter())
                write(data)

            self.transport = _Wrapped(transport, stamped)


class _Wrapped:
    def __init__(self, inner: asyncio.Transport, write: Any) -> None:
        self._inner, self.write = inner, write

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


async def pair(loop: asyncio.AbstractEventLoop) -> tuple[asyncio.Transport, socket.socket]:
    """A server-side transport and its peer socket, which nobody reads during the run: a desk's
    frames of a run (~4 KB) fit in the kernel's buffers, and reading them in this loop would put
    the peers' work in the measured loop (they are other processes in the real benches)."""
    a, b = socket.socketpair()
    server, _ = await loop.connect_accepted_socket(asyncio.Protocol, a)
    return server, b  # type: ignore[return-value]


async def run_once(module: ModuleType, opts: argparse.Namespace) -> dict[str, float]:
    loop = asyncio.get_running_loop()
    flusher = module.Flusher(loop, 64 * 1024 * 1024, 3600.0)
    transports: list[asyncio.Transport] = []
    peers: list[socket.socket] = []
    desks, desk_stamps = [], []
    for i in range(opts.desks):
        server, peer = await pair(loop)
        transports.append(server)
        peers.append(peer)
        stamps: list[float] = []
        desk_stamps.append(stamps)
        desks.append(module.Outbox(Socket(server, stamps), flusher, f"agent {i}"))
    customers, ack_stamps = [], []
    for i in range(opts.customers):
        server, peer = await pair(loop)
        transports.append(server)
        peers.append(peer)
        stamps = []
        ack_stamps.append(stamps)
        try:
            box = module.Outbox(Socket(server, stamps), flusher, f"customer {i}", urgent=True)
        except TypeError:  # the old outbox: one lane
            box = module.Outbox(Socket(server, stamps), flusher, f"customer {i}")
        customers.append(box)
    put_at: list[list[float]] = [[] for _ in customers]
    round_at: list[float] = []
    end = loop.time() + opts.duration

    async def summaries() -> None:
        n = 0
        while loop.time() < end:
            frame = b'{"type":"summary","n":%d,"conversations":[' % n + b'{"id":1,"unread":3},' * 8 + b"{}]}"
            round_at.append(time.perf_counter())
            for box in desks:
                box.put(frame)
            n += 1
            await asyncio.sleep(opts.interval)

    def writer() -> None:
        """The database thread's part: an ack is ready at a commit (``put_at``) and reaches the
        loop through ``call_soon_threadsafe``, as ``DbExecutor`` delivers it."""
        k = 0
        gap = 1.0 / opts.acks
        start = time.perf_counter()
        while time.perf_counter() - start < opts.duration:
            c = k % len(customers)
            frame = b'{"type":"sent","client_msg_id":"c%d","id":%d,"seq":%d}' % (k, k, k)
            put_at[c].append(time.perf_counter())
            loop.call_soon_threadsafe(customers[c].put, frame)
            k += 1
            time.sleep(max(0.0, start + k * gap - time.perf_counter()))

    async def acks() -> None:
        await asyncio.to_thread(writer)

    cpu0 = time.process_time()
    await asyncio.gather(summaries(), acks())
    await asyncio.sleep(0.5)
    cpu = time.process_time() - cpu0
    ack_delays = [
        (w - p) * 1000
        for puts, writes in zip(put_at, ack_stamps, strict=True)
        for p, w in zip(puts, writes, strict=False)
    ]
    # a desk's write i belongs to round i (one frame per round, the flusher joins nothing here)
    desk_delays = [
        (w - round_at[i]) * 1000 for stamps in desk_stamps for i, w in enumerate(stamps) if i < len(round_at)
    ]
    for t in transports:
        t.close()
    for s in peers:
        s.close()
    await asyncio.sleep(0.05)
    q = statistics.quantiles
    return {
        "ack_p50": statistics.median(ack_delays),
        "ack_p99": q(ack_delays, n=100)[98],
        "ack_max": max(ack_delays),
        "desk_p50": statistics.median(desk_delays),
        "desk_p99": q(desk_delays, n=100)[98],
        "frames": flusher.frames_written,
        "cpu_us_per_frame": cpu / max(1, flusher.frames_written) * 1e6,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    default_base = os.environ.get("AGENTDESK_BENCH_SERVER_ROOT", "/tmp/perf7/base")
    p.add_argument("--base", type=Path, default=Path(default_base), help="the other checkout")
    p.add_argument("--desks", type=int, default=1500)
    p.add_argument("--customers", type=int, default=20)
    p.add_argument("--acks", type=float, default=200.0, help="acks/s (200)")
    p.add_argument("--interval", type=float, default=0.25, help="seconds between summary rounds (0.25)")
    p.add_argument("--duration", type=float, default=8.0)
    p.add_argument("--rounds", type=int, default=2, help="alternations base/this (2)")
    opts = p.parse_args()
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    modules = {"base": load_outbox(opts.base, "outbox_base"), "this": load_outbox(ROOT, "outbox_this")}
    print(f"outbox_lanes: {opts.desks} desks, {opts.customers} customers, {opts.acks:.0f} acks/s, "
          f"a summary round every {opts.interval} s, {opts.duration} s per run; base = {opts.base}")
    for r in range(opts.rounds):
        for name, module in modules.items():
            load = os.getloadavg()[0]
            m = asyncio.run(run_once(module, opts))
            print(
                f"  round {r + 1} {name:4}  ack p50 {m['ack_p50']:7.2f} ms  p99 {m['ack_p99']:7.2f} ms  "
                f"max {m['ack_max']:7.2f} ms | desk p50 {m['desk_p50']:6.1f} ms  p99 {m['desk_p99']:6.1f} "
                f"ms | {m['frames']} frames, {m['cpu_us_per_frame']:.1f} µs CPU/frame | load {load:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
