"""The thin asyncio layer under the session: one WebSocket, frames in and out through the codec.

Keep-alive is the websockets library's ping/pong: a peer that stops answering within
``ping_timeout`` closes the connection (code 1011), which the session treats like any other loss.
Everything protocol-level (what to send when) is decided by :mod:`app.client.machine`; which
connections may be opened at all (no plain ws:// beyond loopback, certificates always verified)
by :mod:`app.client.transport`, before any socket is opened.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.typing import Subprotocol

from app.client.transport import CERTIFICATE_INVALID, TransportRefused, check_url, is_loopback, tls_context
from app.protocol import codec
from app.protocol.errors import ProtocolError
from app.protocol.frames import SUBPROTOCOL, AgentClientFrame, ServerToAgentFrame
from app.protocol.wirelog import wire_logger

log = logging.getLogger(__name__)


_WIRE_LOG = wire_logger("websockets.client")


class ConnectFailed(Exception):
    """The connection could not be opened; ``code`` is ``unreachable``, ``timeout``,
    ``protocol_error`` (the server is not an AgentDesk server, or refused the handshake), or a
    transport refusal: ``insecure_transport``, ``certificate_invalid``, ``ca_file_invalid``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Closed(Exception):
    """The open connection ended: ``code`` is the close code (``None`` if the TCP link just died),
    ``reason`` a session error code (``connection_lost`` or ``timeout`` for a ping timeout)."""

    def __init__(self, code: int | None, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ConnectionConfig:
    """Timeouts in seconds. Small ``ping_*`` values make dead-link tests fast."""

    ping_interval: float | None = 20.0
    ping_timeout: float | None = 20.0
    open_timeout: float = 10.0
    close_timeout: float = 5.0
    max_size: int = 16 * 1024 * 1024  # a snapshot page of many conversations is large
    ca_file: str | None = None  # trust only this CA (PEM) for wss://, instead of the system store


def agent_url(server_url: str) -> str:
    """``ws(s)://host:port/agent`` for a server URL given as ws, wss, http or https, with or
    without the ``/agent`` path."""
    parts = urlsplit(server_url.strip())
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    path = parts.path.rstrip("/")
    if not path.endswith("/agent"):
        path += "/agent"
    return urlunsplit((scheme, parts.netloc, path, parts.query, ""))


class Connection:
    """One open WebSocket to ``/agent``."""

    def __init__(self, ws: ClientConnection) -> None:
        self._ws = ws

    @classmethod
    async def open(cls, server_url: str, config: ConnectionConfig) -> Connection:
        url = agent_url(server_url)
        kwargs: dict[str, Any] = {}
        try:
            host = check_url(url)  # before any socket: never plain ws:// beyond this machine
            if url.startswith("wss://"):
                kwargs["ssl"] = tls_context(config.ca_file)
        except TransportRefused as exc:
            raise ConnectFailed(exc.code) from None
        try:
            ws = await connect(
                url,
                subprotocols=[Subprotocol(SUBPROTOCOL)],
                ping_interval=config.ping_interval,
                ping_timeout=config.ping_timeout,
                open_timeout=config.open_timeout,
                close_timeout=config.close_timeout,
                max_size=config.max_size,
                compression=None,
                proxy=None if is_loopback(host) else True,
                logger=_WIRE_LOG,
                **kwargs,
            )
        except TimeoutError:
            raise ConnectFailed("timeout") from None
        except ssl.SSLCertVerificationError:
            raise ConnectFailed(CERTIFICATE_INVALID) from None
        except (InvalidHandshake, InvalidURI, ssl.SSLError):
            raise ConnectFailed("protocol_error") from None
        except OSError:
            raise ConnectFailed("unreachable") from None
        if ws.subprotocol != SUBPROTOCOL:
            await ws.close()
            raise ConnectFailed("protocol_error")
        return cls(ws)

    async def send(self, frame: AgentClientFrame) -> None:
        try:
            await self._ws.send(codec.encode(frame))
        except ConnectionClosed as exc:
            raise _closed(exc) from None

    async def recv(self) -> ServerToAgentFrame:
        """The next frame the server sent; a malformed one is logged and skipped."""
        while True:
            try:
                data = await self._ws.recv()
            except ConnectionClosed as exc:
                raise _closed(exc) from None
            try:
                return codec.decode_server_frame(data)
            except ProtocolError as exc:
                log.warning("skipped a frame the codec refused: %s", exc.message)

    async def close(self, code: int = 1000) -> None:
        await self._ws.close(code)


def _closed(exc: ConnectionClosed) -> Closed:
    received = exc.rcvd.code if exc.rcvd is not None else None
    if received is None and exc.sent is not None and "keepalive" in exc.sent.reason:
        return Closed(None, "timeout")  # our keep-alive ping went unanswered
    return Closed(received, "connection_lost")
