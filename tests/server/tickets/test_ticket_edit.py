"""Editing a ticket's category, due date and subject through ``conversation.update``, end to end:
the real server, real WebSocket clients. The change is a ``conversation.updated`` event every desk
that sees the ticket receives, an audit row, and a new resolution due for the SLA monitor."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.server.email.mail_support import customer
from tests.server.test_sla import write_policy
from tests.support.server import AgentClient, CustomerClient, RequestError, running_server


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _updated(conversation_id: int):
    return lambda f: (
        f.get("type") == "event"
        and f["name"] == "conversation.updated"
        and f["data"]["conversation"]["id"] == conversation_id
    )


async def _ticket(agent: AgentClient, uid: str, **extra: Any) -> dict[str, Any]:
    made = await agent.request(
        "ticket.create",
        uid=uid,
        subject="Deposit not credited",
        body="USDT on TRON, 3 hours ago; the customer sent the tx hash.",
        category="deposits_withdrawals",
        **extra,
    )
    return made["conversation"]


async def _refused(agent: AgentClient, **params: Any) -> RequestError:
    with pytest.raises(RequestError) as refused:
        await agent.request("conversation.update", **params)
    return refused.value


async def test_an_edit_changes_the_ticket_for_every_desk_and_is_audited(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        bob = await AgentClient.login(server.ws_url, "bob", "demo")
        await bob.sync(bob.welcome["head"])
        who = await customer(server)
        ticket = await _ticket(alice, who["uid"], due_at=_iso(datetime.now(UTC) + timedelta(days=2)))

        due = (datetime.now(UTC) + timedelta(days=9)).replace(microsecond=0)
        result = await alice.request(
            "conversation.update",
            conversation_id=ticket["id"],
            category="kyc",
            ticket_due=_iso(due),
            subject="KYC documents needed before the deposit is credited",
        )
        edited = result["conversation"]
        assert edited["category"] == "kyc"
        assert edited["subject"] == "KYC documents needed before the deposit is credited"
        assert datetime.fromisoformat(edited["ticket_due"]) == due
        # The due date is the SLA's resolution due, as at creation; the first response due stays.
        assert edited["resolution_due"] == edited["ticket_due"]
        assert edited["first_response_due"] == ticket["first_response_due"]
        assert datetime.fromisoformat(edited["updated_at"]) > datetime.fromisoformat(ticket["updated_at"])

        event = await bob.wait_for(_updated(ticket["id"]))
        assert event["seq"] == result["seq"]
        seen = event["data"]["conversation"]
        assert (seen["category"], seen["ticket_due"], seen["subject"]) == (
            "kyc",
            edited["ticket_due"],
            "KYC documents needed before the deposit is credited",
        )
        got = await bob.request("conversation.get", conversation_id=ticket["id"])
        assert (
            got["conversation"]["category"] == "kyc"
            and got["conversation"]["ticket_due"] == seen["ticket_due"]
        )

        # One field alone; the others keep their values.
        again = await alice.request("conversation.update", conversation_id=ticket["id"], category="trading")
        assert again["conversation"]["category"] == "trading"
        assert again["conversation"]["subject"] == edited["subject"]
        assert again["conversation"]["ticket_due"] == edited["ticket_due"]
        assert (await bob.wait_for(_updated(ticket["id"])))["data"]["conversation"]["category"] == "trading"

        # The same values again change nothing: no event, the seq is the head.
        same = await alice.request(
            "conversation.update",
            conversation_id=ticket["id"],
            category="trading",
            ticket_due=edited["ticket_due"],
            subject=edited["subject"],
        )
        assert same["seq"] == again["seq"]
        assert not [f for f in await bob.events(0.3) if f["name"] == "conversation.updated"]

        # Ticket fields and the ordinary ones in one request: one event.
        both = await alice.request(
            "conversation.update", conversation_id=ticket["id"], priority="urgent", subject="Urgent: KYC"
        )
        updates = [f for f in await bob.events(0.3) if f["name"] == "conversation.updated"]
        assert [f["seq"] for f in updates] == [both["seq"]]
        assert updates[0]["data"]["conversation"]["priority"] == "urgent"
        assert updates[0]["data"]["conversation"]["subject"] == "Urgent: KYC"

        # A desk that was offline gets the edits when it syncs.
        late = await AgentClient.login(server.ws_url, "bob", "demo")
        replayed, _ = await late.sync(result["seq"] - 1)
        edits = [f["seq"] for f in replayed if _updated(ticket["id"])(f)]
        assert edits == [result["seq"], again["seq"], both["seq"]]

        # Audited like a ticket's creation: who, what changed, category and due from/to — not the
        # subject's text.
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        entries = (await sam.request("audit.list", action="ticket.update"))["entries"]
        assert [e["target"] for e in entries] == [str(ticket["id"])] * 3
        newest, _, first = entries
        assert first["actor"] == "alice" and first["details"]["changed"] == [
            "category",
            "ticket_due",
            "subject",
        ]
        assert first["details"]["category"] == {"from": "deposits_withdrawals", "to": "kyc"}
        assert datetime.fromisoformat(first["details"]["due_at"]["to"]) == due
        assert first["details"]["customer_uid"] == who["uid"]
        assert newest["details"]["changed"] == ["subject"]
        assert "KYC" not in str([e["details"] for e in entries])


async def test_invalid_values_are_bad_request_naming_the_field_and_change_nothing(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        who = await customer(server)
        ticket = await _ticket(alice, who["uid"])
        tid = ticket["id"]
        now = datetime.now(UTC)
        cases: list[tuple[dict[str, Any], str, str | None]] = [
            ({"category": "lottery"}, "category", "lottery"),  # not a help-centre topic
            ({"category": None}, "category", None),
            ({"ticket_due": _iso(now - timedelta(hours=1))}, "ticket_due", None),  # in the past
            ({"ticket_due": _iso(now + timedelta(days=400))}, "ticket_due", None),  # over a year ahead
            ({"ticket_due": "2030-01-01T09:00:00"}, "ticket_due", None),  # no time zone
            ({"ticket_due": None}, "ticket_due", None),
            ({"subject": ""}, "subject", None),
            ({"subject": "   "}, "subject", None),
            ({"subject": "x" * 201}, "subject", "xxxxxxxxxx"),
            ({"subject": "Line one\nline two"}, "subject", "Line one"),
            ({"subject": "bell\x07"}, "subject", "bell"),
            ({"subject": None}, "subject", None),
        ]
        for params, field, value in cases:
            refused = await _refused(alice, conversation_id=tid, **params)
            assert refused.code == "bad_request", params
            assert field in refused.message, (params, refused.message)
            if value is not None:
                assert value not in refused.message, (params, refused.message)
        # A valid change alongside an invalid one is not applied either.
        refused = await _refused(alice, conversation_id=tid, priority="urgent", subject="  ")
        assert refused.code == "bad_request"
        now_is = (await alice.request("conversation.get", conversation_id=tid))["conversation"]
        for name in ("category", "ticket_due", "subject", "priority", "resolution_due", "updated_at"):
            assert now_is[name] == ticket[name], name


async def test_ticket_fields_on_other_channels_are_bad_request(tmp_path):
    async with running_server(tmp_path) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        who = await customer(server)
        client = await CustomerClient.connect(server.ws_url, server.mint_customer_token(who["uid"]))
        await client.send("Where is my withdrawal?")
        await client.close()
        chat = (
            await alice.wait_for(
                lambda f: (
                    f.get("type") == "event"
                    and f["name"] == "conversation.created"
                    and f["data"]["conversation"]["channel"] == "chat"
                )
            )
        )["data"]["conversation"]
        due = _iso(datetime.now(UTC) + timedelta(days=1))
        for params, field in (
            ({"category": "kyc"}, "category"),
            ({"ticket_due": due}, "ticket_due"),
            ({"subject": "Withdrawal delayed"}, "subject"),
            ({"status": "pending", "ticket_due": due}, "ticket_due"),
        ):
            refused = await _refused(alice, conversation_id=chat["id"], **params)
            assert refused.code == "bad_request", params
            assert field in refused.message and "ticket" in refused.message, refused.message
        now_is = (await alice.request("conversation.get", conversation_id=chat["id"]))["conversation"]
        assert now_is["status"] == chat["status"] and now_is["subject"] == chat["subject"]
        assert now_is.get("category") is None
        # The ordinary fields still work on a chat.
        ok = await alice.request("conversation.update", conversation_id=chat["id"], status="pending")
        assert ok["conversation"]["status"] == "pending"


async def test_agents_outside_the_tickets_view_cannot_edit_it(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        vip = await customer(server, vip=True)
        ticket = await _ticket(sam, vip["uid"])  # a VIP client's ticket: not in a plain agent's view
        refused = await _refused(alice, conversation_id=ticket["id"], subject="Mine now")
        assert refused.code == "forbidden"
        refused = await _refused(alice, conversation_id=ticket["id"], category="kyc")
        assert refused.code == "forbidden"
        missing = await _refused(alice, conversation_id=ticket["id"] + 10_000, subject="Nobody's")
        assert missing.code == "not_found"
        still = (await sam.request("conversation.get", conversation_id=ticket["id"]))["conversation"]
        assert still["subject"] == "Deposit not credited" and still["category"] == "deposits_withdrawals"
        assert not [f for f in await alice.events(0.3) if f["name"] == "conversation.updated"]
        # Assigned to her, it is in her view, and she may edit it like any other update.
        await sam.request("conversation.update", conversation_id=ticket["id"], assignee="alice")
        done = await alice.request("conversation.update", conversation_id=ticket["id"], subject="Mine now")
        assert done["conversation"]["subject"] == "Mine now"


async def test_a_new_due_date_moves_the_resolution_due_and_clears_its_breach(tmp_path):
    policy = write_policy(tmp_path / "sla.toml", ticket="1s")
    async with running_server(tmp_path, sla_policy_path=str(policy), sla_check_interval=0.2) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        await alice.sync(alice.welcome["head"])
        who = await customer(server)
        ticket = await _ticket(alice, who["uid"])  # due by the policy: in one second
        breach = await alice.wait_for(
            lambda f: (
                f.get("type") == "event"
                and f["name"] == "sla.breached"
                and f["data"]["conversation_id"] == ticket["id"]
            ),
            timeout=5,
        )
        assert breach["data"]["kind"] == "resolution"
        assert breach["data"]["conversation"]["sla_breached"] == ["resolution"]

        due = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
        result = await alice.request(
            "conversation.update", conversation_id=ticket["id"], ticket_due=_iso(due)
        )
        moved = result["conversation"]
        assert datetime.fromisoformat(moved["resolution_due"]) == due
        assert moved["sla_breached"] == []  # a new due time starts clean
        assert moved["first_response_due"] == ticket["first_response_due"]
        await asyncio.sleep(0.6)  # more monitor runs: the new due time is not breached
        assert not [
            f
            for f in await alice.events(0.3)
            if f["name"] == "sla.breached" and f["data"]["conversation_id"] == ticket["id"]
        ]
