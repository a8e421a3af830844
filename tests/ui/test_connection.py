"""The backend goes away and comes back: the indicator says so, queued replies go out after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.server.app import ChatServer
from app.server.config import ServerConfig
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, presence_of, until


def test_reconnecting_indicator_and_queued_reply_delivered_on_return(
    open_desk: Any, server: Any, aio: Any
) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        indicator = window.connection
        assert indicator.state_code == "online" and "Online" in indicator.text()
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        port, db_url = server.port, server.db_url
        window.presence.choose("away")  # must survive the reconnect
        await until(lambda: window.presence.sent[-1:] == ["away"])

        await server.stop()
        await until(lambda: indicator.state_code == "reconnecting", timeout=15, what="reconnecting")
        assert "Reconnecting" in indicator.text()

        edit = window.conversation.composer.edit
        edit.setFocus()
        QTest.keyClicks(edit, "Written while offline, sent when back")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        await until(lambda: indicator.view.queued == 1, what="one queued reply")
        assert "1 reply queued" in indicator.text()
        await until(
            lambda: any(i.delivery == "sending" for i in window.conversation.thread_model.items()),
            what="reply shown as sending",
        )

        again = ChatServer(
            ServerConfig(host="127.0.0.1", port=port, db_url=db_url, demo=False, simulate_rate=0.0)
        )
        await again.start()
        try:
            QTest.mouseClick(indicator, Qt.MouseButton.LeftButton)  # "reconnect now"
            await until(lambda: indicator.state_code == "online", timeout=20, what="back online")
            await until(lambda: indicator.view.queued == 0, timeout=10, what="outbox empty")
            await until(
                lambda: any(
                    i.body.startswith("Written while offline") and i.delivery == "sent"
                    for i in window.conversation.thread_model.items()
                ),
                what="reply sent",
            )
            # the new server knew nothing of us: the chosen presence was sent again
            await until(lambda: window.presence.sent[-1:] == ["away"] and len(window.presence.sent) >= 3)
            assert await presence_of(again, "alice") == "away"
            customer = await CustomerClient.connect(again.ws_url, again.mint_customer_token(row.customer_uid))
            history = await customer.history(limit=20)
            assert any(m["body"] == "Written while offline, sent when back" for m in history["messages"])
            await customer.close()
        finally:
            await again.stop()

    aio(body, timeout=90)
