"""Tickets and callbacks made through the protocol appear in other agents' inboxes, by the role rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.server.email.mail_support import customer
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _created(channel: str):
    return lambda f: (
        f.get("type") == "event"
        and f["name"] == "conversation.created"
        and f["data"]["conversation"]["channel"] == channel
    )


async def _chat_of(server, uid: str, text: str) -> None:
    client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await client.send(text)
    await client.close()


async def test_tickets_made_by_alice_appear_in_bobs_inbox(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        who = await customer(server)
        await _chat_of(server, who["uid"], "I cannot log in since yesterday\nplease help")
        chat = (await bob.wait_for(_created("chat")))["data"]["conversation"]

        due = datetime.now(UTC) + timedelta(days=2)
        made = await alice.request(
            "ticket.create",
            conversation_id=chat["id"],
            category="account_login",
            priority="high",
            due_at=_iso(due),
            body="Customer locked out after 2FA reset; needs the security team.",
            client_request_id="t-1",
        )
        ticket = made["conversation"]
        assert ticket["channel"] == "ticket" and ticket["category"] == "account_login"
        assert ticket["priority"] == "high" and ticket["linked_conversation_id"] == chat["id"]
        assert ticket["subject"] == "I cannot log in since yesterday"
        assert datetime.fromisoformat(ticket["ticket_due"]) == due.replace(microsecond=due.microsecond)
        assert ticket["resolution_due"] == ticket["ticket_due"]
        # A retry (the desk's outbox resending) returns the same ticket.
        again = await alice.request(
            "ticket.create", conversation_id=chat["id"], category="account_login", client_request_id="t-1"
        )
        assert again["conversation"]["id"] == ticket["id"]
        with pytest.raises(RequestError) as dup:
            await alice.request("ticket.create", conversation_id=chat["id"], category="kyc")
        assert dup.value.code == "conflict"

        event = await bob.wait_for(_created("ticket"))
        assert event["data"]["conversation"]["id"] == ticket["id"]
        snap = await bob.request("inbox.snapshot", limit=50)
        row = next(c for c in snap["conversations"] if c["id"] == ticket["id"])
        assert row["channel"] == "ticket" and row["category"] == "account_login" and row["ticket_due"]
        notes = await bob.request("conversation.messages", conversation_id=chat["id"])
        assert notes["messages"][-1]["internal"] and f"#{ticket['id']}" in notes["messages"][-1]["body"]

        # A new ticket for a customer, without a conversation.
        opened = await alice.request(
            "ticket.create",
            uid=who["uid"],
            subject="Promo bonus not credited",
            body="Bonus from the autumn campaign missing.",
            category="promotions",
            due_at=(due + timedelta(days=1)).astimezone(timezone(timedelta(hours=8))).isoformat(),
        )
        # a due date written in Beijing time is kept and sent in UTC, like every time
        assert opened["conversation"]["ticket_due"].endswith("Z")
        assert datetime.fromisoformat(opened["conversation"]["ticket_due"]) == due + timedelta(days=1)
        assert (
            opened["conversation"]["channel"] == "ticket"
            and opened["conversation"]["category"] == "promotions"
        )
        assert (
            opened["conversation"]["first_response_due"]
            and opened["conversation"]["linked_conversation_id"] is None
        )
        assert (await bob.wait_for(_created("ticket")))["data"]["conversation"]["id"] == opened[
            "conversation"
        ]["id"]

        bad = [
            {
                "uid": who["uid"],
                "subject": "x",
                "body": "y",
                "category": "lottery",
            },  # not a help-centre topic
            {"uid": who["uid"], "category": "kyc"},  # a new ticket needs subject and body
            {"conversation_id": chat["id"], "uid": who["uid"], "category": "kyc"},  # one or the other
            {
                "uid": who["uid"],
                "subject": "x",
                "body": "y",
                "category": "kyc",
                "due_at": "2001-01-01T00:00:00Z",
            },
        ]
        for params in bad:
            with pytest.raises(RequestError) as refused:
                await alice.request("ticket.create", **params)
            assert refused.value.code == "bad_request", params
        vip = await customer(server, vip=True)
        with pytest.raises(RequestError) as outside:
            await alice.request("ticket.create", uid=vip["uid"], subject="x", body="y", category="kyc")
        assert outside.value.code == "forbidden"


async def test_callbacks_for_emergencies_and_vips_only_and_outcomes_are_logged(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        who = await customer(server)
        await _chat_of(server, who["uid"], "Someone is draining my account!")
        chat = (await bob.wait_for(_created("chat")))["data"]["conversation"]
        now = datetime.now(UTC)
        window = {
            "window_start": _iso(now + timedelta(minutes=5)),
            "window_end": _iso(now + timedelta(hours=1)),
        }

        with pytest.raises(RequestError) as not_yet:
            await alice.request(
                "callback.create", conversation_id=chat["id"], reason="Account takeover", **window
            )
        assert not_yet.value.code == "bad_request" and "VIP" in not_yet.value.message
        await alice.request("conversation.update", conversation_id=chat["id"], tags=["emergency"])
        with pytest.raises(RequestError) as typed:  # the number is the one on file, never typed
            await alice.request(
                "callback.create",
                conversation_id=chat["id"],
                reason="Account takeover",
                phone="+1 555 0100",
                **window,
            )
        assert typed.value.code == "bad_request"
        with pytest.raises(RequestError) as backwards:
            await alice.request(
                "callback.create",
                conversation_id=chat["id"],
                reason="Account takeover",
                window_start=window["window_end"],
                window_end=window["window_start"],
            )
        assert backwards.value.code == "bad_request"

        made = await alice.request(
            "callback.create", conversation_id=chat["id"], reason="Account takeover", **window
        )
        cb = made["conversation"]
        assert cb["channel"] == "callback" and cb["linked_conversation_id"] == chat["id"]
        assert cb["callback"]["phone_masked"] and "*" in cb["callback"]["phone_masked"]
        assert cb["callback"]["reason"] == "Account takeover" and cb["callback"]["requested_by"] == "alice"
        assert cb["first_response_due"] <= cb["callback"]["window_end"]
        assert (await bob.wait_for(_created("callback")))["data"]["conversation"]["id"] == cb["id"]
        snap = await bob.request("inbox.snapshot", limit=50)
        assert any(c["id"] == cb["id"] and c["channel"] == "callback" for c in snap["conversations"])

        logged = await bob.request(
            "callback.log", conversation_id=cb["id"], outcome="no_answer", note="Voicemail full"
        )
        assert logged["conversation"]["callback"]["outcome"] == "no_answer"
        assert (
            logged["conversation"]["callback"]["attempts"] == 1
            and logged["conversation"]["first_response_at"]
        )
        assert logged["conversation"]["status"] == "open"
        done = await bob.request("callback.log", conversation_id=cb["id"], outcome="reached")
        assert (
            done["conversation"]["status"] == "resolved" and done["conversation"]["callback"]["attempts"] == 2
        )
        notes = (await alice.request("conversation.messages", conversation_id=cb["id"]))["messages"]
        assert [m["author_kind"] for m in notes[-2:]] == ["system", "system"] and all(
            m["internal"] for m in notes
        )
        assert "no_answer" in notes[-2]["body"] and "Voicemail full" in notes[-2]["body"]
        with pytest.raises(RequestError) as closed:
            await bob.request("callback.log", conversation_id=cb["id"], outcome="no_answer")
        assert closed.value.code == "conflict"


async def test_a_vip_callback_reaches_the_vip_manager_and_not_a_plain_agent(tmp_path):
    async with running_server(tmp_path) as server:
        vip = await customer(server, vip=True, manager="vera")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await vera.sync(vera.welcome["head"])
        await alice.sync(alice.welcome["head"])
        await _chat_of(server, vip["uid"], "Please call me about my large withdrawal")
        chat = (await vera.wait_for(_created("chat")))["data"]["conversation"]
        with pytest.raises(RequestError) as outside:
            await alice.request(
                "callback.create",
                conversation_id=chat["id"],
                reason="Large withdrawal",
                window_start=_iso(datetime.now(UTC)),
                window_end=_iso(datetime.now(UTC) + timedelta(hours=2)),
            )
        assert outside.value.code == "forbidden"

        now = datetime.now(UTC)
        made = await vera.request(
            "callback.create",
            conversation_id=chat["id"],
            reason="Large withdrawal",
            window_start=_iso(now),
            window_end=_iso(now + timedelta(hours=2)),
        )
        cb = made["conversation"]
        assert cb["channel"] == "callback" and cb["customer"]["vip_tier"] > 0  # a VIP needs no urgent mark
        assert (await vera.wait_for(_created("callback")))["data"]["conversation"]["id"] == cb["id"]
        assert not [
            f for f in await alice.events(0.5) if f["data"].get("conversation", {}).get("id") == cb["id"]
        ]
        snap = await alice.request("inbox.snapshot", limit=1000)
        assert all(c["id"] != cb["id"] for c in snap["conversations"])
