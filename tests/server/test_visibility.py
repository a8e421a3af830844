"""Role visibility, enforced on every request and every event (alice, bob, vera, victor, sam)."""

from __future__ import annotations

import json

import pytest

from app.server.principal import AgentPrincipal
from app.server.visibility import ConvScope, can_see
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

AGENTS = ("alice", "bob", "vera", "victor", "sam")
ROLES = {
    "alice": "agent",
    "bob": "agent",
    "vera": "vip_manager",
    "victor": "vip_manager",
    "sam": "supervisor",
}


def _expected(me: str, conv: dict) -> bool:
    scope = ConvScope(
        conv["id"],
        conv["customer"]["uid"],
        conv["channel"],
        conv["customer"]["vip_tier"],
        conv["customer"]["account_manager"],
        conv["assignee"],
    )
    return can_see(AgentPrincipal(0, me, me, ROLES[me], "en"), scope)


async def _all(client: AgentClient) -> list[dict]:
    return (await client.request("inbox.snapshot", limit=1000))["conversations"]


async def test_snapshot_follows_the_role_rule(tmp_path):
    async with running_server(tmp_path) as server:
        clients = {n: await AgentClient.login(server.ws_url, n, "demo") for n in AGENTS}
        everything = await _all(clients["sam"])
        assert any(c["customer"]["vip_tier"] > 0 for c in everything)
        for name in AGENTS:
            mine = {c["id"] for c in await _all(clients[name])}
            assert mine == {c["id"] for c in everything if _expected(name, c)}, name
        alice_ids = {c["id"] for c in await _all(clients["alice"])}
        vera = await _all(clients["vera"])
        victor = await _all(clients["victor"])
        assert all(c["customer"]["vip_tier"] > 0 or c["assignee"] == "vera" for c in vera)
        assert not any(c["customer"]["account_manager"] == "victor" and c["assignee"] != "vera" for c in vera)
        assert not any(
            c["customer"]["account_manager"] == "vera" and c["assignee"] != "victor" for c in victor
        )
        assert all(
            c["customer"]["vip_tier"] == 0 or c["assignee"] == "alice"
            for c in everything
            if c["id"] in alice_ids
        )


async def test_requests_outside_view_are_forbidden(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        everything = await _all(sam)
        vip = next(
            c for c in everything if c["customer"]["account_manager"] == "victor" and c["assignee"] is None
        )
        for who in (alice, vera):
            for method, params in (
                ("conversation.get", {"conversation_id": vip["id"]}),
                ("conversation.messages", {"conversation_id": vip["id"]}),
                ("message.send", {"conversation_id": vip["id"], "body": "x", "client_msg_id": "1"}),
                ("conversation.update", {"conversation_id": vip["id"], "priority": "low"}),
                ("customer.get", {"uid": vip["customer"]["uid"]}),
            ):
                with pytest.raises(RequestError) as err:
                    await who.request(method, **params)
                assert err.value.code == "forbidden", (method, who.welcome["agent"]["username"])
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.get", conversation_id=999_999)
        assert err.value.code == "not_found"
        ctx = await sam.request("customer.get", uid=vip["customer"]["uid"])
        assert ctx["customer"]["uid"] == vip["customer"]["uid"]


async def test_events_reach_only_those_who_see_them(tmp_path):
    async with running_server(tmp_path) as server:
        url = server.ws_url
        clients = {n: await AgentClient.login(url, n, "demo") for n in AGENTS}
        for c in clients.values():
            await c.sync(c.welcome["head"])
        everything = await _all(clients["sam"])
        vera_vip = next(
            c["customer"]["uid"] for c in everything if c["customer"]["account_manager"] == "vera"
        )
        regular = next(c["customer"]["uid"] for c in everything if c["customer"]["vip_tier"] == 0)
        for uid in (vera_vip, regular):
            customer = await CustomerClient.connect(url, server.mint_customer_token(uid))
            await customer.send(f"hello from {uid}")
        got = {
            n: {
                e["data"]["message"]["body"]
                for e in await c.events(quiet=0.4)
                if e["name"] == "message.created"
            }
            for n, c in clients.items()
        }
        vip_msg, reg_msg = f"hello from {vera_vip}", f"hello from {regular}"
        assert got["sam"] == {vip_msg, reg_msg}
        assert got["vera"] == {vip_msg}
        assert got["victor"] == set()
        assert got["alice"] == {reg_msg} and got["bob"] == {reg_msg}
        # Replay applies the same rule.
        for name, c in clients.items():
            replayed, _ = await c.sync(c.welcome["head"])
            bodies = {e["data"]["message"]["body"] for e in replayed if e["name"] == "message.created"}
            assert bodies == got[name], name


async def test_assignment_rules_and_visibility_follow_assignment(tmp_path):
    async with running_server(tmp_path) as server:
        url = server.ws_url
        sam = await AgentClient.login(url, "sam", "demo")
        alice = await AgentClient.login(url, "alice", "demo")
        vera = await AgentClient.login(url, "vera", "demo")
        everything = await _all(sam)
        vip = next(
            c for c in everything if c["customer"]["account_manager"] == "vera" and c["assignee"] is None
        )
        regular = next(c for c in everything if c["customer"]["vip_tier"] == 0)
        # A plain agent may take or pass a regular conversation, but not to someone who can't see it.
        await alice.request("conversation.update", conversation_id=regular["id"], assignee="alice")
        await alice.request("conversation.update", conversation_id=regular["id"], assignee="bob")
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.update", conversation_id=regular["id"], assignee="vera")
        assert err.value.code == "forbidden"
        with pytest.raises(RequestError) as err:
            await alice.request("conversation.update", conversation_id=regular["id"], assignee="nobody")
        assert err.value.code == "bad_request"
        # vera cannot hand her client to victor (he does not manage them); sam can escalate to alice.
        with pytest.raises(RequestError) as err:
            await vera.request("conversation.update", conversation_id=vip["id"], assignee="victor")
        assert err.value.code == "forbidden"
        await alice.sync(alice.welcome["head"])
        result = await sam.request("conversation.update", conversation_id=vip["id"], assignee="alice")
        assert result["conversation"]["assignee"] == "alice"
        event = await alice.wait_for(lambda f: f.get("name") == "conversation.updated")
        assert event["data"]["conversation"]["id"] == vip["id"]
        assert (await alice.request("conversation.get", conversation_id=vip["id"]))["conversation"][
            "assignee"
        ] == "alice"
        await alice.request("customer.get", uid=vip["customer"]["uid"])
        # Taken away again: alice hears of it once (so her desk drops it), then nothing more.
        await sam.request("conversation.update", conversation_id=vip["id"], assignee=None)
        event = await alice.wait_for(lambda f: f.get("name") == "conversation.updated")
        assert event["data"]["conversation"]["assignee"] is None
        with pytest.raises(RequestError):
            await alice.request("conversation.get", conversation_id=vip["id"])
        await sam.request("conversation.update", conversation_id=vip["id"], priority="urgent")
        assert [
            e
            for e in await alice.events(quiet=0.3)
            if e["data"].get("conversation", {}).get("id") == vip["id"]
        ] == []


async def test_signals_follow_visibility(tmp_path):
    async with running_server(tmp_path) as server:
        url = server.ws_url
        clients = {n: await AgentClient.login(url, n, "demo") for n in ("alice", "bob", "victor", "sam")}
        everything = await _all(clients["sam"])
        regular = next(c for c in everything if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat")
        customer = await CustomerClient.connect(url, server.mint_customer_token(regular["customer"]["uid"]))
        await customer.send("typing test")
        conv_id = next(
            c
            for c in await _all(clients["sam"])
            if c["customer"]["uid"] == regular["customer"]["uid"]
            and c["channel"] == "chat"
            and c["status"] != "resolved"
        )["id"]
        await clients["alice"].send_raw(
            json.dumps({"type": "signal", "name": "viewing", "data": {"conversation_id": conv_id}})
        )
        frame = await clients["bob"].wait_for(lambda f: f["type"] == "signal")
        assert frame["data"] == {"conversation_id": conv_id, "agent": "alice", "display_name": "Alice Chen"}
        await clients["alice"].send_raw(
            json.dumps(
                {"type": "signal", "name": "typing", "data": {"conversation_id": conv_id, "active": True}}
            )
        )
        typing = await customer.wait_for(lambda f: f["type"] == "signal")
        assert typing["data"] == {"active": True}
        await customer.send_raw('{"type":"signal","name":"typing","data":{"active":true}}')
        frame = await clients["alice"].wait_for(lambda f: f["type"] == "signal")
        assert frame["data"] == {"conversation_id": conv_id, "who": "customer", "active": True}
        victor_frames = [f for f in await clients["victor"].drain(0.3) if f["type"] == "signal"]
        assert victor_frames == []
        await clients["alice"].send_raw('{"type":"signal","name":"dance","data":{}}')
        err = await clients["alice"].wait_for(lambda f: f["type"] == "error")
        assert err["code"] == "bad_request"
