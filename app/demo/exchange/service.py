"""The reference exchange as an object (tests, the demo) and as a demo-server extension."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import socket
from typing import TYPE_CHECKING

import httpx

from app.demo.exchange import httpd
from app.demo.exchange.api import ExchangeApi
from app.demo.exchange.sender import DEMO_KINDS, EventSender, make_event
from app.demo.exchange.store import Books
from app.server.hooks.model import AccountEvent
from app.server.timeutil import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.server.app import ChatServer

log = logging.getLogger("app.demo.exchange")


class ExchangeService:
    """``url`` is known from construction (the socket is bound at once); ``stop``/``start`` again
    serve the same port (tests stop it mid-session and bring it back)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        error_rate: float = 0.0,
    ) -> None:
        self.token = token
        self.books = Books(utcnow())
        self.api = ExchangeApi(self.books, token, latency=latency, error_rate=error_rate)
        self._sock: socket.socket | None = httpd.bind(host, port)
        self.host, self.port = self._sock.getsockname()[:2]
        self._http = httpd.HttpServer(self.api)
        self.sender: EventSender | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def serving(self) -> bool:
        return self._http.serving

    async def start(self) -> None:
        if self._http.serving:
            return
        sock = self._sock or httpd.bind(self.host, self.port)
        self._sock = None
        await self._http.start(sock)

    async def stop(self) -> None:
        """Stop answering: the port closes and open connections are cut."""
        await self._http.stop()
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def send_events_to(self, url: str, key: bytes) -> None:
        self.sender = EventSender(url, key)

    async def trigger(self, kind: str, uid: str) -> tuple[AccountEvent, httpx.Response]:
        """Make the change of demo event ``kind`` and announce it to the desk's server."""
        if self.sender is None:
            raise RuntimeError("no webhook URL: call send_events_to first")
        event = make_event(self.books, kind, uid)
        return event, await self.sender.send(event)

    async def close(self) -> None:
        await self.stop()
        if self.sender is not None:
            await self.sender.close()


async def demo_events(service: ExchangeService, every: float) -> None:
    """A random account event for a random VIP client every ``every`` seconds (never a tier change)."""
    rng = random.Random()
    vips = [u for u, p in service.books.profiles.items() if p.vip.tier > 0 and service.books.withdrawals[u]]
    while True:
        await asyncio.sleep(every)
        kind = rng.choice([k for k in DEMO_KINDS if k != "tier.changed"])
        try:
            await service.trigger(kind, rng.choice(vips))
        except Exception:
            log.warning("demo event %s not delivered", kind, exc_info=True)


class ExchangeExtension:
    """``agentdesk-server --demo``: the reference exchange beside the demo server, which reads the
    customer panel from it over HTTP and gets its account events by webhook (``demo_server``)."""

    def __init__(self, events_every: float = 0.0) -> None:
        self.token = secrets.token_urlsafe(24)
        self.webhook_key = secrets.token_bytes(32)
        self.service = ExchangeService(token=self.token)
        self.events_every = events_every
        self._task: asyncio.Task[None] | None = None

    def prepare(self, sessions: sessionmaker[Session]) -> None:
        return None

    async def start(self, server: ChatServer) -> None:
        await self.service.start()
        log.info("reference exchange on %s (the customer panel is read through it)", self.service.url)
        self.service.send_events_to(f"{server.http_url}/hooks/exchange", self.webhook_key)
        if self.events_every > 0:
            self._task = asyncio.create_task(
                demo_events(self.service, self.events_every), name="exchange-events"
            )

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task
        await self.service.close()
