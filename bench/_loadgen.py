"""A load process of the benches: plain websockets clients, one asyncio loop, its own CPU measured.

    python bench/_loadgen.py customers|agents|probe|idle SPEC.json

The orchestrator (``_runner.py``) starts one process per role, so the load is spread over cores
and a saturated generator shows in its own CPU figure rather than in the server's latencies.
Protocol with the orchestrator, one line each on stdout/stdin:

    → ready {json}               after connecting, authenticating and syncing every connection
    ← go T0 T_END T_STOP [T_WARM] monotonic nanoseconds (CLOCK_MONOTONIC is shared by processes)
    → result {json}              at T_STOP
    → error MESSAGE              on a failure before ``ready`` (then exit 1)

Every customer message carries ``client_msg_id`` = ``b<run>.<uid index>.<connection>.<n>.<µs>``,
the last part being when the message was due (rate runs) or sent (max runs) on this machine's
monotonic clock: an agent process finds the ids in whatever frame carries them (an event today, a
coalesced inbox summary once the protocol has subscriptions) and takes the latency on arrival,
with no clock shared but the kernel's. Latencies count from when a message was *due*, so a
generator held back by its window or by rate-limit pacing does not hide the wait.

**Warm-up** (``T_WARM``, optional; T0 when absent): the schedule runs from T0 without a pause, and
every latency of a message *due* before T_WARM goes to the ``warm_*`` histograms instead of the
main ones — the start of the load is reported apart, never dropped. The acks/s and CPU figures
count from T_WARM to T_END; ``offered``/``delivered`` count the whole schedule.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import socket
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stats import Histogram, proc_wait_seconds, raise_fd_limit

SUBPROTOCOL = "agentdesk.v1"
BODY = "Hello, my deposit has not arrived yet, could you check please? (load test)"
# The future subscription request (issue 25 item 3) — a proposal, not in docs/protocol.md yet.
SUBSCRIBE_METHOD = "subscription.set"
ID_PATTERN = re.compile(rb'"client_msg_id":\s*"b(\d+)\.(\d+)\.(\d+)\.(\d+)\.(\d+)"')
_dumps = json.JSONEncoder(separators=(",", ":")).encode


def now_ns() -> int:
    return time.monotonic_ns()


async def sleep_until(t_ns: int) -> None:
    delay = (t_ns - now_ns()) / 1e9
    if delay > 0:
        await asyncio.sleep(delay)


def close_of(exc: ConnectionClosed) -> str:
    frame = exc.rcvd
    return f"{frame.code} {frame.reason}".strip() if frame is not None else "1006 no close frame"


async def open_ws(
    url: str, path: str, first: dict[str, Any], rcvbuf: int | None = None
) -> tuple[ClientConnection, dict[str, Any]]:
    """``rcvbuf``: a small receive buffer (a slow link: what the desk does not read piles up in the
    server, not in this machine's kernel)."""
    sock = None
    if rcvbuf is not None:
        host, _, port = url.removeprefix("ws://").partition(":")
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, (host, int(port.split("/")[0])))
    ws = await connect(
        f"{url}/{path}",
        subprotocols=[SUBPROTOCOL],  # type: ignore[list-item]
        compression=None,
        ping_interval=None,
        max_size=64 * 1024 * 1024,
        open_timeout=60,
        close_timeout=2,
        sock=sock,
        max_queue=1 if rcvbuf is not None else 16,
    )
    await ws.send(_dumps(first))
    welcome = json.loads(await asyncio.wait_for(ws.recv(), 60))
    if welcome.get("type") != "welcome":
        await ws.close()
        raise RuntimeError(f"{path} auth refused: {welcome.get('code')} {welcome.get('message')}")
    return ws, welcome


async def sync(ws: ClientConnection, since: int) -> None:
    await ws.send(_dumps({"type": "sync", "since": since}))
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), 120))
        if frame.get("type") in ("synced", "resync"):
            return


async def bounded(n: int, jobs: list[Callable[[], Awaitable[Any]]]) -> list[Any]:
    """Run ``jobs`` at most ``n`` at a time (thousands of handshakes at once only time out)."""
    gate = asyncio.Semaphore(n)

    async def one(job: Callable[[], Awaitable[Any]]) -> Any:
        async with gate:
            return await job()

    return await asyncio.gather(*(one(j) for j in jobs))


class Pacer:
    """A client-side token bucket, so a connection stays under the server's per-connection limit."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst, self.tokens, self.last = rate, burst, burst, time.monotonic()

    async def take(self) -> None:
        while True:
            t = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (t - self.last) * self.rate)
            self.last = t
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


class Usage:
    """This process's CPU and its wait for a core between two points of the run."""

    def __init__(self) -> None:
        self.cpu0, self.wait0 = time.process_time(), proc_wait_seconds(os.getpid())

    def done(self) -> dict[str, float | None]:
        wait1 = proc_wait_seconds(os.getpid())
        wait = wait1 - self.wait0 if wait1 is not None and self.wait0 is not None else None
        return {"cpu_s": time.process_time() - self.cpu0, "wait_s": wait}


async def usage_from(t_ns: int) -> Usage:
    """This process's CPU counted from ``t_ns`` (the end of the warm-up)."""
    await sleep_until(t_ns)
    return Usage()


class Clock:
    """The run's times from the orchestrator's ``go`` line (monotonic ns)."""

    def __init__(self, go: str) -> None:
        parts = go.split()
        self.t0, self.t_end, self.t_stop = int(parts[1]), int(parts[2]), int(parts[3])
        self.t_warm = int(parts[4]) if len(parts) > 4 else self.t0

    def warming(self, due_ns: int) -> bool:
        """A message due before the end of the warm-up: its latency is counted apart. Compared in
        µs — the resolution of the due time a desk reads from the id — so the customer's process
        and the desks' put every message on the same side."""
        return due_ns // 1000 < self.t_warm // 1000

    def steady(self, t_ns: int) -> bool:
        """``t_ns`` falls in the measured part of the run (after the warm-up, before the deadline)."""
        return self.t_warm <= t_ns <= self.t_end


# --- customers -------------------------------------------------------------------------------
class Sender:
    def __init__(
        self, ws: ClientConnection, u: int, c: int, spec: dict[str, Any], stats: CustomerStats
    ) -> None:
        self.ws, self.u, self.c, self.spec, self.stats = ws, u, c, spec, stats
        self.inflight: dict[bytes, int] = {}
        self.space = asyncio.Event()
        pace = spec.get("pace")
        self.pacer = Pacer(*pace) if pace else None

    async def read(self, clock: Clock) -> None:
        st = self.stats
        try:
            while True:
                raw = await self.ws.recv(decode=False)
                t = now_ns()
                if b'"type":"sent"' in raw:
                    m = ID_PATTERN.search(raw)
                    due = self.inflight.pop(m.group(0), None) if m else None
                    if due is None:
                        continue
                    self.space.set()
                    if clock.steady(t):
                        st.acked_run += 1
                    if t <= clock.t_stop:
                        st.acked += 1
                        (st.warm_ack if clock.warming(due) else st.ack).add((t - due) / 1e6)
                elif b'"type":"error"' in raw:
                    code = json.loads(raw).get("code", "?")
                    st.errors[code] += 1
                    if code == "rate_limited" and self.inflight:  # that send was refused, not stored
                        self.inflight.pop(next(iter(self.inflight)))
                        self.space.set()
                else:
                    st.other_frames += 1
        except ConnectionClosed as exc:
            if now_ns() < clock.t_stop:
                st.closes[close_of(exc)] += 1

    async def send(self, clock: Clock) -> None:
        spec, st = self.spec, self.stats
        window = int(spec["window"])
        interval = spec.get("interval_ns")  # None: as fast as acks come back (max throughput)
        offset = int(spec.get("offset_ns", 0))
        await sleep_until(clock.t0)
        n = 0
        while True:
            due = clock.t0 + offset + n * interval if interval else now_ns()
            if due >= clock.t_end:
                break
            await sleep_until(due)
            while len(self.inflight) >= window and now_ns() < clock.t_end:
                self.space.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.space.wait(), (clock.t_end - now_ns()) / 1e9)
            if self.pacer is not None:
                await self.pacer.take()
            if not interval and now_ns() >= clock.t_end:
                break
            # at a rate, a message due before the deadline is sent however late this process woke
            # (its latency counts from its due time): dropping it made "offered" exceed "sent" by
            # the last message of a run whose sender woke a moment after T_END, and "delivered"
            # never reached 100 % (session 10)
            stamp = due if interval else now_ns()
            cmid = f"b{spec['tag']}.{self.u}.{self.c}.{n}.{stamp // 1000}"
            self.inflight[f'"client_msg_id":"{cmid}"'.encode()] = stamp
            try:
                await self.ws.send(_dumps({"type": "send", "body": BODY, "client_msg_id": cmid}))
            except ConnectionClosed:
                break
            st.sent += 1
            n += 1
        if interval:  # what was due before the deadline, sent or not
            st.offered += max(0, -(-(clock.t_end - clock.t0 - offset) // interval))
        else:
            st.offered += n


class CustomerStats:
    def __init__(self) -> None:
        self.offered = self.sent = self.acked = self.acked_run = self.other_frames = 0
        self.ack = Histogram()
        self.warm_ack = Histogram()  # messages due during the warm-up (``Clock.t_warm``)
        self.errors: Counter[str] = Counter()
        self.closes: Counter[str] = Counter()

    def to_json(self) -> dict[str, Any]:
        return {
            "offered": self.offered,
            "sent": self.sent,
            "acked": self.acked,
            "acked_run": self.acked_run,
            "ack_hist": self.ack.to_json(),
            "warm_ack_hist": self.warm_ack.to_json(),
            "errors": dict(self.errors),
            "closes": dict(self.closes),
            "other_frames": self.other_frames,
        }


async def warm_up(ws: ClientConnection, u: int) -> int:
    """One message before the run, to learn the conversation this customer writes into."""
    cmid = f"b0.{u}.0.0.{now_ns() // 1000}"
    await ws.send(_dumps({"type": "send", "body": BODY, "client_msg_id": cmid}))
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), 120))
        if frame.get("type") == "message" and frame["message"].get("client_msg_id") == cmid:
            return int(frame["message"]["conversation_id"])
        if frame.get("type") == "error":
            raise RuntimeError(f"warm-up message refused: {frame.get('code')} {frame.get('message')}")


async def customers(spec: dict[str, Any]) -> None:
    stats = CustomerStats()

    async def open_one(conn: dict[str, Any]) -> Sender:
        ws, welcome = await open_ws(spec["url"], "customer", {"type": "auth", "token": conn["token"]})
        if conn.get("sync", True):  # the web chat syncs; extra connections of one customer need not
            await sync(ws, int(welcome.get("head", 0)))
        return Sender(ws, conn["u"], conn["c"], {**spec, **conn}, stats)

    senders = await bounded(100, [lambda c=c: open_one(c) for c in spec["conns"]])
    conversations: dict[int, int] = {}
    active = [s for s in senders if not s.spec.get("idle")]
    if spec.get("warm_up"):
        for s in active:
            if s.u not in conversations and s.spec.get("sync", True):
                conversations[s.u] = await warm_up(s.ws, s.u)
    clock = await ready_and_go({"connections": len(senders), "conversations": conversations})
    readers = [asyncio.create_task(s.read(clock)) for s in senders]
    usage = asyncio.create_task(usage_from(clock.t_warm))
    await sleep_until(clock.t0)
    await asyncio.gather(*(s.send(clock) for s in active))
    await sleep_until(clock.t_end)
    used = (await usage).done()
    await sleep_until(clock.t_stop)
    for r in readers:
        r.cancel()
    await finish([s.ws for s in senders], {**stats.to_json(), **used})


# --- agents ----------------------------------------------------------------------------------
class DeskStats:
    def __init__(self) -> None:
        self.delivered = self.delivered_run = self.duplicates = self.out_of_order = 0
        self.frames = self.frame_bytes = self.events = self.summaries_frames = 0
        self.open = Histogram()
        self.inbox = Histogram()
        self.warm = Histogram()  # messages due during the warm-up, open and inbox alike
        self.closes: Counter[str] = Counter()
        self.stuck: list[str] = []

    def to_json(self) -> dict[str, Any]:
        return {
            "delivered": self.delivered,
            "delivered_run": self.delivered_run,
            "duplicates": self.duplicates,
            "out_of_order": self.out_of_order,
            "frames": self.frames,
            "frame_bytes": self.frame_bytes,
            "events": self.events,
            "open_hist": self.open.to_json(),
            "inbox_hist": self.inbox.to_json(),
            "warm_hist": self.warm.to_json(),
            "closes": dict(self.closes),
            "stuck": self.stuck,
        }


async def desk_reader(
    ws: ClientConnection, open_u: set[int], tag: bytes, clock: Clock, st: DeskStats
) -> None:
    """Count first arrivals per (sender connection, n): in order per sender, since a customer
    connection's messages are committed, and so delivered, in the order it sent them."""
    last: dict[bytes, int] = {}
    try:
        while True:
            raw = await ws.recv(decode=False)
            t = now_ns()
            if t < clock.t0 or t > clock.t_stop:
                continue
            in_run = clock.steady(t)
            if in_run:
                st.frames += 1
                st.frame_bytes += len(raw)
            created = b'"name":"message.created"' in raw
            seen_here: set[bytes] = set()
            for m in ID_PATTERN.finditer(raw):
                run, u, c, n, stamp = m.groups()
                if run != tag or c in seen_here:
                    continue
                seen_here.add(c)
                num = int(n)
                prev = last.get(c, -1)
                if num <= prev:
                    if num == prev and created:
                        st.duplicates += 1
                    elif num < prev:
                        st.out_of_order += 1
                    continue
                last[c] = num
                st.delivered += 1
                if in_run:
                    st.delivered_run += 1
                if clock.warming(int(stamp) * 1000):
                    hist = st.warm
                else:
                    hist = st.open if int(u) in open_u else st.inbox
                hist.add((t / 1000 - int(stamp)) / 1000)
            if created:
                st.events += 1
    except ConnectionClosed as exc:
        if now_ns() < clock.t_stop:
            st.closes[close_of(exc)] += 1


async def stuck_desk(ws: ClientConnection, clock: Clock, st: DeskStats) -> None:
    """A desk that never reads during the run (issue 25): afterwards, what became of it."""
    await sleep_until(clock.t_end)
    outcome = "still open, frames waiting"
    try:
        while True:
            data = await asyncio.wait_for(ws.recv(), max((clock.t_stop - now_ns()) / 1e9, 0.01))
            if isinstance(data, str) and '"type":"resync"' in data:
                outcome = "told to resync"
                break
    except TimeoutError:
        pass
    except ConnectionClosed as exc:
        outcome = f"closed by the server: {close_of(exc)}"
    st.stuck.append(outcome)


async def slow_desk(ws: ClientConnection, pause: float, clock: Clock, st: DeskStats) -> None:
    """A desk that reads one frame every ``pause`` seconds on a slow link (session 9): what became
    of it, and how many frames it read. Its arrivals stay out of the latency figures."""
    frames = 0
    outcome = "still open"
    try:
        while now_ns() < clock.t_stop:
            await asyncio.wait_for(ws.recv(decode=False), max((clock.t_stop - now_ns()) / 1e9, 0.01))
            frames += 1
            await asyncio.sleep(min(pause, max((clock.t_stop - now_ns()) / 1e9 - 0.02, 0.0)))
    except TimeoutError:
        pass
    except ConnectionClosed as exc:
        outcome = f"closed by the server: {close_of(exc)}"
        if now_ns() < clock.t_stop:
            st.closes[close_of(exc)] += 1
    st.stuck.append(f"slow desk, {frames} frames read: {outcome}")


async def agents(spec: dict[str, Any]) -> None:
    st = DeskStats()
    desks = spec["desks"]
    subscribe = bool(spec.get("subscribe"))

    async def open_one(desk: dict[str, Any]) -> ClientConnection:
        rcvbuf = 4096 if desk.get("slow") else None
        ws, welcome = await open_ws(spec["url"], "agent", {"type": "auth", "token": desk["token"]}, rcvbuf)
        await sync(ws, int(welcome.get("head", 0)))
        for conv in desk.get("open_conversations", []):
            await ws.send(_dumps({"type": "signal", "name": "viewing", "data": {"conversation_id": conv}}))
        if subscribe:
            await ws.send(
                _dumps(
                    {
                        "type": "req",
                        "id": "subscribe",
                        "method": SUBSCRIBE_METHOD,
                        "params": {"open": desk.get("open_conversations", []), "inbox": "summaries"},
                    }
                )
            )
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 60))
                if frame.get("type") == "res" and frame.get("id") == "subscribe":
                    break
            if not frame.get("ok"):
                err = frame.get("error") or {}
                raise RuntimeError(
                    f"the server refused {SUBSCRIBE_METHOD} ({err.get('code')}: {err.get('message')}): "
                    "subscriptions (issue 25 item 3) are not in the protocol yet; run without --subscribe"
                )
        return ws

    conns = await bounded(100, [lambda d=d: open_one(d) for d in desks])
    clock = await ready_and_go({"connections": len(conns)})
    tag = str(spec["tag"]).encode()
    tasks = []
    for ws, desk in zip(conns, desks, strict=True):
        if desk.get("stuck"):
            tasks.append(asyncio.create_task(stuck_desk(ws, clock, st)))
        elif desk.get("slow"):
            tasks.append(asyncio.create_task(slow_desk(ws, float(desk["slow"]), clock, st)))
        else:
            tasks.append(asyncio.create_task(desk_reader(ws, set(desk.get("open_u", [])), tag, clock, st)))
    await sleep_until(clock.t_warm)
    usage = Usage()
    await sleep_until(clock.t_end)
    used = usage.done()
    await sleep_until(clock.t_stop)
    await asyncio.sleep(0.05)
    for t in tasks:
        t.cancel()
    await finish(conns, {**st.to_json(), **used, "desks": len(conns)})


# --- probe: agent requests during the load ----------------------------------------------------
async def probe(spec: dict[str, Any]) -> None:
    ws, _ = await open_ws(spec["url"], "agent", {"type": "auth", "token": spec["token"]})
    clock = await ready_and_go({"connections": 1})
    methods: list[tuple[str, dict[str, Any]]] = [(m, p) for m, p in spec["requests"]]
    pending: dict[str, tuple[str, int]] = {}
    hists: dict[str, Histogram] = {m: Histogram() for m, _ in methods}
    failed: Counter[str] = Counter()
    closes: Counter[str] = Counter()

    async def read() -> None:
        try:
            async for data in ws:
                t = now_ns()
                frame = json.loads(data)
                if frame.get("type") != "res":
                    continue
                sent = pending.pop(str(frame.get("id")), None)
                if sent is None:
                    continue
                if not frame.get("ok"):
                    failed[f"{sent[0]}: {(frame.get('error') or {}).get('code')}"] += 1
                hists[sent[0]].add((t - sent[1]) / 1e6)
        except ConnectionClosed as exc:
            closes[close_of(exc)] += 1

    reader = asyncio.create_task(read())
    interval = int(float(spec["interval_s"]) * 1e9)
    n = 0
    while True:
        due = clock.t0 + n * interval
        if due >= clock.t_end:
            break
        await sleep_until(due)
        method, params = methods[n % len(methods)]
        pending[str(n)] = (method, now_ns())
        with contextlib.suppress(ConnectionClosed):
            await ws.send(_dumps({"type": "req", "id": str(n), "method": method, "params": params}))
        n += 1
    await sleep_until(clock.t_stop)
    reader.cancel()
    for method, sent in pending.values():  # never answered: counted with the time waited so far
        hists[method].add((clock.t_stop - sent) / 1e6)
    await finish(
        [ws],
        {
            "requests": n,
            "unanswered": len(pending),
            "failed": dict(failed),
            "closes": dict(closes),
            "hists": {m: h.to_json() for m, h in hists.items()},
        },
    )


# --- idle connections -------------------------------------------------------------------------
async def idle(spec: dict[str, Any]) -> None:
    failures: Counter[str] = Counter()

    async def open_one(conn: dict[str, Any]) -> ClientConnection | None:
        try:
            ws, welcome = await open_ws(spec["url"], conn["path"], {"type": "auth", "token": conn["token"]})
            await sync(ws, int(welcome.get("head", 0)))
            return ws
        except Exception as exc:
            failures[type(exc).__name__ + ": " + str(exc)[:80]] += 1
            return None

    opened = [ws for ws in await bounded(50, [lambda c=c: open_one(c) for c in spec["conns"]]) if ws]
    print("ready " + _dumps({"connections": len(opened), "failures": dict(failures)}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    still = sum(1 for ws in opened if ws.state.name == "OPEN")
    await finish(opened, {"connections": len(opened), "still_open": still, "failures": dict(failures)})


# --- plumbing ---------------------------------------------------------------------------------
async def ready_and_go(info: dict[str, Any]) -> Clock:
    print("ready " + _dumps(info), flush=True)
    line = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    if not line.startswith("go "):
        raise SystemExit(0)  # the orchestrator gave up
    return Clock(line)


async def finish(conns: list[ClientConnection], result: dict[str, Any]) -> None:
    print("result " + _dumps(result), flush=True)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(asyncio.gather(*(ws.close() for ws in conns), return_exceptions=True), 3)
    for ws in conns:
        ws.transport.abort()


ROLES: dict[str, Callable[[dict[str, Any]], Awaitable[None]]] = {
    "customers": customers,
    "agents": agents,
    "probe": probe,
    "idle": idle,
}


def main() -> None:
    role, spec_path = sys.argv[1], sys.argv[2]
    spec = json.loads(Path(spec_path).read_text())
    raise_fd_limit(len(spec.get("conns", spec.get("desks", []))) + 256)
    try:
        asyncio.run(ROLES[role](spec))
    except Exception as exc:  # before "ready": the orchestrator reports it and stops
        print(f"error {role}: {type(exc).__name__}: {exc}", flush=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
