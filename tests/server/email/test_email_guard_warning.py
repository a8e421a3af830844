"""The safety warning by email, for real: a customer mails a secret → the guard removes it and the
chat's warning goes back through the outbound queue to a real relay, once per mail, threaded, in
the customer's language; machine-sent mail (RFC 3834) gets no automatic answer."""

from __future__ import annotations

import asyncio
import re
from email.message import EmailMessage
from typing import Any

import pytest
import sqlalchemy as sa
from mnemonic import Mnemonic

from app.server import safety
from app.server.db.schema import Conversation, Customer, Message
from app.server.email.parse import parse_message
from tests.server.email.mail_support import RelaySink, make_mail, send_mail
from tests.support.server import AgentClient, running_server

FAST_MAIL = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1, "smtp_listen_port": 0}
SEED = "left stay adjust ripple breeze kick popular march outdoor fortune lawn appear"
SEED_2 = "tooth artist bus chicken chalk rack cargo guide lawsuit hollow scissors claw"


def _valid(phrase: str) -> str:
    assert len(phrase.split()) == 12 and Mnemonic("english").check(phrase), phrase
    return phrase


async def _registered(server: Any, language: str) -> dict[str, Any]:
    """A registered tier-0 customer with an email, speaking ``language``."""

    def pick(session: Any) -> dict[str, Any]:
        c = session.scalars(
            sa.select(Customer)
            .where(
                Customer.email != "",
                Customer.language == language,
                Customer.vip_tier == 0,
                ~Customer.contact.has(),
            )
            .order_by(Customer.uid)
            .limit(1)
        ).one()
        return {"uid": c.uid, "email": c.email, "language": c.language}

    return await server.context.db.run(pick)


async def _stored(server: Any, address: str) -> list[dict[str, Any]]:
    """Every message of the email conversations of the sender ``address``, oldest first."""

    def read(session: Any) -> list[dict[str, Any]]:
        rows = session.execute(
            sa.select(Message, Conversation)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(Customer, Customer.uid == Conversation.customer_uid)
            .where(sa.func.lower(Customer.email) == address.lower(), Conversation.channel == "email")
            .order_by(Message.id)
        )
        return [
            {
                "author_kind": m.author_kind,
                "body": m.body,
                "redactions": list(m.redactions or []),
                "delivery": m.outbound.state if m.outbound is not None else None,
                "conversation_id": conv.id,
            }
            for m, conv in rows
        ]

    return await server.context.db.run(read)


def _everything(out: EmailMessage) -> str:
    """The decoded body and every header of a sent mail: where a leaked secret could hide."""
    headers = "\n".join(f"{name}: {value}" for name, value in out.items())
    return headers + "\n" + out.get_content()


def _no_secret(out: EmailMessage, phrase: str) -> None:
    """None of the phrase's words anywhere in the mail; the customer's (redacted) text not quoted."""
    leaked = [w for w in phrase.split() if re.search(rf"\b{w}\b", _everything(out), re.IGNORECASE)]
    assert not leaked, f"seed words in the warning mail: {leaked}"
    assert "[redacted" not in out.get_content()


async def _quiet(sink: RelaySink, count: int, wait: float = 1.0) -> None:
    """Give the sender (polling every 0.1 s) time to send anything extra; then exactly ``count``."""
    await asyncio.sleep(wait)
    assert len(sink.messages) == count, [m["In-Reply-To"] for m in sink.messages]


async def test_seed_phrase_by_email_gets_one_threaded_warning_in_english(tmp_path):
    seed = _valid(SEED)
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST_MAIL
        ) as server:
            port = server.channels.smtp_port
            who = await _registered(server, "en")
            alice = await AgentClient.login(server.ws_url, "alice", "demo")
            await alice.sync(alice.welcome["head"])
            first_id = "<leak.1@mail.example.net>"
            mail = make_mail(
                who["email"],
                "Wallet drained",
                text=f"Hello, my wallet is empty. My recovery words are {seed} please help me.",
                message_id=first_id,
            )
            await send_mail(port, mail)

            [out] = await sink.wait_for(1)
            assert sink.recipients[0] == [who["email"]]
            assert out["To"] == who["email"]
            assert out["From"].addresses[0].addr_spec == "support@exchange.example"
            assert out["In-Reply-To"] == first_id and first_id in out["References"]
            assert out["Subject"] == "Re: Wallet drained"
            assert out["Auto-Submitted"] == "auto-replied"  # RFC 3834: their auto-responder stays quiet
            assert out["Content-Language"] == "en"
            text = out.get_content()
            assert safety.customer_warning(("seed_phrase",), "en") in text  # the chat's own text
            assert "will never ask for your password" in text and "seed phrase" in text
            assert "new wallet" in text
            assert "wallet is empty" not in text  # the customer's mail is not quoted
            _no_secret(out, seed)

            # Stored: the mail with the secret replaced, then the warning as a system message that
            # went out through the outbound queue (agents see it and its delivery).
            stored = await _stored(server, who["email"])
            assert [m["author_kind"] for m in stored] == ["customer", "system"]
            assert "[redacted:seed_phrase]" in stored[0]["body"]
            assert stored[0]["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
            assert all(w not in stored[0]["body"].split() for w in seed.split())
            assert stored[1]["body"] == safety.customer_warning(("seed_phrase",), "en")
            shown = await alice.request("conversation.messages", conversation_id=stored[0]["conversation_id"])
            system = shown["messages"][-1]
            assert system["author_kind"] == "system" and system["body"] == stored[1]["body"]
            sent = await alice.wait_for(
                lambda f: (
                    f.get("type") == "event"
                    and f["name"] == "message.updated"
                    and f["data"]["message"]["id"] == system["id"]
                    and f["data"]["message"]["delivery"] == "sent"
                )
            )
            assert sent["data"]["message"]["author_kind"] == "system"

            # The same mail delivered again (the sender's retry): stored once, warned about once.
            await send_mail(port, mail)
            await _quiet(sink, 1)
            assert len(await _stored(server, who["email"])) == 2

            # A new mail with a secret in the same thread gets its own warning, threaded to it.
            second_id = "<leak.2@mail.example.net>"
            await send_mail(
                port,
                make_mail(
                    who["email"],
                    "Re: Wallet drained",
                    text=f"Sorry, I mean these: {_valid(SEED_2)}",
                    message_id=second_id,
                    in_reply_to=out["Message-ID"],
                    references=f"{first_id} {out['Message-ID']}",
                ),
            )
            messages = await sink.wait_for(2)
            assert messages[1]["In-Reply-To"] == second_id
            _no_secret(messages[1], SEED_2)
            await _quiet(sink, 2, wait=0.5)
            kinds = [m["author_kind"] for m in await _stored(server, who["email"])]
            assert kinds == ["customer", "system", "customer", "system"]
    finally:
        await sink.stop()


async def test_chinese_customer_gets_the_warning_in_chinese(tmp_path):
    seed = _valid(SEED)
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST_MAIL
        ) as server:
            who = await _registered(server, "zh-CN")
            mail_id = "<zh.leak.1@mail.example.cn>"
            await send_mail(
                server.channels.smtp_port,
                make_mail(
                    who["email"],
                    "钱包被盗",
                    text=f"您好，我的钱包里的币不见了。我的助记词是：{seed}，请帮我查一下。",
                    message_id=mail_id,
                ),
            )
            [out] = await sink.wait_for(1)
            assert sink.recipients[0] == [who["email"]]
            assert out["In-Reply-To"] == mail_id
            assert out["Auto-Submitted"] == "auto-replied"
            assert out["Content-Language"] == "zh-CN"
            assert out["Subject"] == "Re: 钱包被盗"
            text = out.get_content()
            assert safety.customer_warning(("seed_phrase",), "zh-CN") in text
            assert "助记词" in text and "新钱包" in text and "绝不会" in text
            assert "For your safety" not in text
            assert "钱包里的币不见了" not in text
            _no_secret(out, seed)
            stored = await _stored(server, who["email"])
            assert [m["author_kind"] for m in stored] == ["customer", "system"]
            assert stored[0]["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
            assert stored[1]["body"] == safety.customer_warning(("seed_phrase",), "zh-CN")
            await _quiet(sink, 1, wait=0.5)
    finally:
        await sink.stop()


async def test_machine_mail_gets_no_auto_reply_but_an_unknown_person_does(tmp_path):
    seed = _valid(SEED)
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST_MAIL
        ) as server:
            port = server.channels.smtp_port
            text = f"Automatic notice. Quoted words: {seed}"

            auto = make_mail(
                "robot@helpdesk.example", "Out of office", text=text, message_id="<a.1@h.example>"
            )
            auto["Auto-Submitted"] = "auto-replied"
            await send_mail(port, auto)
            bulk = make_mail("news@list.example", "Digest", text=text, message_id="<b.1@list.example>")
            bulk["Precedence"] = "bulk"
            bulk["List-Id"] = "<crypto.list.example>"
            await send_mail(port, bulk)
            daemon = make_mail("MAILER-DAEMON@mx.example", "Undelivered", text=text, message_id="<c.1@mx>")
            await send_mail(port, daemon)
            bounce = make_mail("someone@bounce.example", "Returned", text=text, message_id="<d.1@b.example>")
            await send_mail(port, bounce.as_bytes(), mail_from="<>")  # the null reverse-path of a bounce

            # A person nobody knows: an unverified contact, warned all the same (their own safety).
            person_id = "<p.1@mail.example.org>"
            await send_mail(
                port,
                make_mail(
                    "Stranger <stranger@unknown.example>",
                    f"Hacked? {seed}",  # in the subject too: stored and quoted as "Re: …", so redacted
                    text=f"Is my wallet safe? {seed}",
                    message_id=person_id,
                ),
            )
            # Mail goes out in the order it was queued: a wrong answer to the machines comes first.
            [out] = await sink.wait_for(1)
            assert sink.recipients[0] == ["stranger@unknown.example"]
            assert out["In-Reply-To"] == person_id
            _no_secret(out, seed)
            await _quiet(sink, 1)

            for address in ("robot@helpdesk.example", "news@list.example", "mailer-daemon@mx.example"):
                stored = await _stored(server, address)
                assert [m["author_kind"] for m in stored] == ["customer"], address  # stored, not answered
                assert stored[0]["redactions"] == [{"kind": "seed_phrase", "severity": "high"}]
            assert [m["author_kind"] for m in await _stored(server, "someone@bounce.example")] == ["customer"]
            person = await _stored(server, "stranger@unknown.example")
            assert [m["author_kind"] for m in person] == ["customer", "system"]
            assert out["Subject"] == "Re: Hacked? [redacted:seed_phrase]"  # the marker, never the words

            def subject(session: Any) -> str | None:
                return session.get(Conversation, person[0]["conversation_id"]).subject

            assert await server.context.db.run(subject) == "Hacked? [redacted:seed_phrase]"
    finally:
        await sink.stop()


@pytest.mark.parametrize(
    ("sender", "headers", "envelope", "reason"),
    [
        ("li@example.net", {}, "li@example.net", None),
        ("li@example.net", {"Auto-Submitted": "no"}, None, None),
        ("li@example.net", {"Auto-Submitted": "auto-generated"}, None, "auto-submitted"),
        ("li@example.net", {"Auto-Submitted": "Auto-Replied; owner-email=x@y"}, None, "auto-submitted"),
        ("li@example.net", {}, "<>", "null-sender"),
        ("li@example.net", {"Precedence": "list"}, None, "bulk"),
        ("li@example.net", {"List-Unsubscribe": "<mailto:u@list.example>"}, None, "mailing-list"),
        ("li@example.net", {"X-Auto-Response-Suppress": "DR, OOF"}, None, "suppressed"),
        ("li@example.net", {"X-Autoreply": "yes"}, None, "auto-submitted"),
        ("Postmaster@mx.example", {}, None, "role-sender"),
        ("crypto-request@list.example", {}, None, "role-sender"),
        ("owner-crypto@list.example", {}, None, "role-sender"),
        ("no-reply@shop.example", {}, None, "role-sender"),
    ],
)
def test_which_mail_may_be_answered_automatically(sender, headers, envelope, reason):
    msg = make_mail(sender, "Hi", text="hello")
    for name, value in headers.items():
        msg[name] = value
    assert parse_message(msg.as_bytes(), envelope).auto_reply_blocked == reason
