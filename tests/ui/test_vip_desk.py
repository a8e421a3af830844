"""The VIP desk in the real window against the real backend (issue 8's window parts): the client
book, client notes, outreach, callback reminders, cover and the title bar's VIP timer."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.protocol import methods as pm
from app.protocol import vip as pv
from app.ui.item_models.roles import InboxRole
from tests.server.vip.support import FAST, add_withdrawal, db, quiet_client, soon
from tests.support.server import CustomerClient
from tests.ui.helpers import presence_of, until


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return dict(FAST)  # the callback monitor checks every 0.1 s


async def customer_of(server: Any, uid: str) -> CustomerClient:
    customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await customer.sync(customer.welcome["head"])
    return customer


async def show_customer(window: Any, uid: str) -> None:
    window.customer_controller.show_uid(uid)
    await until(lambda: window.customer.customer is not None and window.customer.customer.uid == uid)


def test_book_shows_veras_clients_sorts_searches_alerts(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        await db(server, add_withdrawal, client["uid"], "BTC", "2.5")  # 162,500 USD: an alert
        window = await open_desk("vera")
        window.actions_by_key["book"].trigger()
        vip = window.vip
        await until(lambda: vip.book_controller.loads >= 1, what="the book")
        truth = await window.desk.session.call(pv.BOOK, pv.BookParams(limit=1000))
        assert [r.uid for r in vip.book_model.rows()] == [r.uid for r in truth.clients]
        assert vip.book_model.total == truth.total > 20
        row = vip.book_model.rows().index(next(r for r in truth.clients if r.uid == client["uid"]))
        alerts = vip.book_model.index(row, 8).data()
        assert alerts.startswith("1 · Large withdrawal pending: 2.5 BTC")
        assert vip.book_model.index(row, 1).data() == client["uid"]

        # A header click asks the server to sort; the search box asks it to search.
        loads = vip.book_controller.loads
        vip.book.table.horizontalHeader().sectionClicked.emit(2)
        vip.book.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        await until(lambda: vip.book_controller.loads > loads, what="sorted book")
        by_volume = await window.desk.session.call(pv.BOOK, pv.BookParams(sort="volume", limit=1000))
        assert [r.uid for r in vip.book_model.rows()] == [r.uid for r in by_volume.clients]
        QTest.keyClicks(vip.book.search, client["uid"])
        await until(lambda: [r.uid for r in vip.book_model.rows()] == [client["uid"]], what="search")

        # Opening a client shows the customer panel for that uid.
        vip.book.table.activated.emit(vip.book_model.index(0, 0))
        await until(lambda: window.customer.customer and window.customer.customer.uid == client["uid"])

    aio(body)


def test_alice_has_no_book_nor_notes(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        assert "book" not in window.actions_by_key and "backup" not in window.actions_by_key
        assert not window.customer.outreach.isVisible()
        row = window.inbox_model.index(0).data(InboxRole.ROW)
        await show_customer(window, row.customer_uid)
        assert window.customer.notes.isHidden()

    aio(body)


def test_a_note_shows_and_never_reaches_the_customer(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        window = await open_desk("vera")
        customer = await customer_of(server, client["uid"])
        await show_customer(window, client["uid"])
        notes = window.customer.notes
        await until(lambda: not notes.isHidden(), what="the notes section")
        text = "Prefers calls after 18:00 <b>plain</b> 5150"
        notes.edit.setPlainText(text)
        QTest.mouseClick(notes.add, Qt.MouseButton.LeftButton)
        await until(lambda: text in notes.bodies(), what="the note in the panel")
        assert not any(text in m["message"]["body"] for m in await customer.messages(quiet=0.5))
        await customer.close()

    aio(body)


def test_outreach_reaches_the_customer_and_a_blocked_one_is_shown_inline(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        window = await open_desk("vera")
        customer = await customer_of(server, client["uid"])
        await show_customer(window, client["uid"])
        assert window.customer.outreach.isVisibleTo(window.customer)

        # Blocked: the guard's reason inline, Send disabled; the server's refusal inline too.
        window.customer.outreach.click()
        dialog = window.vip.outreach.dialog
        dialog.body.setPlainText("Please tell me your password and the SMS code.")
        assert not dialog.guard_warning.isHidden() and "password" in dialog.guard_warning.text()
        assert not dialog.send.isEnabled()
        dialog.submitted.emit(dialog.draft())  # as if the local check had let it pass
        await until(lambda: not dialog.error.isHidden(), what="the server's refusal")
        assert "safety guard blocked" in dialog.error.text()
        assert await customer.messages(quiet=0.3) == []
        dialog.reject()

        # A chat from the dialog reaches the customer; the conversation opens.
        window.vip.start_outreach(client["uid"])
        dialog = window.vip.outreach.dialog
        text = "Hello, your account review is complete 8086."
        dialog.body.setPlainText(text)
        assert dialog.send.isEnabled()
        QTest.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
        frame = await customer.next_message(timeout=10)
        assert frame["message"]["body"] == text
        cid = frame["message"]["conversation_id"]
        await until(lambda: window.conversation_controller.conversation_id == cid, what="opened")
        await customer.close()

    aio(body)


def test_callback_due_banner_and_the_vip_timer_in_the_title(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        window = await open_desk("vera")
        window.attention.is_active = lambda: False
        await window.desk.session.call(pm.CALLBACK_CREATE, pm.CallbackCreateParams(
            uid=client["uid"], window_start=soon(1), window_end=soon(3600), reason="OTC"))
        book = await window.desk.session.call(pv.BOOK, pv.BookParams(search=client["uid"]))
        masked = book.clients[0].name
        banner = window.vip.banner
        await until(lambda: not banner.isHidden(), timeout=10, what="the reminder banner")
        assert banner.kind == "callback.due" and banner.text.text() == f"Callback due: {masked}"
        assert (f"Callback due: {masked}", "OTC", True) in window.attention.service.notifications

        # A VIP customer's new chat waits for a first response: the title counts down.
        customer = await customer_of(server, client["uid"])
        await customer.send("Hi, I need help with a withdrawal")
        await until(lambda: re.search(r"VIP -?\d+:\d\d", window.windowTitle()), what="the VIP timer")
        assert window.vip.lane.due is not None and f"VIP {window.vip.lane.text}" in window.windowTitle()
        QTest.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.conversation_controller.conversation_id == banner.conversation_id)
        await customer.close()

    aio(body)


def test_backup_and_the_while_you_were_away_report(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        client = await db(server, quiet_client, "vera")
        window = await open_desk("vera")
        await until(lambda: any(a.username == "sam" for a in window.desk.agents), what="agents")
        window.actions_by_key["backup"].trigger()
        dialog = window.vip.cover.dialog
        dialog.choice.setCurrentIndex(dialog.choice.findData("sam"))
        dialog.accept()
        await until(lambda: window.vip.cover.backup == "sam", what="backup set")

        window.presence.choose("away")
        await until(lambda: window.vip.cover.away_since is not None)
        for _ in range(50):
            if await presence_of(server, "vera") == "away":
                break
        customer = await customer_of(server, client["uid"])
        await customer.send("Are you there? 4242")
        await customer.close()
        window.presence.choose("available")
        await until(lambda: window.vip.cover.report is not None, what="the cover report")
        rows = window.vip.cover.report.rows()
        assert len(rows) == 1 and rows[0][1] == client["uid"]
        window.vip.cover.report.reject()

    aio(body)
