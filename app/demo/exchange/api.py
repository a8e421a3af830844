"""The reference exchange's API handler: ``docs/exchange-api.yaml`` over :class:`Books`.

A bearer token is required when one is configured (compared in constant time). ``latency`` and
``error_rate`` make it slow or flaky on purpose (``bench/context_provider.py``, failure tests).
"""

from __future__ import annotations

import asyncio
import hmac
import random
import re

import msgspec

from app.demo.exchange.httpd import Request, Response
from app.demo.exchange.store import Books
from app.server.provider import model

ROUTE = re.compile(r"^/v1/customers/(?P<uid>[^/]+)(?:/(?P<list>context|orders|deposits|withdrawals))?$")
DEFAULT_LIMIT = 50


def _json(status: int, value: object) -> Response:
    return Response(status, model.ENCODER.encode(value))


def _error(status: int, code: str, message: str = "") -> Response:
    return _json(status, model.ApiError(error=code, message=message))


class ExchangeApi:
    def __init__(
        self,
        books: Books,
        token: str | None,
        *,
        latency: float = 0.0,
        error_rate: float = 0.0,
        rng: random.Random | None = None,
    ) -> None:
        self.books = books
        self.token = token
        self.latency = latency
        self.error_rate = error_rate
        self.rng = rng or random.Random()
        self.requests = 0

    async def __call__(self, request: Request) -> Response:
        self.requests += 1
        if request.path == "/healthz":
            return Response(200, b"ok", "text/plain")
        if self.token is not None:
            offered = request.headers.get("authorization", "")
            if not hmac.compare_digest(offered.encode(), f"Bearer {self.token}".encode()):
                return _error(401, "unauthorized", "a valid bearer token is required")
        if request.method != "GET":
            return _error(405, "method_not_allowed")
        match = ROUTE.match(request.path)
        if match is None:
            return _error(404, "not_found", "no such resource")
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.error_rate and self.rng.random() < self.error_rate:
            return _error(503, "unavailable", "injected failure")
        uid, which = match["uid"], match["list"]
        if uid not in self.books.profiles:
            return _error(404, "not_found", "no such customer")
        try:
            limit = int(request.query.get("limit", DEFAULT_LIMIT))
            if not 1 <= limit <= 200:
                raise ValueError
            cursor = request.query.get("cursor") or None
            if which is None:
                return _json(200, self.books.profiles[uid])
            if which == "context":
                return _json(200, self.books.panel(uid, limit))
            if which == "orders":
                return _json(200, self.books.order_page(uid, cursor, limit))
            return _json(200, self.books.transfer_page(uid, which, cursor, limit))
        except (ValueError, msgspec.ValidationError):
            return _error(400, "bad_request", "limit is 1-200; cursor must come from next_cursor")
