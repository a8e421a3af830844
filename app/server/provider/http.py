"""The HTTP provider: the exchange's internal API (``docs/exchange-api.yaml``) through httpx.

Every call is an idempotent GET, so it is retried on a connection error, a timeout, 429 or a 5xx,
with full-jitter backoff, as long as the caller's deadline allows; a circuit breaker stops asking a
source that keeps failing (calls fail at once while it is open). Connections are pooled and
bounded (``max_connections``): a burst of panels waits for a free connection within its deadline
instead of opening sockets without end. The bearer token is sent in a header and never logged.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from typing import Literal, TypeVar
from urllib.parse import quote

import httpx
import msgspec

from app.server.provider import model
from app.server.provider.base import NotAtSource, SourceUnavailable
from app.server.provider.resilience import CircuitBreaker, backoff_delays
from app.server.provider.settings import ProviderSettings

log = logging.getLogger("app.server.provider.http")
T = TypeVar("T")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def ssl_context(settings: ProviderSettings) -> ssl.SSLContext | bool:
    """The OS trust store unless a CA file is named; a client certificate for mTLS if named."""
    if not settings.url.startswith("https://"):
        return True
    if settings.ca_file:
        ctx = ssl.create_default_context(cafile=settings.ca_file)
    else:
        import truststore

        ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if settings.client_cert:
        ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class HttpProvider:
    name = "http"

    def __init__(
        self, settings: ProviderSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        headers = {"Accept": "application/json", "User-Agent": "AgentDesk"}
        if settings.token:
            headers["Authorization"] = f"Bearer {settings.token}"
        self._client = httpx.AsyncClient(
            base_url=settings.url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(settings.attempt_timeout, connect=min(settings.attempt_timeout, 1.0)),
            limits=httpx.Limits(
                max_connections=settings.max_connections, max_keepalive_connections=settings.max_connections
            ),
            verify=ssl_context(settings),
            transport=transport,
            trust_env=False,  # an internal API: no proxy from the environment
        )
        self.breaker = CircuitBreaker(settings.breaker_threshold, settings.breaker_cooldown)
        self.requests = 0  # sent (metrics)
        self.failures = 0  # attempts that failed (metrics)

    async def close(self) -> None:
        await self._client.aclose()

    # --- the API --------------------------------------------------------------------------------
    async def profile(self, uid: str) -> model.Profile:
        return await self._get(f"/v1/customers/{_seg(uid)}", {}, model.Profile)

    async def panel(self, uid: str, limit: int) -> model.Panel:
        return await self._get(f"/v1/customers/{_seg(uid)}/context", {"limit": limit}, model.Panel)

    async def orders(self, uid: str, cursor: str | None, limit: int) -> model.OrderPage:
        return await self._get(f"/v1/customers/{_seg(uid)}/orders", _page(cursor, limit), model.OrderPage)

    async def transfers(
        self, uid: str, kind: Literal["deposits", "withdrawals"], cursor: str | None, limit: int
    ) -> model.TransferPage:
        return await self._get(f"/v1/customers/{_seg(uid)}/{kind}", _page(cursor, limit), model.TransferPage)

    # --- one GET, retried -----------------------------------------------------------------------
    async def _get(self, path: str, params: dict[str, str | int], kind: type[T]) -> T:
        s = self.settings
        deadline = time.monotonic() + s.deadline
        delays = backoff_delays(s.attempts, s.backoff_base, s.backoff_cap)
        last = "no attempt"
        for attempt in range(s.attempts):
            if not self.breaker.allow():
                raise SourceUnavailable("circuit open")
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                self.requests += 1
                response = await asyncio.wait_for(self._client.get(path, params=params), left)
            except (httpx.TransportError, TimeoutError) as exc:
                self.failures += 1
                self.breaker.failure()
                last = type(exc).__name__
            else:
                if response.status_code == 200:
                    try:
                        value = msgspec.json.decode(response.content, type=kind)
                    except msgspec.ValidationError as exc:
                        self.breaker.failure()
                        self.failures += 1
                        raise SourceUnavailable(f"the source answered an invalid document: {exc}") from None
                    self.breaker.success()
                    return value
                if response.status_code == 404:
                    self.breaker.success()  # the source works: it does not know this customer
                    raise NotAtSource(path)
                self.failures += 1
                if response.status_code not in RETRY_STATUSES:
                    self.breaker.success()  # 400/401/403: our fault or our credentials, not an outage
                    log.warning("exchange API refused %s: HTTP %s", path.split("/")[2], response.status_code)
                    raise SourceUnavailable(f"HTTP {response.status_code}")
                self.breaker.failure()
                last = f"HTTP {response.status_code}"
            if attempt < len(delays):
                wait = min(delays[attempt], deadline - time.monotonic())
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
        raise SourceUnavailable(last)


def _seg(uid: str) -> str:
    return quote(uid, safe="")


def _page(cursor: str | None, limit: int) -> dict[str, str | int]:
    return {"limit": limit} | ({"cursor": cursor} if cursor else {})
