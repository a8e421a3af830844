"""The remaining methods: update, presence, agents, canned replies, logout, new chats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from websockets.exceptions import ConnectionClosed

from tests.support.server import AgentClient, CustomerClient, RequestError, running_server


async def test_conversation_update_fields(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        conv = next(
            c
            for c in (await alice.request("inbox.snapshot"))["conversations"]
            # a chat: resolving an email also sends its closing mail (CSAT, issue 20), which
            # writes a note into the thread after the resolve
            if c["customer"]["vip_tier"] == 0 and c["status"] == "open" and c["channel"] == "chat"
        )
        until = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
        res = await alice.request(
            "conversation.update",
            conversation_id=conv["id"],
            snoozed_until=until,
            priority="urgent",
            tags=["kyc", "kyc", "vip-watch"],
        )
        updated = res["conversation"]
        assert updated["status"] == "snoozed" and updated["priority"] == "urgent"
        assert updated["tags"] == ["kyc", "vip-watch"] and updated["snoozed_until"]
        event = await bob.wait_for(lambda f: f.get("name") == "conversation.updated")
        assert event["seq"] == res["seq"] and event["data"]["conversation"] == updated
        res = await alice.request("conversation.update", conversation_id=conv["id"], status="resolved")
        assert res["conversation"]["status"] == "resolved" and res["conversation"]["snoozed_until"] is None
        same = await alice.request("conversation.update", conversation_id=conv["id"], status="resolved")
        assert same["conversation"] == res["conversation"]  # nothing changed, no new event
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.update", conversation_id=conv["id"], status="snoozed")
        assert err.value.code == "bad_request"
        past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.update", conversation_id=conv["id"], snoozed_until=past)
        assert err.value.code == "bad_request"
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.update", conversation_id=conv["id"], status="closed")
        assert err.value.code == "bad_request"


async def test_presence_agents_and_canned(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.request("presence.set", presence="away")
        event = await sam.wait_for(lambda f: f.get("name") == "agent.presence")
        assert event["data"] == {
            "username": "bob",
            "display_name": "Bob Wang 王博",
            "role": "agent",
            "presence": "away",
        }
        agents = {a["username"]: a for a in (await sam.request("agents.list"))["agents"]}
        assert set(agents) >= {"alice", "bob", "vera", "victor", "sam"}
        assert agents["bob"]["presence"] == "away" and agents["alice"]["presence"] == "offline"
        with pytest.raises(RequestError):
            await bob.request("presence.set", presence="offline")
        await bob.close()
        event = await sam.wait_for(lambda f: f.get("name") == "agent.presence")
        assert event["data"]["username"] == "bob" and event["data"]["presence"] == "offline"

        replies = (await sam.request("canned.list"))["replies"]
        categories = {r["category"] for r in replies}
        assert categories >= {
            "account_login",
            "trading",
            "deposits_withdrawals",
            "kyc",
            "security_2fa",
            "promotions",
            "platform_rules",
        }
        assert all(set(r["bodies"]) == {"en", "zh-CN"} for r in replies)
        zh = (await sam.request("canned.list", locale="zh-CN"))["replies"]
        assert all(set(r["bodies"]) == {"zh-CN"} for r in zh)


async def test_logout_closes_every_connection_of_the_token(tmp_path):
    async with running_server(tmp_path) as server:
        first = await AgentClient.login(server.ws_url, "alice", "demo")
        second = await AgentClient.auth(server.ws_url, first.token)
        assert await first.request("session.logout") == {}
        with pytest.raises(ConnectionClosed):
            for _ in range(5):
                await second.next_frame(5)
        assert second.ws.close_code == 4401


async def test_a_customer_without_an_open_chat_gets_a_new_one(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        with_chat = {
            c["customer"]["uid"] for c in convs if c["channel"] == "chat" and c["status"] != "resolved"
        }
        vip = next(
            c["customer"]["uid"]
            for c in convs
            if c["customer"]["vip_tier"] > 0 and c["customer"]["uid"] not in with_chat
        )
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(vip))
        assert customer.welcome["customer"]["uid"] == vip and "*" not in customer.welcome["customer"]["name"]
        await customer.send("I need help with a large withdrawal")
        created = await sam.wait_for(lambda f: f.get("name") == "conversation.created")
        conv = created["data"]["conversation"]
        assert conv["channel"] == "chat" and conv["status"] == "open" and conv["priority"] == "high"
        opened = datetime.fromisoformat(conv["created_at"])
        assert datetime.fromisoformat(conv["first_response_due"]) - opened == timedelta(seconds=30)
        assert datetime.fromisoformat(conv["resolution_due"]) - opened == timedelta(hours=24)
        message = await sam.wait_for(lambda f: f.get("name") == "message.created")
        assert message["data"]["conversation"]["id"] == conv["id"] and message["seq"] > created["seq"]
        # The second message goes to the same conversation.
        await customer.send("Are you there?")
        again = await sam.wait_for(lambda f: f.get("name") == "message.created")
        assert again["data"]["message"]["conversation_id"] == conv["id"]
        assert again["data"]["conversation"]["message_count"] == 2
