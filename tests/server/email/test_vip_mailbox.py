"""The VIP mailbox over real SMTP (the server's aiosmtpd listener, ``smtplib``): mail to the
configured VIP address lands in the VIP lane with the email VIP first-response target, whoever
sends it; a regular customer writing to it keeps the regular team and is flagged. Mail to the
ordinary address is untouched, and a mail matching an open incident is linked to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import schema as db
from app.server.principal import AgentPrincipal
from app.server.timeutil import as_utc, utcnow
from app.server.visibility import ConvScope, can_see
from tests.server.email.mail_support import make_mail, send_mail
from tests.server.routing.support import agents, customer, floor
from tests.support.server import TRUSTED_MTA, RequestError

VIP_BOX = "vip@exchange.example"


def _latest(session: Session, uid: str) -> dict[str, Any]:
    conv = session.scalars(
        sa.select(db.Conversation)
        .where(db.Conversation.customer_uid == uid)
        .order_by(db.Conversation.id.desc())
    ).first()
    assert conv is not None
    notes = list(session.scalars(
        sa.select(db.Message).where(db.Message.conversation_id == conv.id, db.Message.internal.is_(True))
    ))
    return {
        "id": conv.id, "priority": conv.priority, "tags": list(conv.tags or []), "assignee": conv.assignee,
        "team": conv.work.team if conv.work is not None else None,
        "first_due": as_utc(conv.first_response_due) - as_utc(conv.created_at),
        "notes": [(m.note.code if m.note is not None else None) for m in notes],
    }


async def _mail(port: int, sender: str, to: str, subject: str, text: str) -> None:
    msg = make_mail(sender, subject, text=text)
    del msg["To"]
    msg["To"] = to
    await send_mail(port, msg)


async def test_mail_to_the_vip_mailbox_lands_in_the_vip_lane(tmp_path: Path) -> None:
    async with floor(
        tmp_path, customers=4, smtp_listen_port=0, trusted_authserv_id=TRUSTED_MTA, vip_mailbox=(VIP_BOX,),
    ) as server:
        await agents(server, ["ann", "abe", "vera"])
        port = server.channels.smtp_port
        assert port is not None
        await _mail(port, "c0000@example.com", VIP_BOX, "Large OTC trade", "Can my manager call me?")
        await _mail(port, "v0001@example.com", VIP_BOX.upper(), "Fee tier", "Please review my fees.")
        await _mail(port, "c0002@example.com", "support@exchange.example", "Deposit", "Where is my deposit?")

        regular = await server.context.db.run(_latest, "C0000")
        vip = await server.context.db.run(_latest, "V0001")
        ordinary = await server.context.db.run(_latest, "C0002")

        # a regular customer at the VIP address: VIP lane and target, regular team, flagged
        assert regular["priority"] == "high" and regular["first_due"] == timedelta(hours=4)
        assert regular["team"] == "en" and regular["assignee"] in ("ann", "abe", None)
        assert {"vip_mailbox", "vip_mailbox_not_vip"} <= set(regular["tags"])
        assert "email.vip_mailbox_not_vip" in regular["notes"]
        # a VIP client there: the VIP lane, their manager, not flagged
        assert vip["priority"] == "high" and vip["first_due"] == timedelta(hours=4)
        assert vip["assignee"] == "vera" and vip["tags"] == ["vip_mailbox"] and not vip["notes"]
        # the ordinary address: nothing changes
        assert ordinary["priority"] == "normal" and ordinary["first_due"] == timedelta(hours=24)
        assert ordinary["tags"] == [] and not ordinary["notes"]


async def test_an_incident_links_a_matching_mail_and_answers_it(tmp_path: Path) -> None:
    async with floor(tmp_path, customers=2, smtp_listen_port=0, trusted_authserv_id=TRUSTED_MTA) as server:
        sam = (await agents(server, ["sam"]))["sam"]
        await sam.request(
            "incident.declare", title="Withdrawals paused", topic="withdrawal",
            message_en="Withdrawals are paused for maintenance.", message_zh="提现正在维护中，暂时暂停。",
        )
        port = server.channels.smtp_port
        assert port is not None
        await _mail(port, "c0001@example.com", "support@exchange.example", "提现", "我的提现一直没有到")
        found = await server.context.db.run(_latest, "C0001")
        assert any(t.startswith("incident:") for t in found["tags"]) and "incident.linked" in found["notes"]

        def answer(session: Session) -> list[tuple[str, str | None]]:
            rows = session.scalars(sa.select(db.Message).where(
                db.Message.conversation_id == found["id"], db.Message.author_kind == "system",
                db.Message.internal.is_(False),
            ))
            return [(m.body, m.outbound.state if m.outbound is not None else None) for m in rows]

        assert await server.context.db.run(answer) == [("提现正在维护中，暂时暂停。", "queued")]
        incident_id = int(next(t for t in found["tags"] if t.startswith("incident:")).split(":")[1])
        done = await sam.request("incident.update", incident_id=incident_id, resolve=True,
                                 message_en="Withdrawals work again.", message_zh="提现已恢复。")
        assert done["updated"] == 1  # the update leaves by mail too, in the customer's language
        assert await server.context.db.run(answer) == [
            ("提现正在维护中，暂时暂停。", "queued"), ("提现已恢复。", "queued"),
        ]
        await sam.close()


async def test_while_an_incident_is_open_a_new_mail_is_answered_with_its_notice(tmp_path: Path) -> None:
    """The automatic reply of an outage (issue 23: "auto-replies show the notice"): a new mail
    that matches no incident is told every open incident's notice, in the customer's language;
    one that forbids automatic replies is not; nothing once the incident is resolved."""
    async with floor(tmp_path, customers=3, smtp_listen_port=0, trusted_authserv_id=TRUSTED_MTA) as server:
        sam = (await agents(server, ["sam"]))["sam"]
        declared = await sam.request(
            "incident.declare", title="Login outage", topic="login",
            message_en="Logins are failing; we are on it.", message_zh="登录出现故障，我们正在处理。",
        )
        port = server.channels.smtp_port
        assert port is not None

        def told(session: Session, uid: str) -> list[tuple[str, str | None]]:
            query = sa.select(db.Conversation).where(db.Conversation.customer_uid == uid)
            conv = session.scalars(query).first()
            assert conv is not None
            rows = session.scalars(sa.select(db.Message).where(
                db.Message.conversation_id == conv.id, db.Message.author_kind == "system",
                db.Message.internal.is_(False),
            ))
            return [(m.body, m.outbound.state if m.outbound is not None else None) for m in rows]

        await _mail(port, "c0000@example.com", "support@exchange.example", "KYC", "How long does KYC take?")
        assert await server.context.db.run(told, "C0000") == [("Logins are failing; we are on it.", "queued")]
        unlinked = await server.context.db.run(_latest, "C0000")
        assert not any(t.startswith("incident:") for t in unlinked["tags"])  # told, not linked
        bulk = make_mail("c0001@example.com", "Newsletter", text="Unsubscribe me")
        bulk["Auto-Submitted"] = "auto-generated"  # RFC 3834: never answered automatically
        await send_mail(port, bulk)
        assert await server.context.db.run(told, "C0001") == []
        await sam.request("incident.update", incident_id=declared["incident"]["id"], resolve=True,
                          message_en="Logins work again.", message_zh="登录已恢复。")
        await _mail(port, "c0002@example.com", "support@exchange.example", "Fees", "What are the fees?")
        assert await server.context.db.run(told, "C0002") == []
        await sam.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """The visibility rule is SQL as well: checked on both databases (a fresh PostgreSQL database
    on the suite's server)."""
    if request.param == "sqlite":
        yield None
        return
    yield request.getfixturevalue("pg_url")


async def test_vip_managers_see_the_vip_mailbox_mail_of_senders_who_are_not_vip_clients(
    tmp_path: Path, any_db: str | None
) -> None:
    """The VIP mailbox is the VIP team's: a VIP manager sees the mail a regular customer sent to it
    (snapshot, live event, the conversation and the customer), though the regular team answers it;
    another manager's client writing there stays out of sight. Python's rule and SQL's agree."""
    async with floor(
        tmp_path, customers=4, smtp_listen_port=0, trusted_authserv_id=TRUSTED_MTA, vip_mailbox=(VIP_BOX,),
        db_url=any_db,
    ) as server:
        def victors_client(session: Session) -> None:
            session.add(customer("V0002", "en", 2, "victor", utcnow()))

        await server.context.db.run(victors_client)
        clients = await agents(server, ["ann", "vera", "victor", "sam"])
        vera = clients["vera"]
        port = server.channels.smtp_port
        assert port is not None
        await _mail(port, "c0003@example.com", VIP_BOX, "OTC desk", "I want to trade 500 BTC OTC.")
        await _mail(port, "v0002@example.com", VIP_BOX, "Fees", "Victor, please call me.")
        regular = await server.context.db.run(_latest, "C0003")
        victors = await server.context.db.run(_latest, "V0002")
        assert "vip_mailbox_not_vip" in regular["tags"]

        created = await vera.wait_for(
            lambda f: f["type"] == "event" and f.get("name") == "conversation.created"
            and f["data"]["conversation"]["id"] == regular["id"], 10,
        )
        assert created["data"]["conversation"]["customer"]["uid"] == "C0003"
        got = await vera.request("conversation.get", conversation_id=regular["id"])
        assert got["conversation"]["customer"]["vip_tier"] == 0
        await vera.request("customer.get", uid="C0003")
        with pytest.raises(RequestError):  # victor's client, in the VIP mailbox too
            await vera.request("conversation.get", conversation_id=victors["id"])

        everything = (await clients["sam"].request("inbox.snapshot", limit=1000))["conversations"]
        roles = {"ann": "agent", "vera": "vip_manager", "victor": "vip_manager"}
        for name, role in roles.items():
            snapshot = await clients[name].request("inbox.snapshot", limit=1000)
            seen = {c["id"] for c in snapshot["conversations"]}
            expected = {
                c["id"] for c in everything
                if can_see(AgentPrincipal(0, name, name, role, "en"), ConvScope(  # type: ignore[arg-type]
                    c["id"], c["customer"]["uid"], c["channel"], c["customer"]["vip_tier"],
                    c["customer"]["account_manager"], c["assignee"], "vip_mailbox" in c.get("tags", []),
                ))
            }
            assert seen == expected, name
            assert (regular["id"] in seen) is (name in ("ann", "vera", "victor"))
        for client in clients.values():
            await client.close()
