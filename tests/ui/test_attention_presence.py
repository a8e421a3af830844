"""Presence reaches the server (chosen, automatic away, restored) and new messages get attention."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, presence_of, rows, until


def test_presence_chosen_idle_away_and_back(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        presence = window.presence
        await until(lambda: "available" in presence.sent, what="presence sent on connect")
        assert await presence_of(server, "alice") == "available"
        window.actions_by_key["away"].trigger()
        await until(lambda: presence.sent[-1] == "away")
        await until(lambda: window.me_button.text().endswith("Away"))
        assert await presence_of(server, "alice") == "away"
        window.actions_by_key["available"].trigger()
        presence.set_idle_minutes(0.0005)  # 30 ms of idleness is enough for the test
        await until(lambda: (presence.tick(), presence.effective == "away")[1], what="automatic away")
        assert await presence_of(server, "alice") == "away"
        QTest.keyClick(window.inbox.list, Qt.Key.Key_Down)  # any activity brings the agent back
        await until(lambda: presence.effective == "available")
        await until(lambda: presence.sent[-1] == "available")
        assert await presence_of(server, "alice") == "available"

    aio(body)


def test_new_messages_notify_and_vip_is_distinct(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        service = window.attention.service
        regular = first_row(window, vip_tier=0, channel="chat")
        vip = next(r for r in rows(window) if r.vip_tier > 0)
        window.attention.is_active = lambda: False  # as if the agent were in another app
        for row, text in ((regular, "Regular customer needs help"), (vip, "VIP customer needs help")):
            customer = await CustomerClient.connect(
                server.ws_url, server.mint_customer_token(row.customer_uid)
            )
            await customer.send(text)
            await customer.close()

        def notified(vip_flag: bool, body: str) -> bool:
            return any(is_vip == vip_flag and text == body for _t, text, is_vip in service.notifications)

        await until(lambda: notified(False, "Regular customer needs help"), what="regular notification")
        await until(lambda: notified(True, "VIP customer needs help"), what="VIP notification")
        titles = [title for title, text, _v in service.notifications if text == "VIP customer needs help"]
        assert titles[0].startswith("VIP message from")
        assert "vip" in service.sounds_played and "message" in service.sounds_played
        await until(lambda: window.attention.unread > 0, what="unread count")
        assert window.windowTitle().startswith(f"({window.attention.unread}) AgentDesk")

    aio(body)


def test_while_away_only_vip_messages_break_through(open_desk: Any, server: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("sam")
        service = window.attention.service
        regular = first_row(window, vip_tier=0, channel="chat")
        vip = next(r for r in rows(window) if r.vip_tier > 0)
        window.attention.is_active = lambda: False
        window.presence.choose("away")
        for row, text in ((regular, "Regular while away"), (vip, "VIP while away")):
            customer = await CustomerClient.connect(
                server.ws_url, server.mint_customer_token(row.customer_uid)
            )
            await customer.send(text)
            await customer.close()
        # Events arrive in seq order: once the VIP one has alerted, the regular one was decided.
        await until(
            lambda: any(text == "VIP while away" for _t, text, _v in service.notifications),
            what="VIP alert while away",
        )
        assert not any(text == "Regular while away" for _t, text, _v in service.notifications)

    aio(body)


def test_the_unread_badge_counts_past_the_first_thousand_rows(loop: Any, tmp_path: Any) -> None:
    """The title's unread count is the store's SQL total, not the sum of the first 1,000 rows."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    from app.client import ConnectionStatus, SessionState
    from app.policies.attention_policy import AttentionSettings
    from app.store import Store
    from app.ui.async_bridge import AsyncBridge
    from app.ui.attention_controller import AttentionController
    from tests.support.factories import conversation
    from tests.support.helpers import TEST_KEY

    class Desk(QObject):
        event_received = Signal(object)
        rows_changed = Signal(object)

        def __init__(self, store: Store) -> None:
            super().__init__()
            self.store, self.username = store, "alice"
            self.bridge = AsyncBridge(self)
            self.state = SessionState(status=ConnectionStatus.ONLINE)

    store = loop.run_until_complete(Store.open(tmp_path / "cache.sqlite3", key=TEST_KEY))
    window = QWidget()
    try:
        # 1,200 conversations whose customer had the last word (one unread each), 30 resolved
        convs = [conversation(cid, minutes=cid) for cid in range(1, 1_231)]
        convs[1_200:] = [conversation(cid, status="resolved") for cid in range(1_201, 1_231)]
        loop.run_until_complete(store.apply_snapshot(convs, head=0))
        desk = Desk(store)
        controller = AttentionController(desk, window, set, AttentionSettings)  # type: ignore[arg-type]
        counts: list[int] = []
        controller.unread_changed.connect(counts.append)
        controller.refresh_unread()
        loop.run_until_complete(until(lambda: counts, what="the unread count"))
        assert controller.unread == 1_200 and counts == [1_200]
        controller.shutdown()
    finally:
        window.deleteLater()
        loop.run_until_complete(store.close())
