"""The SLA policy file drives due times (and changes them without a restart); breaches are events."""

from __future__ import annotations

import asyncio
import os
from datetime import datetime
from pathlib import Path

import pytest

from app.server import cli
from app.server.sla_policy import SlaPolicyError, load_policy
from tests.server.email.mail_support import customer
from tests.support.server import AgentClient, CustomerClient, running_server

POLICY = """
[chat]
first_response = "{chat}"
resolution = "3h"
[chat.vip]
first_response = "45s"
[email]
first_response = "5h"
resolution = "2d"
[ticket]
first_response = "1d"
resolution = "{ticket}"
[callback]
first_response = "30m"
resolution = "1d"
"""


def write_policy(path: Path, chat: str = "2m", ticket: str = "3d") -> Path:
    """Replace the file in one step, as an editor or a deployment would."""
    temp = path.with_suffix(".tmp")
    temp.write_text(POLICY.format(chat=chat, ticket=ticket))
    os.replace(temp, path)
    return path


def _seconds(conv: dict, field: str) -> float:
    return (datetime.fromisoformat(conv[field]) - datetime.fromisoformat(conv["created_at"])).total_seconds()


async def _new_chat(server, agent: AgentClient, uid: str) -> dict:
    client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await client.send("hello, anyone there?")
    await client.close()
    event = await agent.wait_for(
        lambda f: (
            f.get("type") == "event"
            and f["name"] == "conversation.created"
            and f["data"]["conversation"]["channel"] == "chat"
            and f["data"]["conversation"]["customer"]["uid"] == uid
        )
    )
    return event["data"]["conversation"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (POLICY.format(chat="-30s", ticket="3d"), "[chat] first_response"),
        (POLICY.format(chat="0", ticket="3d"), "[chat] first_response"),
        (POLICY.format(chat="2m", ticket="soon"), "[ticket] resolution"),
        (
            POLICY.format(chat="2m", ticket="3d") + "\n[sms]\nfirst_response = '1m'\n",
            "[sms]: unknown channel",
        ),
        (
            POLICY.format(chat="2m", ticket="3d").replace("[chat.vip]", "[chat.gold]"),
            "[chat] gold: unknown key",
        ),
        (
            POLICY.format(chat="2m", ticket="3d").replace('resolution = "2d"', ""),
            "[email]: resolution is missing",
        ),
    ],
)
def test_a_bad_policy_file_is_refused_naming_the_key(tmp_path, text, key):
    path = tmp_path / "sla.toml"
    path.write_text(text)
    with pytest.raises(SlaPolicyError) as refused:
        load_policy(path)
    assert key in str(refused.value) and str(path) in str(refused.value)


def test_the_server_refuses_to_start_with_a_bad_policy(tmp_path, capsys):
    path = tmp_path / "sla.toml"
    path.write_text(POLICY.format(chat="-1m", ticket="3d"))
    code = cli.main(["--demo", "--port", "0", "--sla-policy", str(path), "--log-level", "ERROR"])
    assert code == 2
    err = capsys.readouterr().err
    assert "[chat] first_response" in err and "positive duration" in err


async def test_due_times_follow_the_policy_file_and_change_when_it_changes(tmp_path):
    policy = write_policy(tmp_path / "sla.toml", chat="2m", ticket="3d")
    async with running_server(tmp_path, sla_policy_path=str(policy)) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        regular = (await customer(server))["uid"]
        first = await _new_chat(server, alice, regular)
        assert _seconds(first, "first_response_due") == 120 and _seconds(first, "resolution_due") == 3 * 3600
        ticket = await alice.request("ticket.create", uid=regular, subject="s", body="b", category="trading")
        assert _seconds(ticket["conversation"], "resolution_due") == 3 * 86400
        assert _seconds(ticket["conversation"], "first_response_due") == 86400

        write_policy(policy, chat="7m", ticket="5d")  # no restart, no code change
        await alice.request("conversation.update", conversation_id=first["id"], status="resolved")
        second = await _new_chat(server, alice, regular)
        assert second["id"] != first["id"]
        assert _seconds(second, "first_response_due") == 7 * 60
        ticket = await alice.request("ticket.create", uid=regular, subject="s", body="b", category="kyc")
        assert _seconds(ticket["conversation"], "resolution_due") == 5 * 86400
        # Existing conversations keep the due times they were given.
        kept = await alice.request("conversation.get", conversation_id=first["id"])
        assert _seconds(kept["conversation"], "first_response_due") == 120

        # A broken edit while running is ignored: the last good targets stay in force.
        policy.write_text("[chat]\nfirst_response = 'whenever'\n")
        await alice.request("conversation.update", conversation_id=second["id"], status="resolved")
        third = await _new_chat(server, alice, regular)
        assert _seconds(third, "first_response_due") == 7 * 60


async def test_a_breach_produces_its_event_for_those_who_see_the_conversation(tmp_path):
    policy = write_policy(tmp_path / "sla.toml", chat="1s")
    async with running_server(tmp_path, sla_policy_path=str(policy), sla_check_interval=0.2) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        head = alice.welcome["head"]
        await alice.sync(head)
        await vera.sync(vera.welcome["head"])
        uid = (await customer(server))["uid"]
        conv = await _new_chat(server, alice, uid)

        breach = await alice.wait_for(
            lambda f: f.get("type") == "event" and f["name"] == "sla.breached", timeout=5
        )
        data = breach["data"]
        assert data["conversation_id"] == conv["id"] and data["kind"] == "first_response"
        assert data["due_at"] == conv["first_response_due"]
        assert data["conversation"]["sla_breached"] == ["first_response"]
        await asyncio.sleep(0.6)  # more monitor runs: the breach is recorded once
        assert not [f for f in await alice.events(0.3) if f["name"] == "sla.breached"]
        assert not [f for f in await vera.events(0.1) if f["name"] == "sla.breached"]  # a regular customer

        # It is in the event log: a desk that was offline gets it when it syncs.
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        replayed, synced = await bob.sync(head)
        assert synced["type"] == "synced"
        assert [f["seq"] for f in replayed if f["name"] == "sla.breached"] == [breach["seq"]]
        snap = await bob.request("inbox.snapshot", limit=20)
        assert next(c for c in snap["conversations"] if c["id"] == conv["id"])["sla_breached"] == [
            "first_response"
        ]
