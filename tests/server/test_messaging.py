"""Login, snapshot, messages both ways, internal notes, idempotent sends — over real WebSockets."""

from __future__ import annotations

import pytest

from tests.support.server import AgentClient, CustomerClient, RequestError, running_server


async def _regular_customer(alice: AgentClient) -> str:
    snap = await alice.request("inbox.snapshot", limit=200)
    return next(c["customer"]["uid"] for c in snap["conversations"] if c["customer"]["vip_tier"] == 0)


async def test_login_and_token_auth(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        assert alice.welcome["agent"]["username"] == "alice"
        assert alice.welcome["agent"]["role"] == "agent"
        assert alice.token and alice.welcome["token_expires_at"].endswith("Z")
        again = await AgentClient.auth(server.ws_url, alice.token)
        assert again.welcome["agent"]["username"] == "alice"
        assert "token" not in again.welcome or again.welcome["token"] is None
        with pytest.raises(RequestError) as err:
            await AgentClient.login(server.ws_url, "alice", "wrong")
        assert err.value.code == "unauthorized"
        with pytest.raises(RequestError):
            await AgentClient.auth(server.ws_url, "not-a-token")
        await alice.request("session.logout")
        with pytest.raises(RequestError):
            await AgentClient.auth(server.ws_url, alice.token)
        await again.close()


async def test_snapshot_pages_and_masks(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        seen: list[int] = []
        cursor = None
        while True:
            page = await sam.request("inbox.snapshot", limit=25, **({"cursor": cursor} if cursor else {}))
            seen += [c["id"] for c in page["conversations"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) >= 60
        first = (await sam.request("inbox.snapshot", limit=200))["conversations"]
        stamps = [c["updated_at"] for c in first]
        assert stamps == sorted(stamps, reverse=True)
        for conv in first:
            summary = conv["customer"]
            assert "*" in summary["name"]
            assert summary["email_masked"] and "***" in summary["email_masked"]
            assert len(summary["email_digest"]) == 64


async def test_customer_message_reaches_agent_and_reply_reaches_customer(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        snap = await alice.request("inbox.snapshot", limit=1)
        await alice.sync(snap["head"])
        uid = await _regular_customer(alice)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        sent = await customer.send("Hello, my deposit is missing", "m-1")
        event = await alice.wait_for(lambda f: f.get("name") == "message.created")
        msg = event["data"]["message"]
        assert msg["body"] == "Hello, my deposit is missing" and msg["author_kind"] == "customer"
        assert msg["id"] == sent["message_id"] and event["seq"] == sent["seq"]
        assert msg["client_msg_id"] == "m-1"
        conv_id = msg["conversation_id"]

        result = await alice.request(
            "message.send", conversation_id=conv_id, body="Let me check.", client_msg_id="a-1"
        )
        assert result["message"]["author"] == "alice"
        frame = await customer.wait_for(
            lambda f: f["type"] == "message" and f["message"]["author_kind"] == "agent"
        )
        assert frame["message"]["body"] == "Let me check."
        assert frame["message"]["author_name"] == "Alice Chen"
        assert "author" not in frame["message"]
        assert frame["seq"] == result["seq"]
        conv = (await alice.request("conversation.get", conversation_id=conv_id))["conversation"]
        assert conv["first_response_at"] is not None


async def test_internal_notes_never_reach_the_customer(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        uid = await _regular_customer(alice)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        start = customer.welcome["head"]
        sent = await customer.send("hi", "m-1")
        await customer.next_message()  # the echo of the customer's own message
        snap = await alice.request("inbox.snapshot", limit=5)
        conv_id = next(
            c["id"]
            for c in snap["conversations"]
            if c["last_message"] and c["last_message"]["id"] == sent["message_id"]
        )
        note = await alice.request(
            "message.send",
            conversation_id=conv_id,
            body="SECRET NOTE: check AML",
            client_msg_id="n-1",
            internal=True,
        )
        assert note["message"]["internal"] is True
        await alice.request("message.send", conversation_id=conv_id, body="public reply", client_msg_id="r-1")
        live = await customer.messages(quiet=0.5)
        bodies = [f["message"]["body"] for f in live]
        assert bodies == ["public reply"]
        replayed, _ = await customer.sync(start)
        assert all("SECRET" not in f["message"]["body"] for f in replayed)
        assert [f["message"]["body"] for f in replayed] == ["hi", "public reply"]
        history = await customer.history(50)
        assert all("SECRET" not in m["body"] for m in history["messages"])
        assert history["messages"][-1]["body"] == "public reply"
        # The agent does see the note.
        msgs = await alice.request("conversation.messages", conversation_id=conv_id)
        assert any(m["internal"] and m["body"].startswith("SECRET") for m in msgs["messages"])


async def test_retried_sends_create_one_message(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        uid = await _regular_customer(alice)
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        first = await customer.send("once", "same-id")
        second = await customer.send("once", "same-id")
        assert first == second
        snap = await alice.request("inbox.snapshot", limit=5)
        conv = next(c for c in snap["conversations"] if c["customer"]["uid"] == uid)
        a1 = await alice.request("message.send", conversation_id=conv["id"], body="reply", client_msg_id="x")
        a2 = await alice.request("message.send", conversation_id=conv["id"], body="reply", client_msg_id="x")
        assert a1 == a2
        msgs = (await alice.request("conversation.messages", conversation_id=conv["id"], limit=500))[
            "messages"
        ]
        assert sum(m["client_msg_id"] == "same-id" for m in msgs) == 1
        assert sum(m["client_msg_id"] == "x" for m in msgs) == 1
