"""The customer panel filled through the HTTP provider from the reference exchange (real window, real
server, real reference service): the source stopped mid-session → "source unavailable" within 2 s,
the desk and server stay responsive, the panel recovers when it returns; a signed account event
updates the open panel live."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from app.protocol import methods as pm
from tests.server.exchange.support import HTTP, exchange_of, vip_with_withdrawal
from tests.ui.helpers import until


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return dict(HTTP)


def _withdrawal_statuses(window: Any) -> list[str]:
    return [t.status for t in window.customer.customer.withdrawals]


def test_panel_through_http_survives_the_source_going_away(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        exchange = exchange_of(server).service
        uid = await vip_with_withdrawal(server)
        window = await open_desk("vera")
        controller = window.customer_controller
        controller.show_uid(uid)
        await until(lambda: window.customer.customer is not None and window.customer.customer.uid == uid)
        shown = window.customer.customer
        expected = exchange.books.withdrawals[uid][0]
        assert shown.withdrawals[0].transfer_id == expected.transfer_id
        assert (
            shown.withdrawals[0].tx_hash == expected.tx_hash
            and shown.withdrawals[0].chain == expected.network
        )
        assert window.customer.source_note.isHidden()

        # The exchange goes away mid-session: the panel says so within 2 s, keeping what it had.
        await exchange.stop()
        await asyncio.sleep(0.3)  # past the server's cache TTL (0.2 s here): the next look asks the source
        started = time.monotonic()
        controller.refresh()
        await until(lambda: not window.customer.source_note.isHidden(), timeout=5, what="source note")
        assert time.monotonic() - started < 2.0
        assert "source unavailable" in window.customer.source_note.text()
        assert window.customer.customer.withdrawals[0].transfer_id == expected.transfer_id
        # The desk and the server stay responsive meanwhile.
        started = time.monotonic()
        await window.desk.session.call(pm.SNAPSHOT, pm.SnapshotParams(limit=10))
        assert time.monotonic() - started < 2.0

        # It comes back: the panel recovers by itself (it asks again while the source is away).
        controller._retry.setInterval(200)
        await exchange.start()
        await until(lambda: window.customer.source_note.isHidden(), timeout=30, what="recovery")

        # A signed account event updates the open panel live.
        await exchange.trigger("withdrawal.under_review", uid)
        await until(
            lambda: _withdrawal_statuses(window)[:1] == ["under_review"], timeout=10, what="live update"
        )

    aio(body, timeout=90)
