"""The session: carries out what :class:`SessionMachine` decides, and the desk's API to the server.

It composes the :class:`~app.client.driver.ConnectionDriver` (the socket, the connection task, the
retry timer, the snapshot, the renewal tick) and owns pending requests, the outbox, the
credentials and the cache's key. Calls are typed: ``await session.call(methods.SEND, SendParams(...))``
returns a ``SendResult``.
Everything runs on the app's one asyncio loop (qasync's in the GUI); SQL goes to the store's
thread and keyring calls to a worker thread, so nothing here blocks the loop. The UI observes
:attr:`Session.state` (a :class:`SessionState`), :attr:`Session.events` (each event after it was
stored) and :attr:`Session.signals` (typing/viewing of colleagues, for the collision warning).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from msgspec import Struct

from app.client.cache_keys import CacheKeys
from app.client.connection import Connection
from app.client.credentials import CredentialStore, KeyringStatus
from app.client.driver import ConnectionDriver, Opener
from app.client.errors import ConnectionLost, KeyringUnavailable, LoginFailed, NotConnected, RequestFailed
from app.client.machine import (
    Action,
    ApplyEvent,
    ApplySummary,
    CancelRetry,
    Connect,
    DeliverOutbox,
    Disconnect,
    FailRequests,
    ForgetToken,
    ForwardSignal,
    LoginResult,
    RenewToken,
    ResolveResponse,
    ScheduleRetry,
    Send,
    SessionMachine,
    StateChanged,
    StoreToken,
    Subscribe,
    TakeSnapshot,
)
from app.client.outbox import Outbox
from app.client.requests import PendingRequests
from app.client.secret import Secret
from app.client.state import Backoff, ConnectionStatus, EventNotice, SessionConfig, SessionState
from app.protocol import codec, methods
from app.protocol.errors import ProtocolError
from app.protocol.frames import Signal as SignalFrame
from app.protocol.registry import DESK_SIGNALS, DeskSignal
from app.protocol.signals import AgentSignal, PeerSignal, PeerTyping, PeerViewing, Viewing
from app.protocol.spec import MethodSpec
from app.protocol.types import AgentInfo, Attachment, Message
from app.store import OutboxItem, Signal, Store

log = logging.getLogger(__name__)
P = TypeVar("P", bound=Struct)
R = TypeVar("R", bound=Struct)
PEER_SIGNALS: dict[str, type[PeerTyping] | type[PeerViewing]] = {PeerTyping.NAME: PeerTyping,
                                                                  PeerViewing.NAME: PeerViewing}


class Session:
    """One agent's connection to one server. ``start()`` once; ``stop()`` when the app closes."""

    def __init__(
        self,
        server_url: str,
        store: Store,
        credentials: CredentialStore,
        *,
        username: str | None = None,
        config: SessionConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: Callable[[], float] = random.random,
        opener: Opener = Connection.open,
    ) -> None:
        self.server_url = server_url
        self.store = store
        self.credentials = credentials
        self.config = config or SessionConfig()
        backoff = Backoff(self.config.backoff.base, self.config.backoff.factor, self.config.backoff.cap, rng)
        self._machine = SessionMachine(backoff=backoff, clock=clock, summaries=self.config.inbox_summaries)
        self._machine.username = username
        self.state: Signal[SessionState] = Signal("session.state")
        self.events: Signal[EventNotice] = Signal("session.events")
        #: colleagues' typing/viewing, decoded (:mod:`app.protocol.signals`); the collision model reads it
        self.signals: Signal[PeerSignal] = Signal("session.signals")
        #: the server's own signals for this desk (issue 20: ``floor.summary``, ``macro.progress``)
        self.desk_signals: Signal[DeskSignal] = Signal("session.desk_signals")
        self._driver = ConnectionDriver(
            server_url, store, self.config, self._machine, perform=self._do, call=self.call,
            events=self.events, opener=opener, wall_clock=wall_clock,
        )
        self._requests = PendingRequests()
        self._login: asyncio.Future[AgentInfo] | None = None
        self._outbox = Outbox(store, self._deliver, is_online=lambda: self.online,
                              backoff=Backoff(base=1.0, cap=30.0, rng=rng))
        self._cache = CacheKeys(store, credentials, server_url)
        #: the conversation on screen (the last ``viewing`` signal) and the pinned ones: their
        #: events come in full while the session takes inbox summaries
        self._viewing: int | None = None
        self._pinned: set[int] = set()
        #: set while the cache stays locked because the keyring cannot be asked for its key and it
        #: holds unsent replies or drafts (the error's ``code``, ``replies``, ``drafts``)
        self.cache_held: KeyringUnavailable | None = None
        self._disconnects = [store.outbox_changed.connect(self._on_outbox_changed),
                             store.wiped.connect(self._on_cache_wiped)]

    def __repr__(self) -> str:
        return f"Session({self.server_url!r}, {self._machine.state.status.value})"

    # --- observable state -----------------------------------------------------------------------
    @property
    def current_state(self) -> SessionState:
        return self._machine.state

    @property
    def online(self) -> bool:
        return self._machine.state.status is ConnectionStatus.ONLINE and self._driver.conn is not None

    @property
    def agent(self) -> AgentInfo | None:
        return self._machine.state.agent

    @property
    def username(self) -> str | None:
        return self._machine.username

    @property
    def server_clock_offset(self) -> float:
        """Seconds the server's clock is ahead of this computer's (negative: behind), measured at
        the last ``welcome``; 0 until one arrived. Timers read it through
        :class:`app.policies.sla_clock.ServerClock`."""
        return self._driver.server_offset

    @property
    def official_domains(self) -> tuple[str, ...] | None:
        """The deployment's official domains from the last ``welcome`` (the links agents may send;
        the composer's guard check uses them); ``None`` until a server said."""
        return self._driver.official_domains

    @property
    def explorer_domains(self) -> tuple[str, ...] | None:
        """The deployment's block explorers from the last ``welcome`` (links agents may send besides
        the official domains; the composer's guard check uses them); ``None`` until a server said,
        and from a server too old to say (the composer then keeps the guard's default explorers)."""
        return self._driver.explorer_domains

    @property
    def official_handles(self) -> tuple[str, ...]:
        """The deployment's official support handles from the last ``welcome`` (a reply may point
        to them; the composer's guard check uses them); ``()`` until a server said, and from a
        server too old to say."""
        return self._driver.official_handles

    @property
    def keyring_status(self) -> KeyringStatus:
        """Whether a token survives a restart; if not, ``problem``/``hint`` codes say why and how
        to fix it (the token is then kept in memory for this run only)."""
        return self.credentials.status

    @property
    def cache_in_keyring(self) -> bool:
        """The cache's key is kept in the OS keyring, so the cache — replies waiting in the
        outbox included — outlives this run. ``False``: quitting loses undelivered replies."""
        return self._cache.in_keyring

    @property
    def replies_at_risk(self) -> int:
        """Replies that quitting now would lose: queued ones when the open cache's key is in
        memory only (a cache held locked for the keyring loses nothing)."""
        return self._machine.state.queued if self._cache.memory_only else 0

    # --- lifecycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        """Unlock the cache with the agent's key and connect with the stored token (or publish
        ``relogin_needed``); the cache stays usable.

        A cache the keyring cannot open yet (:attr:`cache_held`) stays locked and the session
        waits for a sign-in, which asks the keyring again."""
        sync = await self.store.sync_state()
        username = self._machine.username or sync.username
        token = None
        if username:
            try:
                await self._cache.unlock(username)
            except KeyringUnavailable as exc:
                self.cache_held = exc  # no token either: connecting would need the cache open
            else:
                token = await asyncio.to_thread(self.credentials.get, self.server_url, username)
                await self.store.bind_identity(self.server_url, username)
                sync = await self.store.sync_state()
        queued = await self.store.outbox_pending()
        self._outbox.start()
        self._driver.start_tick()
        await self._do(self._machine.outbox_size(queued))
        await self._do(self._machine.start(username=username, token=token, last_seq=sync.last_applied_seq,
                                           snapshot_taken=sync.snapshot_taken))

    async def stop(self) -> None:
        """Close the connection and stop every task; replies still queued stay in the store."""
        await self._do(self._machine.stop())
        await self._outbox.stop()
        await self._driver.stop()
        self._requests.fail_all(NotConnected)
        if self._login is not None and not self._login.done():
            self._login.set_exception(LoginFailed("stopped"))
        for disconnect in self._disconnects:
            disconnect()

    async def login(
        self, username: str, password: str, *, remember: bool = True, oidc: bool = False
    ) -> AgentInfo:
        """Sign in with a password; the token the server returns goes to the keyring if
        ``remember`` (else memory only). Raises :class:`LoginFailed` with a code —
        :class:`KeyringUnavailable` when the keyring cannot open a cache that holds unsent work
        (unlock the keyring and sign in again, or :meth:`discard_local_work`). ``oidc``: ``password``
        is an ID token from the company's identity provider (``login.oidc``, app/core/oidc_signin.py)."""
        try:
            await self._cache.unlock(username)
        except KeyringUnavailable as exc:
            self.cache_held = exc
            raise
        self.cache_held = None
        if self._login is not None and not self._login.done():
            self._login.set_exception(LoginFailed("superseded"))
        self._login = asyncio.get_running_loop().create_future()
        self._outbox.start()
        if await self.store.bind_identity(self.server_url, username):
            self._machine.require_snapshot()
        await self._do(self._machine.login(username, Secret(password), remember=remember, oidc=oidc))
        try:
            return await asyncio.wait_for(asyncio.shield(self._login), self.config.login_timeout)
        except TimeoutError:
            raise LoginFailed("timeout") from None

    async def logout(self, *, wipe: bool = False) -> bool:
        """Revoke the token on the server (if reachable), delete it from the keyring, close.
        Returns whether the server confirmed the revocation. ``wipe``: also delete this computer's
        copy of customer data — the cache file (and -wal, -shm) and its key in the keyring;
        replies not yet delivered (``current_state.queued``) go with it, so ask first."""
        revoked = False
        if self.online:
            try:
                await self.call(methods.LOGOUT, methods.Empty(), timeout=5.0)
                revoked = True
            except RequestFailed as exc:
                log.warning("could not revoke the token on the server: %s", exc.code)
        if self._machine.username:
            await asyncio.to_thread(self.credentials.delete, self.server_url, self._machine.username)
        await self._do(self._machine.logout())
        if wipe:
            await self._cache.wipe(self._machine.username)
        return revoked

    async def discard_local_work(self) -> None:
        """The agent chose to go on without the cache the keyring cannot open: delete it, with
        the replies and drafts in it (:attr:`cache_held` counts them). The next sign-in starts
        a new cache."""
        await self._cache.discard()
        self.cache_held = None

    async def reconnect_now(self) -> None:
        await self._do(self._machine.reconnect_now())

    # --- requests ---------------------------------------------------------------------------------
    async def call(self, spec: MethodSpec[P, R], params: P, *, timeout: float | None = None) -> R:
        """Call a method: ``await session.call(methods.UPDATE, UpdateParams(...))`` returns the
        spec's result type (see :mod:`app.protocol.methods`, :mod:`app.protocol.vip`).

        Raises :class:`RequestFailed` (server error code and message), :class:`RequestTimeout`,
        :class:`NotConnected` or :class:`ConnectionLost`.
        """
        conn = self._driver.conn
        if conn is None or not self._machine.authenticated:
            raise NotConnected()
        seconds = self.config.request_timeout if timeout is None else timeout
        return await self._requests.call(conn, spec, params, seconds)

    async def fetch_messages(self, conversation_id: int, *, before: int | None = None,
                             limit: int = 50) -> bool:
        """Load a conversation's history into the store; returns whether older messages exist."""
        result = await self.call(methods.MESSAGES, methods.MessagesParams(
            conversation_id=conversation_id, before=before, limit=limit))
        await self.store.upsert_messages(result.messages)
        return result.has_more

    async def send_message(
        self, conversation_id: int, body: str, *, internal: bool = False, files: Sequence[Attachment] = ()
    ) -> int:
        """Write a reply (or internal note) to the store and queue it; returns its local message
        id. Works offline: it is delivered, in order and once, when the session is online.
        ``files``: uploads it carries (``app.client.attachments.upload``)."""
        agent = self.agent
        author = agent.username if agent else (self._machine.username or "")
        item = await self.store.enqueue_message(
            conversation_id, body, internal=internal, client_msg_id=uuid.uuid4().hex, author=author,
            author_name=agent.display_name if agent else author, files=files)
        self._outbox.wake()
        return item.message_local_id

    async def send_held(
        self, conversation_id: int, body: str, *, files: Sequence[Attachment] = ()
    ) -> Message:
        """Send a reply the guard holds for review, because the agent read why and confirmed it
        (``message.send`` with ``confirm_held``; the server audits the confirmation).

        Not queued: a confirmation is the agent's act on this text now, so it goes straight to
        the server or fails (:class:`NotConnected`, :class:`RequestFailed`: ``blocked`` when the
        server refuses it outright) and the caller keeps the text. The sent message is stored
        at once (the server's event for it changes nothing more)."""
        result = await self.call(methods.SEND, methods.SendParams(
            conversation_id=conversation_id, body=body, client_msg_id=uuid.uuid4().hex,
            attachments=[f.id for f in files if f.id is not None], confirm_held=True))
        await self.store.upsert_messages([result.message])
        return result.message

    async def retry_failed(self, local_id: int) -> bool:
        """Queue a failed reply again (the agent asked); ``False`` if it is not failed."""
        queued = await self.store.outbox_retry_failed(local_id)
        if queued:
            self._outbox.wake()
        return queued

    async def send_signal(self, signal: AgentSignal) -> None:
        """Typing/viewing (:mod:`app.protocol.signals`): ephemeral, dropped silently while offline.
        ``viewing`` is also what the session subscribes to: the conversation on screen comes in full."""
        if isinstance(signal, Viewing) and signal.conversation_id != self._viewing:
            self._viewing = signal.conversation_id
            self._resubscribe()
        if self._machine.authenticated:
            await self._driver.send(codec.signal_frame(signal))

    def pin(self, conversation_id: int) -> None:
        """Keep this conversation's events coming in full, open or not."""
        if conversation_id not in self._pinned:
            self._pinned.add(conversation_id)
            self._resubscribe()

    def unpin(self, conversation_id: int) -> None:
        if conversation_id in self._pinned:
            self._pinned.discard(conversation_id)
            self._resubscribe()

    @property
    def open_conversations(self) -> frozenset[int]:
        """What the session subscribes to in full: the conversation on screen and the pinned ones."""
        ids = set(self._pinned)
        if self._viewing is not None:
            ids.add(self._viewing)
        return frozenset(ids)

    def _resubscribe(self) -> None:
        if self._machine.summarising and self._machine.authenticated:
            self._driver.subscribe(self.open_conversations)

    async def _deliver(self, item: OutboxItem) -> Message:
        result = await self.call(methods.SEND, methods.SendParams(
            conversation_id=item.conversation_id, body=item.body, client_msg_id=item.client_msg_id,
            internal=item.internal, attachments=list(item.attachment_ids)))
        return result.message

    # --- carrying out the machine's actions -----------------------------------------------------
    async def _do(self, actions: list[Action]) -> None:
        for action in actions:
            await self._act(action)

    async def _act(self, action: Action) -> None:
        driver = self._driver
        if isinstance(action, StateChanged):
            self.state.emit(action.state)
        elif isinstance(action, Connect):
            driver.connect()
        elif isinstance(action, Send):
            await driver.send(action.frame)
        elif isinstance(action, Disconnect):
            await driver.disconnect(action.code)
        elif isinstance(action, ApplyEvent):
            await driver.apply(action.event, resume=action.resume)
        elif isinstance(action, ApplySummary):
            await driver.apply_summary(action.summary, self.open_conversations)
        elif isinstance(action, Subscribe):
            driver.subscribe(self.open_conversations)
        elif isinstance(action, ResolveResponse):
            self._requests.resolve(action.res)
        elif isinstance(action, FailRequests):
            self._requests.fail_all(ConnectionLost)
        elif isinstance(action, TakeSnapshot):
            driver.take_snapshot()
        elif isinstance(action, ScheduleRetry):
            driver.schedule_retry(action.delay)
        elif isinstance(action, CancelRetry):
            driver.cancel_retry()
        elif isinstance(action, StoreToken):
            await asyncio.to_thread(self.credentials.set, self.server_url, action.username, action.token,
                                    persist=action.remember)
        elif isinstance(action, ForgetToken):
            await asyncio.to_thread(self.credentials.delete, self.server_url, action.username)
        elif isinstance(action, DeliverOutbox):
            self._outbox.wake()
        elif isinstance(action, ForwardSignal):
            self._forward(action.signal)
        elif isinstance(action, LoginResult):
            self._resolve_login(action)
        elif isinstance(action, RenewToken):
            driver.renew()

    def _forward(self, frame: SignalFrame) -> None:
        """A colleague's typing/viewing, decoded; a signal this build does not know is dropped."""
        kind = PEER_SIGNALS.get(frame.name)
        if kind is None:
            self._forward_desk(frame)
            return
        try:
            signal = codec.decode_signal(frame, kind)
        except ProtocolError as exc:
            log.info("dropped a %s signal the codec refused: %s", frame.name, exc.message)
            return
        self.signals.emit(signal)

    def _forward_desk(self, frame: SignalFrame) -> None:
        desk_kind = DESK_SIGNALS.get(frame.name)
        if desk_kind is None:
            return
        try:
            self.desk_signals.emit(codec.decode_signal(frame, desk_kind))
        except ProtocolError as exc:
            log.info("dropped a %s signal the codec refused: %s", frame.name, exc.message)

    def _resolve_login(self, result: LoginResult) -> None:
        if self._login is None or self._login.done():
            return
        if result.agent is not None:
            self._login.set_result(result.agent)
        else:
            self._login.set_exception(LoginFailed(result.error or "unauthorized"))

    def _on_cache_wiped(self, reason: str) -> None:
        """The store's data is gone: take a snapshot on the next sync; an unreadable value found
        while online also ends this connection, so the next one starts with that snapshot."""
        self._machine.require_snapshot()
        if reason == "unreadable":
            self._driver.close_because("cache_error")

    def _on_outbox_changed(self, queued: int) -> None:
        for action in self._machine.outbox_size(queued):
            if isinstance(action, StateChanged):
                self.state.emit(action.state)
