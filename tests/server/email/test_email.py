"""Email in and out, for real: smtplib → the server's SMTP listener; replies → a real relay."""

from __future__ import annotations

import smtplib

import pytest

from tests.server.email.mail_support import RelaySink, customer, free_port, make_mail, send_mail
from tests.support.server import AgentClient, running_server

FAST_MAIL = {"mail_retry_delays": (0.3,), "mail_poll_interval": 0.1, "smtp_listen_port": 0}


def _is_event(name: str, **match: object):
    def check(frame: dict) -> bool:
        if frame.get("type") != "event" or frame["name"] != name:
            return False
        return all(frame["data"]["conversation"].get(k) == v for k, v in match.items())

    return check


async def test_mail_from_a_registered_customer_opens_an_email_conversation(tmp_path):
    async with running_server(tmp_path) as server:
        assert server.channels.smtp_port
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        mail = make_mail(
            f'"Someone" <{who["email"].upper()}>',  # registered addresses match case-insensitively
            "Withdrawal still pending",
            text="My USDT withdrawal is stuck.\nPlease check.",
            html="<p>HTML <b>version</b> that must not win</p>",
            attachments=(("receipt.pdf", "application/pdf", b"%PDF-1.4 " + b"x" * 991),),
            message_id="<first.1@mail.example.net>",
        )
        await send_mail(server.channels.smtp_port, mail)

        created = await alice.wait_for(_is_event("conversation.created", channel="email"))
        conv = created["data"]["conversation"]
        assert conv["customer"]["uid"] == who["uid"] and conv["customer"]["verified"] is True
        assert conv["subject"] == "Withdrawal still pending"
        msg = (await alice.wait_for(_is_event("message.created", id=conv["id"])))["data"]["message"]
        assert msg["author_kind"] == "customer"
        assert msg["body"] == "My USDT withdrawal is stuck.\nPlease check."  # text/plain preferred
        assert msg["attachments"] == [
            {"filename": "receipt.pdf", "content_type": "application/pdf", "size": 1000}
        ]
        snap = await alice.request("inbox.snapshot", limit=20)
        assert snap["conversations"][0]["id"] == conv["id"]
        assert snap["conversations"][0]["first_response_due"] is not None

        # The same mail delivered twice (a sender's retry) is stored once.
        await send_mail(server.channels.smtp_port, mail)
        history = await alice.request("conversation.messages", conversation_id=conv["id"])
        assert len(history["messages"]) == 1


async def test_unknown_sender_becomes_an_unverified_contact_and_html_becomes_text(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        await sam.sync(sam.welcome["head"])
        html = (
            "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
            "<p>Hello&nbsp;support,</p><p>I <b>cannot</b> log in &amp; need help.</p>"
            '<ul><li>Tried reset</li><li>Tried 2FA</li></ul><a href="https://evil.example/login">'
            "https://exchange.example</a></body></html>"
        )
        await send_mail(
            server.channels.smtp_port,
            make_mail("Stranger <stranger@unknown.example>", "Login", html=html, language="en"),
        )
        created = await sam.wait_for(_is_event("conversation.created", channel="email"))
        summary = created["data"]["conversation"]["customer"]
        assert summary["verified"] is False and summary["uid"].startswith("E") and summary["vip_tier"] == 0
        body = (await sam.wait_for(_is_event("message.created")))["data"]["message"]["body"]
        assert "<" not in body.replace("(https://evil.example/login)", "") and ">" not in body
        assert "alert" not in body and "color" not in body
        assert "Hello support," in body and "I cannot log in & need help." in body
        assert "- Tried reset" in body and "(https://evil.example/login)" in body  # the real target shows
        context = await sam.request("customer.get", uid=summary["uid"])
        assert context["customer"]["verified"] is False

        # The same stranger again: the same contact, not a second one.
        await send_mail(
            server.channels.smtp_port, make_mail("STRANGER@unknown.example", "Again", text="hello?")
        )
        again = await sam.wait_for(_is_event("conversation.created", channel="email"))
        assert again["data"]["conversation"]["customer"]["uid"] == summary["uid"]


async def test_reply_goes_out_threaded_and_the_answer_lands_in_the_same_conversation(tmp_path):
    sink = await RelaySink().start()
    try:
        async with running_server(
            tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port, **FAST_MAIL
        ) as server:
            port = server.channels.smtp_port
            who = await customer(server)
            alice = await AgentClient.login(server.ws_url, "alice", "demo")
            await alice.sync(alice.welcome["head"])
            first_id = "<q1.abc@mail.example.net>"
            await send_mail(
                port, make_mail(who["email"], "Deposit missing", text="Where is it?", message_id=first_id)
            )
            conv = (await alice.wait_for(_is_event("conversation.created", channel="email")))["data"][
                "conversation"
            ]

            sent = await alice.request(
                "message.send",
                conversation_id=conv["id"],
                body="We found it, it is credited now.",
                client_msg_id="r1",
            )
            assert sent["message"]["delivery"] == "queued"
            [out] = await sink.wait_for(1)
            assert sink.recipients[0] == [who["email"]]
            assert (
                out["To"] == who["email"] and out["From"].addresses[0].addr_spec == "support@exchange.example"
            )
            assert out["Subject"] == "Re: Deposit missing"
            assert out["In-Reply-To"] == first_id and first_id in out["References"]
            assert out["Content-Language"] == who["language"]
            text = out.get_content()
            assert "We found it, it is credited now." in text
            reminder = "will never ask for your password" if who["language"] == "en" else "绝不会索要您的密码"
            assert reminder in text
            updated = await alice.wait_for(
                lambda f: f.get("type") == "event" and f["name"] == "message.updated"
            )
            assert updated["data"]["message"]["id"] == sent["message"]["id"]
            assert updated["data"]["message"]["delivery"] == "sent"

            # The customer answers our reply: it lands in the same conversation.
            await send_mail(
                port,
                make_mail(
                    who["email"],
                    "Re: Re: Deposit missing",
                    text="Thanks, I see it.",
                    message_id="<q2.abc@mail.example.net>",
                    in_reply_to=out["Message-ID"],
                    references=f"{first_id} {out['Message-ID']}",
                ),
            )
            answer = await alice.wait_for(
                lambda f: (
                    f.get("type") == "event"
                    and f["name"] == "message.created"
                    and f["data"]["message"]["body"] == "Thanks, I see it."
                )
            )
            assert answer["data"]["message"]["conversation_id"] == conv["id"]

            # A stranger quoting our Message-ID does not get into the customer's conversation.
            await send_mail(
                port, make_mail("intruder@evil.example", "Re", text="hi", in_reply_to=out["Message-ID"])
            )
            other = await alice.wait_for(_is_event("conversation.created", channel="email"))
            assert other["data"]["conversation"]["id"] != conv["id"]
    finally:
        await sink.stop()


async def test_relay_down_shows_failed_and_the_retry_delivers(tmp_path):
    port = free_port()
    async with running_server(
        tmp_path, smtp_relay_host="127.0.0.1", smtp_relay_port=port, **FAST_MAIL
    ) as server:
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        await send_mail(server.channels.smtp_port, make_mail(who["email"], "KYC", text="Status?"))
        conv = (await alice.wait_for(_is_event("conversation.created", channel="email")))["data"][
            "conversation"
        ]
        sent = await alice.request(
            "message.send", conversation_id=conv["id"], body="Approved.", client_msg_id="k1"
        )

        def delivery(state: str):
            return lambda f: (
                f.get("type") == "event"
                and f["name"] == "message.updated"
                and f["data"]["message"]["id"] == sent["message"]["id"]
                and f["data"]["message"]["delivery"] == state
            )

        failed = (await alice.wait_for(delivery("failed")))["data"]["message"]
        assert "relay" in failed["delivery_error"]
        shown = await alice.request("conversation.messages", conversation_id=conv["id"])
        assert shown["messages"][-1]["delivery"] == "failed" and shown["messages"][-1]["delivery_error"]

        sink = await RelaySink().start(port)  # the relay comes back on the configured port
        try:
            await alice.wait_for(delivery("sent"), timeout=10)
            [out] = await sink.wait_for(1)
            assert "Approved." in out.get_content()
        finally:
            await sink.stop()
        shown = await alice.request("conversation.messages", conversation_id=conv["id"])
        assert shown["messages"][-1]["delivery"] == "sent" and shown["messages"][-1]["delivery_error"] is None


async def test_demo_without_a_relay_writes_mail_to_the_folder_and_refuses_oversized_mail(tmp_path):
    async with running_server(tmp_path, smtp_max_message_bytes=20_000, **FAST_MAIL) as server:
        folder = server.channels.mail_folder
        assert folder == tmp_path / "demo-mail" / "outbox"
        who = await customer(server)
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        await send_mail(server.channels.smtp_port, make_mail(who["email"], "Fees", text="Fee tiers?"))
        conv = (await alice.wait_for(_is_event("conversation.created", channel="email")))["data"][
            "conversation"
        ]
        await alice.request(
            "message.send", conversation_id=conv["id"], body="See our fee page.", client_msg_id="f1"
        )
        await alice.wait_for(lambda f: f.get("type") == "event" and f["name"] == "message.updated")
        [eml] = list(folder.glob("*.eml"))
        assert "Subject: Re: Fees" in eml.read_text()

        big = make_mail(
            who["email"], "Big", text="x", attachments=(("scan.png", "image/png", b"\0" * 30_000),)
        )
        with pytest.raises(smtplib.SMTPException) as refused:
            await send_mail(server.channels.smtp_port, big)
        assert "552" in str(refused.value)
