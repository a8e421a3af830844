r"""``ChatServer``: the backend as an object — started by the CLI and embedded by the tests.

    async with ChatServer(ServerConfig(port=0)) as server:
        print(server.ws_url)  # ws://127.0.0.1:PORT — /agent and /customer

One port serves HTTP (``/healthz``, ``/chat``) and WebSocket (``/agent``, ``/customer``).
Demo data and simulated traffic are not part of the runtime: they are :class:`Extension`\ s the
demo package (``app/demo/server.py``) passes in; ``ServerConfig.demo`` itself only keeps the
server on loopback with a throw-away database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import tempfile
from collections.abc import Awaitable, Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Protocol

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed, NegotiationError
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from app.protocol.frames import SUBPROTOCOL
from app.protocol.types import Presence
from app.protocol.wirelog import wire_logger
from app.server import audit, customer_tokens, http, http_requests, integration, keys, safety, sealed, tls
from app.server.admission import Admission
from app.server.attachments.lifecycle import AttachmentServices, ImageChecker
from app.server.audit_checkpoints import Checkpoints
from app.server.audit_checkpoints import verify as verify_with_checkpoints
from app.server.bus import Bus, kind_for, make_bus
from app.server.channels import ChannelServices
from app.server.config import ServerConfig
from app.server.context import ServerContext
from app.server.cover.repo import PRESENCE_KEY
from app.server.csat import handlers as csat_handlers
from app.server.db.engine import make_engine, make_reader_engine, make_session_factory
from app.server.db.executor import DbExecutor
from app.server.email import files as mail_files
from app.server.endpoints.agent import serve_agent
from app.server.endpoints.common import remote_of
from app.server.endpoints.customer import serve_customer
from app.server.floor import handlers as floor_handlers
from app.server.handlers.sessions import AUDIT_VERIFY_KEY
from app.server.hub import Hub
from app.server.identity import handlers as identity_handlers
from app.server.identity import sms
from app.server.identity.repo import SETTINGS_KEY as IDENTITY_SETTINGS
from app.server.identity.repo import IdentitySettings
from app.server.incidents import handlers as incident_handlers
from app.server.keepalive import Keepalive, KeepaliveConnection
from app.server.macros import handlers as macros_handlers
from app.server.oidc.config import load_oidc
from app.server.outbox import Flusher
from app.server.periodic import PeriodicCheck
from app.server.provider.factory import make_service
from app.server.reports import facts as report_facts
from app.server.repos import customer_cache, repo_events
from app.server.repos.repo_events import StoredEvent
from app.server.search import index as search_index
from app.server.tables import create_schema
from app.server.telegram import files as telegram_files
from app.server.timeutil import utcnow

log = logging.getLogger("app.server")


def select_subprotocol(connection: ServerConnection, offered: Sequence[Subprotocol]) -> Subprotocol | None:
    """Agree on ``agentdesk.v1`` when offered; accept a client that offers nothing (a browser's
    ``new WebSocket(url)``); refuse one that offers only protocols we do not speak (HTTP 400)."""
    if SUBPROTOCOL in offered:
        return Subprotocol(SUBPROTOCOL)
    if not offered:
        return None
    raise NegotiationError("unsupported subprotocol; this server speaks " + SUBPROTOCOL)


class Extension(Protocol):
    """Something that runs with a server (the demo's data and its simulated customers).

    ``prepare`` runs on the database thread once the schema exists, before the port opens;
    ``start`` once the server listens; ``stop`` before the server stops."""

    def prepare(self, sessions: sessionmaker[Session]) -> None: ...

    async def start(self, server: ChatServer) -> None: ...

    async def stop(self) -> None: ...


class ChatServer:
    def __init__(
        self, config: ServerConfig | None = None, *, extensions: Sequence[Extension] = (),
        image_checker: ImageChecker | None = None,
    ) -> None:
        """``image_checker``: a running pool to use (and not stop) instead of starting one (tests)."""
        self.config = config or ServerConfig()
        self._attachments = AttachmentServices(self.config, image_checker)
        self._extensions = tuple(extensions)
        self._started: list[Extension] = []
        self._server: Server | None = None
        self._engine: Engine | None = None
        self._reader_engine: Engine | None = None
        self._trimmer: PeriodicCheck | None = None
        self._indexer: PeriodicCheck | None = None  # search: SQLite's message index, off the hot path
        self._report_facts: PeriodicCheck | None = None  # reports: the facts kept current between reports
        self._db: DbExecutor | None = None
        self._ctx: ServerContext | None = None
        self._bus: Bus | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._keepalive: Keepalive | None = None
        self._temp_dir: Path | None = None
        self._host = self.config.host
        self._port = self.config.port
        self._tls = False
        self._channels: ChannelServices | None = None
        self._checkpoints: Checkpoints | None = None
        self._checkpointer: PeriodicCheck | None = None
        self._identity: IdentitySettings | None = None
        self._integration: integration.Integration | None = None

    # --- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        cfg = self.config
        safety.require()  # no guard, no server: it would pass secrets and scams through unchecked
        ssl_context = tls.server_context(cfg.tls_cert, cfg.tls_key)  # fail before touching the db
        # a bad --official-domain, --explorer-domain or --official-handle stops us
        safety.check_domains(cfg.link_domains(), cfg.explorer_domains, cfg.official_handles)
        self._tls = ssl_context is not None
        channels = ChannelServices(cfg)  # loads the SLA policy: a bad file stops us here
        integration.check(cfg)  # a bad --context-provider, --exchange-*, webhook key, --oidc-config: stop
        oidc_config = load_oidc(cfg.oidc_config_path)
        self._loop = asyncio.get_running_loop()
        if cfg.demo:
            self._host = "127.0.0.1"  # demo data and the password "demo" must never face a network
        db_url = cfg.db_url
        if db_url is None and cfg.demo:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="agentdesk-demo-"))
            db_url = f"sqlite:///{self._temp_dir / 'demo.sqlite3'}"
        db_url = db_url or cfg.resolved_db_url()
        self.db_url = db_url
        kind_for(cfg.bus, db_url)  # a bus this database cannot carry stops us before it is opened
        self._engine = make_engine(db_url)
        try:
            await asyncio.to_thread(create_schema, self._engine)  # or SchemaError: run `db upgrade`
        except BaseException:
            await self.stop()
            raise
        # Secrets live outside the database (keys.py): a bad key file stops us here.
        server_keys = await asyncio.to_thread(
            keys.prepare, self._engine, db_url, cfg.key_file, timedelta(hours=cfg.key_grace_hours)
        )
        if cfg.secret:
            server_keys.keys["customer_token"].insert(0, keys.Key("config", cfg.secret, utcnow()))
        self._reader_engine = make_reader_engine(db_url, cfg.db_readers)
        hub = Hub(
            self._loop,
            cfg.summary_interval,
            safety.CHAT_WINDOW,
            summary_max_interval=cfg.summary_max_interval,
            summary_writes_per_second=cfg.summary_writes_per_second,
            summary_skip_bytes=cfg.summary_skip_bytes,
        )
        flusher = Flusher(self._loop, cfg.max_pending_bytes, cfg.slow_consumer_seconds)
        presence: dict[str, Presence] = {}  # read on the database thread too (cover routing, repo_cover.py)
        audit_info = {audit.KEY_INFO: server_keys.current("audit")}
        identity_key = server_keys.current("identity")
        self._identity = IdentitySettings(
            key=identity_key,
            code_ttl=timedelta(seconds=cfg.identity_code_ttl_seconds),
            max_attempts=max(cfg.identity_max_attempts, 1),
            valid_for=timedelta(seconds=cfg.identity_valid_seconds),
            seal=lambda text: sealed.seal(identity_key, text),
        )
        customers = customer_cache.CustomerCache()
        writer_sessions = make_session_factory(self._engine, audit_info)
        customer_cache.watch(writer_sessions)
        self._db = DbExecutor(
            writer_sessions,
            on_commit=self._on_commit,
            session_info={
                PRESENCE_KEY: presence,
                **audit_info,
                IDENTITY_SETTINGS: self._identity,
                customer_cache.CACHE_KEY: customers,
                **channels.session_info(),
                **self._attachments.session_info(),
            },
            read_factory=None if self._reader_engine is None else make_session_factory(self._reader_engine),
            readers=cfg.db_readers,
            max_batch=cfg.db_max_batch,
            reset_hook=customers.clear,
            on_committed=hub.recent.observe,
        )
        self._bus = make_bus(
            cfg.bus, db_url, hub, presence, self._db, writer_sessions,
            poll_interval=cfg.bus_poll_interval, heartbeat=cfg.bus_heartbeat,
        )
        await self._db.run(audit.migrate)  # an unkeyed chain of an earlier build, once
        checkpoint_path = server_keys.checkpoint_path
        assert checkpoint_path is not None
        self._checkpoints = Checkpoints(checkpoint_path, server_keys.current("audit"), cfg.audit_syslog)
        for extension in self._extensions:
            await self._db.call(extension.prepare, make_session_factory(self._engine, audit_info))
        await self._db.run(self._checkpoints.write)
        self._ctx = ServerContext(
            config=cfg, db=self._db, hub=hub, flusher=flusher, keys=server_keys, bus=self._bus,
            presence=presence,
            node=channels.node,
            admission=Admission(
                cfg.max_unauthenticated_per_address, cfg.max_unauthenticated,
                cfg.handshake_rate_per_address, cfg.handshake_burst_per_address,
            ),
            customer_source=make_service(cfg, self._db),
        )
        self._integration = integration.build(self._ctx, oidc_config)
        self._ctx.oidc = self._integration.oidc
        ctx = self._ctx
        # every node's commits (the bus publishes them all, in seq order): the live floor and the
        # CSAT prompt of a chat whose customer is connected here
        hub.observers.append(lambda events: floor_handlers.committed(ctx, events))
        hub.observers.append(lambda events: csat_handlers.published(ctx, events))
        await self._bus.start()  # caught up with the log's head (and listening) before the port opens
        self._server = await serve(
            self._handle,
            self._host,
            cfg.port,
            process_request=self._process_request,
            create_connection=self._connection_class(),  # POST, JSON; one keepalive timer
            subprotocols=[Subprotocol(SUBPROTOCOL)],
            select_subprotocol=select_subprotocol,
            max_size=cfg.max_frame_bytes,
            ping_interval=cfg.ping_interval,
            ping_timeout=cfg.ping_timeout,
            ssl=ssl_context,
            logger=wire_logger("websockets.server"),  # never frame dumps: they hold passwords
        )
        self._port = int(self._server.sockets[0].getsockname()[1])
        self._identity.public_url = cfg.public_url or self.http_url  # links in verification mail
        self._ctx.services[AUDIT_VERIFY_KEY] = self._verify_audit
        self._ctx.services[incident_handlers.DELIVER_KEY] = channels.deliverers()
        self._ctx.services[identity_handlers.SMS_KEY] = sms.provider(
            cfg.identity_sms_provider, cfg.demo, cfg.sms_log_stream
        )
        self._channels = channels
        await self._attachments.start(self._ctx, self._db)  # the image guard's pool (seconds)
        self._checkpointer = PeriodicCheck(
            self._db, cfg.audit_checkpoint_interval, self._checkpoint_job, "audit-checkpoints"
        )
        await self._checkpointer.start()
        channels.open_sealed = lambda raw: sealed.open_text(server_keys.verifying("identity"), raw)
        self._trimmer = PeriodicCheck(self._db, cfg.event_trim_interval, self._trim, "event-trim", quiet=True)
        await self._trimmer.start()
        if search_index.needed(self._engine.dialect.name):  # SQLite's FTS5 table; PostgreSQL: nothing
            self._indexer = PeriodicCheck(
                self._db, cfg.search_index_interval, search_index.index_new_messages, "search-index",
                quiet=True,
            )
            await self._indexer.start()
        self._report_facts = PeriodicCheck(
            self._db, report_facts.INTERVAL, report_facts.background_step, "report-facts", quiet=True
        )
        await self._report_facts.start()
        channels.keep_mail_files = partial(mail_files.keep, self._ctx)  # through the attachments' checks
        channels.keep_telegram_file = partial(telegram_files.import_file, self._ctx)  # the same checks
        try:
            await channels.start(self._db, self._engine, db_url, self._temp_dir)  # SMTP, mail out, SLA
        except BaseException:
            await self.stop()  # e.g. the SMTP port is taken: release what was started
            raise
        try:
            for extension in self._extensions:
                await extension.start(self)
                self._started.append(extension)
        except BaseException:
            await self.stop()
            raise
        await macros_handlers.ensure(self._ctx)  # runs a stopped server left: resumed, released
        log.info("listening on %s (database %s)", self.http_url, _safe_url(db_url))
        if not self._tls and self._host not in ("127.0.0.1", "::1", "localhost"):
            log.warning("serving plain ws:// on a non-loopback address; use --cert and --key (wss://)")

    def _connection_class(self) -> type[ServerConnection]:
        """What websockets makes per TCP connection: POST routes (``http_requests``) over a
        connection kept alive by one shared timer (``keepalive.py``), not a task each."""
        cfg = self.config
        assert self._loop is not None and self._integration is not None
        shared = Keepalive(self._loop, cfg.ping_interval, cfg.ping_timeout) if cfg.ping_interval else None
        self._keepalive = shared

        class AgentDeskConnection(KeepaliveConnection):
            shared_keepalive = shared

        return http_requests.connection_class(self._integration.routes(), AgentDeskConnection)

    async def stop(self) -> None:
        while self._started:
            await self._started.pop().stop()
        if self._indexer is not None:
            await self._indexer.stop()
            self._indexer = None
        if self._report_facts is not None:
            await self._report_facts.stop()
            self._report_facts = None
        if self._trimmer is not None:
            await self._trimmer.stop()
            self._trimmer = None
        if self._channels is not None:
            await self._channels.stop()
            self._channels = None
        if self._ctx is not None:
            await floor_handlers.stop(self._ctx)
            await macros_handlers.stop(self._ctx)
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 10)
            self._server = None
        if self._checkpointer is not None:
            await self._checkpointer.stop()
            self._checkpointer = None
        await self._attachments.stop()
        if self._db is not None and self._checkpoints is not None:
            try:
                await self._db.run(self._checkpoints.write)  # the last rows, vouched for
            except Exception:
                log.exception("the final audit checkpoint could not be written")
        if self._ctx is not None and self._ctx.oidc is not None:
            await self._ctx.oidc.close()
            self._ctx.oidc = None
        if self._ctx is not None and self._ctx.customer_source is not None:
            await self._ctx.customer_source.close()
            self._ctx.customer_source = None
        if self._bus is not None:
            await self._bus.stop()
            self._bus = None
        if self._ctx is not None:
            self._ctx.hub.window.stop()
            self._ctx.flusher.stop()
        if self._keepalive is not None:
            self._keepalive.stop()
            self._keepalive = None
        if self._db is not None:
            await asyncio.to_thread(self._db.shutdown)
            self._db = None
        for engine in (self._engine, self._reader_engine):
            if engine is not None:
                engine.dispose()
        self._engine = self._reader_engine = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    async def __aenter__(self) -> ChatServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def serve_forever(self) -> None:
        assert self._server is not None
        await self._server.serve_forever()

    # --- addresses ---------------------------------------------------------------------------
    @property
    def extensions(self) -> tuple[Extension, ...]:
        return self._extensions

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        return self._port

    @property
    def http_url(self) -> str:
        return f"{'https' if self._tls else 'http'}://{self._host}:{self._port}"

    @property
    def ws_url(self) -> str:
        return f"{'wss' if self._tls else 'ws'}://{self._host}:{self._port}"

    @property
    def channels(self) -> ChannelServices:
        """The email listener/sender and SLA services (``smtp_port``, ``mail_folder``, ``policy``)."""
        assert self._channels is not None, "server not started"
        return self._channels

    @property
    def integration(self) -> integration.Integration:
        """The webhook (its counters), the OIDC endpoint and ``/metrics``."""
        assert self._integration is not None, "server not started"
        return self._integration

    @property
    def context(self) -> ServerContext:
        assert self._ctx is not None, "server not started"
        return self._ctx

    def mint_customer_token(self, uid: str, ttl_seconds: int = 86400) -> str:
        """A customer token for ``uid`` signed with this server's current key."""
        return customer_tokens.mint(self.context.keys.current("customer_token"), uid, ttl_seconds)

    @property
    def checkpoints(self) -> Checkpoints:
        assert self._checkpoints is not None, "server not started"
        return self._checkpoints

    def _verify_audit(self) -> audit.VerifyResult:
        """``audit.verify`` for supervisors: blocking, on a session of its own (a worker thread)."""
        assert self._engine is not None and self._checkpoints is not None
        factory = make_session_factory(self._engine, {audit.KEY_INFO: self._checkpoints.key})
        with factory() as session:
            return verify_with_checkpoints(session, self._checkpoints)

    def _checkpoint_job(self, session: Session, now: datetime) -> int:
        return int(self._checkpoints is not None and self._checkpoints.write(session))

    async def trim_events(self) -> int:
        """Trim the event log to ``event_retention`` now (it is also done every
        ``event_trim_interval`` seconds); how many events went."""
        assert self._trimmer is not None, "server not started"
        total = 0
        while (trimmed := await self._trimmer.check()) > 0:
            total += trimmed
        return total

    # --- internals ---------------------------------------------------------------------------
    def _trim(self, session: Session, _now: object) -> int:
        return repo_events.trim(session, self.config.event_retention, self.config.event_trim_chunk)

    def _on_commit(self, events: list[StoredEvent]) -> None:
        """On the loop, after the batch that committed ``events`` was answered: fan them out, in
        commit order (the writer delivers batches in order and the loop runs callbacks FIFO)."""
        ctx = self._ctx
        if ctx is None:
            return
        ctx.bus.committed(events)  # to the hub, in seq order with other nodes' commits
        if self._channels is not None:
            self._channels.committed(events)
        try:
            csat_handlers.committed(ctx, events)  # this node's resolutions: the closing mail, once
        except Exception:  # a feature's bug must never stop the fan-out of later batches
            log.exception("a feature's after-commit hook failed")

    async def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """HTTP first: a WebSocket upgrade over the address's handshake rate gets 429 (admission);
        ``/verify/confirm`` confirms an emailed verification link (the page's button asks)."""
        ctx = self._ctx
        path = request.path.split("?", 1)[0]
        if path == http.VERIFY_CONFIRM and ctx is not None:
            context = ctx

            def confirm(token: str) -> Awaitable[str]:
                return identity_handlers.confirm_link(context, token)

            return await http.verify_confirm(request, confirm)
        if path == csat_handlers.SUBMIT and ctx is not None:
            return await csat_handlers.submit(ctx, request)
        upgrade = ctx is not None and path in http.WS_PATHS
        if upgrade and ctx is not None and not ctx.admission.allow_handshake(remote_of(connection)):
            # Answered after a pause: a flood from one address then waits on its own sockets
            # instead of costing us a request parse per microsecond.
            await asyncio.sleep(self.config.handshake_refusal_delay)
            return http.too_many_requests()
        return http.process_request(connection, request)

    async def _handle(self, ws: ServerConnection) -> None:
        ctx = self.context
        path = ws.request.path.split("?", 1)[0] if ws.request is not None else ""
        try:
            if path == "/agent":
                await serve_agent(ctx, ws)
            elif path == "/customer":
                await serve_customer(ctx, ws)
        except ConnectionClosed:
            pass  # the peer went away mid-handshake or mid-login: nothing to report
        except Exception:
            log.exception("connection handler failed")


def _safe_url(url: str) -> str:
    """A database URL without its password, for logs."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(database)"
