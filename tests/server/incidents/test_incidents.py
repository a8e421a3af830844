"""Incidents on a real server (loopback WebSockets, a SQLite file): a supervisor declares one,
50 matching new chats (half of them Chinese-speaking) are tagged, linked and told the notice in
their language, chats about something else are not, and one ``incident.update`` resolves all 50
with a message in each customer's language; audited; the guard refuses a bad message."""

from __future__ import annotations

import asyncio
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import schema as db
from app.server.incidents.schema import IncidentLink
from tests.server.routing.support import agents, chat, floor
from tests.support.server import AgentClient, CustomerClient, RequestError

EN = "USDT deposits on TRON are delayed; your funds are safe and will be credited automatically."
ZH = "TRON 链上的 USDT 充值出现延迟；您的资金安全，将自动到账。"
DONE_EN = "Fixed: every delayed USDT deposit has been credited. Thank you for your patience."
DONE_ZH = "已修复：所有延迟的 USDT 充值均已到账。感谢您的耐心等待。"


def _declare(**extra: object) -> dict[str, object]:
    return {
        "title": "USDT deposits delayed", "kind": "outage", "topic": "deposit", "assets": ["usdt"],
        "message_en": EN, "message_zh": ZH, **extra,
    }


def _customer_texts(session: Session, conversation_id: int) -> list[str]:
    return list(session.scalars(
        sa.select(db.Message.body).where(
            db.Message.conversation_id == conversation_id,
            db.Message.author_kind == "system",
            db.Message.internal.is_(False),
        ).order_by(db.Message.id)
    ))


def _facts(session: Session, ids: list[int]) -> dict[int, tuple[str, list[str], str, list[str]]]:
    out = {}
    for cid in ids:
        conv = session.get(db.Conversation, cid)
        assert conv is not None
        customer = session.get(db.Customer, conv.customer_uid)
        assert customer is not None
        out[cid] = (conv.status, list(conv.tags or []), customer.language, _customer_texts(session, cid))
    return out


async def test_fifty_matching_chats_tagged_and_resolved_with_one_action(tmp_path: Path) -> None:
    async with floor(tmp_path, customers=60, max_unauthenticated_per_address=200) as server:
        desk = await agents(server, ["sam", "ann"])
        sam, ann = desk["sam"], desk["ann"]
        declared = await sam.request("incident.declare", **_declare(client_request_id="inc-1"))
        incident = declared["incident"]
        assert incident["status"] == "open" and incident["assets"] == ["USDT"] and incident["linked"] == 0
        again = await sam.request("incident.declare", **_declare(client_request_id="inc-1"))
        assert again["incident"]["id"] == incident["id"]  # a retry, not a second incident

        # 50 customers write about it (even uids English, odd Chinese); 10 write about something else
        def text(i: int) -> str:
            return "我的USDT充值还没到账" if i % 2 else "Hi, my usdt deposit has not arrived yet"

        matching = await asyncio.gather(*(chat(server, f"C{i:04d}", text(i)) for i in range(50)))
        other = await asyncio.gather(*(
            chat(server, f"C{i:04d}", "BTC withdrawal pending" if i % 2 else "我的USDT提现还在处理中")
            for i in range(50, 60)
        ))
        facts = await server.context.db.run(_facts, [*matching, *other])
        for cid in matching:
            status, tags, language, texts = facts[cid]
            assert status == "open" and f"incident:{incident['id']}" in tags, cid
            assert texts == [ZH if language == "zh-CN" else EN], (cid, texts)
        for cid in other:
            status, tags, _, texts = facts[cid]
            assert not any(t.startswith("incident:") for t in tags) and texts == [], cid

        listed = await ann.request("incidents.list")
        assert [(i["id"], i["linked"], i["open"]) for i in listed["incidents"]] == [(incident["id"], 50, 50)]
        bar = [e for e in await ann.events() if e["name"] == "incident.updated"]
        assert bar and bar[-1]["data"]["incident"]["linked"] == 50  # the desk's bar counts live

        # a customer connecting now sees the banner in their language
        zh_customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token("C0001"))
        assert [n["text"] for n in zh_customer.welcome["notices"]] == [ZH]
        await zh_customer.close()

        # only supervisors; and the guard checks both texts before anything is stored
        try:
            await ann.request("incident.update", incident_id=incident["id"], message_en=DONE_EN,
                              message_zh=DONE_ZH, resolve=True)
            raise AssertionError("an agent updated an incident")
        except RequestError as exc:
            assert exc.code == "forbidden"
        try:
            await sam.request("incident.update", incident_id=incident["id"], message_en=DONE_EN,
                              message_zh="请把您的助记词发给我们以便核实", resolve=True)
            raise AssertionError("the guard let a request for the seed phrase through")
        except RequestError as exc:
            assert exc.code == "blocked"

        done = await sam.request("incident.update", incident_id=incident["id"], message_en=DONE_EN,
                                 message_zh=DONE_ZH, resolve=True, client_request_id="upd-1", timeout=60)
        assert done["updated"] == 50
        assert done["incident"]["status"] == "resolved" and done["incident"]["open"] == 0
        retried = await sam.request("incident.update", incident_id=incident["id"], message_en=DONE_EN,
                                    message_zh=DONE_ZH, resolve=True, client_request_id="upd-1")
        assert retried["updated"] == 50  # answered again, nothing sent twice

        facts = await server.context.db.run(_facts, [*matching, *other])
        for cid in matching:
            status, _, language, texts = facts[cid]
            assert status == "resolved", cid
            assert texts == ([ZH, DONE_ZH] if language == "zh-CN" else [EN, DONE_EN]), (cid, texts)
        assert all(facts[cid][0] == "open" and len(facts[cid][3]) == 0 for cid in other)
        languages = {facts[cid][2] for cid in matching}
        assert languages == {"en", "zh-CN"}

        audit_rows = await sam.request("audit.list", action="incident.resolve")
        details = [e for e in audit_rows["entries"] if e["target"] == str(incident["id"])]
        assert details and details[0]["details"]["conversations"] == 50

        # a resolved incident links nothing more and shows no banner
        late = await chat(server, "C0002", "usdt deposit still missing?")
        assert await server.context.db.run(lambda s: s.get(IncidentLink, late)) is None
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token("C0003"))
        assert customer.welcome["notices"] == []
        await customer.close()
        for client in desk.values():
            await client.close()


async def test_declare_needs_a_supervisor_a_scope_and_clean_messages(tmp_path: Path) -> None:
    async with floor(tmp_path, customers=2) as server:
        desk = await agents(server, ["sam", "ann"])
        for client, params, code in (
            (desk["ann"], _declare(), "forbidden"),
            (desk["sam"], _declare(topic=None, assets=[]), "bad_request"),
            (desk["sam"], _declare(message_en="Check https://exchange-example.help/login now"), "blocked"),
        ):
            try:
                await client.request("incident.declare", **params)
                raise AssertionError(f"declared: {params}")
            except RequestError as exc:
                assert exc.code == code, (exc.code, exc)
        listed = await desk["sam"].request("incidents.list", include_resolved=True)
        assert listed["incidents"] == []
        for client in desk.values():
            await client.close()


async def test_an_agent_sees_the_incident_note_in_the_thread(tmp_path: Path) -> None:
    async with floor(tmp_path, customers=2) as server:
        sam = (await agents(server, ["sam"]))["sam"]
        params = _declare(keywords=["提币失败"], topic=None, assets=[])
        declared = await sam.request("incident.declare", **params)
        cid = await chat(server, "C0001", "为什么提币失败了？")
        thread = await sam.request("conversation.messages", conversation_id=cid, limit=10)
        notes = [m for m in thread["messages"] if m.get("note_code") == "incident.linked"]
        assert notes and notes[0]["internal"] and notes[0]["note_args"]["incident_id"] == str(
            declared["incident"]["id"]
        )
        assert isinstance(sam, AgentClient)
        await sam.close()
