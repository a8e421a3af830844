"""``--demo``: Help → "Play this customer in the web chat" opens the shown customer's chat page, and
the demo prints, at start, the chat address of a customer whose messages the signed-in agent sees
(the demo server runs beside the desk, a child process: ``app/core/demo.py``)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from app.core.demo import DEMO_PASSWORD, DEMO_USERS, ChildDemoServer
from app.demo.data.agents import AGENTS_BY_USERNAME
from tests.support.server import AgentClient, CustomerClient
from tests.ui.helpers import first_row, open_conversation, until

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize("username", DEMO_USERS)
def test_the_customer_to_play_writes_to_the_signed_in_agent(username: str, aio: Any) -> None:
    async def body() -> None:
        demo = ChildDemoServer(simulate_rate=0)
        await demo.start()
        try:
            uid, name, url = await demo.customer_to_play(username)
            agent = await AgentClient.login(demo.ws_url, username, DEMO_PASSWORD)
            await agent.sync(agent.welcome["head"])
            token = urlsplit(url).fragment.removeprefix("token=")
            customer = await CustomerClient.connect(demo.ws_url, token)
            assert customer.welcome["customer"] == {
                "uid": uid, "name": name, "language": AGENTS_BY_USERNAME[username].language
            }
            await customer.send(f"hello {username}, from {uid}")
            event = await agent.wait_for(lambda f: f.get("name") == "message.created", timeout=10)
            assert event["data"]["message"]["body"] == f"hello {username}, from {uid}"
            await customer.close()
            await agent.close()
        finally:
            await demo.stop()

    aio(body)


def test_the_demo_prints_a_chat_address_with_a_ready_token(tmp_path: Path, aio: Any) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "app.main", "--demo", "--lang", "en"]
    with (tmp_path / "stderr.txt").open("w") as stderr:
        app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert app.stdout is not None
    pattern = r"Play the customer (.+) \(UID (\d+)\) in a browser: (http://127\.0\.0\.1:\d+/chat#token=\S+)\n"

    async def body() -> None:
        line = await asyncio.wait_for(asyncio.to_thread(app.stdout.readline), 60)  # the first line
        found = re.fullmatch(pattern, line)
        assert found, (line, (tmp_path / "stderr.txt").read_text()[-2000:])
        name, uid, url = found.groups()
        parts = urlsplit(url)
        customer = await CustomerClient.connect(f"ws://{parts.netloc}", parts.fragment.removeprefix("token="))
        assert customer.welcome["customer"]["uid"] == uid and customer.welcome["customer"]["name"] == name
        await customer.close()

    try:
        aio(body)
    finally:
        app.terminate()
        app.wait(timeout=30)
