"""Auto-assignment on a real server: 6 agents in 2 teams, 200 chats in bursts; VIP clients to their
manager, then the backup; a full team's queue; busy agents; an absent agent's waiting chats."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import sqlalchemy as sa

from app.server.cover.schema import CoverLog
from app.server.routing.schema import ConversationWork
from tests.server.routing.support import (
    EN_AGENTS,
    ZH_AGENTS,
    agents,
    burst,
    chat,
    floor,
    open_load,
    teams_file,
    truth,
)


def _created_for(events: list[dict], conversation_ids: set[int]) -> dict[int, dict]:
    return {
        e["data"]["conversation"]["id"]: e["data"]["conversation"]
        for e in events
        if e["name"] == "conversation.created" and e["data"]["conversation"]["id"] in conversation_ids
    }


async def test_200_chats_in_bursts_go_to_the_least_loaded_agent_of_the_right_team(tmp_path):
    async with floor(tmp_path, customers=200) as server:
        desks = await agents(server, (*EN_AGENTS, *ZH_AGENTS))
        created: list[int] = []
        for start in range(0, 200, 50):  # four bursts of 50 customers writing at once
            created += await burst(server, [f"C{i:04d}" for i in range(start, start + 50)])
        assert len(set(created)) == 200

        facts = await server.context.db.run(truth)
        convs, log = facts["conversations"], facts["log"]
        language = {f"C{i:04d}": ("zh-CN" if i % 2 else "en") for i in range(200)}
        for cid in created:
            conv = convs[cid]
            team = ZH_AGENTS if language[conv.customer_uid] == "zh-CN" else EN_AGENTS
            assert conv.assignee in team  # the team of the customer's language
        # Nothing assigned twice: one decision per conversation, made in the transaction that
        # created it (so within 1 s of its arrival: in the same instant).
        decisions = Counter(entry.conversation_id for entry in log)
        assert set(decisions) == set(created) and set(decisions.values()) == {1}
        for entry in log:
            assert entry.agent == convs[entry.conversation_id].assignee and entry.reason == "new"
            assert entry.at - convs[entry.conversation_id].created_at <= timedelta(seconds=1)
        # No one over capacity (40 chats), and least-loaded with round robin: each team is even.
        load = await server.context.db.run(open_load)
        assert sum(load.values()) == 200 and max(load.values()) <= 40
        for team in (EN_AGENTS, ZH_AGENTS):
            counts = [load.get(name, 0) for name in team]
            assert sum(counts) == 100 and max(counts) - min(counts) <= 1
        # Each desk heard of its chats as they were created, already assigned.
        wanted = set(created)
        for name, desk in desks.items():
            seen = _created_for(await desk.events(0.5), wanted)
            assert len(seen) == 200  # plain agents see every regular customer's conversation
            assert sum(1 for c in seen.values() if c["assignee"] == name) == load[name]
            assert all(c["team"] in ("en", "zh") for c in seen.values())


async def test_a_vip_clients_chat_goes_to_vera_then_to_sam_while_she_is_away(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("vera", "sam", "victor"))
        first = await chat(server, "V0001")
        facts = await server.context.db.run(truth)
        assert facts["conversations"][first].assignee == "vera"
        await desks["vera"].request("conversation.update", conversation_id=first, status="resolved")

        await desks["vera"].request("presence.set", presence="away")
        second = await chat(server, "V0001")
        facts = await server.context.db.run(truth)
        assert facts["conversations"][second].assignee == "sam"  # her backup (cover)
        cover = await server.context.db.run(
            lambda s: [(c.conversation_id, c.reason, c.routed_to) for c in s.scalars(sa.select(CoverLog))]
        )
        assert cover == [(second, "manager_away", "sam")]
        report = await desks["vera"].request("cover.report")
        assert report["entries"][0]["routed_to"] == "sam"

        # The backup is busy too: the VIP team takes it (victor), and the cover log says so.
        await desks["sam"].request("conversation.update", conversation_id=second, status="resolved")
        await desks["sam"].request("presence.set", presence="busy")
        third = await chat(server, "V0001")
        facts = await server.context.db.run(truth)
        assert facts["conversations"][third].assignee == "victor"
        assert facts["conversations"][third].work.team == "vip"


async def test_a_full_team_queues_and_the_queue_drains_as_agents_get_room(tmp_path):
    policy = teams_file(tmp_path, chat=2)
    async with floor(tmp_path, teams_policy_path=str(policy), routing_interval=0.2) as server:
        desks = await agents(server, ("ann", "abe"))
        english = [f"C{i:04d}" for i in range(0, 16, 2)]  # 8 English-speaking customers
        created = await burst(server, english)
        facts = await server.context.db.run(truth)
        assigned = [c for c in created if facts["conversations"][c].assignee]
        waiting = [c for c in created if not facts["conversations"][c].assignee]
        assert len(assigned) == 4 and len(waiting) == 4  # two chats each: the capacity
        assert all(facts["conversations"][c].work.queued_at is not None for c in waiting)
        assert await server.context.db.run(open_load) == {"ann": 2, "abe": 2}

        # ann resolves one: the oldest queued chat is hers at once.
        done = next(c for c in assigned if facts["conversations"][c].assignee == "ann")
        await desks["ann"].request("conversation.update", conversation_id=done, status="resolved")
        first_queued = min(waiting, key=lambda c: (facts["conversations"][c].work.queued_at, c))
        event = await desks["ann"].wait_for(
            lambda f: (
                f.get("name") == "conversation.updated"
                and f["data"]["conversation"]["id"] == first_queued
                and f["data"]["conversation"]["assignee"] == "ann"
            ),
            timeout=10,
        )
        assert event["data"]["conversation"]["team"] == "en"

        # amy arrives: she takes two more; one stays queued.
        more = await agents(server, ("amy",), presence="")
        await more["amy"].request("presence.set", presence="available")
        for _ in range(2):
            await more["amy"].wait_for(
                lambda f: (
                    f.get("name") == "conversation.updated" and f["data"]["conversation"]["assignee"] == "amy"
                ),
                timeout=10,
            )
        load = await server.context.db.run(open_load)
        assert load == {"ann": 2, "abe": 2, "amy": 2}
        facts = await server.context.db.run(truth)
        still = [c for c in created if facts["conversations"][c].assignee is None]
        assert len(still) == 1 and facts["conversations"][still[0]].work.queued_at is not None
        # Every conversation got an agent once at most.
        got = Counter(e.conversation_id for e in facts["log"] if e.agent is not None)
        assert set(got.values()) == {1}


async def test_busy_takes_no_new_chats_and_an_absent_agents_waiting_chats_move(tmp_path):
    async with floor(tmp_path, routing_interval=0.1, reroute_grace_seconds=0.3) as server:
        desks = await agents(server, ("ann",))
        desks |= await agents(server, ("abe",), presence="busy")
        first, second = await burst(server, ["C0000", "C0002"])
        facts = await server.context.db.run(truth)
        assert {facts["conversations"][c].assignee for c in (first, second)} == {"ann"}

        # ann answers one of them; then she goes away and abe is back: after the grace period the
        # chat still waiting for an answer moves to abe, the answered one stays with her.
        await desks["ann"].request(
            "message.send", conversation_id=first, body="Looking into it", client_msg_id="a1"
        )
        await desks["abe"].request("presence.set", presence="available")
        await desks["ann"].request("presence.set", presence="away")
        moved = await desks["abe"].wait_for(
            lambda f: f.get("name") == "conversation.updated" and f["data"]["conversation"]["id"] == second,
            timeout=10,
        )
        assert moved["data"]["conversation"]["assignee"] == "abe"
        facts = await server.context.db.run(truth)
        assert facts["conversations"][first].assignee == "ann"
        assert [e.reason for e in facts["log"] if e.conversation_id == second] == ["new", "reroute"]
        # ann was told it left her (the event names her as the previous owner)
        told = await desks["ann"].wait_for(
            lambda f: f.get("name") == "conversation.updated" and f["data"]["conversation"]["id"] == second,
            timeout=10,
        )
        assert told["data"]["conversation"]["assignee"] == "abe"


async def test_a_reopened_chat_keeps_its_present_owner_and_nobody_is_routed_while_auto_assign_is_off(
    tmp_path,
):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "abe"))
        cid = await chat(server, "C0000")
        owner = (await server.context.db.run(truth))["conversations"][cid].assignee
        await desks[owner].request("conversation.update", conversation_id=cid, status="pending")
        again = await chat(server, "C0000", "me again")
        assert again == cid
        conv = (await server.context.db.run(truth))["conversations"][cid]
        assert conv.status == "open" and conv.assignee == owner

    (tmp_path / "off").mkdir()
    async with floor(tmp_path / "off", auto_assign=False) as server:
        await agents(server, ("ann",))
        cid = await chat(server, "C0000")
        conv = (await server.context.db.run(truth))["conversations"][cid]
        assert conv.assignee is None and conv.work.team == "en"  # teams and clock still apply
        rows = await server.context.db.run(lambda s: s.scalars(sa.select(ConversationWork)).all())
        assert [r.queued_at for r in rows] == [None]


def test_the_demo_world_has_its_teams() -> None:
    from app.demo.teams import teams_policy_path
    from app.server.routing.policy import load_teams

    policy = load_teams(teams_policy_path())
    assert {"en", "zh", "vip", "risk_compliance", "security"} <= set(policy.teams)
    assert policy.teams["risk_compliance"].escalation and policy.teams["security"].escalation
    assert policy.team_for("chat", "zh-CN", 0).code == "zh"
    assert policy.team_for("email", "en", 5).code == "vip"
