"""Fixtures of the security tests: a real server, real WebSockets, temporary SQLite.

``threaded_server`` runs a ``ChatServer`` on a loop of its own in a background thread, so that
synchronous tests (hypothesis drives those) can talk to it with ``websockets.sync`` clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from app.demo.server import demo_server
from app.server.config import ServerConfig
from tests.support.async_tests import pytest_pyfunc_call  # noqa: F401  (runs async def tests)
from tests.support.server import SUBPROTOCOL, sqlite_url


class ThreadedServer:
    def __init__(self, db_path: Path, **overrides: Any) -> None:
        settings: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": 0,
            "demo": True,
            "db_url": sqlite_url(db_path),
            "handshake_rate_per_address": 0,  # hypothesis opens sockets in bursts
        }
        settings.update(overrides)
        self.db_path = db_path
        self.server = demo_server(ServerConfig(**settings))
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-server", daemon=True)
        self._clients = contextlib.ExitStack()

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(60)
        return self

    def __exit__(self, *exc: object) -> None:
        self._clients.close()
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    def call(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def _connect(self, path: str) -> ClientConnection:
        """A client connection, closed with the server at the latest."""
        return self._clients.enter_context(
            connect(self.server.ws_url + path, subprotocols=[SUBPROTOCOL])  # type: ignore[list-item]
        )

    def agent(self, username: str = "alice", password: str = "demo") -> ClientConnection:
        ws = self._connect("/agent")
        ws.send(json.dumps({"type": "login", "username": username, "password": password}))
        welcome = json.loads(ws.recv(10))
        assert welcome["type"] == "welcome", welcome
        return ws

    def customer(self, uid: str) -> ClientConnection:
        ws = self._connect("/customer")
        ws.send(json.dumps({"type": "auth", "token": self.server.mint_customer_token(uid)}))
        welcome = json.loads(ws.recv(10))
        assert welcome["type"] == "welcome", welcome
        return ws


@pytest.fixture(scope="module")
def threaded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    """One server for a whole module; no rate limit in the way of generated traffic."""
    db = tmp_path_factory.mktemp("hostile") / "server.sqlite3"
    with ThreadedServer(db, rate_limit_per_second=100_000, rate_limit_burst=100_000) as server:
        yield server
