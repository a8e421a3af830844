"""HTTP requests that websockets' handshake parser cannot serve: requests with a body (POST), and
the JSON endpoints of features, on the same port as ``/agent`` and ``/customer``.

websockets reads only bodiless GETs (``http.py`` serves those). This connection class — what
``serve(create_connection=...)`` makes per TCP connection — looks at the request line first: a
request for one of ``routes`` is read here (head ≤ 16 KiB, ``Content-Length`` body ≤ 256 KiB, no
chunked bodies, all of it within ``READ_TIMEOUT``), answered by its handler and the connection
closed; anything else goes on to websockets untouched. Works the same under TLS (the bytes here
are already decrypted).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection

log = logging.getLogger("app.server.http_requests")
MAX_HEAD = 16 * 1024
MAX_BODY = 256 * 1024
READ_TIMEOUT = 10.0
SNIFF = 24  # bytes enough to see "POST /hooks/exchange " or "GET /metrics "


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes
    remote: str | None


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[HttpRequest], Awaitable[HttpAnswer]]
Routes = Mapping[tuple[str, str], Handler]  # (method, path) -> handler


def _encode(answer: HttpAnswer) -> bytes:
    status = HTTPStatus(answer.status)
    lines = [
        f"HTTP/1.1 {status.value} {status.phrase}",
        f"Content-Type: {answer.content_type}",
        f"Content-Length: {len(answer.body)}",
        "Cache-Control: no-store",
        "X-Content-Type-Options: nosniff",
        "Connection: close",
        *(f"{k}: {v}" for k, v in answer.headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + answer.body


def _text(status: int, text: str) -> HttpAnswer:
    return HttpAnswer(status, text.encode(), "text/plain; charset=utf-8")


def connection_class(
    routes: Routes, base: type[ServerConnection] = ServerConnection
) -> type[ServerConnection]:
    """A ``base`` (a :class:`ServerConnection`) that answers ``routes`` itself (see the module
    docstring); what it does not take goes to ``base`` untouched."""
    prefixes = tuple(f"{method} {path}".encode() for method, path in routes)

    class RoutedConnection(base):  # type: ignore[valid-type,misc]
        _head = b""
        _mode = "sniff"  # sniff | ws | http
        _timer: asyncio.TimerHandle | None = None
        _task: asyncio.Task[None] | None = None

        def data_received(self, data: bytes) -> None:
            if self._mode == "ws":
                super().data_received(data)
                return
            if self._mode == "done":
                return
            self._head += data
            if self._mode == "sniff":
                early = len(self._head) < SNIFF and b"\r\n" not in self._head
                if early and any(p.startswith(self._head) for p in prefixes):
                    return  # too early to tell
                if not any(
                    self._head.startswith(p + b" ") or self._head.startswith(p + b"?") for p in prefixes
                ):
                    self._mode = "ws"
                    head, self._head = self._head, b""
                    super().data_received(head)
                    return
                self._mode = "http"
                self._timer = asyncio.get_running_loop().call_later(READ_TIMEOUT, self._give_up)
            self._try_request()

        def _give_up(self) -> None:
            self._reply(_text(408, "request timeout\n"))

        def _reply(self, answer: HttpAnswer) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._mode = "done"
            if not self.transport.is_closing():
                self.transport.write(_encode(answer))
                self.transport.close()

        def _try_request(self) -> None:
            end = self._head.find(b"\r\n\r\n")
            if end < 0:
                if len(self._head) > MAX_HEAD:
                    self._reply(_text(431, "request head too large\n"))
                return
            lines = self._head[:end].decode("latin-1").split("\r\n")
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    headers[name.strip().lower()] = value.strip()
            if "transfer-encoding" in headers:
                self._reply(_text(411, "send a Content-Length body\n"))
                return
            try:
                length = int(headers.get("content-length", "0"))
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY:
                self._reply(_text(413, "body too large\n"))
                return
            body = self._head[end + 4 :]
            if len(body) < length:
                return  # more to come
            self._mode = "done"
            method, target = [*lines[0].split(" "), "", ""][:2]
            parts = urlsplit(target)
            peer: Any = self.transport.get_extra_info("peername")
            request = HttpRequest(
                method=method,
                path=parts.path,
                query={k: v[0] for k, v in parse_qs(parts.query).items()},
                headers=headers,
                body=body[:length],
                remote=str(peer[0]) if peer else None,
            )
            handler = routes[(method, parts.path)]
            self._task = asyncio.get_running_loop().create_task(self._answer(handler, request))

        async def _answer(self, handler: Handler, request: HttpRequest) -> None:
            try:
                answer = await handler(request)
            except Exception:
                log.exception("%s %s failed", request.method, request.path)
                answer = _text(500, "internal error\n")
            self._reply(answer)

    return RoutedConnection
