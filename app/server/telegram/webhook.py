"""The webhook receiver: a small HTTP/1.1 server (asyncio streams) for Telegram's POSTs.

The server's one port speaks HTTP through websockets, whose parser takes GET only; Telegram posts
JSON. So the webhook listens on a port of its own (``telegram_webhook_port``), behind the TLS
proxy that Telegram reaches (Telegram requires HTTPS on 443/80/88/8443). It accepts exactly
``POST <path>`` with a ``Content-Length`` up to 1 MiB and the secret header Telegram echoes from
``setWebhook`` (``X-Telegram-Bot-Api-Secret-Token``, compared in constant time); anything else
is refused without reading a body. One request per connection. The handler's answer decides the
status: 200 once the update is stored (Telegram then forgets it), 500 otherwise (it retries).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
MAX_HEAD = 16 * 1024
SECRET_HEADER = "x-telegram-bot-api-secret-token"
Handler = Callable[[bytes], Awaitable[bool]]
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
            413: "Payload Too Large", 500: "Internal Server Error"}


class WebhookServer:
    def __init__(self, path: str, secret: str, handler: Handler, timeout: float = 30.0) -> None:
        self.path = path
        self._secret = secret.encode()
        self._handler = handler
        self._timeout = timeout
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self, host: str, port: int) -> int:
        self._server = await asyncio.start_server(self._serve, host, port, limit=MAX_HEAD)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status = await asyncio.wait_for(self._request(reader), self._timeout)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, OSError):
            status = 400
        except Exception:
            log.exception("the Telegram webhook failed")
            status = 500
        try:
            writer.write(
                f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n".encode()
            )
            await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def _request(self, reader: asyncio.StreamReader) -> int:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            return 400
        method, target = parts[0], parts[1]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            name, sep, value = line.partition(":")
            if not sep:
                return 400
            headers[name.strip().lower()] = value.strip()
        if target.split("?", 1)[0] != self.path:
            return 404
        if method != "POST":
            return 405
        if not hmac.compare_digest(headers.get(SECRET_HEADER, "").encode(), self._secret):
            return 401
        if "transfer-encoding" in headers:
            return 400  # Telegram sends a length; a chunked body is not what it sends
        length = int(headers.get("content-length", "-1"))
        if length < 0:
            return 400
        if length > MAX_BODY:
            return 413
        body = await reader.readexactly(length)
        return 200 if await self._handler(body) else 500
