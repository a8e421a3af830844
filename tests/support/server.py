"""Start the real chat backend and talk to it with real WebSocket clients.

async with running_server(tmp_path) as server:          # in-process, port 0, demo data
    alice = await AgentClient.login(server.ws_url, "alice", "demo")
    snap = await alice.request("inbox.snapshot", limit=50)
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.send("hello")

proc, port = spawn_server_process(tmp_path / "db.sqlite3")   # `python -m app.server --port 0`
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import selectors
import subprocess
import sys
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from app.demo.server import demo_server
from app.server.app import ChatServer
from app.server.config import ServerConfig

REPO_ROOT = Path(__file__).resolve().parents[2]
SUBPROTOCOL = "agentdesk.v1"
TRUSTED_MTA = "mx.agentdesk.test"
Frame = dict[str, Any]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@asynccontextmanager
async def running_server(tmp_path: Path, **overrides: Any) -> AsyncIterator[ChatServer]:
    """An in-process ``ChatServer`` on 127.0.0.1, a free port, a SQLite file in ``tmp_path``.

    Demo data is seeded unless ``demo=False``; any ``ServerConfig`` field can be overridden.
    """
    settings: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": 0,
        "demo": True,
        "db_url": sqlite_url(Path(tmp_path) / "server.sqlite3"),
        # Tests open many sockets from 127.0.0.1 in a burst; the handshake rate per address
        # (admission.py) has tests of its own that turn it on.
        "handshake_rate_per_address": 0,
        # Mail in tests is vouched for by a "trusted MTA" (tests/server/email/mail_support.py adds
        # its Authentication-Results header) and DNS goes nowhere; the sender checks themselves
        # are tested against a real DNS server on loopback (tests/server/email/test_mail_auth.py).
        "trusted_authserv_id": TRUSTED_MTA,
        "dns_servers": ("127.0.0.1",),
        "dns_port": 9,
        "dns_timeout": 1.0,
    }
    settings.update(overrides)
    if "key_file" not in overrides and not str(settings["db_url"]).startswith("sqlite"):
        # No file to sit beside (PostgreSQL): the test's own key file, shared by the servers of one
        # test (several nodes of one database), never the user's data folder.
        settings["key_file"] = str(Path(tmp_path) / "server.keys")
    server = demo_server(ServerConfig(**settings))
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def spawn_server_process(
    db_path: Path, port: int = 0, extra_args: Sequence[str] = (), timeout: float = 30.0
) -> tuple[subprocess.Popen[str], int]:
    """``python -m app.server --port PORT --db sqlite:///DB_PATH``; waits for its listening line."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.server",
            "--port",
            str(port),
            "--db",
            sqlite_url(Path(db_path)),
            *extra_args,
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(deadline - time.monotonic(), 0.01)):
                continue
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("AgentDesk server listening on "):
                return proc, int(line.strip().rsplit(":", 1)[1])
    finally:
        sel.close()
    proc.kill()
    proc.wait()
    raise RuntimeError("the server process did not report that it is listening")


class RequestError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class _Client:
    def __init__(self, ws: ClientConnection, welcome: Frame) -> None:
        self.ws = ws
        self.welcome = welcome
        self._stash: deque[Frame] = deque()

    async def _recv(self, timeout: float) -> Frame:
        return json.loads(await asyncio.wait_for(self.ws.recv(), timeout))

    async def next_frame(self, timeout: float = 5.0) -> Frame:
        """The next frame not yet consumed (events, signals, errors...)."""
        if self._stash:
            return self._stash.popleft()
        return await self._recv(timeout)

    async def wait_for(self, predicate: Callable[[Frame], bool], timeout: float = 5.0) -> Frame:
        """The first frame matching ``predicate``; frames skipped on the way stay for ``next_frame``."""
        for frame in list(self._stash):
            if predicate(frame):
                self._stash.remove(frame)
                return frame
        deadline = time.monotonic() + timeout
        while True:
            frame = await self._recv(max(deadline - time.monotonic(), 0.001))
            if predicate(frame):
                return frame
            self._stash.append(frame)

    async def until(self, predicate: Callable[[Frame], bool], timeout: float = 10.0) -> list[Frame]:
        """Every frame in arrival order up to and including the first matching ``predicate`` (for a
        test of what came first; unlike ``drain`` it does not stop at a pause of a loaded machine)."""
        out = list(self._stash)
        self._stash.clear()
        for i, frame in enumerate(out):
            if predicate(frame):
                self._stash.extend(out[i + 1 :])
                return out[: i + 1]
        deadline = time.monotonic() + timeout
        while not out or not predicate(out[-1]):
            out.append(await self._recv(max(deadline - time.monotonic(), 0.001)))
        return out

    async def drain(self, quiet: float = 0.3) -> list[Frame]:
        """Every frame that arrives until none has for ``quiet`` seconds."""
        out = list(self._stash)
        self._stash.clear()
        while True:
            try:
                out.append(await self._recv(quiet))
            except TimeoutError:
                return out

    async def send_raw(self, data: str | bytes) -> None:
        await self.ws.send(data)

    async def sync(self, since: int, timeout: float = 10.0) -> tuple[list[Frame], Frame]:
        """``sync{since}``: the replayed frames and the final ``synced`` (or ``resync``) frame."""
        await self.ws.send(json.dumps({"type": "sync", "since": since}))
        replayed: list[Frame] = []
        while True:
            frame = await self.wait_for(
                lambda f: f["type"] in ("event", "message", "synced", "resync"), timeout
            )
            if frame["type"] in ("synced", "resync"):
                return replayed, frame
            replayed.append(frame)

    async def close(self) -> None:
        await self.ws.close()


class AgentClient(_Client):
    """A desk connection: ``login``/``auth``, then ``request`` and events."""

    def __init__(self, ws: ClientConnection, welcome: Frame) -> None:
        super().__init__(ws, welcome)
        self._ids = itertools.count(1)

    @staticmethod
    def _url(url: str) -> str:
        return url if url.rstrip("/").endswith("/agent") else url.rstrip("/") + "/agent"

    @classmethod
    async def _open(cls, url: str, first: Frame) -> AgentClient:
        ws = await connect(cls._url(url), subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
        await ws.send(json.dumps(first))
        welcome = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if welcome.get("type") != "welcome":
            await ws.close()
            raise RequestError(welcome.get("code", "?"), welcome.get("message", ""))
        return cls(ws, welcome)

    @classmethod
    async def login(cls, url: str, username: str, password: str) -> AgentClient:
        return await cls._open(url, {"type": "login", "username": username, "password": password})

    @classmethod
    async def auth(cls, url: str, token: str) -> AgentClient:
        return await cls._open(url, {"type": "auth", "token": token})

    @property
    def token(self) -> str | None:
        return self.welcome.get("token")

    async def request_raw(self, method: str, timeout: float = 10.0, **params: Any) -> Frame:
        rid = next(self._ids)
        await self.ws.send(json.dumps({"type": "req", "id": rid, "method": method, "params": params}))
        return await self.wait_for(lambda f: f.get("type") == "res" and f.get("id") == rid, timeout)

    async def request(self, method: str, timeout: float = 10.0, **params: Any) -> Frame:
        """The result of ``method``; raises ``RequestError`` (with ``.code``) on an error response."""
        res = await self.request_raw(method, timeout, **params)
        if not res["ok"]:
            raise RequestError(res["error"]["code"], res["error"]["message"])
        return res["result"]

    async def next_event(self, timeout: float = 5.0) -> Frame:
        return await self.wait_for(lambda f: f["type"] == "event", timeout)

    async def events(self, quiet: float = 0.3) -> list[Frame]:
        """Events that arrive until it has been quiet for ``quiet`` seconds (others stay stashed)."""
        frames = await self.drain(quiet)
        events = [f for f in frames if f["type"] == "event"]
        self._stash.extend(f for f in frames if f["type"] != "event")
        return events


class CustomerClient(_Client):
    """A customer's chat connection to ``/customer``."""

    def __init__(self, ws: ClientConnection, welcome: Frame) -> None:
        super().__init__(ws, welcome)
        self._ids = itertools.count(1)

    @classmethod
    async def connect(cls, url: str, token: str) -> CustomerClient:
        full = url if url.rstrip("/").endswith("/customer") else url.rstrip("/") + "/customer"
        ws = await connect(full, subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
        await ws.send(json.dumps({"type": "auth", "token": token}))
        welcome = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if welcome.get("type") != "welcome":
            await ws.close()
            raise RequestError(welcome.get("code", "?"), welcome.get("message", ""))
        return cls(ws, welcome)

    async def send(self, body: str, client_msg_id: str | None = None, timeout: float = 10.0) -> Frame:
        """Send a message; returns the ``sent`` acknowledgement (raises on an ``error``)."""
        cmid = client_msg_id or f"c-{id(self)}-{next(self._ids)}"
        await self.ws.send(json.dumps({"type": "send", "body": body, "client_msg_id": cmid}))
        frame = await self.wait_for(
            lambda f: (f["type"] == "sent" and f["client_msg_id"] == cmid) or f["type"] == "error", timeout
        )
        if frame["type"] == "error":
            raise RequestError(frame["code"], frame["message"])
        return frame

    async def next_message(self, timeout: float = 5.0) -> Frame:
        """The next ``message`` frame (``{"type":"message","seq","message":{...}}``)."""
        return await self.wait_for(lambda f: f["type"] == "message", timeout)

    async def messages(self, quiet: float = 0.3) -> list[Frame]:
        frames = await self.drain(quiet)
        out = [f for f in frames if f["type"] == "message"]
        self._stash.extend(f for f in frames if f["type"] != "message")
        return out

    async def history(self, limit: int = 100) -> Frame:
        await self.ws.send(json.dumps({"type": "history", "limit": limit}))
        return await self.wait_for(lambda f: f["type"] == "history_result")


def audit_key(key_file: Path) -> bytes:
    """The audit key of a test server's key file (``<db stem>.keys`` beside its SQLite file)."""
    from app.server import keys

    loaded, _ = keys.load(Path(key_file), create=False)
    return loaded.current("audit")


def verify_audit_chain(db_url: str, key_file: Path) -> Any:
    """``audit.verify`` of a database with the audit key of ``key_file`` (the chain only)."""
    from app.server import audit
    from app.server.db.engine import make_engine, make_session_factory

    engine = make_engine(db_url)
    try:
        with make_session_factory(engine, {audit.KEY_INFO: audit_key(key_file)})() as session:
            return audit.verify(session)
    finally:
        engine.dispose()


async def grant_override(server: ChatServer, uid: str, reason: str = "known caller (test)") -> None:
    """A supervisor's identity override for ``uid`` (what ``identity.override`` records), so a
    test may reveal the customer's data or file a security request without a verification."""
    from app.protocol import identity as pi
    from app.server.identity import repo as identity_repo
    from app.server.repos import repo_agents

    def grant(session: Any) -> None:
        sam = repo_agents.get_agent(session, "sam")
        assert sam is not None and sam.role == "supervisor"
        assert identity_repo.override(session, sam, pi.OverrideParams(uid=uid, reason=reason)) is not None

    await server.context.db.run(grant)
