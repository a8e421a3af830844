"""Actions that can move money or access ask for a fresh verification or a supervisor's override:
reveal, a 2FA reset, a withdrawal unlock, an address whitelist — each audited with its gate. The
customer's anti-phishing code is in the customer context."""

from __future__ import annotations

import json

import pytest

from tests.server.identity.support import code_in, world
from tests.support.server import AgentClient, RequestError


async def _verify(w) -> None:
    await w.agent.request("identity.verify.start", conversation_id=w.conversation_id, channel="email")
    prompt = await w.customer.wait_for(lambda f: f["type"] == "verify_prompt")
    code = code_in((await w.sink.wait_for(len(w.sink.messages) + 1))[-1])
    await w.customer.send_raw(
        json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
    )
    assert (await w.customer.wait_for(lambda f: f["type"] == "verify_result"))["outcome"] == "verified"


async def _audit(server, action: str) -> list[dict]:
    sam = await AgentClient.login(server.ws_url, "sam", "demo")
    rows = (await sam.request("audit.list", limit=200, action=action))["entries"]
    await sam.close()
    return rows


async def test_reveal_needs_a_fresh_verification(tmp_path):
    async with world(tmp_path) as w:
        with pytest.raises(RequestError) as refused:
            await w.agent.request(
                "customer.get", uid=w.uid, reveal=True, reason="caller asks about a withdrawal"
            )
        assert refused.value.code == "verification_required"
        await _verify(w)
        revealed = (await w.agent.request("customer.get", uid=w.uid, reveal=True, reason="verified caller"))[
            "customer"
        ]
        assert revealed["revealed"] is True and revealed["email"] == w.email
        views = await _audit(w.server, "customer.view")
        outcomes = [
            (r["details"]["outcome"], r["details"].get("gate"))
            for r in reversed(views)
            if r["target"] == w.uid
        ]
        assert ("verification_required", None) in outcomes and ("ok", "verified") in outcomes
        assert await _audit(w.server, "identity.gate.refused")


async def test_a_supervisors_override_is_audited_and_opens_the_gate(tmp_path):
    async with world(tmp_path) as w:
        bob = await AgentClient.login(w.server.ws_url, "bob", "demo")
        with pytest.raises(RequestError) as forbidden:
            await bob.request("identity.override", uid=w.uid, reason="I know him")
        assert forbidden.value.code == "forbidden"
        sam = await AgentClient.login(w.server.ws_url, "sam", "demo")
        granted = await sam.request(
            "identity.override", uid=w.uid, reason="called from the registered phone", minutes=15
        )
        assert (
            granted["verification"]["method"] == "override"
            and granted["verification"]["override_by"] == "sam"
        )
        event = await w.agent.wait_for(lambda f: f["type"] == "event" and f["name"] == "identity.updated")
        assert event["data"]["verification"]["method"] == "override"
        revealed = (await w.agent.request("customer.get", uid=w.uid, reveal=True, reason="override by sam"))[
            "customer"
        ]
        assert revealed["revealed"]
        rows = await _audit(w.server, "identity.override")
        assert [(r["actor"], r["details"]["outcome"]) for r in reversed(rows)] == [
            ("bob", "forbidden"),
            ("sam", "ok"),
        ]
        assert rows[0]["details"]["reason"] == "called from the registered phone"


async def test_security_requests_are_tickets_behind_the_gate(tmp_path):
    async with world(tmp_path) as w:
        for kind in ("twofa_reset", "withdrawal_unlock"):
            with pytest.raises(RequestError) as refused:
                await w.agent.request("identity.request", conversation_id=w.conversation_id, kind=kind)
            assert refused.value.code == "verification_required"
        with pytest.raises(RequestError) as bad:
            await w.agent.request(
                "identity.request", conversation_id=w.conversation_id, kind="address_whitelist"
            )
        assert bad.value.code == "bad_request"
        await _verify(w)
        reset = await w.agent.request(
            "identity.request",
            conversation_id=w.conversation_id,
            kind="twofa_reset",
            note="lost phone",
            client_request_id="r1",
        )
        again = await w.agent.request(
            "identity.request",
            conversation_id=w.conversation_id,
            kind="twofa_reset",
            note="lost phone",
            client_request_id="r1",
        )
        assert (
            reset["gate"] == "verified" and again["ticket_conversation_id"] == reset["ticket_conversation_id"]
        )
        ticket = await w.agent.request("conversation.get", conversation_id=reset["ticket_conversation_id"])
        assert (
            ticket["conversation"]["channel"] == "ticket"
            and ticket["conversation"]["category"] == "security_2fa"
        )
        assert ticket["conversation"]["subject"] == "2FA reset request"
        white = await w.agent.request(
            "identity.request",
            conversation_id=w.conversation_id,
            kind="address_whitelist",
            address="0x52908400098527886E0F7030069857D2E4169EE7",
            chain="ERC20",
        )
        assert white["kind"] == "address_whitelist"
        rows = await _audit(w.server, "identity.request")
        assert [(r["details"]["kind"], r["details"]["gate"]) for r in reversed(rows)] == [
            ("twofa_reset", "verified"),
            ("address_whitelist", "verified"),
        ]
        assert rows[0]["details"]["address"] == "0x52908400098527886E0F7030069857D2E4169EE7"
        # A supervisor passes the gate as their own override (audited as such).
        sam = await AgentClient.login(w.server.ws_url, "sam", "demo")
        unlock = await sam.request(
            "identity.request", conversation_id=w.conversation_id, kind="withdrawal_unlock"
        )
        assert unlock["gate"] == "supervisor"


async def test_the_anti_phishing_code_is_in_the_customer_context(tmp_path):
    async with world(tmp_path) as w:
        sam = await AgentClient.login(w.server.ws_url, "sam", "demo")
        convs = (await sam.request("inbox.snapshot", limit=300))["conversations"]
        seen = {}
        for conv in convs[:60]:
            ctx = (await sam.request("customer.get", uid=conv["customer"]["uid"]))["customer"]
            seen[ctx["uid"]] = (ctx["security"]["anti_phishing_code_set"], ctx["anti_phishing_code"])
        with_code = [code for flag, code in seen.values() if flag]
        assert with_code and all(code and "-" in code for code in with_code)
        assert all(code is None for flag, code in seen.values() if not flag)
