"""Keepalive for every connection from one timer, not one task per connection (issue 25).

websockets' own keepalive runs a task per connection that sleeps ``ping_interval``, sends a ping
through ``send_context`` (an async context manager, a lock, a future) and waits for the pong under
``asyncio.timeout``. With 5,000 connections and a ping every 10 s that is 500 such rounds a second:
py-spy put **15 % of the event loop** there in session 7's 2,500 + 2,500 floor (``Connection.
keepalive`` inclusive), more than the fan-out's summary rounds.

:class:`Keepalive` keeps the same contract — a peer that has not been heard from within
``ping_timeout`` of a ping is closed with 1011 "keepalive ping timeout", exactly as websockets
closes it — from one timer:

- connections are spread over ``buckets`` (one per ~second of ``ping_interval``); each tick visits
  one bucket, so every connection is visited once per ``ping_interval``;
- a connection heard from since its last visit (any bytes: a frame, a pong, the client's own
  ping) is alive and gets no ping — a busy customer or a desk that asks for things costs nothing;
- the others get a ping, written straight to the transport (no coroutine, no future); the pong is
  any bytes heard afterwards, so the ping's payload matters to nobody (websockets ignores a pong
  it did not ask for);
- each tick checks the connections waiting for an answer: heard → done; silent for
  ``ping_timeout`` → closed through websockets (``protocol.fail``), as its keepalive does.

A connection registers when websockets would start its keepalive (after the handshake) and leaves
when the connection is lost. An idle peer is pinged every ``ping_interval``, as before. A peer that
goes silent after talking is pinged at most ``2 × ping_interval`` after its last sign of life (the
visit after it was heard skips the ping), so a dead peer is closed within ``2 × ping_interval +
ping_timeout`` of it (35 s with the defaults; websockets: ``ping_interval + ping_timeout``, 25 s).
A desk that stops reading while it is sent frames is closed sooner by the outbox (``outbox.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math

from websockets.asyncio.server import ServerConnection
from websockets.frames import CloseCode
from websockets.protocol import State

log = logging.getLogger(__name__)
PING_PAYLOAD = b"agentdesk"
TIMEOUT_REASON = "keepalive ping timeout"  # websockets' own wording: logs and clients see the same


class Keepalive:
    def __init__(
        self, loop: asyncio.AbstractEventLoop, ping_interval: float, ping_timeout: float | None
    ) -> None:
        self.loop = loop
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.buckets_count = max(1, min(10, math.ceil(ping_interval)))
        self.tick = ping_interval / self.buckets_count
        self._buckets: list[set[KeepaliveConnection]] = [set() for _ in range(self.buckets_count)]
        self._next_bucket = 0  # where the next connection goes (round-robin: buckets stay even)
        self._turn = 0  # the bucket the next tick visits
        self._waiting: dict[KeepaliveConnection, float] = {}  # pinged, not heard since → when
        self._timer: asyncio.TimerHandle | None = None
        self.pings = 0  # pings written (tests, /metrics)
        self.timeouts = 0  # connections closed for not answering

    def add(self, conn: KeepaliveConnection) -> None:
        bucket = self._next_bucket
        self._next_bucket = (bucket + 1) % self.buckets_count
        conn.keepalive_bucket = bucket
        conn.heard = False
        self._buckets[bucket].add(conn)
        if self._timer is None:
            self._timer = self.loop.call_later(self.tick, self._on_tick)

    def discard(self, conn: KeepaliveConnection) -> None:
        bucket = conn.keepalive_bucket
        if bucket is not None:
            self._buckets[bucket].discard(conn)
            conn.keepalive_bucket = None
        self._waiting.pop(conn, None)

    def __len__(self) -> int:
        return sum(len(b) for b in self._buckets)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_tick(self) -> None:
        self._timer = None
        try:
            now = self.loop.time()
            self._check_waiting(now)
            self._visit(self._buckets[self._turn], now)
            self._turn = (self._turn + 1) % self.buckets_count
        finally:
            if any(self._buckets):
                self._timer = self.loop.call_later(self.tick, self._on_tick)

    def _check_waiting(self, now: float) -> None:
        timeout = self.ping_timeout
        for conn, since in list(self._waiting.items()):
            if conn.heard:  # the answer: it counts for this ping, not as a sign of life for the next
                conn.heard = False
                del self._waiting[conn]
            elif timeout is not None and now - since >= timeout:
                del self._waiting[conn]
                self.timeouts += 1
                self.loop.create_task(_fail(conn))

    def _visit(self, bucket: set[KeepaliveConnection], now: float) -> None:
        waiting = self._waiting
        for conn in bucket:
            if conn in waiting:
                continue  # a ping is out: answered or timed out in _check_waiting
            if conn.heard:
                conn.heard = False  # alive during the last interval: no ping needed
                continue
            if conn.protocol.state is not State.OPEN:
                continue  # closing: the library finishes the closing handshake
            try:
                conn.protocol.send_ping(PING_PAYLOAD)
                conn.transport.write(b"".join(conn.protocol.data_to_send()))
            except Exception as exc:  # a transport that broke under us: connection_lost follows
                log.info("keepalive ping failed: %s", type(exc).__name__)
                continue
            self.pings += 1
            waiting[conn] = now


async def _fail(conn: KeepaliveConnection) -> None:
    """Close as websockets' keepalive does on a missing pong (1011, then the TCP close)."""
    with contextlib.suppress(Exception):
        async with conn.send_context():
            conn.protocol.fail(CloseCode.INTERNAL_ERROR, TIMEOUT_REASON)


class KeepaliveConnection(ServerConnection):
    """A websockets server connection kept alive by the shared :class:`Keepalive` (the class
    attribute ``shared_keepalive``; ``None``: websockets' own task per connection, as before)."""

    shared_keepalive: Keepalive | None = None
    keepalive_bucket: int | None = None
    heard = False  # any bytes from the peer since the sweeper last looked

    def data_received(self, data: bytes) -> None:
        self.heard = True
        super().data_received(data)

    def start_keepalive(self) -> None:
        if self.shared_keepalive is None or self.ping_interval is None:
            super().start_keepalive()
        else:
            self.shared_keepalive.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.shared_keepalive is not None:
            self.shared_keepalive.discard(self)
        super().connection_lost(exc)
