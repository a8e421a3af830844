"""The channel features on a real PostgreSQL: email in and out, a ticket, a breach, a restart."""

from __future__ import annotations

import pytest

from tests.server.email.mail_support import customer, make_mail, send_mail
from tests.server.test_sla import write_policy
from tests.support.server import AgentClient, CustomerClient, running_server

pytestmark = pytest.mark.postgres


def _event(name: str):
    return lambda f: f.get("type") == "event" and f["name"] == name


async def test_channels_on_postgres(tmp_path, pg_url):
    policy = write_policy(tmp_path / "sla.toml", chat="1s")
    settings = {
        "db_url": pg_url,
        "sla_policy_path": str(policy),
        "sla_check_interval": 0.2,
        "mail_folder": str(tmp_path / "out"),
        "mail_poll_interval": 0.1,
        "smtp_listen_port": 0,
    }
    async with running_server(tmp_path, **settings) as server:
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        await send_mail(server.channels.smtp_port, make_mail(who["email"].upper(), "PG", text="hi"))
        conv = (await alice.wait_for(_event("conversation.created")))["data"]["conversation"]
        assert conv["customer"]["uid"] == who["uid"] and conv["channel"] == "email"
        await send_mail(server.channels.smtp_port, make_mail("nobody@unknown.example", "PG2", text="hi"))
        contact = (await alice.wait_for(_event("conversation.created")))["data"]["conversation"]
        assert contact["customer"]["verified"] is False
        await alice.request(
            "message.send", conversation_id=conv["id"], body="Hello from PG", client_msg_id="p1"
        )
        updated = await alice.wait_for(_event("message.updated"))
        assert updated["data"]["message"]["delivery"] == "sent"
        made = await alice.request("ticket.create", conversation_id=conv["id"], category="trading")
        assert made["conversation"]["category"] == "trading"
        chat = await CustomerClient.connect(server.ws_url, server.mint_customer_token(who["uid"]))
        await chat.send("is anyone there?")  # a chat's first response is due in 1 s by this policy
        breach = await alice.wait_for(_event("sla.breached"), timeout=10)
        assert breach["data"]["kind"] == "first_response"
        assert breach["data"]["conversation"]["channel"] == "chat"
    # A restart on the same database: tables and indexes already exist, the watermark is kept.
    async with running_server(tmp_path, **settings) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        snap = await sam.request("inbox.snapshot", limit=10)
        assert any(c["channel"] == "ticket" and c["category"] == "trading" for c in snap["conversations"])
