"""Acknowledging a client's alerts from the client book: the real window against the real backend
(the button, the table's context-menu action, a refusal shown inline) and the Qt-free rule."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.policies.vip_alerts import MAX_ACK_IDS, ackable_ids, without_acknowledged
from app.protocol import vip as pv
from app.protocol.vip import BookRow, VipAlert
from app.server.db.schema import Customer
from app.server.vip import repo as repo_vip
from app.server.vip.schema import VipAlertAck
from tests.server.vip.support import FAST, add_withdrawal, db, quiet_client
from tests.ui.helpers import until

ALERTS_COLUMN = 8


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return dict(FAST)


# --- helpers -------------------------------------------------------------------------------------
def expire_kyc(session: Any, uid: str) -> None:
    """A KYC change (an alert of its own) the way every writer records it, without events."""
    customer = session.get(Customer, uid)
    repo_vip.record_customer_change(session, customer, "kyc_status", "expired", "sam", datetime.now(UTC))


def acks_of(session: Any, uid: str) -> dict[str, str]:
    rows = session.scalars(sa.select(VipAlertAck).where(VipAlertAck.customer_uid == uid))
    return {r.alert_id: r.acked_by for r in rows}


def reassign(session: Any, uid: str, manager: str) -> None:
    session.get(Customer, uid).account_manager = manager


async def book_showing(window: Any, uid: str) -> Any:
    """Open the client book, search for ``uid`` and select its (only) row; returns the pane."""
    window.actions_by_key["book"].trigger()
    vip = window.vip
    await until(lambda: vip.book_controller.loads >= 1, what="the book")
    QTest.keyClicks(vip.book.search, uid)
    await until(lambda: [r.uid for r in vip.book_model.rows()] == [uid], what="the client found")
    pane = vip.book
    assert not pane.acknowledge.isEnabled()  # nothing selected yet
    pane.table.setFocus()
    pane.table.setCurrentIndex(vip.book_model.index(0, 0))
    return pane


# --- the window ----------------------------------------------------------------------------------
def test_acknowledge_sends_the_clients_alerts_and_the_row_drops_them(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        uid = client["uid"]
        await db(server, add_withdrawal, uid, "BTC", "2.5")  # 162,500 USD: an alert
        await db(server, expire_kyc, uid)  # a second one
        window = await open_desk("vera")
        pane = await book_showing(window, uid)
        model = window.vip.book_model
        shown = model.rows()[0].alerts
        assert sorted(a.kind for a in shown) == ["kyc_changed", "large_withdrawal_pending"]
        assert model.index(0, ALERTS_COLUMN).data().startswith("2 · ")
        assert pane.acknowledge.isEnabled() and pane.ack_action.isEnabled()
        assert pane.ack_action in pane.table.actions()  # the context menu (menu key, Shift+F10)
        assert pane.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert await db(server, acks_of, uid) == {}

        loads = window.vip.book_controller.loads
        QTest.mouseClick(pane.acknowledge, Qt.MouseButton.LeftButton)
        await until(lambda: window.vip.book_controller.acks == 1, what="the acknowledgement")

        # The server recorded both, as vera's; its book no longer has them.
        assert await db(server, acks_of, uid) == {a.id: "vera" for a in shown}
        truth = await window.desk.session.call(pv.BOOK, pv.BookParams(search=uid))
        assert [r.alerts for r in truth.clients if r.uid == uid] == [[]]
        # The window shows it: no alerts text, nothing left to acknowledge, no error.
        assert model.rows()[0].alerts == []
        assert model.index(0, ALERTS_COLUMN).data() == ""
        assert not pane.acknowledge.isEnabled() and not pane.ack_action.isEnabled()
        assert pane.error.isHidden()
        await until(lambda: window.vip.book_controller.loads > loads, what="the book fetched again")
        assert model.index(0, ALERTS_COLUMN).data() == ""

    aio(body)


def test_a_refused_acknowledgement_is_shown_and_the_alert_stays(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        uid = client["uid"]
        await db(server, add_withdrawal, uid, "BTC", "2.5")
        window = await open_desk("vera")
        pane = await book_showing(window, uid)
        before = window.vip.book_model.index(0, ALERTS_COLUMN).data()
        assert before.startswith("1 · Large withdrawal pending")

        # The client moved to another manager meanwhile: the server refuses vera's acknowledgement.
        await db(server, reassign, uid, "victor")
        pane.ack_action.trigger()  # the context menu's action
        await until(lambda: not pane.error.isHidden(), what="the refusal")
        assert pane.error.text() == "You are not allowed to do that."
        assert await db(server, acks_of, uid) == {}
        assert window.vip.book_controller.acks == 0
        assert window.vip.book_model.index(0, ALERTS_COLUMN).data() == before
        assert pane.acknowledge.isEnabled()  # it may be tried again

    aio(body)


# --- the rule (Qt-free) --------------------------------------------------------------------------
def _alert(i: int) -> VipAlert:
    return VipAlert(id=f"chg:{i}", kind="kyc_changed", at=datetime(2026, 1, 1, tzinfo=UTC))


def _row(*alerts: VipAlert) -> BookRow:
    return BookRow(
        uid="10000001", name="A***", vip_tier=3, language="en", kyc_status="approved", alerts=list(alerts)
    )


def test_every_shown_alert_is_acknowledged_once_and_at_most_a_hundred() -> None:
    assert ackable_ids(None) == [] and ackable_ids(_row()) == []
    assert ackable_ids(_row(_alert(2), _alert(1), _alert(2))) == ["chg:2", "chg:1"]
    many = ackable_ids(_row(*(_alert(i) for i in range(150))))
    assert len(many) == MAX_ACK_IDS == 100 and many[0] == "chg:0"


def test_the_row_drops_exactly_what_the_server_acknowledged() -> None:
    row = _row(_alert(1), _alert(2))
    assert without_acknowledged(row, ["chg:2", "wd:gone"]).alerts == [_alert(1)]
    assert without_acknowledged(row, []) is row
    assert without_acknowledged(row, ["chg:1", "chg:2"]).alerts == []
