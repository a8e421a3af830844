"""``--demo``: Help → "Play this customer in the web chat" opens the shown customer's chat page
(the demo server runs beside the desk, a child process: ``app/core/demo.py``)."""

from __future__ import annotations

import asyncio
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from app.core.demo import ChildDemoServer
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, until


def test_demo_link_signs_in_as_that_customer(aio: Any) -> None:
    async def body() -> None:
        demo = ChildDemoServer(simulate_rate=0)
        await demo.start()
        try:
            uid = "7337889916"
            url = urlsplit(await demo.customer_chat_url(uid))
            assert url.path == "/chat" and url.fragment.startswith("token=") and not url.query
            page = await asyncio.to_thread(
                lambda: urllib.request.urlopen(f"{url.scheme}://{url.netloc}/chat", timeout=10).read()
            )
            assert b"chat.js" in page
            customer = await CustomerClient.connect(demo.ws_url, url.fragment.removeprefix("token="))
            assert customer.welcome["customer"]["uid"] == uid
            await customer.close()
        finally:
            await demo.stop()

    aio(body)


def test_action_hands_the_shown_customer_to_the_demo(open_desk: Any, aio: Any) -> None:
    async def body() -> None:
        window = await open_desk("alice")
        assert "customer_chat" not in window.actions_by_key  # only a demo window plays customers
        played: list[str] = []
        window._customer_chat = played.append
        row = first_row(window, channel="chat")
        await open_conversation(window, row.conversation_id)
        await until(lambda: window.customer_controller.uid is not None, what="customer shown")
        window._play_customer()
        assert played == [row.customer_uid]

    aio(body)
