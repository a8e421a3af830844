"""Helpers of the identity tests: a server whose verification mail goes to a real relay sink, a
customer chatting in, an agent who sees every frame it receives (to prove none holds the code)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from app.server.app import ChatServer
from tests.server.email.mail_support import RelaySink, customer
from tests.support.server import AgentClient, CustomerClient, running_server

CODE = re.compile(r"code[:：]?\s*(\d{6})|验证码：(\d{6})")
LINK = re.compile(r"/verify#t=([A-Za-z0-9_-]+)")


@dataclass
class World:
    server: ChatServer
    sink: RelaySink
    agent: AgentClient
    customer: CustomerClient
    uid: str
    email: str
    conversation_id: int


@asynccontextmanager
async def world(tmp_path: Path, agent: str = "alice", **config: Any) -> AsyncIterator[World]:
    sink = await RelaySink().start()
    settings = {
        "smtp_relay_host": "127.0.0.1",
        "smtp_relay_port": sink.port,
        "mail_poll_interval": 0.1,
        "mail_retry_delays": (0.3,),
        **config,
    }
    try:
        async with running_server(tmp_path, **settings) as server:
            who = await customer(server)
            desk = await AgentClient.login(server.ws_url, agent, "demo")
            await desk.sync(desk.welcome["head"])
            chat = await CustomerClient.connect(server.ws_url, server.mint_customer_token(who["uid"]))
            await chat.send("Hello, I cannot withdraw.")
            created = await desk.wait_for(
                lambda f: (
                    f["type"] == "event"
                    and f["name"] == "message.created"
                    and f["data"]["conversation"]["customer"]["uid"] == who["uid"]
                )
            )
            yield World(
                server, sink, desk, chat, who["uid"], who["email"], created["data"]["conversation"]["id"]
            )
            await desk.close()
            await chat.close()
    finally:
        await sink.stop()


def code_in(mail: EmailMessage) -> str:
    text = mail.get_content()
    found = CODE.search(text)
    assert found, text
    return found.group(1) or found.group(2)


def link_token_in(mail: EmailMessage) -> str:
    found = LINK.search(mail.get_content())
    assert found
    return found.group(1)
