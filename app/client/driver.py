"""The session's connection loop: open, read frames, apply events, snapshot, retry, renew.

A base class of :class:`~app.client.session.Session` (kept apart so each module stays small):
everything here runs on the app's one asyncio loop and feeds what happens back into the
:class:`~app.client.machine.SessionMachine`; the session's public API lives in ``session.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from app.client.calls import fetch_snapshot, renew_token
from app.client.connection import Closed, ConnectFailed, Connection, ConnectionConfig
from app.client.errors import RequestFailed
from app.client.machine import Action, SessionMachine
from app.client.state import EventNotice, SessionConfig
from app.client.tasks import TaskGroup
from app.protocol import codec
from app.protocol.frames import Event, Welcome
from app.store import Signal, Store

log = logging.getLogger("app.client.session")
TICK_SECONDS = 600.0  # how often the session checks whether the token is due for renewal
Opener = Callable[[str, ConnectionConfig], Awaitable[Connection]]


class ConnectionDriver:
    """The connection task, the retry timer, the snapshot and the renewal tick of a session."""

    server_url: str
    store: Store
    config: SessionConfig
    events: Signal[EventNotice]
    _machine: SessionMachine
    _opener: Opener
    _tasks: TaskGroup
    _conn: Connection | None
    _conn_task: asyncio.Task[None] | None
    _close_reason: str | None
    _retry_task: asyncio.Task[None] | None
    _wall_clock: Callable[[], datetime]
    _server_offset: float

    async def _do(self, actions: list[Action]) -> None:
        """Carry out the machine's actions (the session does)."""
        raise NotImplementedError

    async def request(self, method: str, *, timeout: float | None = None, **params: Any) -> Any:
        """Call a server method (the session does)."""
        raise NotImplementedError

    def _start_connection(self) -> None:
        old = self._conn_task
        if old is not None and not old.done():
            old.cancel()  # a stale attempt (not yet open): its outcome is ignored
        self._conn_task = asyncio.get_running_loop().create_task(self._connection(), name="agentdesk-conn")

    async def _connection(self) -> None:
        me = asyncio.current_task()
        try:
            conn = await self._opener(self.server_url, self.config.connection)
        except ConnectFailed as exc:
            if self._conn_task is me:
                await self._do(self._machine.connection_failed(exc.code))
            return
        if self._conn_task is not me:
            await conn.close()
            return
        self._conn = conn
        self._close_reason = None
        code: int | None = None
        reason = "connection_lost"
        try:
            sync = await self.store.sync_state()
            await self._do(self._machine.connection_opened(last_seq=sync.last_applied_seq))
            while True:
                frame = await conn.recv()
                if isinstance(frame, Welcome):
                    self._note_server_time(frame)
                    if await self.store.bind_identity(self.server_url, frame.agent.username):
                        self._machine.require_snapshot()
                await self._do(self._machine.frame_received(frame))
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
            self._conn = None
        if self._conn_task is me:
            await self._do(self._machine.connection_lost(code, reason))

    def _note_server_time(self, welcome: Welcome) -> None:
        """The server's clock minus ours, as of this welcome (the latest measurement wins)."""
        server_time: datetime | None = getattr(welcome, "server_time", None)
        if server_time is None or server_time.tzinfo is None:
            return  # nothing to measure against: keep the last offset
        self._server_offset = (server_time - self._wall_clock()).total_seconds()

    async def _apply(self, event: Event) -> None:
        try:
            payload = codec.decode_event(event)
            await self.store.apply_event(event.seq, event.name, payload)
        except Exception:
            # Nothing after this event may be applied (that would leave a gap): drop the link;
            # the next connection syncs again from the last seq the store really applied.
            log.exception("could not store event %s (%s); resyncing", event.seq, event.name)
            raise _CacheBehind() from None
        self.events.emit(EventNotice(event.seq, event.name, payload))

    def _schedule_retry(self, delay: float) -> None:
        if self._retry_task is not None:
            self._retry_task.cancel()

        async def fire() -> None:
            await asyncio.sleep(delay)
            self._retry_task = None
            await self._do(self._machine.retry_due())

        self._retry_task = asyncio.get_running_loop().create_task(fire(), name="agentdesk-retry")

    async def _renew(self) -> None:
        token = await renew_token(self.request)
        if token is not None:
            await self._do(self._machine.token_renewed(token))

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            await self._do(self._machine.tick())

    async def _snapshot(self) -> None:
        try:
            conversations, head = await fetch_snapshot(self.request, self.config.snapshot_page)
            await self.store.apply_snapshot(conversations, head)
        except RequestFailed as exc:
            log.warning("snapshot failed (%s); reconnecting", exc.code)
            if self._conn is not None:
                self._close_reason = "snapshot_failed"
                await quietly(self._conn.close(1011))
            return
        await self._do(self._machine.snapshot_done(head))


class _CacheBehind(Exception):
    """An event could not be stored: stop reading, resync from the store on the next connection."""


async def quietly(awaitable: Awaitable[Any]) -> None:
    with contextlib.suppress(Exception):
        await awaitable
