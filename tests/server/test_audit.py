"""Every customer view, reveal, login, logout and assignment lands in the hash-chained audit log."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa

from app.server import audit
from app.server.db.engine import make_engine, make_session_factory
from tests.support.server import REPO_ROOT, AgentClient, RequestError, running_server


def _rows(db_path, action=None):
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        with make_session_factory(engine)() as session:
            return list(reversed(audit.entries(session, 1000, action)))
    finally:
        engine.dispose()


async def test_customer_views_are_audited_and_masked(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        convs = (await sam.request("inbox.snapshot", limit=1000))["conversations"]
        regular = next(c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] == 0)
        vip = next(
            c["customer"]["uid"] for c in convs if c["customer"]["vip_tier"] > 0 and c["assignee"] != "alice"
        )

        masked = (await alice.request("customer.get", uid=regular))["customer"]
        assert masked["revealed"] is False and "***" in masked["email"] and "*" in masked["phone"]
        assert masked["orders"] or masked["deposits"] or masked["withdrawals"]
        with pytest.raises(RequestError) as err:
            await alice.request("customer.get", uid=regular, reveal=True)
        assert err.value.code == "bad_request"
        await sam.request("identity.override", uid=regular, reason="the supervisor knows the caller")
        revealed = (
            await alice.request(
                "customer.get", uid=regular, reveal=True, reason="caller verified, needs email"
            )
        )["customer"]
        assert revealed["revealed"] is True and "***" not in revealed["email"]
        with pytest.raises(RequestError) as err:
            await alice.request("customer.get", uid=vip)
        assert err.value.code == "forbidden"

    views = _rows(tmp_path / "server.sqlite3", "customer.view")
    assert [(r.actor, r.target, r.details["outcome"], r.details["revealed"]) for r in views] == [
        ("alice", regular, "ok", False),
        ("alice", regular, "ok", True),
        ("alice", vip, "forbidden", False),
    ]
    assert views[1].details["reason"] == "caller verified, needs email"
    assert all(r.at.tzinfo is not None for r in views)


async def test_logins_logouts_assignments_and_the_chain(tmp_path):
    async with running_server(tmp_path) as server:
        with pytest.raises(RequestError):
            await AgentClient.login(server.ws_url, "alice", "guess")
        with pytest.raises(RequestError):
            await AgentClient.login(server.ws_url, "hunter2-typed-as-username", "x")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        conv = next(
            c for c in (await alice.request("inbox.snapshot"))["conversations"] if c["assignee"] != "bob"
        )
        await alice.request("conversation.update", conversation_id=conv["id"], assignee="bob")
        await alice.request("session.logout")
    db_path = tmp_path / "server.sqlite3"
    rows = _rows(db_path)
    logins = [r for r in rows if r.action == "login"]
    assert [(r.actor, r.details["ok"]) for r in logins] == [("alice", False), (None, False), ("alice", True)]
    assert all("hunter2" not in str(r.details) and "guess" not in str(r.details) for r in rows)
    assign = next(r for r in rows if r.action == "conversation.assign")
    assert assign.details["to"] == "bob" and assign.target == str(conv["id"])
    assert any(r.action == "logout" and r.actor == "alice" for r in rows)

    cli = [sys.executable, "-m", "app.server", "audit", "verify", "--db", f"sqlite:///{db_path}"]
    ok = subprocess.run(cli, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    listing = subprocess.run(
        [*cli[:4], "list", "--db", f"sqlite:///{db_path}", "--limit", "3"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0 and len(listing.stdout.strip().splitlines()) == 3

    # Tamper with one row: verify finds it.
    engine = make_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"))
    engine.dispose()
    broken = subprocess.run(cli, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert broken.returncode == 1 and "row 2" in broken.stdout
