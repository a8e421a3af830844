"""Role visibility holds for every request, including crafted ones: ids outside the caller's view
for every method that takes one, self-assignment into the VIP desk, ``internal`` flags where they
do not belong, out-of-range ids and type confusion."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec.inspect as mi
import pytest

from app.protocol.registry import METHODS
from app.server.registry import ROUTES as HANDLERS
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server

FAST = {"rate_limit_per_second": 1000, "rate_limit_burst": 1000}


def _sample(t: mi.Type, field: str) -> Any:
    """A valid value of a param type (required fields of methods this test does not know)."""
    if isinstance(t, mi.UnionType):
        return _sample(next(x for x in t.types if not isinstance(x, mi.NoneType)), field)
    if isinstance(t, mi.IntType):
        return max(t.ge or 1, 1)
    if isinstance(t, mi.StrType):
        return "x" * max(t.min_length or 0, 8)
    if isinstance(t, mi.BoolType):
        return False
    if isinstance(t, mi.LiteralType):
        return t.values[0]
    if isinstance(t, mi.DateTimeType):
        hours = 2 if "end" in field else 1
        return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()
    if isinstance(t, mi.ListType):
        return []
    raise AssertionError(f"no sample for {t!r} ({field})")


# Optional free-text fields filled in too: some methods need them together with an id or uid.
_FILL = frozenset({"subject", "body", "note"})


def _params(method: str, **given: Any) -> dict[str, Any]:
    info = mi.type_info(METHODS[method].params)
    params = {f.name: _sample(f.type, f.name) for f in info.fields if f.required or f.name in _FILL}
    params.update(given)
    return params


def _methods_taking(field: str) -> list[str]:
    """Every method this server implements whose params have ``field`` — new ones included."""
    return sorted(
        name
        for name, spec in METHODS.items()
        if name in HANDLERS and any(f.name == field for f in mi.type_info(spec.params).fields)
    )


async def _code(client: AgentClient, method: str, **params: Any) -> str | None:
    res = await client.request_raw(method, **params)
    return None if res["ok"] else res["error"]["code"]


async def _setup(server) -> tuple[dict[str, AgentClient], list[dict]]:
    names = ("alice", "vera", "victor", "sam")
    clients = {n: await AgentClient.login(server.ws_url, n, "demo") for n in names}
    convs = (await clients["sam"].request("inbox.snapshot", limit=1000))["conversations"]
    return clients, convs


def test_the_generic_probes_cover_the_core_methods():
    assert {"conversation.get", "conversation.messages", "message.send", "conversation.update"} <= set(
        _methods_taking("conversation_id")
    )
    assert "customer.get" in _methods_taking("uid")


async def test_every_method_refuses_a_conversation_or_customer_outside_view(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        clients, convs = await _setup(server)
        victors = next(
            c for c in convs if c["customer"]["account_manager"] == "victor" and c["assignee"] is None
        )
        regular = next(c for c in convs if c["customer"]["vip_tier"] == 0 and c["assignee"] is None)
        cases = [
            (clients["alice"], victors),  # plain agent -> a VIP conversation
            (clients["vera"], victors),  # VIP manager -> another manager's client
            (clients["vera"], regular),  # VIP manager -> the regular desk
        ]
        for client, conv in cases:
            who = client.welcome["agent"]["username"]
            before = (await clients["sam"].request("conversation.get", conversation_id=conv["id"]))[
                "conversation"
            ]
            for method in _methods_taking("conversation_id"):
                code = await _code(client, method, **_params(method, conversation_id=conv["id"]))
                assert code == "forbidden", (who, method, code)
            for method in _methods_taking("uid"):
                code = await _code(client, method, **_params(method, uid=conv["customer"]["uid"]))
                assert code == "forbidden", (who, method, code)
            after = (await clients["sam"].request("conversation.get", conversation_id=conv["id"]))[
                "conversation"
            ]
            assert after == before, (who, "a refused request changed the conversation")


async def test_no_self_assignment_into_a_desk_one_cannot_see(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        clients, convs = await _setup(server)
        alice, vera = clients["alice"], clients["vera"]
        veras = next(c for c in convs if c["customer"]["account_manager"] == "vera" and c["assignee"] is None)
        victors = next(
            c for c in convs if c["customer"]["account_manager"] == "victor" and c["assignee"] is None
        )
        regular = next(c for c in convs if c["customer"]["vip_tier"] == 0 and c["assignee"] is None)
        for client, conv in ((alice, veras), (alice, victors), (vera, victors), (vera, regular)):
            me = client.welcome["agent"]["username"]
            assert (
                await _code(client, "conversation.update", conversation_id=conv["id"], assignee=me)
                == "forbidden"
            )
        # Handing a visible conversation to someone who may not see it is refused too.
        assert (
            await _code(alice, "conversation.update", conversation_id=regular["id"], assignee="victor")
            == "forbidden"
        )
        # Look-alike usernames are not agents.
        for fake in ("Alice", "alice ", "alice\u200b", "ａｌｉｃｅ"):
            assert (
                await _code(alice, "conversation.update", conversation_id=regular["id"], assignee=fake)
                == "bad_request"
            )
        # vera may take her own client's conversation (her job) — the positive control.
        assert await _code(vera, "conversation.update", conversation_id=veras["id"], assignee="vera") is None


async def test_internal_flags(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        clients, convs = await _setup(server)
        alice = clients["alice"]
        conv = next(
            c
            for c in convs
            if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat" and c["status"] != "resolved"
        )
        uid = conv["customer"]["uid"]
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        await customer.sync(customer.welcome["head"])
        # A customer cannot make their message internal (the field is not theirs; it is ignored).
        await customer.send_raw(
            json.dumps(
                {
                    "type": "send",
                    "body": "from the customer",
                    "client_msg_id": "c1",
                    "internal": True,
                    "author_kind": "agent",
                    "conversation_id": 1,
                }
            )
        )
        sent = await customer.wait_for(lambda f: f["type"] in ("sent", "error"))
        assert sent["type"] == "sent"
        mine = (await customer.next_message())["message"]
        assert mine["author_kind"] == "customer" and mine["body"] == "from the customer"
        conv_id = mine["conversation_id"]
        stored = (await alice.request("conversation.messages", conversation_id=conv_id))["messages"]
        assert next(m for m in stored if m["id"] == sent["message_id"])["internal"] is False
        # Type confusion on `internal` is refused, not coerced.
        for value in ("true", 1, None, [], {}):
            assert (
                await _code(
                    alice,
                    "message.send",
                    conversation_id=conv_id,
                    body="x",
                    client_msg_id="t",
                    internal=value,
                )
                == "bad_request"
            ), value
        # An agent's internal note never reaches the customer: live, replayed or in history.
        note = await alice.request(
            "message.send",
            conversation_id=conv_id,
            body="NOTE: internal only",
            client_msg_id="n1",
            internal=True,
        )
        assert note["message"]["internal"] is True
        assert all(m["message"]["body"] != "NOTE: internal only" for m in await customer.messages(0.3))
        replayed, _ = await customer.sync(0)
        history = await customer.history(500)
        assert "NOTE: internal only" not in json.dumps([replayed, history])
        # ... and an internal note is no way into a conversation outside one's view.
        vip = next(c for c in convs if c["customer"]["vip_tier"] > 0 and c["assignee"] != "alice")
        assert (
            await _code(
                alice, "message.send", conversation_id=vip["id"], body="x", client_msg_id="n2", internal=True
            )
            == "forbidden"
        )


async def test_out_of_range_ids_and_type_confusion_are_bad_requests(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        clients, convs = await _setup(server)
        alice = clients["alice"]
        mine = next(c for c in convs if c["customer"]["vip_tier"] == 0)
        for bad_id in (0, -1, -(2**63), 2**63, 2**64 + 5, 10**30, 1.0, 1.5, "1", True, None, [1], {"id": 1}):
            for method in (
                "conversation.get",
                "conversation.messages",
                "message.send",
                "conversation.update",
            ):
                params = _params(method, conversation_id=bad_id)
                assert await _code(alice, method, **params) == "bad_request", (method, bad_id)
        assert await _code(alice, "conversation.get", conversation_id=2**63 - 1) == "not_found"
        assert (
            await _code(alice, "conversation.messages", conversation_id=mine["id"], before=2**64)
            == "bad_request"
        )
        for params in (
            {"uid": 12345678},
            {"uid": ""},
            {"uid": "1" * 33},
            {"uid": "1\x00"},
            {"uid": "1' OR '1'='1"},  # a well-formed string: just no such customer
            {"uid": mine["customer"]["uid"], "reveal": "yes"},
            {"uid": mine["customer"]["uid"], "reveal": True, "reason": 42},
        ):
            code = await _code(alice, "customer.get", **params)
            assert code == ("not_found" if "OR" in str(params["uid"]) else "bad_request"), params
        for params in (
            {"tags": "vip"},
            {"tags": ["x"] * 21},
            {"tags": ["a\nb"]},
            {"assignee": ["alice"]},
            {"status": "deleted"},
            {"priority": 3},
            {"snoozed_until": "tomorrow"},
            {"snoozed_until": 1234567890},
        ):
            assert (
                await _code(alice, "conversation.update", conversation_id=mine["id"], **params)
                == "bad_request"
            )
        for cursor in (
            "!!",
            "A" * 257,
            "W1td",
            "WyIyMDI2LTAxLTAxVDAwOjAwOjAwKzAwOjAwIiwgMTAwMDAwMDAwMDAwMDAwMDAwMDAwMF0",
        ):
            assert await _code(alice, "inbox.snapshot", cursor=cursor) == "bad_request", cursor
        # Envelope confusion: the answer names the request when its id can be read.
        raw_cases = [
            ({"type": "req", "id": 70, "method": "conversation.get", "params": [mine["id"]]}, 70),
            ({"type": "req", "id": 71, "method": "conversation.get", "params": "conversation_id=1"}, 71),
            ({"type": "req", "id": 72, "method": 5, "params": {}}, 72),
            ({"type": "req", "id": {"x": 1}, "method": "agents.list"}, None),
            ({"type": "req", "id": "a" * 65, "method": "agents.list"}, None),
            ({"type": ["req"], "id": 73, "method": "agents.list"}, None),
            ({"type": "sync", "since": 2**64}, None),
            ({"type": "sync", "since": "0"}, None),
        ]
        for frame, rid in raw_cases:
            await alice.send_raw(json.dumps(frame))
            got = await alice.wait_for(lambda f: f["type"] in ("res", "error"))
            body = got["error"] if got["type"] == "res" else got
            assert body["code"] == "bad_request", frame
            assert got.get("id") == rid, frame
        # Duplicate keys: whichever value wins, visibility applies to it.
        vip = next(c for c in convs if c["customer"]["vip_tier"] > 0 and c["assignee"] != "alice")
        for first, last in ((mine["id"], vip["id"]), (vip["id"], mine["id"])):
            await alice.send_raw(
                '{"type":"req","id":80,"method":"conversation.get","params":'
                f'{{"conversation_id":{first},"conversation_id":{last}}}}}'
            )
            got = await alice.wait_for(lambda f: f.get("id") == 80)
            assert not got["ok"] or got["result"]["conversation"]["id"] != vip["id"]
        _, synced = await alice.sync(2**63 - 1)
        assert synced["type"] == "resync"  # ahead of the log: take a snapshot again
        assert (await alice.request("agents.list"))["agents"]


async def test_signals_outside_view_are_refused_and_not_relayed(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        clients, convs = await _setup(server)
        alice = clients["alice"]
        vip = next(
            c
            for c in convs
            if c["customer"]["vip_tier"] > 0 and c["channel"] == "chat" and c["assignee"] != "alice"
        )
        customer = await CustomerClient.connect(
            server.ws_url, server.mint_customer_token(vip["customer"]["uid"])
        )
        for name, data in (
            ("typing", {"conversation_id": vip["id"], "active": True}),
            ("viewing", {"conversation_id": vip["id"]}),
            ("typing", {"conversation_id": 2**70}),
            ("typing", {"conversation_id": vip["id"], "active": "yes"}),
        ):
            await alice.send_raw(json.dumps({"type": "signal", "name": name, "data": data}))
            err = await alice.wait_for(lambda f: f["type"] == "error")
            assert err["code"] in ("forbidden", "bad_request"), (name, data)
            if data.get("active") is True:
                assert err["code"] == "forbidden"
        assert [f for f in await customer.drain(0.3) if f["type"] == "signal"] == []
        assert [f for f in await clients["victor"].drain(0.1) if f["type"] == "signal"] == []


async def test_a_customer_reaches_only_their_own_conversation(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        _, convs = await _setup(server)
        a, b = [c for c in convs if c["channel"] == "chat"][:2]
        assert a["customer"]["uid"] != b["customer"]["uid"]
        mallory = await CustomerClient.connect(
            server.ws_url, server.mint_customer_token(a["customer"]["uid"])
        )
        # Agent frames and foreign fields get nothing from the customer endpoint.
        for frame in (
            {
                "type": "req",
                "id": 1,
                "method": "conversation.messages",
                "params": {"conversation_id": b["id"]},
            },
            {"type": "login", "username": "sam", "password": "demo"},
            {"type": "history", "limit": 10**9},
            {"type": "history", "limit": -1},
            {"type": "sync", "since": -5},
        ):
            await mallory.send_raw(json.dumps(frame))
            err = await mallory.wait_for(lambda f: f["type"] == "error")
            assert err["code"] == "bad_request", frame
        await mallory.send("hello", "m1")
        replayed, _ = await mallory.sync(0)
        history = await mallory.history(500)
        conv_ids = {f["message"]["conversation_id"] for f in replayed} | {
            m["conversation_id"] for m in history["messages"]
        }
        theirs = {c["id"] for c in convs if c["customer"]["uid"] == b["customer"]["uid"]}
        assert conv_ids and not conv_ids & theirs
        # A token minted for one uid cannot be bent to another.
        token = server.mint_customer_token(a["customer"]["uid"])
        _, expiry, mac = token.split(".")
        forged = base64.urlsafe_b64encode(b["customer"]["uid"].encode()).decode().rstrip("=")
        with pytest.raises(RequestError) as err:
            await CustomerClient.connect(server.ws_url, f"{forged}.{expiry}.{mac}")
        assert err.value.code == "unauthorized"
