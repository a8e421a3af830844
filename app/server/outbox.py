"""Every frame a connection gets goes through its ``Outbox``: no task, no coroutine per connection.

``put`` only queues. Once per turn of the event loop the :class:`Flusher` writes each connection's
queued frames straight to its transport, joined into ONE write (so a group commit of 50 events
costs a desk one system call, not 50), the way ``websockets.broadcast`` writes: synchronously,
with no backpressure of its own. An event sent to many connections is framed once per turn
(server frames are unmasked; a connection with an extension — compression — is framed by its own
protocol object). The bound is ours:

- a connection whose transport holds more than ``max_pending_bytes`` unsent, or has held unsent
  data without draining for ``stall_seconds``, is too slow: it is closed with 1008 "too slow:
  resume with sync" (logged, with the reason) and never written to again; its desk reconnects and
  catches up from the event log (``sync`` from its last seq);
- keepalive (``ping_interval``/``ping_timeout``) closes one that stopped reading altogether.

A connection whose fan-out is coalesced state (``coalesced``: a desk on inbox summaries, which
skips summary rounds while its last frame has not left, ``summaries.py``) is stalled only when it
stops draining: for it, any progress (bytes its peer took since the last look) restarts the
``stall_seconds`` clock, where for the others only an empty buffer does (session 9). A desk that
reads slower than the floor changes is then no longer closed for it: it gets fewer, fuller
summaries. Every connection keeps the ``max_pending_bytes`` bound, and a connection that takes
nothing for ``stall_seconds`` is closed as before.

Such a connection's socket also gets ``TCP_NOTSENT_LOWAT`` (``NOTSENT_LOWAT``, Linux): without it
the kernel takes every write while its send buffer grows (up to ``tcp_wmem``'s 4 MB), so a slow
desk's backlog sat in the kernel, out of the outbox's sight: no round was ever skipped, and the
keepalive ping queued behind minutes of summaries closed it 1011 (``floor_load.py --slow-desks``).
With it the kernel holds at most that much not yet sent to the peer and the rest stays in the
transport, where the summary window sees it and skips. A desk that reads keeps an empty queue, so
nothing changes for it.

A replay waits for its connection to drain between pages (:meth:`Outbox.drained`), so a ``sync``
never piles a whole log into memory.

An ack must not wait for fan-out (issue 25): at 1,500 desks one ``summary`` round is 1,500 socket
writes, tens of milliseconds in one go. So the flusher has two lanes. Frames ``put`` with
``urgent=True`` (a customer's acks and events, an agent's answers to its requests) are written at
the start of every flush; the rest (fan-out to desks) goes out in slices of at most
``SLICE_OUTBOXES`` connections or about ``SLICE_SECONDS``, the loop reading sockets and taking commits
between slices. Each connection's own frames stay in the order they were put (an urgent frame takes
the frames queued before it along); only connections are reordered against each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
import time

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode
from websockets.protocol import State

from app.protocol.errors import CloseCode

log = logging.getLogger(__name__)
NOTSENT_LOWAT = 64 * 1024  # a coalesced connection's kernel queue of bytes not sent yet, at most
_DEFAULT_LOWAT = 0  # a socket's own default: the system's net.ipv4.tcp_notsent_lowat (no limit)
TOO_SLOW = "too slow: resume with sync"
SWEEP_SECONDS = 1.0
SLICE_OUTBOXES = 256  # fan-out: connections written per turn of the loop, at most
SLICE_SECONDS = 0.004  # ... and for about this long (the clock is read every 16 connections)


class Flusher:
    """Writes the frames every outbox queued during this turn of the loop; watches slow ones."""

    def __init__(self, loop: asyncio.AbstractEventLoop, max_pending_bytes: int, stall_seconds: float) -> None:
        self.loop = loop
        self.max_pending_bytes = max_pending_bytes
        self.stall_seconds = stall_seconds
        self._dirty: list[Outbox] = []  # fan-out lane, oldest first
        self._urgent: list[Outbox] = []  # written first, every flush
        self._scheduled = False
        self._framed: dict[int, tuple[bytes, bytes]] = {}  # this turn: id(data) → (data, its frame)
        self._backlogged: set[Outbox] = set()
        self._sweep: asyncio.TimerHandle | None = None
        self.frames_written = 0  # frames handed to transports (the bench's frames/s, the docs' figures)
        self.writes = 0  # transport writes (one per connection per flush that had frames): /metrics

    def mark(self, outbox: Outbox, urgent: bool = False) -> None:
        (self._urgent if urgent else self._dirty).append(outbox)
        if not self._scheduled:
            self._scheduled = True
            self.loop.call_soon(self.flush)

    def put_many(self, outboxes: list[Outbox], data: bytes) -> None:
        """``Outbox.put(data)`` on each of ``outboxes`` (the fan-out lane, unless an outbox is
        ``urgent``), in one call: a summary round puts one frame to each of 2,500 desks (with the
        single-frame write below, ~10 % less CPU per summary frame: ``bench/summary_round.py``)."""
        mark = self.mark
        for outbox in outboxes:
            if outbox.closed:
                continue
            frames = outbox._frames
            if outbox.urgent or outbox._flusher is not self:
                outbox.put(data)
            elif frames is not None:
                frames.append(data)
            else:
                outbox._frames = [data]
                outbox._urgent_marked = False
                mark(outbox)

    def flush(self) -> None:
        """The urgent lane in full, then one slice of the fan-out lane; another turn for the rest.

        An outbox may sit in both lanes or twice in one: ``write_now`` writes what it holds, once."""
        self._scheduled = False
        urgent, self._urgent = self._urgent, []
        dirty = self._dirty
        deadline = time.monotonic() + SLICE_SECONDS
        done = 0
        try:
            for outbox in urgent:
                outbox.write_now()
            while done < len(dirty) and done < SLICE_OUTBOXES:
                outbox = dirty[done]
                done += 1
                outbox.write_now()
                if not done & 15 and time.monotonic() > deadline:  # the clock every 16 writes
                    break
        finally:
            del dirty[:done]
            self._framed.clear()  # a frame is built once per slice (a few times per round of fan-out)
            if dirty and not self._scheduled:
                self._scheduled = True
                self.loop.call_soon(self.flush)

    def framed(self, data: bytes) -> bytes:
        """``data`` as one unmasked text frame, built once per turn however many connections
        without extensions (no compression: the desk's, the bench's) get the same event."""
        key = id(data)
        found = self._framed.get(key)
        if found is None or found[0] is not data:
            found = (data, Frame(Opcode.TEXT, data).serialize(mask=False))
            self._framed[key] = found
        return found[1]

    def backlogged(self, outbox: Outbox) -> None:
        self._backlogged.add(outbox)
        if self._sweep is None:
            self._sweep = self.loop.call_later(SWEEP_SECONDS, self._check_backlogs)

    def _check_backlogs(self) -> None:
        self._sweep = None
        now = time.monotonic()
        for outbox in list(self._backlogged):
            if outbox.closed or outbox.buffered() == 0:
                self._backlogged.discard(outbox)
                outbox.backlog_since = None
            elif outbox.coalesced and outbox.progressed():
                outbox.backlog_since = now  # slow, not stalled: its peer took bytes since the last look
            elif outbox.backlog_since is not None and now - outbox.backlog_since > self.stall_seconds:
                self._backlogged.discard(outbox)
                outbox.too_slow(f"nothing drained for {now - outbox.backlog_since:.0f} s")
        if self._backlogged:
            self._sweep = self.loop.call_later(SWEEP_SECONDS, self._check_backlogs)

    def stop(self) -> None:
        if self._sweep is not None:
            self._sweep.cancel()
            self._sweep = None


class Outbox:
    __slots__ = (
        "_drained_mark",
        "_flusher",
        "_frames",
        "_urgent_marked",
        "_ws",
        "backlog_since",
        "closed",
        "coalesced",
        "name",
        "sent_bytes",
        "urgent",
    )

    def __init__(self, ws: ServerConnection, flusher: Flusher, name: str = "", urgent: bool = False) -> None:
        self._ws = ws
        self._flusher = flusher
        self._frames: list[bytes] | None = None
        self._urgent_marked = False
        self.urgent = urgent  # every frame of this connection takes the urgent lane (a customer's)
        self.closed = False
        self.backlog_since: float | None = None
        self.name = name  # who, for the log
        self.coalesced = False  # a summaries desk: stalled only when it stops draining (see above)
        self.sent_bytes = 0  # bytes handed to the transport, ever
        self._drained_mark = 0  # of those, how many had left it at the last look (``progressed``)

    @property
    def flusher(self) -> Flusher:
        return self._flusher

    def put(self, frame: str | bytes, urgent: bool = False) -> None:
        """Queue ``frame``; ``urgent``: it (and what this connection queued before it) leaves at the
        start of the next flush, ahead of fan-out to other connections (an answer, an ack)."""
        if self.closed:
            return
        data = frame.encode() if isinstance(frame, str) else frame
        urgent = urgent or self.urgent
        if self._frames is None:
            self._frames = [data]
            self._urgent_marked = urgent
            self._flusher.mark(self, urgent)
        else:
            self._frames.append(data)
            if urgent and not self._urgent_marked:
                self._urgent_marked = True
                self._flusher.mark(self, True)

    def write_now(self) -> None:
        """Frame and write what is queued, in one transport write (the flusher calls it)."""
        frames, self._frames = self._frames, None
        self._urgent_marked = False
        if not frames or self.closed:
            return
        ws = self._ws
        protocol = ws.protocol
        if protocol.state is not State.OPEN:
            return  # closing: the library finishes the handshake; nothing more for this peer
        flusher = self._flusher
        transport = ws.transport
        try:
            if protocol.extensions:  # per-connection state (compression): the protocol frames them
                for data in frames:
                    protocol.send_text(data)
                chunk = b"".join(protocol.data_to_send())
            elif len(frames) == 1:  # a summary round's one frame per desk: no list, no join
                chunk = flusher.framed(frames[0])
            else:
                chunk = b"".join([flusher.framed(data) for data in frames])
            transport.write(chunk)
        except Exception as exc:  # a transport that broke under us: the read loop sees the close
            log.info("writing to %s failed: %s", self.name or "a connection", type(exc).__name__)
            self.closed = True
            return
        flusher.frames_written += len(frames)
        flusher.writes += 1
        self.sent_bytes += len(chunk)
        buffered = 0 if transport.is_closing() else transport.get_write_buffer_size()  # as buffered()
        if not buffered:
            self.backlog_since = None
        elif buffered > flusher.max_pending_bytes:
            self.too_slow(f"{buffered} bytes waiting")
        elif self.backlog_since is None:
            self.backlog_since = time.monotonic()
            self._drained_mark = self.sent_bytes - buffered
            flusher.backlogged(self)

    def progressed(self) -> bool:
        """Whether the peer took any bytes since the last call (or since the backlog began)."""
        drained = self.sent_bytes - self.buffered()
        if drained > self._drained_mark:
            self._drained_mark = drained
            return True
        return False

    def set_coalesced(self, coalesced: bool) -> None:
        """Mark this connection as a summaries desk (or not) — see the module's docstring."""
        if coalesced == self.coalesced:
            return
        self.coalesced = coalesced
        transport = self._ws.transport
        sock = None if transport is None else transport.get_extra_info("socket")
        option = getattr(socket, "TCP_NOTSENT_LOWAT", None)
        if sock is None or option is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
            return
        with contextlib.suppress(OSError, TypeError):  # a test's stand-in socket, an odd platform
            value = NOTSENT_LOWAT if coalesced else _DEFAULT_LOWAT
            sock.setsockopt(socket.IPPROTO_TCP, option, struct.pack("I", value))  # unsigned in the kernel

    def buffered(self) -> int:
        transport = self._ws.transport
        return 0 if transport is None or transport.is_closing() else transport.get_write_buffer_size()

    def unsent(self) -> int:
        """Bytes this connection has not taken yet: in its transport, and queued here for a flush
        to come (a round's slices can leave a frame queued for a few turns)."""
        frames = self._frames
        return self.buffered() + (sum(map(len, frames)) if frames else 0)

    def too_slow(self, why: str) -> None:
        """Stop writing to this connection and close it: its desk resumes with ``sync``."""
        if self.closed:
            return
        self.closed = True
        self._frames = None
        log.warning("closing %s: too slow (%s)", self.name or "a connection", why)
        self._flusher.loop.create_task(_close(self._ws, CloseCode.POLICY, TOO_SLOW))

    async def drained(self) -> None:
        """Write what is queued now and wait until the transport is below its low-water mark
        (a replay page at a time)."""
        if self._frames:
            self.write_now()
        if not self.closed:
            with contextlib.suppress(Exception):
                await self._ws.drain()

    async def flush(self, timeout: float = 5.0) -> None:
        """Write what is queued and wait (at most ``timeout``) until the peer has taken it all."""
        deadline = time.monotonic() + timeout
        if self._frames:
            self.write_now()
        while not self.closed and self.buffered() and time.monotonic() < deadline:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._ws.drain(), max(deadline - time.monotonic(), 0.01))
            if self.buffered():
                await asyncio.sleep(0.01)

    async def aclose(self) -> None:
        self.closed = True
        self._frames = None


async def _close(ws: ServerConnection, code: int, reason: str) -> None:
    with contextlib.suppress(ConnectionClosed, Exception):
        await ws.close(code, reason)
