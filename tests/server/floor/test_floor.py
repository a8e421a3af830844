"""The live floor against a real server: what ``floor.watch`` answers (queues per team and
channel, agents' presence, load against capacity and last reply), that it follows events live as
``floor.summary`` signals without a storm (a burst of chats → a few summaries, not one per event),
amber and breached counts as the SLA clock runs, the click-through list, a reassignment seen on
the floor, a VIP manager's book, and an agent refused."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.server.routing.support import agents, burst, chat, floor, teams_file
from tests.server.routing.test_sla_clock import sla_file
from tests.support.server import AgentClient, RequestError


def _queue(result: dict[str, Any], team: str | None, channel: str = "chat") -> dict[str, Any]:
    return next(q for q in result["queues"] if q["team"] == team and q["channel"] == channel)


def _agent(result: dict[str, Any], username: str) -> dict[str, Any]:
    return next(a for a in result["agents"] if a["username"] == username)


def _summary(pred=lambda floor: True):
    return lambda f: f.get("type") == "signal" and f["name"] == "floor.summary" and pred(f["data"]["floor"])


async def test_the_floor_answers_and_follows_events_live_without_a_storm(tmp_path):
    async with floor(tmp_path, teams_policy_path=str(teams_file(tmp_path, chat=5))) as server:
        desks = await agents(server, ("ann", "abe", "sam"))
        ann, sam = desks["ann"], desks["sam"]
        c1, c2, c3 = await burst(server, ["C0000", "C0002", "C0004"])  # English: ann and abe
        zh = await chat(server, "C0001")  # Chinese: nobody of zh is here, so it waits unassigned
        await ann.request("message.send", conversation_id=c1, body="On it", client_msg_id="r1")

        result = (await sam.request("floor.watch"))["floor"]
        assert result["scope"] == "all"
        en = _queue(result, "en")
        assert (en["open"], en["waiting"], en["unassigned"]) == (3, 2, 0)
        assert en["oldest_wait_since"] is not None
        zh_queue = _queue(result, "zh")
        assert (zh_queue["open"], zh_queue["waiting"], zh_queue["unassigned"]) == (1, 1, 1)
        assert _queue(result, "vip", "email")["open"] == 0  # every team and channel is shown
        a, b = _agent(result, "ann"), _agent(result, "abe")
        assert a["load"]["chat"] + b["load"]["chat"] == 3 and a["capacity"]["chat"] == 5
        assert a["presence"] == "available" and a["teams"] == ["en"]
        assert a["last_reply_at"] is not None and b["last_reply_at"] is None
        assert _agent(result, "zhao")["presence"] == "offline"

        # live: a burst of six chats arrives as a few summaries, the last one counting all of them
        await sam.drain()
        await burst(server, ["C0006", "C0008", "C0010", "C0012", "C0014", "C0016"])
        final = await sam.wait_for(_summary(lambda f: _queue(f, "en")["open"] == 9), timeout=10)
        await asyncio.sleep(1.5)
        summaries = [f for f in await sam.drain() if f.get("type") == "signal"] + [final]
        assert 1 <= len(summaries) <= 4, len(summaries)

        # click-through: the Chinese queue's waiting conversation; then reassign it from the floor
        cell = await sam.request("floor.conversations", team="zh", channel="chat", waiting=True)
        assert cell["total"] == 1 and [c["id"] for c in cell["conversations"]] == [zh]
        await sam.request("conversation.update", conversation_id=zh, assignee="abe")
        moved = await sam.wait_for(_summary(lambda f: _queue(f, "zh")["unassigned"] == 0), timeout=10)
        assert _agent(moved["data"]["floor"], "abe")["conversations"] >= 2
        everything = await sam.request("floor.conversations")
        assert everything["total"] == 10 and {c2, c3} <= {c["id"] for c in everything["conversations"]}
        with pytest.raises(RequestError) as bad:
            await sam.request("floor.conversations", team="No Such Team!")
        assert bad.value.code == "bad_request"

        # unwatch: no more summaries
        await sam.request("floor.unwatch")
        await sam.drain()
        await chat(server, "C0018")
        await asyncio.sleep(1.5)
        assert not [f for f in await sam.drain() if f.get("type") == "signal"]


async def test_amber_and_breached_follow_the_sla_clock(tmp_path):
    settings = {"sla_policy_path": str(sla_file(tmp_path, chat="3s", share=0.3)), "sla_check_interval": 0.2}
    async with floor(tmp_path, **settings) as server:
        desks = await agents(server, ("ann", "sam"))
        sam = desks["sam"]
        await sam.request("floor.watch")
        await chat(server, "C0000")
        risk = await sam.wait_for(_summary(lambda f: _queue(f, "en")["at_risk"] == 1), timeout=10)
        assert _queue(risk["data"]["floor"], "en")["breached"] == 0
        late = await sam.wait_for(
            _summary(lambda f: _queue(f, "en")["breached"] == 1 and _queue(f, "en")["breached_today"] == 1),
            timeout=20,
        )
        assert _queue(late["data"]["floor"], "en")["at_risk"] == 0
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        later = (await sam.request("floor.watch", day_start=tomorrow.isoformat(), watch=False))["floor"]
        assert _queue(later, "en")["breached_today"] == 0


async def test_a_vip_manager_sees_their_book_and_an_agent_is_refused(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "vera"))
        await chat(server, "V0001")  # vera's client
        await chat(server, "C0000")
        book = (await desks["vera"].request("floor.watch", watch=False))["floor"]
        assert book["scope"] == "book"
        assert sum(q["open"] for q in book["queues"]) == 1
        assert {a["username"] for a in book["agents"]} == {"vera"}
        with pytest.raises(RequestError) as refused:
            await desks["ann"].request("floor.watch")
        assert refused.value.code == "forbidden"
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        everything = (await sam.request("floor.watch", watch=False))["floor"]
        assert sum(q["open"] for q in everything["queues"]) == 2
        await sam.close()
