"""PII on need-to-know: legal name, email and phone are masked in every response unless revealed
with a reason; reveals and views are audited; ``audit.list`` is for supervisors only."""

from __future__ import annotations

import shutil
import sqlite3
from typing import Any

import pytest
import sqlalchemy as sa

from app.server import audit
from app.server.db.engine import make_engine, make_session_factory
from app.server.db.schema import Customer
from tests.support.server import (
    AgentClient,
    CustomerClient,
    RequestError,
    running_server,
    sqlite_url,
    verify_audit_chain,
)

# Free text agents and customers typed (a greeting may name the customer); not a PII field.
FREE_TEXT = frozenset({"body", "subject", "reason"})


def _pii(db_path) -> list[tuple[str, str, str, str]]:
    """(uid, name, email, phone) of every customer, read straight from the database."""
    engine = make_engine(sqlite_url(db_path))
    try:
        with make_session_factory(engine)() as session:
            rows = session.execute(sa.select(Customer.uid, Customer.name, Customer.email, Customer.phone))
            return [tuple(r) for r in rows]  # type: ignore[misc]
    finally:
        engine.dispose()


def _strings(value: Any, key: str = "") -> list[str]:
    """Every string in a frame outside free-text fields."""
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in FREE_TEXT for s in _strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    return [value] if isinstance(value, str) else []


def _leaks(frames: list[Any], pii: list[tuple[str, str, str, str]]) -> list[str]:
    secrets = set()
    for _, name, email, phone in pii:
        secrets.update({email, phone})
        if len(name.strip()) > 1:  # a one-character name cannot be masked further
            secrets.add(name)
    found = []
    for text in (s for f in frames for s in _strings(f)):
        found.extend(secret for secret in secrets if secret and secret in text)
    return found


async def test_no_response_path_shows_pii_without_a_reveal(tmp_path):
    async with running_server(tmp_path, rate_limit_per_second=1000, rate_limit_burst=1000) as server:
        url = server.ws_url
        sam = await AgentClient.login(url, "sam", "demo")
        alice = await AgentClient.login(url, "alice", "demo")
        vera = await AgentClient.login(url, "vera", "demo")
        for agent in (sam, alice, vera):
            await agent.sync(agent.welcome["head"])
        seen: list[Any] = [sam.welcome, alice.welcome]
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        seen.append(convs)
        regular = next(c for c in convs if c["customer"]["vip_tier"] == 0 and c["channel"] == "chat")
        uid = regular["customer"]["uid"]
        for agent in (sam, alice, vera):
            seen.append(await agent.request("inbox.snapshot", limit=1000))
            seen.append(await agent.request("agents.list"))
        for conv in convs[:15]:
            seen.append(await sam.request("conversation.get", conversation_id=conv["id"]))
            seen.append(await sam.request("conversation.messages", conversation_id=conv["id"], limit=200))
        for conv in convs[:15]:
            seen.append(await sam.request("customer.get", uid=conv["customer"]["uid"]))
        # Live events and their replay, from a customer's message.
        customer = await CustomerClient.connect(url, server.mint_customer_token(uid))
        await customer.send("hello, is anyone there?")
        seen.extend(await sam.events(quiet=0.4))
        seen.extend(await alice.events(quiet=0.2))
        replayed, _ = await sam.sync(0)
        seen.extend(replayed)
        # What the customer's web chat gets about others (its own name is theirs to see).
        own = customer.welcome["customer"]["name"]
        history = await customer.history(100)
        pii = _pii(tmp_path / "server.sqlite3")
        assert not _leaks(seen, pii)
        others = [p for p in pii if p[0] != uid]
        assert not _leaks([history, *(await customer.messages(0.2))], others)
        assert all(m["author_kind"] != "customer" or m["author_name"] != own for m in history["messages"])

        # The detector works: a reveal with a reason shows the real values, and is audited.
        revealed = await sam.request("customer.get", uid=uid, reveal=True, reason="caller passed KYC check")
        assert _leaks([revealed], pii)
        audit_rows = (await sam.request("audit.list", limit=5, action="customer.view"))["entries"]
        assert audit_rows[0]["target"] == uid and audit_rows[0]["details"]["revealed"] is True
        assert audit_rows[0]["details"]["reason"] == "caller passed KYC check"


async def test_reveal_needs_a_reason_and_stays_within_view(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        regular = next(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0)
        vip = next(
            c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] > 0 and c["assignee"] != "alice"
        )
        for params in (
            {"reveal": True},
            {"reveal": True, "reason": "   "},
            {"reveal": True, "reason": "ab"},
            {"reveal": True, "reason": "why\x00not"},
        ):
            with pytest.raises(RequestError) as err:
                await alice.request("customer.get", uid=regular, **params)
            assert err.value.code == "bad_request", params
        with pytest.raises(RequestError) as err:
            await alice.request("customer.get", uid=vip, reveal=True, reason="I would like to see it")
        assert err.value.code == "forbidden"
        rows = (await sam.request("audit.list", limit=10, action="customer.view"))["entries"]
        assert rows[0]["actor"] == "alice" and rows[0]["target"] == vip
        assert rows[0]["details"] == {
            "outcome": "forbidden",
            "revealed": False,
            "reason": "I would like to see it",
        }


async def test_audit_list_is_for_supervisors_and_pages(tmp_path):
    async with running_server(tmp_path, failed_login_delay=0.01) as server:
        url = server.ws_url
        with pytest.raises(RequestError):
            await AgentClient.login(url, "alice", "not-the-password")
        alice = await AgentClient.login(url, "alice", "demo")
        vera = await AgentClient.login(url, "vera", "demo")
        sam = await AgentClient.login(url, "sam", "demo")
        for who in (alice, vera):
            with pytest.raises(RequestError) as err:
                await who.request("audit.list")
            assert err.value.code == "forbidden"
        first = await sam.request("audit.list", limit=3)
        assert len(first["entries"]) == 3 and first["next_before"] == first["entries"][-1]["id"]
        ids = [e["id"] for e in first["entries"]]
        assert ids == sorted(ids, reverse=True)
        second = await sam.request("audit.list", limit=1000, before=first["next_before"])
        assert second["next_before"] is None
        assert all(e["id"] < first["next_before"] for e in second["entries"])
        everything = first["entries"] + second["entries"]
        assert {"id", "at", "action", "actor", "target", "details"} == set(everything[0])
        assert not any("hash" in e or "prev_hash" in e for e in everything)
        assert "not-the-password" not in str(everything)
        refused = [e for e in everything if e["action"] == "audit.list"]
        assert [(e["actor"], e["details"]["outcome"]) for e in reversed(refused)] == [
            ("alice", "forbidden"),
            ("vera", "forbidden"),
        ]
        for bad in ({"limit": 0}, {"limit": 100_000}, {"before": -1}, {"before": "5"}, {"action": "x\n"}):
            with pytest.raises(RequestError) as err:
                await sam.request("audit.list", **bad)
            assert err.value.code == "bad_request", bad
        # The listing itself is on the record.
        assert (await sam.request("audit.list", limit=1))["entries"][0]["action"] == "audit.list"
    # The chain verifies, and fails after a row is edited or deleted by hand.
    db = tmp_path / "server.sqlite3"
    assert _verify(db).ok
    for n, tamper in enumerate(
        (
            "UPDATE audit_log SET details = replace(details, 'forbidden', 'ok') WHERE action = 'audit.list'",
            "DELETE FROM audit_log WHERE id = (SELECT min(id) + 2 FROM audit_log)",
            "UPDATE audit_log SET at = datetime(at, '+1 second') WHERE id = (SELECT max(id) FROM audit_log)",
        )
    ):
        copy = tmp_path / f"tampered-{n}.sqlite3"
        shutil.copy(db, copy)
        with sqlite3.connect(copy) as conn:
            assert conn.execute(tamper).rowcount >= 1
        result = _verify(copy)
        assert not result.ok and result.broken_id is not None, tamper


def _verify(db_path) -> audit.VerifyResult:
    return verify_audit_chain(sqlite_url(db_path), db_path.parent / "server.keys")
