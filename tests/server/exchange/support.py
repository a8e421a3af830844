"""Helpers of the exchange-integration tests: the demo server reading through the reference exchange."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import sqlalchemy as sa

from app.demo.exchange.service import ExchangeExtension
from app.server.app import ChatServer
from app.server.db.schema import Customer

HTTP = {"context_provider": "http", "context_cache_ttl": 0.2}


def exchange_of(server: ChatServer) -> ExchangeExtension:
    return next(e for e in server.extensions if isinstance(e, ExchangeExtension))


async def vip_with_withdrawal(server: ChatServer, manager: str = "vera") -> str:
    """A client of ``manager`` who has a withdrawal at the exchange."""
    books = exchange_of(server).service.books

    def find(session: Any) -> list[str]:
        return list(
            session.scalars(
                sa.select(Customer.uid)
                .where(Customer.account_manager == manager, Customer.vip_tier > 0)
                .order_by(Customer.uid)
            )
        )

    uids = await server.context.db.run(find)
    return next(u for u in uids if books.withdrawals[u])


async def eventually(check: Any, timeout: float = 30.0, every: float = 0.1) -> Any:
    """Poll ``check()`` (sync or async) until it returns something truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(every)
