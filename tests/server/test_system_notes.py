"""System notes carry a code and arguments beside their English body (``app/protocol/notes.py``),
so a desk can word them in the agent's language: live, in ``conversation.messages`` and on replay,
kept in a table of their own (an older database gains it on start, ``messages`` is not altered).
The customer's paths never carry them, and the safety warning has none."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from app.demo.data import DEMO_CONVERSATIONS
from app.protocol import notes
from app.server import migrations
from app.server.db.engine import make_engine
from app.server.db.schema import Message
from tests.server.email.mail_support import customer
from tests.support.server import AgentClient, CustomerClient, running_server

SEED = "abandon " * 11 + "about"
RFC3339_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _note_created(conversation_id: int, code: str):
    return lambda f: (
        f.get("type") == "event"
        and f["name"] == "message.created"
        and f["data"]["message"]["conversation_id"] == conversation_id
        and f["data"]["message"]["note_code"] == code
    )


async def _customer_chat(server: Any, agent: AgentClient, uid: str, text: str) -> int:
    """The customer writes in the web chat; the id of the chat the agent sees it in."""
    client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
    await client.send(text)
    await client.close()
    event = await agent.wait_for(
        lambda f: f.get("name") == "message.created" and f["data"]["message"]["body"] == text
    )
    return int(event["data"]["message"]["conversation_id"])


async def _messages(agent: AgentClient, conversation_id: int) -> list[dict[str, Any]]:
    return (await agent.request("conversation.messages", conversation_id=conversation_id, limit=200))[
        "messages"
    ]


async def test_a_ticket_from_a_conversation_writes_coded_notes_and_keeps_the_body(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        await alice.sync(alice.welcome["head"])
        who = await customer(server)
        chat_id = await _customer_chat(server, bob, who["uid"], "My deposit has not arrived")
        head = (await bob.request("inbox.snapshot", limit=1))["head"]

        made = await alice.request("ticket.create", conversation_id=chat_id, category="deposits_withdrawals")
        ticket_id = made["conversation"]["id"]

        # Live, over the wire to another agent: the code and arguments, and the body as before.
        on_source = (await bob.wait_for(_note_created(chat_id, notes.TICKET_OPENED)))["data"]["message"]
        assert on_source["author_kind"] == "system" and on_source["internal"] is True
        assert on_source["body"] == f"Ticket #{ticket_id} (deposits_withdrawals) opened by Alice Chen."
        assert on_source["note_args"] == {
            "ticket_id": str(ticket_id),
            "category": "deposits_withdrawals",
            "agent_name": "Alice Chen",
        }
        on_ticket = (await bob.wait_for(_note_created(ticket_id, notes.TICKET_OPENED_FROM)))["data"][
            "message"
        ]
        assert on_ticket["body"] == f"Ticket opened from conversation #{chat_id}."
        assert on_ticket["note_args"] == {"conversation_id": str(chat_id)}

        # Stored: conversation.messages and a replay say the same.
        stored = next(m for m in await _messages(alice, chat_id) if m["id"] == on_source["id"])
        assert (stored["note_code"], stored["note_args"], stored["body"]) == (
            on_source["note_code"], on_source["note_args"], on_source["body"])
        late = await AgentClient.login(server.ws_url, "bob", "demo")  # a desk resuming from before
        replayed, _ = await late.sync(head)
        again = [f["data"]["message"] for f in replayed if f["name"] == "message.created"]
        assert {(m["id"], m["note_code"]) for m in again} >= {
            (on_source["id"], notes.TICKET_OPENED), (on_ticket["id"], notes.TICKET_OPENED_FROM)}

        # Every other message has none: the customer's message, and an agent's reply.
        plain = await _messages(alice, chat_id)
        assert all(m["note_code"] is None and m["note_args"] is None
                   for m in plain if m["author_kind"] != "system")
        for client in (alice, bob, late):
            await client.close()


async def test_callback_notes_carry_codes_times_and_the_agents_note(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        who = await customer(server)
        chat_id = await _customer_chat(server, alice, who["uid"], "Someone is draining my account!")
        await alice.request("conversation.update", conversation_id=chat_id, tags=["emergency"])
        start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
        end = start + timedelta(hours=1)
        made = await alice.request(
            "callback.create", conversation_id=chat_id, reason="Account takeover",
            window_start=_iso(start), window_end=_iso(end),
        )
        cb_id = made["conversation"]["id"]
        window = {"window_start": _iso(start), "window_end": _iso(end)}
        source_note = next(m for m in await _messages(alice, chat_id) if m["note_code"])
        assert source_note["note_code"] == notes.CALLBACK_REQUESTED
        assert source_note["note_args"] == {"callback_id": str(cb_id), "agent_name": "Alice Chen", **window}
        assert source_note["body"].startswith(f"Callback #{cb_id} requested by Alice Chen for ")
        [requested] = [m for m in await _messages(alice, cb_id) if m["note_code"]]
        assert requested["note_code"] == notes.CALLBACK_REQUESTED_FROM
        assert requested["note_args"] == {"conversation_id": str(chat_id), **window}

        later_start, later_end = start + timedelta(hours=2), start + timedelta(hours=3)
        await alice.request(
            "callback.log", conversation_id=cb_id, outcome="rescheduled",
            window_start=_iso(later_start), window_end=_iso(later_end),
        )
        await alice.request("callback.log", conversation_id=cb_id, outcome="no_answer", note="Voicemail full")
        *_, moved, missed = await _messages(alice, cb_id)
        assert moved["note_code"] == notes.CALLBACK_RESCHEDULED
        assert moved["note_args"] == {
            "agent_name": "Alice Chen", "window_start": _iso(later_start), "window_end": _iso(later_end)}
        times = notes.TIMES & moved["note_args"].keys()
        assert times and all(RFC3339_UTC.fullmatch(moved["note_args"][k]) for k in times)
        assert missed["note_code"] == notes.CALLBACK_LOGGED
        assert missed["note_args"] == {
            "outcome": "no_answer", "agent_name": "Alice Chen", "note": "Voicemail full"}
        assert missed["body"] == "Callback outcome: no_answer (logged by Alice Chen).\nVoicemail full"
        await alice.close()


async def test_the_customers_warning_has_no_code_and_customers_never_see_codes(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        who = await customer(server)
        client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(who["uid"]))
        await client.sync(client.welcome["head"])
        await client.send(f"here are my words: {SEED} please help", "leak-1")
        frames = [await client.next_message() for _ in range(2)]
        assert frames[1]["message"]["author_kind"] == "system"
        warning = (await alice.wait_for(
            lambda f: f.get("name") == "message.created" and f["data"]["message"]["author_kind"] == "system"
        ))["data"]["message"]
        assert warning["note_code"] is None and warning["note_args"] is None  # the customer's language
        # The demo's seeded system lines are coded too; the customer's web chat shows none of it.
        history = await client.history(200)
        assert all("note_code" not in m and "note_args" not in m for m in history["messages"])
        assert all("note_code" not in f["message"] for f in frames)
        await client.close()
        await alice.close()


async def test_seeded_system_lines_are_coded(tmp_path):
    expected = {
        (m.body, m.note_code, tuple(sorted(m.note_args)))
        for c in DEMO_CONVERSATIONS for m in c.messages if m.author_kind == "system"
    }
    assert expected and all(code is not None for _, code, _ in expected)
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")  # a supervisor sees every thread
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        resolved = [c for c in convs if c["status"] == "resolved"][:5]
        seen = [m for c in resolved for m in await _messages(sam, c["id"]) if m["author_kind"] == "system"]
        assert {m["note_code"] for m in seen} >= {notes.RESOLVED}
        for m in seen:
            assert (m["body"], m["note_code"], tuple(sorted(m["note_args"].items()))) in expected
        await sam.close()


def test_every_demo_system_line_has_a_known_code_and_its_arguments() -> None:
    lines = [m for c in DEMO_CONVERSATIONS for m in c.messages if m.author_kind == "system"]
    assert {m.note_code for m in lines} >= {notes.ASSIGNED_AGENT, notes.ASSIGNED_VIP_MANAGER, notes.RESOLVED}
    for m in lines:
        assert m.note_code is not None
        notes.check(m.note_code, dict(m.note_args))
        assert all(value in m.body for _, value in m.note_args)  # nothing the body does not show


def test_note_codes_are_checked() -> None:
    notes.check(notes.RESOLVED, {"agent_name": "Bob Wang"})
    notes.check(notes.CALLBACK_LOGGED, {"outcome": "reached", "agent_name": "Bob", "note": "ok"})
    with pytest.raises(ValueError):
        notes.check("ticket.reopened", {})
    with pytest.raises(ValueError):
        notes.check(notes.RESOLVED, {})
    with pytest.raises(ValueError):
        notes.check(notes.RESOLVED, {"agent_name": "Bob", "phone": "+44 7700 900123"})
    beijing = timezone(timedelta(hours=8))
    assert notes.time_arg(datetime(2026, 11, 26, 5, 35, tzinfo=beijing)) == "2026-11-25T21:35:00Z"


async def test_an_older_database_gains_the_table_and_messages_is_not_altered(tmp_path):
    async with running_server(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / "server.sqlite3")
    db.execute("DROP TABLE system_note_codes")  # as a database made by an earlier build,
    db.execute("DROP TABLE alembic_version")  # before migrations existed
    db.commit()
    db.close()
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    migrations.upgrade(engine)  # agentdesk-server db upgrade
    engine.dispose()
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        chat_id = await _customer_chat(server, alice, (await customer(server))["uid"], "hello again")
        await alice.request("ticket.create", conversation_id=chat_id, category="kyc")
        note = (await _messages(alice, chat_id))[-1]
        assert note["note_code"] == notes.TICKET_OPENED and note["body"].endswith("opened by Alice Chen.")
        # Seeded notes of the first run have no code now: the desk shows their body.
        seeded = [c for c in (await alice.request("inbox.snapshot", limit=100))["conversations"]
                  if c["status"] == "resolved"][:3]
        lines = [m for c in seeded for m in await _messages(alice, c["id"]) if m["author_kind"] == "system"]
        assert lines and all(m["note_code"] is None and m["note_args"] is None for m in lines)
        await alice.close()
    db = sqlite3.connect(tmp_path / "server.sqlite3")
    columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
    db.close()
    assert columns == {c.name for c in Message.__table__.columns}
