"""Macros and bulk runs against a real server: a supervisor saves a macro; an agent runs it on
300 selected conversations, drops the connection mid-run and asks again with the same run id;
the 300 replies are held through the grace time, then sent once each (and guarded: a macro whose
reply asks for a seed phrase changes nothing); a run undone within the grace time puts status,
priority and tags back and sends nothing; runs are audited; agents cannot edit macros."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import schema as db
from tests.server.routing.support import floor
from tests.support.server import AgentClient, RequestError

COUNT = 300


def _seed(session: Session, count: int) -> list[int]:
    now = datetime.now(UTC)
    session.add(db.CannedReply(key="chain_delay", category="deposits_withdrawals", shortcut="/delay",
                               title_en="Chain delay", title_zh="链上延迟",
                               body_en="The network is congested; your deposit will arrive. — {agent_name}",
                               body_zh="网络拥堵，您的充值将会到账。—— {agent_name}",
                               variables=["agent_name"]))
    session.add(db.CannedReply(key="bad_ask", category="security_2fa", shortcut="/bad", title_en="Bad",
                               title_zh="坏", body_en="Please send us your seed phrase to verify.",
                               body_zh="请发送您的助记词以便验证。", variables=[]))
    rows = [db.Conversation(customer_uid=f"C{i:04d}", channel="chat", status="open", priority="normal",
                            tags=["deposit"], created_at=now, updated_at=now, message_count=0)
            for i in range(count)]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def _facts(session: Session, ids: list[int]) -> dict[str, Any]:
    convs = {c.id: c for c in session.scalars(sa.select(db.Conversation).where(db.Conversation.id.in_(ids)))}
    replies = session.execute(
        sa.select(db.Message.conversation_id, sa.func.count()).where(db.Message.client_msg_id.like("macro:%"))
        .group_by(db.Message.conversation_id)
    ).all()
    audit = [a.action for a in session.scalars(sa.select(db.AuditEntry).order_by(db.AuditEntry.id))]
    return {"convs": convs, "replies": dict(replies), "audit": audit}


async def _until(client: AgentClient, run_id: str, state: str, timeout: float = 60) -> dict[str, Any]:
    async with asyncio.timeout(timeout):
        while True:
            run = (await client.request("macro.run_status", run_id=run_id))["run"]
            if run["state"] == state:
                return run
            await asyncio.sleep(0.2)


async def _save(sam: AgentClient, name: str, reply: str) -> int:
    steps = [{"kind": "reply", "canned_key": reply}, {"kind": "tags", "add": ["chain_delay"], "remove": []},
             {"kind": "status", "status": "pending"}, {"kind": "priority", "priority": "high"}]
    return int((await sam.request("macro.save", name=name, steps=steps))["macro"]["id"])


async def test_300_guarded_replies_once_across_a_reconnect_after_the_grace_time(tmp_path):
    async with floor(tmp_path, customers=COUNT, macro_grace_seconds=3) as server:
        ids = await server.context.db.run(_seed, COUNT)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        macro_id = await _save(sam, "Chain delay", "chain_delay")
        assert [m["name"] for m in (await sam.request("macros.list"))["macros"]] == ["Chain delay"]

        ann = await AgentClient.login(server.ws_url, "ann", "demo")
        token = ann.token
        run_id = uuid.uuid4().hex
        params = {"run_id": run_id, "macro_id": macro_id, "conversation_ids": ids}
        first = (await ann.request("macro.run", **params))["run"]
        assert first["total"] == COUNT and first["state"] == "running"
        await ann.close()  # the desk drops mid-run ...
        ann = await AgentClient.auth(server.ws_url, token)
        again = (await ann.request("macro.run", **params))["run"]
        assert again["run_id"] == run_id and again["total"] == COUNT  # ... and asks again: the same run

        holding = await _until(ann, run_id, "holding")
        counts = (holding["applied"], holding["failed"], holding["held"], holding["sent"])
        assert counts == (COUNT, 0, COUNT, 0)
        facts = await server.context.db.run(_facts, ids)
        assert facts["replies"] == {}  # held: nothing sent during the grace time
        assert all(c.status == "pending" and c.priority == "high" and c.tags == ["deposit", "chain_delay"]
                   for c in facts["convs"].values())

        released = await _until(ann, run_id, "released")
        assert released["sent"] == COUNT and released["held"] == 0
        facts = await server.context.db.run(_facts, ids)
        assert facts["replies"] == dict.fromkeys(ids, 1)  # each conversation: exactly one reply
        # asking again after the end starts nothing
        await ann.request("macro.run", run_id=run_id, macro_id=macro_id, conversation_ids=ids)
        await asyncio.sleep(0.5)
        assert (await server.context.db.run(_facts, ids))["replies"] == dict.fromkeys(ids, 1)
        assert facts["audit"].count("macro.run") == 1 and "macro.save" in facts["audit"]
        with pytest.raises(RequestError) as late:
            await ann.request("macro.undo", run_id=run_id)
        assert late.value.code == "conflict"
        await ann.close()
        await sam.close()


async def test_undone_within_the_grace_time_and_a_refused_reply_changes_nothing(tmp_path):
    async with floor(tmp_path, customers=20, macro_grace_seconds=60) as server:
        ids = await server.context.db.run(_seed, 20)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        macro_id = await _save(sam, "Chain delay", "chain_delay")
        bad_id = await _save(sam, "Careless", "bad_ask")
        ann = await AgentClient.login(server.ws_url, "ann", "demo")
        with pytest.raises(RequestError) as refused:
            await ann.request("macro.save", name="Mine", steps=[{"kind": "status", "status": "open"}])
        assert refused.value.code == "forbidden"

        run_id = uuid.uuid4().hex
        await ann.request("macro.run", run_id=run_id, macro_id=macro_id, conversation_ids=ids)
        progress = await ann.wait_for(
            lambda f: f.get("type") == "signal" and f["name"] == "macro.progress"
            and f["data"]["run"]["state"] == "holding", timeout=30,
        )
        assert progress["data"]["run"]["applied"] == 20
        undone = (await ann.request("macro.undo", run_id=run_id))["run"]
        assert undone["state"] == "undone" and undone["held"] == 0
        facts = await server.context.db.run(_facts, ids)
        assert all(c.status == "open" and c.priority == "normal" and c.tags == ["deposit"]
                   for c in facts["convs"].values())
        assert facts["replies"] == {} and "macro.undo" in facts["audit"]

        guarded = uuid.uuid4().hex
        await ann.request("macro.run", run_id=guarded, macro_id=bad_id, conversation_ids=ids[:5])
        run = await _until(ann, guarded, "holding")
        assert run["failed"] == 5 and run["applied"] == 0
        assert {f["code"] for f in run["failures"]} == {"blocked"} and run["failures"][0]["reason"]
        facts = await server.context.db.run(_facts, ids)
        assert all(c.status == "open" for c in facts["convs"].values()) and facts["replies"] == {}

        # someone else's run id is not taken over; an unknown macro is refused
        with pytest.raises(RequestError) as clash:
            await sam.request("macro.run", run_id=run_id, macro_id=macro_id, conversation_ids=ids)
        assert clash.value.code == "conflict"
        with pytest.raises(RequestError) as missing:
            await ann.request("macro.run", run_id=uuid.uuid4().hex, macro_id=999, conversation_ids=ids)
        assert missing.value.code == "not_found"
        await ann.close()
        await sam.close()


async def test_a_server_restart_during_the_grace_time_still_sends_each_reply_once(tmp_path):
    settings = {"customers": 10, "macro_grace_seconds": 2}
    async with floor(tmp_path, **settings) as server:
        ids = await server.context.db.run(_seed, 10)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        macro_id = await _save(sam, "Chain delay", "chain_delay")
        run_id = uuid.uuid4().hex
        await sam.request("macro.run", run_id=run_id, macro_id=macro_id, conversation_ids=ids)
        await _until(sam, run_id, "holding")
        await sam.close()
    # the server stopped with the replies held; the next start picks the run up and releases it
    async with floor(tmp_path, **settings) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        released = await _until(sam, run_id, "released")
        assert released["sent"] == 10
        facts = await server.context.db.run(_facts, ids)
        assert facts["replies"] == dict.fromkeys(ids, 1)
        await sam.close()
