"""Helpers of the web-chat browser tests: the live chat backend in a background thread and a
blocking agent client.

The server runs on its own asyncio loop in a daemon thread, so the blocking Selenium calls of a
test never stall it. The agent uses ``websockets.sync.client`` from the test thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from websockets.sync.client import ClientConnection, connect

from app.demo.server import demo_server
from app.server.config import ServerConfig

SUBPROTOCOL = "agentdesk.v1"


# --- the live server in a background thread -----------------------------------------------------
class LiveServer:
    """A ``ChatServer`` on its own loop in a daemon thread; restartable on the same port and DB."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.port = 0
        self.server: Any = None
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="chat-server", daemon=True)
        self._thread.start()

    def call(self, coro: Any, timeout: float = 60) -> Any:
        fut: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return fut.result(timeout)

    def start(self) -> None:
        async def _start() -> Any:
            server = demo_server(
                ServerConfig(port=self.port, demo=True, db_url=self.db_url, handshake_rate_per_address=0)
            )
            await server.start()
            return server

        self.server = self.call(_start())
        self.port = int(self.server.http_url.rstrip("/").rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.server is not None:
            self.call(self.server.stop())
            self.server = None

    def restart(self) -> None:
        self.stop()
        deadline = time.monotonic() + 10
        while True:  # the port may linger for a moment after close
            try:
                self.start()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def close(self) -> None:
        try:
            self.stop()
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
            self.loop.close()

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def agent_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/agent"

    @property
    def customer_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/customer"

    def token(self, uid: str) -> str:
        return str(self.server.mint_customer_token(uid))

    def chat_url(self, uid: str, query: str = "") -> str:
        return f"{self.http_url}/chat{query}#token={self.token(uid)}"


# --- a blocking agent client ----------------------------------------------------------------------
class SyncAgent:
    """Just enough of the agent protocol to answer a customer: login, requests, events, signals."""

    def __init__(self, url: str, username: str, password: str = "demo") -> None:
        self._stack = contextlib.ExitStack()
        self.ws: ClientConnection = self._stack.enter_context(
            connect(url, subprotocols=[SUBPROTOCOL], open_timeout=10))
        self._ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        self.signals: list[dict[str, Any]] = []
        self._send({"type": "login", "username": username, "password": password})
        welcome = self._recv(10)
        assert welcome["type"] == "welcome", welcome
        self.agent = welcome["agent"]
        self._send({"type": "sync", "since": welcome["head"]})
        while (frame := self._recv(10))["type"] != "synced":
            self._keep(frame)

    def _send(self, frame: dict[str, Any]) -> None:
        self.ws.send(json.dumps(frame))

    def _recv(self, timeout: float) -> dict[str, Any]:
        return dict(json.loads(self.ws.recv(timeout=timeout)))

    def _keep(self, frame: dict[str, Any]) -> None:
        if frame["type"] == "event":
            self.events.append(frame)
        elif frame["type"] == "signal":
            self.signals.append(frame)

    def request(self, method: str, **params: Any) -> dict[str, Any]:
        rid = next(self._ids)
        self._send({"type": "req", "id": rid, "method": method, "params": params})
        deadline = time.monotonic() + 15
        while True:
            frame = self._recv(max(0.1, deadline - time.monotonic()))
            if frame["type"] == "res" and frame["id"] == rid:
                assert frame["ok"], f"{method} failed: {frame.get('error')}"
                return dict(frame["result"])
            self._keep(frame)

    def signal(self, name: str, **data: Any) -> None:
        self._send({"type": "signal", "name": name, "data": data})

    def wait_for(self, kind: str, predicate: Callable[[dict[str, Any]], bool], timeout: float = 10) -> dict:
        """The first kept event/signal matching ``predicate`` (already received or arriving)."""
        bucket = self.events if kind == "event" else self.signals
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for frame in bucket[seen:]:
                if predicate(frame):
                    return frame
            seen = len(bucket)
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching {kind} within {timeout} s")
            try:
                self._keep(self._recv(left))
            except TimeoutError as exc:
                raise AssertionError(f"no matching {kind} within {timeout} s") from exc

    def close(self) -> None:
        self._stack.close()
