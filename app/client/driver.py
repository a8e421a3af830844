"""The session's connection: open it, read frames, apply events, snapshot, retry, renew.

A part of :class:`~app.client.session.Session` (composed, not inherited): everything here runs on
the app's one asyncio loop and feeds what happens back into the
:class:`~app.client.machine.SessionMachine` through ``perform`` — the session's one place that
carries out the machine's actions. The driver owns the socket, the connection task, the retry
timer, the renewal tick and the server clock offset; the session owns requests, the outbox, the
credentials and the public API.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from app.client.calls import Caller, fetch_snapshot, renew_token
from app.client.connection import Closed, ConnectFailed, Connection, ConnectionConfig
from app.client.errors import RequestFailed
from app.client.machine import Action, SessionMachine
from app.client.state import EventNotice, SessionConfig
from app.client.tasks import TaskGroup
from app.protocol import codec, methods
from app.protocol.events import ConversationCreated, MessageCreated
from app.protocol.frames import AgentClientFrame, Event, Summary, Welcome
from app.store import Signal, Store

log = logging.getLogger("app.client.session")
CATCH_UP_PAGE = 50  # messages fetched when a summary names ones an open thread lacks
TICK_SECONDS = 600.0  # how often the session checks whether the token is due for renewal
Opener = Callable[[str, ConnectionConfig], Awaitable[Connection]]
Perform = Callable[[list[Action]], Awaitable[None]]


class ConnectionDriver:
    """The connection task, the retry timer, the snapshot and the renewal tick of one session."""

    def __init__(
        self,
        server_url: str,
        store: Store,
        config: SessionConfig,
        machine: SessionMachine,
        *,
        perform: Perform,
        call: Caller,
        events: Signal[EventNotice],
        opener: Opener,
        wall_clock: Callable[[], datetime],
    ) -> None:
        self.server_url = server_url
        self.store = store
        self.config = config
        self._machine = machine
        self._perform = perform
        self._call = call
        self._events = events
        self._opener = opener
        self._wall_clock = wall_clock  # the local clock the server's is compared with
        self._tasks = TaskGroup()
        self.conn: Connection | None = None
        self._conn_task: asyncio.Task[None] | None = None
        self._close_reason: str | None = None  # why we closed the connection ourselves
        self._retry_task: asyncio.Task[None] | None = None
        #: seconds the server's clock is ahead of ours, measured at the last ``welcome``
        self.server_offset = 0.0
        #: the deployment's official domains as the last ``welcome`` said (``None``: not said)
        self.official_domains: tuple[str, ...] | None = None
        #: the deployment's block explorers as the last ``welcome`` said (``None``: not said)
        self.explorer_domains: tuple[str, ...] | None = None
        #: the deployment's official support handles as the last ``welcome`` said (``()``: none said)
        self.official_handles: tuple[str, ...] = ()

    # --- carried out for the session ------------------------------------------------------------
    def connect(self) -> None:
        old = self._conn_task
        if old is not None and not old.done():
            old.cancel()  # a stale attempt (not yet open): its outcome is ignored
        self._conn_task = asyncio.get_running_loop().create_task(self._connection(), name="agentdesk-conn")

    async def send(self, frame: AgentClientFrame) -> None:
        """Send a frame if connected; a loss is reported by the read loop, not here."""
        if self.conn is not None:
            with contextlib.suppress(Closed):
                await self.conn.send(frame)

    async def disconnect(self, code: int) -> None:
        if self.conn is not None:
            await self.conn.close(code)

    def close_because(self, reason: str) -> None:
        """End the open connection (1011) and report ``reason`` as why: the next one resyncs."""
        if self.conn is not None:
            self._close_reason = reason
            self._tasks.spawn(quietly(self.conn.close(1011)), name="agentdesk-resync")

    def take_snapshot(self) -> None:
        self._tasks.spawn(self._snapshot(), name="agentdesk-snapshot")

    def renew(self) -> None:
        self._tasks.spawn(self._renew(), name="agentdesk-renew")

    def start_tick(self) -> None:
        self._tasks.spawn(self._tick(), name="agentdesk-tick")

    def schedule_retry(self, delay: float) -> None:
        self.cancel_retry()

        async def fire() -> None:
            await asyncio.sleep(delay)
            self._retry_task = None
            await self._perform(self._machine.retry_due())

        self._retry_task = asyncio.get_running_loop().create_task(fire(), name="agentdesk-retry")

    def cancel_retry(self) -> None:
        if self._retry_task is not None:
            self._retry_task.cancel()
            self._retry_task = None

    async def apply(self, event: Event, *, resume: bool = True) -> None:
        try:
            payload = codec.decode_event(event)
            if resume:
                await self.store.apply_event(event.seq, payload)
            else:
                await self.store.apply_events([(event.seq, payload)], resume=False)
        except Exception:
            # Nothing after this event may be applied (that would leave a gap): drop the link;
            # the next connection syncs again from the last seq the store really applied.
            log.exception("could not store event %s (%s); resyncing", event.seq, event.name)
            raise _CacheBehind() from None
        self._events.emit(EventNotice(event.seq, event.name, payload))

    async def apply_summary(self, summary: Summary, shown: frozenset[int]) -> None:
        """Store a ``summary`` and tell the desk what it brought, as the events would have: a
        conversation opened, a customer's new message (notifications, the client book).

        ``shown``: the conversations the desk has open. One of them in a summary with customer
        messages the cache lacks was written before its ``subscription.set`` took effect (or while
        the desk's history fetch was under way): a summary carries only the last message, so the
        rest are fetched now — else the thread would miss them until it is opened again."""
        try:
            applied = await self.store.apply_summary(summary.head, summary.conversations)
        except Exception:
            log.exception("could not store a summary up to %s; resyncing", summary.head)
            raise _CacheBehind() from None
        entries = {entry.conversation.id: entry for entry in summary.conversations}
        for done in applied:
            entry = entries[done.conversation_id]
            conversation = entry.conversation
            if done.new_conversation and entry.created:
                opened = ConversationCreated(conversation=conversation)
                self._events.emit(EventNotice(summary.head, ConversationCreated.NAME, opened))
            if done.new_customer_message and conversation.last_message is not None:
                notice = MessageCreated(message=conversation.last_message, conversation=conversation)
                self._events.emit(EventNotice(summary.head, MessageCreated.NAME, notice))
            if done.messages_missing and done.conversation_id in shown:
                self._tasks.spawn(self._catch_up(done.conversation_id), name="agentdesk-catch-up")

    async def _catch_up(self, conversation_id: int) -> None:
        """The latest page of an open conversation's messages, into the store (its thread reloads)."""
        params = methods.MessagesParams(conversation_id=conversation_id, before=None, limit=CATCH_UP_PAGE)
        try:
            result = await self._call(methods.MESSAGES, params)
        except RequestFailed as exc:  # timeouts and a lost connection too
            log.info("could not fetch the messages a summary named (%s); the next open fetches them", exc)
            return
        await self.store.upsert_messages(result.messages)

    def subscribe(self, open_ids: frozenset[int]) -> None:
        """``subscription.set``: these conversations in full, the rest of the inbox summarised."""
        self._tasks.spawn(self._subscribe(open_ids), name="agentdesk-subscribe")

    async def _subscribe(self, open_ids: frozenset[int]) -> None:
        params = methods.SubscriptionParams(
            open=sorted(open_ids)[: methods.MAX_OPEN], inbox="summaries", compact=True
        )
        try:
            await self._call(methods.SUBSCRIPTION_SET, params)
        except RequestFailed as exc:
            if exc.code == "bad_request":  # a server from before subscriptions: events it is
                log.info("the server does not take subscriptions; every event comes in full")
                self._machine.subscription_refused()
            else:
                log.warning("subscription.set failed (%s)", exc.code)

    async def stop(self) -> None:
        for task in (self._retry_task, self._conn_task):
            if task is not None:
                task.cancel()
        await self._tasks.cancel_all()
        if self._conn_task is not None:
            await asyncio.gather(self._conn_task, return_exceptions=True)

    # --- the connection task --------------------------------------------------------------------
    async def _connection(self) -> None:
        me = asyncio.current_task()
        try:
            conn = await self._opener(self.server_url, self.config.connection)
        except ConnectFailed as exc:
            if self._conn_task is me:
                await self._perform(self._machine.connection_failed(exc.code))
            return
        if self._conn_task is not me:
            await conn.close()
            return
        self.conn = conn
        self._close_reason = None
        code: int | None = None
        reason = "connection_lost"
        try:
            sync = await self.store.sync_state()
            await self._perform(self._machine.connection_opened(last_seq=sync.last_applied_seq))
            while True:
                frame = await conn.recv()
                if isinstance(frame, Welcome):
                    self.note_server_time(frame)
                    self.official_domains = frame.official_domains
                    self.explorer_domains = frame.explorer_domains
                    self.official_handles = frame.official_handles
                    if await self.store.bind_identity(self.server_url, frame.agent.username):
                        self._machine.require_snapshot()
                await self._perform(self._machine.frame_received(frame))
        except Closed as exc:
            code, reason = exc.code, self._close_reason or exc.reason
        except _CacheBehind:
            reason = "cache_error"
            await quietly(conn.close(1011))
        except asyncio.CancelledError:
            await quietly(conn.close())
            raise
        except Exception:
            log.exception("the session's read loop failed; reconnecting")
            reason = "protocol_error"
            await quietly(conn.close(1011))
        finally:
            self.conn = None
        if self._conn_task is me:
            await self._perform(self._machine.connection_lost(code, reason))

    def note_server_time(self, welcome: Welcome) -> None:
        """The server's clock minus ours, as of this welcome (the latest measurement wins)."""
        server_time: datetime | None = welcome.server_time
        if server_time is None or server_time.tzinfo is None:
            return  # nothing to measure against: keep the last offset
        self.server_offset = (server_time - self._wall_clock()).total_seconds()

    async def _renew(self) -> None:
        token = await renew_token(self._call)
        if token is not None:
            await self._perform(self._machine.token_renewed(token))

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            await self._perform(self._machine.tick())

    async def _snapshot(self) -> None:
        try:
            conversations, head = await fetch_snapshot(self._call, self.config.snapshot_page)
            await self.store.apply_snapshot(conversations, head)
        except RequestFailed as exc:
            log.warning("snapshot failed (%s); reconnecting", exc.code)
            if self.conn is not None:
                self._close_reason = "snapshot_failed"
                await quietly(self.conn.close(1011))
            return
        await self._perform(self._machine.snapshot_done(head))


class _CacheBehind(Exception):
    """An event could not be stored: stop reading, resync from the store on the next connection."""


async def quietly(awaitable: Awaitable[object]) -> None:
    with contextlib.suppress(Exception):
        await awaitable


