"""Inbound mail proves its sender, for real: SMTP into the listener, SPF/DKIM/DMARC answered by a
real DNS server on loopback (dnslib). A DKIM-signed mail passes; the forged-VIP mail (envelope
``attacker@evil.example``, ``From:`` a VIP client) is flagged "sender not proven", is not attached
to the VIP (never verified) and gets no automatic reply; a trusted MTA's Authentication-Results
header is honoured only with the configured authserv-id."""

from __future__ import annotations

import asyncio
from email.message import EmailMessage
from typing import Any

import dkim
import sqlalchemy as sa
from mnemonic import Mnemonic

from app.server.db.schema import Conversation, Customer, Message
from app.server.email.schema import OutboundMail
from tests.server.email.mail_support import RelaySink, customer, make_mail, send_mail
from tests.support.dns_server import LoopbackDns, dkim_keys
from tests.support.server import AgentClient, running_server

SEED = "left stay adjust ripple breeze kick popular march outdoor fortune lawn appear"
ATTACKER = "attacker@evil.example"
ATTACKER_ADDRESS = "0x9f1c5e0B7d2a4F3e6C8b1A0d9E7f6C5b4A3d2E1f"


def _config(dns: LoopbackDns, sink: RelaySink | None = None, **extra: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "smtp_listen_port": 0,
        "trusted_authserv_id": None,
        "dns_servers": ("127.0.0.1",),
        "dns_port": dns.port,
        "dns_timeout": 3.0,
        "mail_poll_interval": 0.1,
        "mail_retry_delays": (0.3,),
    }
    if sink is not None:
        settings.update(smtp_relay_host="127.0.0.1", smtp_relay_port=sink.port)
    settings.update(extra)
    return settings


def _signed(msg: EmailMessage, domain: str, private_key: bytes) -> bytes:
    raw = msg.as_bytes()
    signature = dkim.sign(
        raw, b"s1", domain.encode(), private_key, include_headers=[b"from", b"to", b"subject", b"message-id"]
    )
    return signature + raw


async def _stored(server: Any, message_id: str) -> dict[str, Any]:
    """The stored inbound message with this Message-ID header, its conversation and customer."""

    def read(session: Any) -> dict[str, Any]:
        from app.server.email.schema import EmailMessageId
        from app.server.email.threads import digest

        row = session.scalar(sa.select(EmailMessageId).where(EmailMessageId.digest == digest(message_id)))
        assert row is not None, "the mail was not stored"
        m = session.get(Message, row.message_row_id)
        conv = session.get(Conversation, row.conversation_id)
        c = session.get(Customer, conv.customer_uid)
        replies = session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboundMail)
            .where(OutboundMail.conversation_id == conv.id)
        )
        return {
            "uid": c.uid,
            "verified": c.contact is None,
            "tier": c.vip_tier,
            "message_not_proven": m.email_auth is not None and not m.email_auth.proven,
            "auth": (m.email_auth.spf, m.email_auth.dkim, m.email_auth.dmarc) if m.email_auth else None,
            "conversation_not_proven": conv.sender_flag is not None,
            "conversation_id": conv.id,
            "queued_replies": int(replies or 0),
            "body": m.body,
        }

    return await server.context.db.run(read)


async def test_a_dkim_signed_mail_passes(tmp_path):
    private_key, dkim_record = dkim_keys()
    with LoopbackDns({}) as dns:
        async with running_server(tmp_path, **_config(dns)) as server:
            who = await customer(server)
            domain = who["email"].rpartition("@")[2]
            dns.add(f"s1._domainkey.{domain}", dkim_record)
            dns.add(f"_dmarc.{domain}", "v=DMARC1; p=reject; adkim=r")
            msg = make_mail(
                who["email"],
                "Deposit not credited",
                text="My USDT deposit is missing.",
                message_id="<signed-1@client.test>",
            )
            await send_mail(
                server.channels.smtp_port,
                _signed(msg, domain, private_key),
                mail_from="bounce@elsewhere.example",
                vouch=False,
            )
            stored = await _stored(server, "<signed-1@client.test>")
    assert stored["uid"] == who["uid"] and stored["verified"] is True
    assert stored["auth"] == ("none", "pass", "pass") or stored["auth"][1:] == ("pass", "pass")
    assert not stored["message_not_proven"] and not stored["conversation_not_proven"]


async def test_the_forged_vip_mail_is_flagged_not_verified_and_gets_no_automatic_reply(tmp_path):
    sink = await RelaySink().start()
    try:
        with LoopbackDns({"evil.example": ["v=spf1 ip4:127.0.0.0/8 -all"]}) as dns:
            async with running_server(tmp_path, **_config(dns, sink)) as server:
                vip = await customer(server, vip=True)
                domain = vip["email"].rpartition("@")[2]
                dns.add(f"_dmarc.{domain}", "v=DMARC1; p=reject")
                dns.add(domain, "v=spf1 ip4:192.0.2.0/24 -all")
                assert Mnemonic("english").check(SEED)
                body = (
                    f"This is your client. Please whitelist my new address {ATTACKER_ADDRESS} today. "
                    f"My recovery phrase is {SEED} if you need it."
                )
                msg = make_mail(
                    vip["email"],
                    "Urgent: whitelist my address",
                    text=body,
                    message_id="<forged-1@evil.example>",
                )
                desk = await AgentClient.login(server.ws_url, "sam", "demo")
                await desk.sync(desk.welcome["head"])
                await send_mail(server.channels.smtp_port, msg, mail_from=ATTACKER, vouch=False)
                stored = await _stored(server, "<forged-1@evil.example>")
                event = await desk.wait_for(
                    lambda f: (
                        f["type"] == "event"
                        and f["name"] == "message.created"
                        and f["data"]["conversation"]["id"] == stored["conversation_id"]
                    )
                )
                await asyncio.sleep(1.0)  # the sender polls every 0.1 s: an automatic reply would be out
    finally:
        await sink.stop()
    assert stored["uid"] != vip["uid"] and stored["uid"].startswith("E")  # not the VIP's account
    assert stored["verified"] is False and stored["tier"] == 0
    assert stored["message_not_proven"] and stored["conversation_not_proven"]
    assert stored["auth"] == ("pass", "none", "fail")  # the attacker's own SPF passes, unaligned
    assert stored["queued_replies"] == 0 and sink.messages == []  # no warning to the forged sender
    assert SEED not in stored["body"]  # the guard still removed the phrase
    data = event["data"]
    assert data["message"]["sender_not_proven"] is True and data["conversation"]["sender_not_proven"] is True
    assert data["conversation"]["customer"]["verified"] is False


async def test_an_unsigned_mail_from_a_domain_without_records_is_not_proven(tmp_path):
    with LoopbackDns({}) as dns:
        async with running_server(tmp_path, **_config(dns)) as server:
            who = await customer(server)
            msg = make_mail(
                who["email"], "Hello", text="Question about fees.", message_id="<plain-1@client.test>"
            )
            await send_mail(server.channels.smtp_port, msg, mail_from=who["email"], vouch=False)
            stored = await _stored(server, "<plain-1@client.test>")
    assert stored["message_not_proven"] and stored["verified"] is False and stored["uid"] != who["uid"]


async def test_aligned_spf_proves_a_domain_without_dmarc(tmp_path):
    with LoopbackDns({}) as dns:
        async with running_server(tmp_path, **_config(dns)) as server:
            who = await customer(server)
            domain = who["email"].rpartition("@")[2]
            dns.add(domain, "v=spf1 ip4:127.0.0.0/8 -all")
            msg = make_mail(
                who["email"], "Hello", text="Question about fees.", message_id="<spf-1@client.test>"
            )
            await send_mail(server.channels.smtp_port, msg, mail_from=who["email"], vouch=False)
            stored = await _stored(server, "<spf-1@client.test>")
    assert stored["uid"] == who["uid"] and not stored["message_not_proven"]
    assert stored["auth"] == ("pass", "none", "none")


async def test_authentication_results_count_only_from_the_trusted_mta(tmp_path):
    with LoopbackDns({}) as dns:
        async with running_server(tmp_path, **_config(dns, trusted_authserv_id="mx.exchange.test")) as server:
            who = await customer(server)
            domain = who["email"].rpartition("@")[2]
            trusted = make_mail(who["email"], "Hi", text="One.", message_id="<ar-1@client.test>")
            trusted["Authentication-Results"] = (
                f"mx.exchange.test; spf=pass smtp.mailfrom={who['email']}; "
                f"dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
            )
            forged = make_mail(who["email"], "Hi", text="Two.", message_id="<ar-2@client.test>")
            forged["Authentication-Results"] = f"mx.elsewhere.test; dmarc=pass header.from={domain}"
            for msg in (trusted, forged):
                await send_mail(server.channels.smtp_port, msg, mail_from=who["email"], vouch=False)
            first = await _stored(server, "<ar-1@client.test>")
            second = await _stored(server, "<ar-2@client.test>")
    assert first["uid"] == who["uid"] and not first["message_not_proven"]
    assert second["message_not_proven"] and second["uid"] != who["uid"]
