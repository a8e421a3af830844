"""Identity verification end to end: the code goes to the registered email through a real relay,
the customer types it into the web chat's prompt, every agent sees "verified", and no frame any
agent receives ever holds the code; attempts are limited and audited; the link works only from
the page's button; an SMS goes through the provider seam; the code is never stored in clear."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
import urllib.error
import urllib.request

import pytest

from app.server.identity.handlers import SMS_KEY
from app.server.identity.sms import LogSmsProvider, SmsUnavailable
from tests.server.identity.support import code_in, link_token_in, world
from tests.support.server import AgentClient, RequestError


async def _prompt(world_) -> dict:
    return await world_.customer.wait_for(lambda f: f["type"] == "verify_prompt", timeout=10)


async def test_the_customer_confirms_the_emailed_code_in_the_chat_and_no_agent_frame_holds_it(tmp_path):
    async with world(tmp_path) as w:
        sam = await AgentClient.login(w.server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        started = await w.agent.request(
            "identity.verify.start", conversation_id=w.conversation_id, channel="email"
        )
        v = started["verification"]
        assert v["state"] == "pending" and v["channel"] == "email" and "***" in v["destination"]
        assert v["attempts_left"] == 5
        prompt = await _prompt(w)
        assert prompt["channel"] == "email" and prompt["destination"] == v["destination"]
        mails = await w.sink.wait_for(1)
        assert w.sink.recipients[0] == [w.email]  # the registered address
        code = code_in(mails[0])
        await w.customer.send_raw(
            json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
        )
        result = await w.customer.wait_for(lambda f: f["type"] == "verify_result")
        assert result["outcome"] == "verified"
        for desk in (w.agent, sam):
            updated = await desk.wait_for(
                lambda f: (
                    f["type"] == "event"
                    and f["name"] == "identity.updated"
                    and f["data"]["verification"]["state"] == "verified"
                )
            )
            final = updated["data"]["verification"]
            assert final["method"] == "code" and final["channel"] == "email" and final["valid_until"]
        status = await sam.request("identity.status", uid=w.uid)
        assert status["verification"]["state"] == "verified"
        note = await w.agent.wait_for(
            lambda f: (
                f["type"] == "event"
                and f["name"] == "message.created"
                and f["data"]["message"].get("note_code") == "identity.verified"
            )
        )
        assert note["data"]["message"]["internal"] is True
        frames = [*(await w.agent.drain(0.5)), *(await sam.drain(0.3))]
        everything = json.dumps([started, status, *frames, *list(w.agent._stash), *list(sam._stash)])
        assert code not in everything
        # The customer's own view has no trace of the code either (not chat text).
        history = await w.customer.history()
        assert code not in json.dumps(history)
    with sqlite3.connect(tmp_path / "server.sqlite3") as conn:
        dump = "\n".join(conn.iterdump())
    # Hashed; the queued mail was sealed. As a value on its own: a six-digit code also turns up by
    # chance inside the dump's longer numbers (18-digit order ids, a timestamp's microseconds).
    assert not re.search(rf"(?<![\d.]){code}(?!\d)", dump)
    assert "sealed:v1:" in dump


async def test_wrong_codes_are_limited_and_audited(tmp_path):
    async with world(tmp_path, identity_max_attempts=3) as w:
        await w.agent.request("identity.verify.start", conversation_id=w.conversation_id, channel="email")
        prompt = await _prompt(w)
        code = code_in((await w.sink.wait_for(1))[0])
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"
        outcomes = []
        for _ in range(3):
            await w.customer.send_raw(
                json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": wrong})
            )
            outcomes.append(await w.customer.wait_for(lambda f: f["type"] == "verify_result"))
        assert [(o["outcome"], o["attempts_left"]) for o in outcomes] == [
            ("wrong_code", 2),
            ("wrong_code", 1),
            ("failed", 0),
        ]
        # The right code is too late now.
        await w.customer.send_raw(
            json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
        )
        assert (await w.customer.wait_for(lambda f: f["type"] == "verify_result"))["outcome"] == "failed"
        status = await w.agent.request("identity.status", uid=w.uid)
        assert status["verification"]["state"] == "failed" and status["verification"]["reason"] == "attempts"
        sam = await AgentClient.login(w.server.ws_url, "sam", "demo")
        rows = (await sam.request("audit.list", limit=100))["entries"]
        actions = [r["action"] for r in rows if r["target"] == w.uid]
        assert actions.count("identity.verify.attempt") == 3 and "identity.verify.failed" in actions
        assert "identity.verify.start" in actions
        assert all(code not in json.dumps(r) and wrong not in json.dumps(r) for r in rows)


async def test_another_customer_cannot_use_the_challenge(tmp_path):
    async with world(tmp_path) as w:
        await w.agent.request("identity.verify.start", conversation_id=w.conversation_id, channel="email")
        prompt = await _prompt(w)
        code = code_in((await w.sink.wait_for(1))[0])
        from tests.support.server import CustomerClient

        other = await CustomerClient.connect(w.server.ws_url, w.server.mint_customer_token("3088517710"))
        await other.send_raw(
            json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
        )
        assert (await other.wait_for(lambda f: f["type"] == "verify_result"))["outcome"] == "unknown"
        assert (await w.agent.request("identity.status", uid=w.uid))["verification"]["state"] == "pending"


async def test_the_emailed_link_confirms_only_from_the_pages_button(tmp_path):
    async with world(tmp_path) as w:
        await w.agent.request("identity.verify.start", conversation_id=w.conversation_id, channel="email")
        token = link_token_in((await w.sink.wait_for(1))[0])
        url = f"{w.server.http_url}/verify/confirm?t={token}"

        def get(headers: dict[str, str]) -> tuple[int, dict]:
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=10) as resp:
                    return resp.status, json.loads(resp.read())
            except urllib.error.HTTPError as err:
                return err.code, json.loads(err.read())

        # A mail scanner following the link (no page, no header) confirms nothing.
        assert await asyncio.to_thread(get, {}) == (400, {"outcome": "unknown"})
        assert (await w.agent.request("identity.status", uid=w.uid))["verification"]["state"] == "pending"

        def page() -> tuple[str, bytes]:
            with urllib.request.urlopen(f"{w.server.http_url}/verify", timeout=10) as resp:
                return resp.headers["Content-Security-Policy"], resp.read()

        csp, html = await asyncio.to_thread(page)
        assert "script-src 'self'" in csp and b"verify.js" in html
        assert await asyncio.to_thread(get, {"X-AgentDesk-Verify": "1"}) == (200, {"outcome": "verified"})
        status = (await w.agent.request("identity.status", uid=w.uid))["verification"]
        assert status["state"] == "verified" and status["method"] == "link"


class RecordingSms:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, phone: str, text: str) -> None:
        self.sent.append((phone, text))


async def test_a_code_by_sms_goes_through_the_provider_seam(tmp_path):
    async with world(tmp_path) as w:
        sms = RecordingSms()
        w.server.context.services[SMS_KEY] = sms
        started = await w.agent.request(
            "identity.verify.start", conversation_id=w.conversation_id, channel="phone"
        )
        assert started["verification"]["channel"] == "phone"
        assert len(sms.sent) == 1
        code = next(
            part
            for part in sms.sent[0][1].split()
            if part.rstrip("（(").isdigit() and len(part.rstrip("（(")) == 6
        )
        code = code.rstrip("（(")
        prompt = await _prompt(w)
        await w.customer.send_raw(
            json.dumps({"type": "verify", "challenge_id": prompt["challenge_id"], "code": code})
        )
        assert (await w.customer.wait_for(lambda f: f["type"] == "verify_result"))["outcome"] == "verified"
        assert code not in json.dumps(started)


async def test_without_an_sms_provider_outside_the_demo_the_code_is_not_logged(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    provider = LogSmsProvider(demo=False)
    with pytest.raises(SmsUnavailable):
        provider.send("+8613812345678", "Your identity verification code: 424242")
    assert "424242" not in caplog.text and "12345678" not in caplog.text
    async with world(tmp_path) as w:
        w.server.context.services[SMS_KEY] = provider
        started = await w.agent.request(
            "identity.verify.start", conversation_id=w.conversation_id, channel="phone"
        )
        assert (
            started["verification"]["state"] == "failed"
            and started["verification"]["reason"] == "undeliverable"
        )


def test_the_demo_provider_prints_the_sms_for_a_person_to_play(capsys):
    import sys

    LogSmsProvider(demo=True, stream=sys.stdout).send("+8613812345678", "Your code: 424242")
    out = capsys.readouterr().out
    assert "424242" in out and "+86" in out and "12345678" not in out


async def test_an_unverified_email_contact_cannot_be_verified(tmp_path):
    async with world(tmp_path) as w:
        with pytest.raises(RequestError) as err:
            await w.agent.request("identity.verify.start", conversation_id=999_999, channel="email")
        assert err.value.code == "not_found"


async def test_a_code_typed_into_the_chat_text_never_reaches_the_agents(tmp_path):
    async with world(tmp_path) as w:
        await w.agent.request("identity.verify.start", conversation_id=w.conversation_id, channel="email")
        await _prompt(w)
        code = code_in((await w.sink.wait_for(1))[0])
        await w.customer.send(f"here it is {code} ok")
        created = await w.agent.wait_for(
            lambda f: (
                f["type"] == "event"
                and f["name"] == "message.created"
                and f["data"]["message"]["author_kind"] == "customer"
                and "here it is" in f["data"]["message"]["body"]
            )
        )
        message = created["data"]["message"]
        assert code not in message["body"] and "[verification code removed]" in message["body"]
        assert {"kind": "verification_code", "severity": "high"} in message["redactions"]
        again = await _prompt(w)  # asked again, in the right place
        assert again["channel"] == "email"
        # Other six-digit numbers (an order id) are left alone.
        await w.customer.send("order 123450 is stuck")
        other = await w.agent.wait_for(
            lambda f: (
                f["type"] == "event"
                and f["name"] == "message.created"
                and "order" in f["data"]["message"]["body"]
            )
        )
        assert "123450" in other["data"]["message"]["body"] or code == "123450"
