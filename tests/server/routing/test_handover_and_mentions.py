"""Transfer to a team with a handover note, escalation with a reason (the owner kept informed),
@mentions in internal notes, the teams list and supervisors' view of load and capacity."""

from __future__ import annotations

import pytest

from tests.server.routing.support import agents, chat, floor
from tests.support.server import RequestError


def mention_for(username: str):
    return lambda f: f.get("name") == "mention.created" and f["data"]["mention"]["username"] == username


async def test_a_mention_in_an_internal_note_reaches_the_agent_named_and_a_teams_members(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "abe", "amy", "zhao"))
        cid = await chat(server, "C0000")
        owner = next(n for n in ("ann", "abe", "amy") if n in desks)
        sent = await desks[owner].request(
            "message.send",
            conversation_id=cid,
            body="@zhao can you read the Chinese screenshot? cc @en.",
            client_msg_id="n1",
            internal=True,
        )
        got = await desks["zhao"].wait_for(mention_for("zhao"), timeout=5)
        mention = got["data"]["mention"]
        assert mention["conversation_id"] == cid and mention["by"] == owner and mention["kind"] == "mention"
        assert mention["message_id"] == sent["message"]["id"] and mention["team"] is None
        assert mention["excerpt"].startswith("@zhao can you read")
        # @en: every member of the English team but the author, named through the team
        for name in ("ann", "abe", "amy"):
            if name != owner:
                via_team = await desks[name].wait_for(mention_for(name), timeout=5)
                assert via_team["data"]["mention"]["team"] == "en"
        # A retried note mentions nobody again; a public reply mentions nobody.
        await desks[owner].request(
            "message.send", conversation_id=cid, body="@zhao again?", client_msg_id="n1", internal=True
        )
        await desks[owner].request(
            "message.send", conversation_id=cid, body="Thanks @zhao", client_msg_id="r1"
        )
        assert not [e for e in await desks["zhao"].events(0.4) if mention_for("zhao")(e)]

        listed = await desks["zhao"].request("mentions.list")
        assert listed["unread"] == 1 and [m["id"] for m in listed["mentions"]] == [mention["id"]]
        read = await desks["zhao"].request("mentions.read", conversation_id=cid)
        assert read["read"] == [mention["id"]]
        assert (await desks["zhao"].request("mentions.list", unread_only=True)) == {
            "mentions": [],
            "unread": 0,
        }


async def test_a_mention_grants_no_access_to_a_conversation_the_agent_may_not_see(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("vera", "ann"))
        cid = await chat(server, "V0001")  # a VIP client's chat: not in a plain agent's view
        await desks["vera"].request(
            "message.send", conversation_id=cid, body="@ann have a look", client_msg_id="v1", internal=True
        )
        assert not [e for e in await desks["ann"].events(0.4) if e["name"] == "mention.created"]
        assert (await desks["ann"].request("mentions.list"))["mentions"] == []


async def test_transfer_to_a_team_with_a_handover_note(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "zhao"))
        cid = await chat(server, "C0000")  # English-speaking: ann has it
        result = await desks["ann"].request(
            "conversation.transfer",
            conversation_id=cid,
            team="zh",
            note="Customer prefers Chinese; KYC done.",
        )
        conv = result["conversation"]
        assert conv["team"] == "zh" and conv["assignee"] == "zhao"
        note = conv["last_message"]
        assert note["internal"] and note["note_code"] == "conversation.transferred"
        assert note["note_args"] == {
            "team": "zh",
            "agent_name": "Ann",
            "note": "Customer prefers Chinese; KYC done.",
        }
        told = await desks["zhao"].wait_for(
            lambda f: (
                f.get("name") == "conversation.updated" and f["data"]["conversation"]["assignee"] == "zhao"
            )
        )
        assert told["data"]["conversation"]["id"] == cid
        with pytest.raises(RequestError) as err:
            await desks["zhao"].request(
                "conversation.transfer", conversation_id=cid, team="nowhere", note="x"
            )
        assert err.value.code == "not_found"


async def test_escalation_goes_to_a_function_team_and_keeps_the_owner_informed(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "sec"))
        cid = await chat(server, "C0000")
        with pytest.raises(RequestError) as err:
            await desks["ann"].request(
                "conversation.escalate", conversation_id=cid, team="zh", reason="why not"
            )
        assert err.value.code == "bad_request"
        result = await desks["ann"].request(
            "conversation.escalate",
            conversation_id=cid,
            team="security",
            reason="Login from a new country, then a withdrawal",
        )
        conv = result["conversation"]
        assert conv["team"] == "security" and conv["assignee"] == "sec" and conv["escalated_from"] == "ann"
        assert "escalated" in conv["tags"]
        for name in ("sec",):  # the agent who has it now is told (ann did it herself)
            got = await desks[name].wait_for(mention_for(name), timeout=5)
            assert (
                got["data"]["mention"]["kind"] == "escalation"
                and got["data"]["mention"]["team"] == "security"
            )
        # ann still sees it (a regular customer), hears of every update, and her note stays
        await desks["sec"].request(
            "message.send", conversation_id=cid, body="Locked the account.", client_msg_id="s1"
        )
        seen = await desks["ann"].wait_for(
            lambda f: (
                f.get("name") == "message.created"
                and f["data"]["conversation"]["id"] == cid
                and f["data"]["message"]["author"] == "sec"
            )
        )
        assert seen["data"]["conversation"]["escalated_from"] == "ann"


async def test_a_supervisor_escalating_someone_elses_conversation_tells_the_owner(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "sam", "sec"))
        cid = await chat(server, "C0000")
        await desks["sam"].request(
            "conversation.escalate", conversation_id=cid, team="security", reason="Phishing report"
        )
        got = await desks["ann"].wait_for(mention_for("ann"), timeout=5)
        assert got["data"]["mention"]["kind"] == "escalation" and got["data"]["mention"]["by"] == "sam"
        assert (await desks["ann"].request("mentions.list"))["unread"] == 1


async def test_teams_and_load_for_supervisors(tmp_path):
    async with floor(tmp_path) as server:
        desks = await agents(server, ("ann", "sam"))
        await desks["ann"].request("presence.set", presence="busy")
        teams = {t["code"]: t for t in (await desks["ann"].request("teams.list"))["teams"]}
        assert set(teams) == {"en", "zh", "vip", "security"}
        assert teams["security"]["escalation"] and teams["en"]["members"] == ["abe", "amy", "ann"]
        listed = {a["username"]: a for a in (await desks["ann"].request("agents.list"))["agents"]}
        assert listed["ann"]["teams"] == ["en"] and listed["ann"]["presence"] == "busy"
        with pytest.raises(RequestError) as err:
            await desks["ann"].request("agents.load")
        assert err.value.code == "forbidden"
        await desks["ann"].request("presence.set", presence="available")
        await chat(server, "C0000")
        load = {a["username"]: a for a in (await desks["sam"].request("agents.load"))["agents"]}
        assert load["ann"]["load"]["chat"] == 1 and load["ann"]["capacity"]["chat"] == 40
        assert load["ann"]["presence"] == "available" and load["abe"]["presence"] == "offline"
        assert load["ann"]["teams"] == ["en"] and load["sam"]["teams"] == []
