"""Callback reminders (due and missed) and cover: vera away, sam her backup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.server.callbacks.schema import CallbackRequest
from tests.server.vip.support import FAST, db, is_event, quiet_client, soon
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server


def _close_window(session, conversation_id: int) -> None:
    """End a callback's (already open) window now, as if it had passed with nobody calling."""
    row = session.get(CallbackRequest, conversation_id)
    row.window_end = datetime.now(UTC) - timedelta(milliseconds=10)


async def test_a_due_callback_fires_its_reminder_and_a_missed_one_is_flagged(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        client = await db(server, quiet_client, "vera")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        victor = await AgentClient.login(server.ws_url, "victor", "demo")
        for agent in (vera, sam, victor):
            await agent.sync(agent.welcome["head"])
        made = await vera.request(
            "callback.create",
            uid=client["uid"],  # from the book: no conversation needed
            window_start=soon(1),
            window_end=soon(3600),
            reason="Review of the OTC block trade",
        )
        conv = made["conversation"]
        assert conv["channel"] == "callback" and conv["assignee"] == "vera"
        assert conv["callback"]["reason"] == "Review of the OTC block trade"
        for agent in (vera, sam):
            due = await agent.wait_for(is_event("callback.due", conversation_id=conv["id"]), 10)
            assert due["data"]["callback"]["phone_masked"]
        with pytest.raises(RequestError) as err:  # one open callback per client from the book
            await vera.request(
                "callback.create",
                uid=client["uid"],
                window_start=soon(60),
                window_end=soon(3600),
                reason="again",
            )
        assert err.value.code == "conflict"

        await db(server, _close_window, conv["id"])
        missed = await vera.wait_for(is_event("callback.missed", conversation_id=conv["id"]), 10)
        assert missed["data"]["conversation"]["id"] == conv["id"]
        await sam.wait_for(is_event("callback.missed", conversation_id=conv["id"]), 10)
        others = await victor.events(0.5)
        assert not [e for e in others if e["name"].startswith("callback.")]
        # Each is announced once.
        assert not [e for e in await vera.events(0.5) if e["name"].startswith("callback.")]

        with pytest.raises(RequestError) as err:  # both or neither: refused
            await vera.request("callback.create", window_start=soon(60), window_end=soon(3600), reason="nope")
        assert err.value.code == "bad_request"


async def test_with_vera_away_her_clients_new_chat_lands_with_sam(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        client = await db(server, quiet_client, "vera")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        with pytest.raises(RequestError) as err:
            await vera.request("agent.backup.set", backup="alice")  # a plain agent cannot cover VIPs
        assert err.value.code == "bad_request"
        with pytest.raises(RequestError) as err:
            await alice.request("agent.backup.set", backup="sam")
        assert err.value.code == "forbidden"
        assert (await vera.request("agent.backup.set", backup="sam"))["backup"] == "sam"
        await vera.request("presence.set", presence="away")
        await sam.request("presence.set", presence="available")
        await sam.sync(sam.welcome["head"])

        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(client["uid"]))
        await customer.send("Hi, I need help with a large withdrawal")
        created = await sam.wait_for(is_event("conversation.created"))
        conv = created["data"]["conversation"]
        assert conv["customer"]["uid"] == client["uid"] and conv["assignee"] == "sam"
        assert conv["first_response_due"] is not None
        assert conv["priority"] == "high" and conv["customer"]["vip_tier"] > 0

        # The backup sees the client's context and notes while covering.
        ctx = await sam.request("customer.get", uid=client["uid"])
        assert ctx["customer"]["uid"] == client["uid"]

        # Back from away: vera sees what happened.
        await vera.request("presence.set", presence="available")
        report = await vera.request("cover.report")
        entry = report["entries"][0]
        assert entry["conversation_id"] == conv["id"] and entry["routed_to"] == "sam"
        assert entry["reason"] == "manager_away" and entry["status"] == "open"
        with pytest.raises(RequestError) as err:
            await alice.request("cover.report")
        assert err.value.code == "forbidden"

        # Vera present: a new chat of her client goes to her (routing: the manager first), and
        # nothing more is written to the cover log.
        await vera.request("conversation.update", conversation_id=conv["id"], status="resolved")
        await customer.send("One more thing")
        latest = await vera.request("inbox.snapshot", limit=5)
        newest = next(c for c in latest["conversations"] if c["customer"]["uid"] == client["uid"])
        assert newest["id"] != conv["id"] and newest["assignee"] == "vera"
        assert len((await vera.request("cover.report"))["entries"]) == 1


async def test_a_backup_covers_only_while_the_manager_is_away(tmp_path):
    async with running_server(tmp_path, **FAST) as server:
        client = await db(server, quiet_client, "vera")
        victor = await AgentClient.login(server.ws_url, "victor", "demo")
        vera = await AgentClient.login(server.ws_url, "vera", "demo")
        await vera.request("agent.backup.set", backup="victor")
        await vera.request("presence.set", presence="available")
        with pytest.raises(RequestError) as err:
            await victor.request("customer.notes.list", uid=client["uid"])
        assert err.value.code == "forbidden"
        await vera.close()  # offline now; victor has not said he is available: left in the queue
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(client["uid"]))
        await customer.send("Anyone there?")
        notes = await victor.request("customer.notes.list", uid=client["uid"])  # covering now
        assert notes["notes"] == []
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        report = await sam.request("cover.report", manager="vera")
        (entry,) = report["entries"]
        assert entry["routed_to"] is None and entry["assignee"] is None
        assert entry["reason"] == "manager_offline"
        # the queue job's later passes over the same waiting conversation (nobody has room yet):
        # still one arrival in the report, not one per pass (seen in a loaded full-suite run)
        from app.server.dispatch.jobs import assign_queued
        from app.server.timeutil import utcnow

        for _ in range(2):
            assert await db(server, assign_queued, entry["conversation_id"], utcnow()) is False
        again = await sam.request("cover.report", manager="vera")
        assert [e["id"] for e in again["entries"]] == [entry["id"]]

        def count(session):
            from app.server.cover.schema import CoverLog

            return session.scalar(sa.select(sa.func.count()).select_from(CoverLog))

        assert await db(server, count) == 1
