"""Issue 22 in the real window against the real backend: the tabs by number, prefix search with
highlighting, the security alert for a customer who exposed a seed phrase, the layout at
1280×720 and with 150 % text, and losing the server."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui import fonts, theme
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, rows, until

SEED = "abandon " * 11 + "about"  # a valid BIP39 phrase: the guard removes it


def test_ctrl_1_selects_the_first_tab(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        window.inbox.set_view("vip")
        first = window.views[0]
        assert window.inbox.view_buttons[first].text() == "All"  # the tabs read All, Mine, …
        QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: window.inbox_model.query.view == first, what="the first tab")
        assert window.inbox.view_buttons[first].isChecked()
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: window.inbox_model.query.view == window.views[1], what="the second tab")

    aio(body)


def test_prefix_search_finds_and_highlights(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        QTest.keyClicks(window.inbox.search, "passw")
        QTest.keyClick(window.inbox.search, Qt.Key.Key_Return)
        await until(lambda: window.inbox_model.query.search == "passw" and window.inbox_model.loaded,
                    what="search")
        await until(lambda: window.inbox_model.rowCount() > 0, what="rows for a prefix")  # was 0
        assert window.inbox.delegate.search == "passw"  # the rows highlight the match
        target = rows(window)[0]
        await open_conversation(window, target.conversation_id)
        bodies = " ".join(i.body.lower() for i in window.conversation.thread_model.items())
        assert "passw" in bodies
        assert window.conversation.thread_view.itemDelegate().search == "passw"  # and the thread

    aio(body)


def test_an_exposed_seed_phrase_raises_the_alert_in_header_and_customer_pane(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, channel="chat", language="en")
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        await open_conversation(window, row.conversation_id)
        header = window.conversation.header
        assert not header.alert.isVisibleTo(window)
        await customer.send(f"Is this my backup? {SEED}")
        await until(lambda: header.alert.isVisibleTo(window), what="the security alert")
        assert header.alert.title.text().startswith("Funds at risk now")
        assert "seed phrase" in header.alert.title.text()
        assert "new wallet" in header.alert.advice.text()
        pane = window.customer
        await until(lambda: pane.alert.isVisibleTo(window), what="the alert in the customer pane")
        assert pane.alert.title.text() == header.alert.title.text()
        # the bubble names what was removed, in full
        items = window.conversation.thread_model.items()
        assert any(i.kind == "customer" and i.redaction_kinds == ("seed_phrase",) for i in items)
        # another customer's conversation: no alert
        other = first_row(window, channel="chat", language="zh-CN")
        await open_conversation(window, other.conversation_id)
        await until(lambda: not header.alert.isVisibleTo(window), what="alert gone")
        await customer.close()

    aio(body)


def test_layout_at_1280x720_and_with_150_percent_text(open_desk: Any, aio: Any, qapp: QApplication) -> None:
    async def body() -> None:
        window = await open_desk("vera")
        window.resize(1280, 720)
        row = next(r for r in rows(window) if r.subject and r.channel == "email")
        await open_conversation(window, row.conversation_id)
        header = window.conversation.header
        for scale in (1.0, 1.5):
            theme.apply(qapp, "light", fonts.ui_font(scale))
            window.resize(1280, 720)
            await asyncio.sleep(0.05)  # (never processEvents inside the qasync loop)
            await until(lambda: header.subject.isVisibleTo(window), what="subject")
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 720, (scale, hint)
            assert window.width() == 1280 and window.height() <= 720
            for button in (header.assign, header.transfer, header.status, header.priority):
                assert button.width() >= button.sizeHint().width(), (scale, button.text())  # never "Ass… me"
            shown = header.subject.text()
            assert shown[:12] == row.subject[:12], (scale, shown)  # the subject's start is readable
            assert header.subject.geometry().bottom() < header.tags.geometry().top() or (
                header.subject.geometry().top() > header.tags.geometry().bottom()
            )  # tags have their own place: they never take the subject's
        theme.apply(qapp, "light", fonts.ui_font())

    aio(body)


def test_losing_the_server_shows_a_banner_and_stops_the_timers(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        banner = window.connection_banner
        assert not banner.isVisibleTo(window) and window.inbox.delegate.online
        await server.stop()
        await until(lambda: banner.isVisibleTo(window), timeout=15, what="the banner")
        assert server.ws_url in banner.text.text() or "127.0.0.1" in banner.text.text()  # names the server
        assert "SLA timers are stopped" in banner.text.text()
        delegate = window.inbox.delegate
        assert not delegate.online
        index = window.inbox_model.index(0)
        urgency = delegate.urgency(index.data)
        assert delegate.sla_text(urgency) == ("needs connection", "muted")
        assert window.vip.lane.text == ""  # the title's VIP timer does not count on old data either

    aio(body)
