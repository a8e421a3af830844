r"""Several nodes on one PostgreSQL: ``LISTEN``/``NOTIFY`` carries the seq, the log carries the events.

- Every writer transaction that appended events ends with ``pg_notify('agentdesk_log', '<the
  log's head> <node> <epoch seconds>')`` (a ``before_commit`` hook on the writer's sessions; a
  transaction without events has nothing to announce, and its notification would only wake every
  node and take PostgreSQL's notify lock through its commit). PostgreSQL delivers a notification
  only when its transaction commits, so the seq it carries is committed. A node skips its own
  notifications: its commits reach it from memory (``committed``), and reading them back from the
  log would only delay them. The node and time are for that and for :mod:`~app.server.bus.stats`;
  a bare seq (an older build's payload) is still understood.
- Each node keeps one connection that ``LISTEN``\ s on ``agentdesk_log`` and ``agentdesk_relay``.
  A seq above what it has published wakes its :class:`~app.server.bus.sequencer.Sequencer`, which
  reads the log from its last seq on a connection of its own (``agentdesk-bus-read``: one
  statement on the loop — no reader thread to wait for, no pool, no transaction to open and
  close around it): a lost or late notification (a dropped
  listening connection, a node that was busy) is only a delay, caught up by the next one or by the
  poll every ``poll_interval`` seconds; never a gap.
- Signals, logouts and heartbeats (:mod:`~app.server.bus.relay`) go out on ``agentdesk_relay``
  from a second connection, as JSON with the sending node's name (a node ignores its own).
- Presence lives in every node's memory (cover routing reads it on the database thread): each
  node applies the ``agent.presence`` events it publishes, and a starting node reads the last one
  of each agent from the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import psycopg
import psycopg.sql
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.protocol.events import AgentPresenceChanged
from app.server.bus import log as event_log
from app.server.bus import relay
from app.server.bus.sequencer import Sequencer
from app.server.bus.stats import BusStats
from app.server.db.executor import DbExecutor
from app.server.hub import Hub
from app.server.repos.repo_events import APPENDED_KEY, StoredEvent

log = logging.getLogger(__name__)
LOG_CHANNEL = "agentdesk_log"
RELAY_CHANNEL = "agentdesk_relay"
LISTENER_NAME = "agentdesk-bus-listen"
SENDER_NAME = "agentdesk-bus-relay"
READER_NAME = "agentdesk-bus-read"
MAX_PAYLOAD = 7900  # PostgreSQL's limit is 8000 bytes
#: the writer's batching delay under load (``DbExecutor.gather``), seconds
GATHER = 0.003
_NOTIFY = sa.text(
    f"SELECT pg_notify('{LOG_CHANNEL}', (SELECT coalesce(max(seq), 0) FROM events)::text"
    " || ' ' || :node || ' ' || extract(epoch FROM clock_timestamp())::text)"
)


def notify_on_commit(sessions: sessionmaker[Session], node: str) -> None:
    """The writer's side of the bus: a ``before_commit`` hook on ``sessions``."""

    def notify_head(session: Session) -> None:
        if not session.info.get(APPENDED_KEY) or session.in_nested_transaction():
            return  # a savepoint's commit: the transaction's own commit notifies
        if not notify_and_commit(session, node):
            session.execute(_NOTIFY, {"node": node})

    event.listen(sessions, "before_commit", notify_head)


def notify_and_commit(session: Session, node: str) -> bool:
    """Send the notification and the COMMIT in ONE round trip (the simple query protocol runs
    several statements; the node's name goes in as a quoted literal, since that protocol takes no
    parameters), from the session's ``before_commit``: the session is flushed first, so nothing of
    the transaction is left to write after it. PostgreSQL still delivers the notification only if
    the COMMIT succeeds; a COMMIT that fails raises here, out of ``Session.commit``, as it would
    have from the driver's own commit (which then finds the transaction ended and sends nothing).
    False — nothing sent — when the session still has changes after its flush or its connection is
    not a plain psycopg one in a transaction: the caller then notifies as a statement of its own."""
    session.flush()
    if session.new or session.dirty or session.deleted:
        return False
    connection = session.connection()
    raw = connection.connection.driver_connection
    if not isinstance(raw, psycopg.Connection):
        return False
    if raw.info.transaction_status != psycopg.pq.TransactionStatus.INTRANS:
        return False
    statement = psycopg.sql.SQL(
        "SELECT pg_notify({channel}, (SELECT coalesce(max(seq), 0) FROM events)::text"
        " || ' ' || {node} || ' ' || extract(epoch FROM clock_timestamp())::text); COMMIT"
    ).format(channel=psycopg.sql.Literal(LOG_CHANNEL), node=psycopg.sql.Literal(node))
    # no parameters: psycopg sends it as one simple query; through SQLAlchemy, so a failure is
    # wrapped (``IntegrityError``, ``OperationalError`` …) as one from its own commit would be
    connection.exec_driver_sql(statement.as_string(raw))
    return True


def conninfo(db_url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (``postgresql+psycopg://…``)."""
    return make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)


class PostgresBus:
    def __init__(
        self,
        hub: Hub,
        presence: dict[str, Any],
        db: DbExecutor,
        db_url: str,
        node: str,
        *,
        poll_interval: float = 1.0,
        heartbeat: float = 2.0,
    ) -> None:
        self.hub = hub
        self.presence = presence
        self.db = db
        self.node = node
        self._conninfo = conninfo(db_url)  # + application_name per connection (pg_stat_activity)
        self._poll_interval = poll_interval
        self._heartbeat = heartbeat
        self._loop: asyncio.AbstractEventLoop | None = None
        self.sequencer: Sequencer | None = None
        self._outgoing: asyncio.Queue[str] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._members: dict[str, tuple[float, frozenset[str]]] = {}  # node → (expires, usernames)
        self._members_due = False
        self._listening = asyncio.Event()
        self.stats = BusStats()
        self._heard: list[tuple[int, float]] = []  # (seq, when heard): notifications not read yet
        self._answering = False  # the next publish is of a read that answered a notification
        self._reader: psycopg.AsyncConnection[Any] | None = None  # the log's reads (``_read_log``)

    # --- the writer's side -------------------------------------------------------------------
    def install(self, sessions: sessionmaker[Session]) -> None:
        """Every transaction of the writer's sessions that appended events notifies the log's head
        when it commits — in the COMMIT's own round trip (:func:`notify_and_commit`). Under load
        the writer waits ``GATHER`` seconds for more requests before a batch (``DbExecutor._gather``):
        each commit here wakes every other node for a log read."""
        notify_on_commit(sessions, self.node)
        self.db.gather = GATHER

    # --- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = loop = asyncio.get_running_loop()
        self.sequencer = Sequencer(loop, self._publish, self._read_after)
        self.sequencer.start_at(await self.db.read(event_log.head))
        board = await self.db.read(event_log.presence_board)
        for username, state in board.items():
            if state == "offline":
                self.presence.pop(username, None)
            else:
                self.presence[username] = state
        self._tasks = [
            loop.create_task(self._listen()),
            loop.create_task(self._send()),
            loop.create_task(self._every(self._poll_interval, self._poll)),
            loop.create_task(self._every(self._heartbeat, self._announce)),
        ]
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), 10)  # else it keeps trying (logged)
        log.info("event bus: PostgreSQL LISTEN/NOTIFY, node %s", self.node)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(BaseException):
                await task
        self._tasks = []
        if self.sequencer is not None:
            await self.sequencer.stop()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await self._reader.close()
            self._reader = None

    # --- the log -----------------------------------------------------------------------------
    def committed(self, events: list[StoredEvent]) -> None:
        if self.sequencer is not None:  # else not started: nobody is connected yet
            self.sequencer.local(events)

    def _publish(self, events: list[StoredEvent]) -> None:
        started = time.perf_counter()
        self.hub.publish(events)
        if self._answering:  # a batch another node's notification asked for
            self._answering = False
            self.stats.add("publish", (time.perf_counter() - started) * 1000)
        for ev in events:
            if isinstance(ev.payload, AgentPresenceChanged):
                if ev.payload.presence == "offline":
                    self.presence.pop(ev.payload.username, None)
                else:
                    self.presence[ev.payload.username] = ev.payload.presence

    async def _read_after(self, after: int, limit: int) -> list[StoredEvent]:
        found = await self._read_log(after, limit)
        self.stats.reads += 1
        if found and self._heard:
            now, last = time.perf_counter(), found[-1].seq
            for seq, heard in self._heard:
                if seq <= last:
                    self.stats.add("read", (now - heard) * 1000)
                    self._answering = True
            self._heard = [(seq, heard) for seq, heard in self._heard if seq > last]
        return found

    async def _read_log(self, after: int, limit: int) -> list[StoredEvent]:
        """``log.events_after`` in one autocommit statement (one snapshot, taken after the
        notification arrived, so it sees that commit and every lower seq). A failure drops the
        connection: the sequencer tries again, on a fresh one."""
        try:
            if self._reader is None or self._reader.closed:
                self._reader = await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name=READER_NAME
                )
            params = {"after": after, "limit": limit}
            cursor = await self._reader.execute(event_log.events_after_sql(), params)
            rows = await cursor.fetchall()
        except Exception:
            reader, self._reader = self._reader, None
            if reader is not None:
                with contextlib.suppress(Exception):
                    await reader.close()
            raise
        return event_log.stored_rows(rows)

    def _heard_log(self, payload: str) -> None:
        """A notification on the log's channel: news from another node wakes the sequencer."""
        note = parse_note(payload)
        if note is None:
            return
        seq, node, sent = note
        if node == self.node:
            self.stats.own_notifications += 1
            return
        assert self.sequencer is not None
        if seq <= self.sequencer.head:
            return
        self.stats.notifications += 1
        if sent is not None:
            self.stats.add("notify", (time.time() - sent) * 1000)
        if len(self._heard) < 1000:
            self._heard.append((seq, time.perf_counter()))
        self.sequencer.notified(seq)

    def metrics(self) -> list[str]:
        if self.sequencer is not None:
            self.stats.remote_events = self.sequencer.remote_events
        return self.stats.metrics(self.node)

    async def _poll(self) -> None:
        assert self.sequencer is not None
        self.sequencer.notified(await self.db.read(event_log.head))

    # --- relays ------------------------------------------------------------------------------
    def relay(self, message: relay.Message) -> None:
        payload = relay.encode(self.node, message)
        if len(payload.encode()) > MAX_PAYLOAD:
            log.warning("a %s relay is too large to send to other nodes", type(message).__name__)
            return
        self._outgoing.put_nowait(payload)

    def members_changed(self) -> None:
        if not self._members_due and self._loop is not None:
            self._members_due = True
            self._loop.call_soon(self._announce_now)

    def _announce_now(self) -> None:
        self._members_due = False
        self.relay(relay.Members(sorted(g.principal.username for g in self.hub.groups())))

    async def _announce(self) -> None:
        self._announce_now()

    def connected_elsewhere(self, username: str) -> bool:
        now = time.monotonic()
        return any(expires > now and username in names for expires, names in self._members.values())

    def _received(self, payload: str) -> None:
        envelope = relay.decode(payload)
        if envelope is None or envelope.node == self.node:
            return
        message = envelope.message
        if isinstance(message, relay.Deliver):
            relay.deliver(self.hub, message.deliveries)
        elif isinstance(message, relay.Revoke):
            closed = relay.close_session(
                self.hub, message.agent_id, message.token_hash, message.session_started_at
            )
            if closed:
                assert self._loop is not None
                self._loop.create_task(relay.close_all(closed))
        elif isinstance(message, relay.Members):
            expires = time.monotonic() + 3 * self._heartbeat
            self._members[envelope.node] = (expires, frozenset(message.usernames))

    # --- connections -------------------------------------------------------------------------
    async def _listen(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name=LISTENER_NAME
                ) as conn:
                    await conn.execute(f"LISTEN {LOG_CHANNEL}")
                    await conn.execute(f"LISTEN {RELAY_CHANNEL}")
                    self._listening.set()
                    await self._poll()  # whatever was committed while we were not listening
                    self.members_changed()
                    async for note in conn.notifies():
                        if note.channel == LOG_CHANNEL:
                            self._heard_log(note.payload)
                        else:
                            self._received(note.payload)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("event bus: listening connection lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(1.0)

    async def _send(self) -> None:
        while True:
            payload = await self._outgoing.get()
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name=SENDER_NAME
                ) as conn:
                    while True:
                        await conn.execute("SELECT pg_notify(%s, %s)", (RELAY_CHANNEL, payload))
                        payload = await self._outgoing.get()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the message is lost (signals are ephemeral); reconnect
                log.warning("event bus: relay connection lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(1.0)

    async def _every(self, interval: float, job: Any) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("event bus: a periodic step failed")


def parse_note(payload: str) -> tuple[int, str | None, float | None] | None:
    """(seq, the writing node, when it notified: epoch seconds) of a log notification; a bare seq
    (an older build) has neither; ``None`` for what is not a notification of ours."""
    parts = payload.split(" ")
    try:
        seq = int(parts[0])
        sent = float(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None
    return seq, (parts[1] if len(parts) > 1 else None), sent
