"""Outreach by chat and email, the guard on outreach, and client notes that never reach a customer."""

from __future__ import annotations

import pytest

from tests.server.email.mail_support import RelaySink
from tests.server.vip.support import FAST, db, quiet_client
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

FAST_MAIL = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1}


async def test_outreach_reaches_the_customer_chat_and_leaves_by_email(tmp_path):
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST, **FAST_MAIL
        ) as server:
            client = await db(server, quiet_client, "vera")
            uid = client["uid"]
            customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
            await customer.sync(customer.welcome["head"])
            vera = await AgentClient.login(server.ws_url, "vera", "demo")

            chat = await vera.request(
                "outreach.start",
                uid=uid,
                channel="chat",
                body="Hello from your account manager: your quarterly review is ready.",
                client_msg_id="out-1",
                canned_key="vip_quarterly_review",
            )
            assert chat["created"] is True
            conv = chat["conversation"]
            assert conv["channel"] == "chat" and conv["assignee"] == "vera" and "outreach" in conv["tags"]
            got = await customer.next_message()
            assert got["message"]["body"].startswith("Hello from your account manager")
            assert got["message"]["author_name"] == "Vera Lin"
            assert got["message"]["conversation_id"] == conv["id"]
            # A retry answers the original; the customer's reply joins the same conversation.
            again = await vera.request(
                "outreach.start", uid=uid, channel="chat", body="Hello again", client_msg_id="out-1"
            )
            assert again["message"]["id"] == chat["message"]["id"]
            await customer.send("Thanks, call me tomorrow")
            history = await vera.request("conversation.messages", conversation_id=conv["id"])
            assert [m["author_kind"] for m in history["messages"]] == ["agent", "customer"]

            mail = await vera.request(
                "outreach.start",
                uid=uid,
                channel="email",
                subject="Your quarterly account review",
                body="Please find a summary of your account below.",
                client_msg_id="out-2",
            )
            assert mail["conversation"]["channel"] == "email"
            assert mail["message"]["delivery"] == "queued"
            (sent,) = await sink.wait_for(1)
            assert sink.recipients[0] == [client["email"]]
            assert sent["Subject"] == "Your quarterly account review"
            assert sent["Content-Language"] == client["language"]
            assert "Please find a summary of your account below." in sent.get_content()

            with pytest.raises(RequestError) as err:
                await vera.request("outreach.start", uid=uid, channel="email", body="x", client_msg_id="o3")
            assert err.value.code == "bad_request"  # an email needs a subject
            victor = await AgentClient.login(server.ws_url, "victor", "demo")
            with pytest.raises(RequestError) as err:
                await victor.request("outreach.start", uid=uid, channel="chat", body="hi", client_msg_id="v1")
            assert err.value.code == "forbidden"
    finally:
        await sink.stop()


async def test_a_guard_blocked_outreach_is_refused_and_nothing_is_stored(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        client = await db(server, quiet_client, "vera")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        before = await vera.request("vip.book", search=client["uid"])
        for channel, body in (
            ("chat", "Please tell me your password and the SMS code."),
            ("email", "Log in at https://exchange-support.com/verify"),
        ):
            with pytest.raises(RequestError) as err:
                await vera.request(
                    "outreach.start",
                    uid=client["uid"],
                    channel=channel,
                    subject="Account check",
                    body=body,
                    client_msg_id=f"bad-{channel}",
                )
            assert err.value.code == "blocked"
        after = await vera.request("vip.book", search=client["uid"])
        assert after == before


async def test_client_notes_are_for_the_desk_only(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        client = await db(server, quiet_client, "vera")
        uid = client["uid"]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        secret_note = "Client is nervous about the audit; keep it short (desk only)"
        added = await vera.request("customer.notes.add", uid=uid, body=secret_note)
        assert added["note"]["author"] == "vera" and added["note"]["author_name"] == "Vera Lin"
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.request("customer.notes.add", uid=uid, body="Supervisor: approved fee waiver")
        listed = await vera.request("customer.notes.list", uid=uid)
        assert [n["body"] for n in listed["notes"]] == ["Supervisor: approved fee waiver", secret_note]
        assert listed["notes"][0]["created_at"]

        for name in ("alice", "victor"):
            other = await AgentClient.login(server.ws_url, name, "demo")
            for method, params in (
                ("customer.notes.list", {"uid": uid}),
                ("customer.notes.add", {"uid": uid, "body": "x"}),
            ):
                with pytest.raises(RequestError) as err:
                    await other.request(method, **params)
                assert err.value.code == "forbidden", (name, method)

        frames = await customer.drain(0.5)
        assert all(secret_note not in str(f) for f in frames)
        history = await customer.history(200)
        assert all("desk only" not in m["body"] for m in history["messages"])
        replay, _ = await customer.sync(0)
        assert all("desk only" not in str(f) for f in replay)
        audit = await sam.request("audit.list", action="customer.notes.add")
        assert {e["actor"] for e in audit["entries"]} >= {"vera", "sam"}
