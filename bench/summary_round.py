"""The server's CPU per summary write (issue 25), one checkout against another, alternately.

    python bench/summary_round.py --base /tmp/base            # BASE: git archive <commit> | tar -x -C DIR

At 2,500 desks a `summary` round is 2,500 socket writes every ~0.35 s, the floor's biggest cost on
the event loop (session 7's profile). This runs the real ``Hub`` → ``SummaryWindow`` → ``Flusher``
path of one checkout in a child process with no database and no guard: ``--desks`` agent
connections over two agents and a supervisor (as ``floor_load.py``'s alice/bob/sam), each on a
loopback socket pair whose peer a forked process drains, ``--busy`` conversations changing before
every round. It prints the event loop thread's CPU (``time.thread_time``: what waiting for a core
does not change) per summary frame written, and the bytes per frame. Each checkout runs
``--rounds`` times, alternately, so the machine's load hits both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def drain(socks: list[socket.socket], theirs: list[socket.socket]) -> None:
    """In a forked child: read every peer until they all close (the desks' processes)."""
    import selectors

    for s in theirs:
        s.close()  # the server's ends stay open only in the parent: its close reaches us

    sel = selectors.DefaultSelector()
    for s in socks:
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ)
    open_ = len(socks)
    while open_:
        for key, _ in sel.select(1.0):
            try:
                data = key.fileobj.recv(1 << 20)  # type: ignore[union-attr]
            except BlockingIOError:
                continue
            if not data:
                sel.unregister(key.fileobj)
                open_ -= 1
    os._exit(0)


async def measure(opts: argparse.Namespace) -> dict[str, Any]:
    from websockets.protocol import State
    from websockets.server import ServerProtocol

    from app.protocol.events import MessageCreated
    from app.protocol.types import Conversation, CustomerSummary, Message
    from app.server.connection import AgentConn, Subscription
    from app.server.hub import Hub
    from app.server.outbox import Flusher, Outbox
    from app.server.principal import AgentPrincipal
    from app.server.ratelimit import TokenBucket
    from app.server.repos.repo_events import StoredEvent
    from app.server.visibility import ConvScope

    class Ws:
        def __init__(self, transport: asyncio.Transport) -> None:
            self.protocol = ServerProtocol()
            self.protocol.state = State.OPEN
            self.transport = transport

    loop = asyncio.get_running_loop()
    hub = Hub(loop, 3600.0)  # rounds are flushed by hand below
    flusher = Flusher(loop, 256 * 1024 * 1024, 3600.0)
    principals = [
        AgentPrincipal(1, "alice", "Alice", "agent", "en"),
        AgentPrincipal(2, "bob", "Bob", "agent", "en"),
        AgentPrincipal(3, "sam", "Sam", "supervisor", "en"),
    ]
    peers: list[socket.socket] = []
    ours: list[socket.socket] = []
    transports: list[asyncio.Transport] = []
    for i in range(opts.desks):
        a, b = socket.socketpair()
        a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, a)
        peers.append(b)
        ours.append(a)
        transports.append(transport)
        ws: Any = Ws(transport)
        bucket = TokenBucket(10**9, 10**9)
        conn = AgentConn(ws, Outbox(ws, flusher, f"agent {i}"), principals[i % 3], "x", bucket)
        conn.cursor.subscribed = True
        hub.add_agent(conn)
        hub.subscribe(conn, Subscription(summaries=True, compact=True))
    child = os.fork()
    if child == 0:
        drain(peers, ours)
    for b in peers:
        b.close()

    t0 = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    seq = 0

    def change(cid: int, n: int) -> StoredEvent:
        nonlocal seq
        seq += 1
        uid = f"{9_000_000_000 + cid}"
        customer = CustomerSummary(uid=uid, name="Cust*", vip_tier=0, language="en", kyc_level=1,
                                   kyc_status="approved", email_masked="c***1@gmail.com",
                                   email_digest=f"{cid:064x}")
        message = Message(id=seq, conversation_id=cid, author_kind="customer", author_name="Cust*",
                          body="My withdrawal of 0.5 BTC has been pending for two hours, can you check it?",
                          created_at=t0, client_msg_id=f"b1.{cid}.0.{n}.{seq:016d}")
        conv = Conversation(id=cid, channel="chat", status="open", priority="normal", customer=customer,
                            created_at=t0, updated_at=t0, last_message=message, message_count=n,
                            last_customer_message_at=t0, first_response_due=t0, resolution_due=t0,
                            sla_warn_at=t0, team="en")
        payload = MessageCreated(conversation=conv, message=message)
        scope = ConvScope(cid, uid, "chat", 0, None, None)
        return StoredEvent(seq, "message.created", b"{}", scope, uid, None, payload=payload)

    n = 0
    frames = 0
    cpu = 0.0
    wall = 0.0
    nbytes = 0
    sent_before = flusher.frames_written
    sample = [c for c in list(hub.agents) if c.agent.role == "supervisor"][:1]
    for r in range(opts.warmup + opts.rounds_per_run):
        events = []
        for _ in range(opts.changes_per_round):
            n += 1
            events.append(change(1000 + n % opts.busy, n))
        hub.publish(events)
        w = time.perf_counter()
        c = time.thread_time()
        hub.window.flush()
        queued = [conn.outbox._frames for conn in sample]
        while flusher._dirty or flusher._urgent:  # the round's slices, as the loop would run them
            flusher.flush()
        c = time.thread_time() - c
        w = time.perf_counter() - w
        if r >= opts.warmup:
            cpu += c
            wall += w
            frames += flusher.frames_written - sent_before
            nbytes = max(nbytes, *(len(f[-1]) for f in queued if f))
        sent_before = flusher.frames_written
        await asyncio.sleep(opts.pause)  # the peers read; the loop runs its callbacks
    for t in transports:
        t.close()
    await asyncio.sleep(0.2)
    os.waitpid(child, 0)
    return {"cpu_per_frame_us": 1e6 * cpu / max(frames, 1), "wall_per_frame_us": 1e6 * wall / max(frames, 1),
            "frames": frames, "frame_bytes": nbytes}


def child_main(opts: argparse.Namespace) -> None:
    result = asyncio.run(measure(opts))
    print(json.dumps(result))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--base", type=Path, help="the other checkout (its app/ is imported in its own process)")
    p.add_argument("--desks", type=int, default=2500)
    p.add_argument("--busy", type=int, default=20, help="conversations that change before each round (20)")
    p.add_argument("--changes-per-round", type=int, default=70,
                   help="events per round (70: 200 msg/s × 0.35 s)")
    p.add_argument("--rounds-per-run", type=int, default=40)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--pause", type=float, default=0.05, help="seconds between rounds (0.05)")
    p.add_argument("--rounds", type=int, default=3, help="alternations base/this (3)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    opts = p.parse_args()
    if opts.child:
        child_main(opts)
        return 0
    args = [a for a in sys.argv[1:]]
    roots = [("this", ROOT)] + ([("base", opts.base)] if opts.base else [])
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in roots}
    print(f"summary_round — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} — load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {opts.desks} desks, {opts.busy} busy chats")
    for r in range(opts.rounds):
        order = roots if r % 2 else list(reversed(roots))
        for name, root in order:
            env = dict(os.environ, PYTHONPATH=str(root))
            out = subprocess.run([sys.executable, __file__, "--child", *args], env=env, cwd=root,
                                 capture_output=True, text=True, check=True)
            res = json.loads(out.stdout.strip().splitlines()[-1])
            results[name].append(res)
            print(f"  round {r + 1} {name:5s}: {res['cpu_per_frame_us']:6.2f} µs CPU per summary frame "
                  f"(wall {res['wall_per_frame_us']:6.2f} µs), {res['frames']} frames of "
                  f"≤ {res['frame_bytes']:,} B; load {os.getloadavg()[0]:.2f}")
    for name, runs in results.items():
        med = statistics.median(r["cpu_per_frame_us"] for r in runs)
        print(f"{name:5s}: median {med:.2f} µs CPU per summary frame")
    if opts.base:
        this = statistics.median(r["cpu_per_frame_us"] for r in results["this"])
        base = statistics.median(r["cpu_per_frame_us"] for r in results["base"])
        print(f"this / base: {this / base:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
