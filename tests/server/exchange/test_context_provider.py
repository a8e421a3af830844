"""customer.get through the HTTP provider from the reference exchange, and when it goes away."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from app.server.provider.db import DatabaseProvider
from app.server.provider.http import HttpProvider
from app.server.provider.settings import ProviderSettings
from tests.server.exchange.support import HTTP, eventually, exchange_of, vip_with_withdrawal
from tests.support.server import AgentClient, running_server


def _account(customer: dict) -> dict:
    """What the panel shows of the account (not the desk's own conversations list)."""
    keys = (
        "uid",
        "name",
        "email",
        "phone",
        "kyc_level",
        "kyc_status",
        "vip_tier",
        "account_manager",
        "fee_tier",
        "volume_30d_usd",
        "security",
    )
    return {k: customer.get(k) for k in keys} | {
        "orders": [o["order_id"] for o in customer["orders"]],
        "deposits": [
            (t["transfer_id"], t["chain"], t["address"], t["tx_hash"]) for t in customer["deposits"]
        ],
        "withdrawals": [
            (t["transfer_id"], t["chain"], t["address"], t["tx_hash"], t["status"])
            for t in customer["withdrawals"]
        ],
    }


async def test_the_panel_through_http_matches_the_database(tmp_path: Path) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "http").mkdir()
    async with running_server(tmp_path / "db") as by_db, running_server(tmp_path / "http", **HTTP) as by_http:
        assert by_http.context.customer_source.provider.name == "http"
        assert by_db.context.customer_source.provider.name == "db"
        uid = await vip_with_withdrawal(by_http)
        a = await AgentClient.login(by_db.ws_url, "vera", "demo")
        b = await AgentClient.login(by_http.ws_url, "vera", "demo")
        try:
            from_db = (await a.request("customer.get", uid=uid))["customer"]
            from_http = (await b.request("customer.get", uid=uid))["customer"]
        finally:
            await a.close()
            await b.close()
        assert from_http["source_unavailable"] is False and from_http.get("as_of") is None
        assert _account(from_http) == _account(from_db)
        assert from_http["withdrawals"] and from_http["withdrawals"][0]["address"]
        assert "*" in from_http["email"]  # masked: the source's values are masked like the tables'
        assert exchange_of(by_http).service.api.requests >= 1


async def test_source_down_mid_session_answers_quickly_then_recovers(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        uid = await vip_with_withdrawal(server)
        agent = await AgentClient.login(server.ws_url, "vera", "demo")
        try:
            first = (await agent.request("customer.get", uid=uid))["customer"]
            assert first["source_unavailable"] is False
            await exchange.stop()
            await asyncio.sleep(0.3)  # past the cache's TTL (0.2 s): the next look asks the source
            started = time.monotonic()
            down = (await agent.request("customer.get", uid=uid, timeout=5))["customer"]
            assert time.monotonic() - started < 2.0
            assert down["source_unavailable"] is True
            assert down["as_of"] is not None  # the last copy, marked
            assert _account(down) == _account(first)
            # The server stays responsive while the source is down: other requests answer at once.
            started = time.monotonic()
            await agent.request("inbox.snapshot", timeout=5)
            assert time.monotonic() - started < 2.0
            # Many looks while it is down never queue up: each answers within the bound.
            others = [await AgentClient.login(server.ws_url, "vera", "demo") for _ in range(4)]
            started = time.monotonic()
            looks = await asyncio.gather(
                *(c.request("customer.get", uid=uid, timeout=5) for c in others for _ in range(1))
            )
            assert time.monotonic() - started < 2.0
            assert all(r["customer"]["source_unavailable"] for r in looks)
            for c in others:
                await c.close()
            await exchange.start()

            async def fresh() -> bool:
                got = (await agent.request("customer.get", uid=uid))["customer"]
                return not got["source_unavailable"]

            await eventually(fresh, timeout=30, every=0.5)  # after the breaker's cool-down
        finally:
            await agent.close()


async def test_a_customer_never_fetched_shows_the_desks_own_record(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        uid = await vip_with_withdrawal(server)
        await exchange_of(server).service.stop()
        agent = await AgentClient.login(server.ws_url, "vera", "demo")
        try:
            got = (await agent.request("customer.get", uid=uid, timeout=5))["customer"]
        finally:
            await agent.close()
        assert got["source_unavailable"] is True and got.get("as_of") is None
        assert got["uid"] == uid and got["vip_tier"] > 0  # the desk's record of the customer
        assert got["orders"] == [] and got["withdrawals"] == []


async def test_a_wrong_token_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        settings = ProviderSettings(url=exchange.url, token="wrong")
        provider = HttpProvider(settings)
        try:
            from app.server.provider.base import SourceUnavailable

            with pytest.raises(SourceUnavailable, match="HTTP 401"):
                await provider.panel(next(iter(exchange.books.profiles)), 10)
        finally:
            await provider.close()


async def test_paging_is_the_same_through_both_providers(tmp_path: Path) -> None:
    async with running_server(tmp_path, **HTTP) as server:
        exchange = exchange_of(server).service
        uid = max(exchange.books.orders, key=lambda u: len(exchange.books.orders[u]))
        http = HttpProvider(ProviderSettings(url=exchange.url, token=exchange.token))
        db = DatabaseProvider(server.context.db)
        try:
            for provider in (http, db):
                seen, cursor = [], None
                while True:
                    page = await provider.orders(uid, cursor, 3)
                    seen += [o.order_id for o in page.items]
                    cursor = page.next_cursor
                    if cursor is None:
                        break
                assert seen == [o.order_id for o in exchange.books.orders[uid]]
                assert len(seen) > 3
            w_http = await http.transfers(uid, "withdrawals", None, 200)
            w_db = await db.transfers(uid, "withdrawals", None, 200)
            assert [t.transfer_id for t in w_http.items] == [t.transfer_id for t in w_db.items]
        finally:
            await http.close()
