"""Repeated failed logins are slowed and locked out for a while; the lockout is audited, survives
a restart, and an operator can lift it (``agentdesk-server unlock``)."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from app.server import audit
from app.server.db.engine import make_engine, make_session_factory
from tests.support.server import REPO_ROOT, AgentClient, RequestError, running_server, sqlite_url

FAST = {"failed_login_delay": 0.01}


async def _login_error(url: str, username: str, password: str) -> RequestError:
    with pytest.raises(RequestError) as err:
        await AgentClient.login(url, username, password)
    return err.value


def _audit(db_path, action: str) -> list[audit.AuditRow]:
    engine = make_engine(sqlite_url(db_path))
    try:
        with make_session_factory(engine)() as session:
            return list(reversed(audit.entries(session, 1000, action)))
    finally:
        engine.dispose()


async def test_a_username_is_locked_after_repeated_failures_then_released(tmp_path):
    async with running_server(tmp_path, lockout_failures=3, lockout_seconds=1.0, **FAST) as server:
        url = server.ws_url
        for _ in range(3):
            assert (await _login_error(url, "alice", "wrong")).code == "unauthorized"
        # Locked: even the right password is refused, with a clear, generic answer.
        locked = await _login_error(url, "alice", "demo")
        assert (locked.code, locked.message) == ("rate_limited", "too many failed attempts; try again later")
        # Other agents are not affected (and the lockout does not leak into their logins).
        assert (await AgentClient.login(url, "bob", "demo")).welcome["type"] == "welcome"
        # An unknown username locks exactly like a known one: the lockout reveals nothing.
        for _ in range(3):
            assert (await _login_error(url, "nobody-here", "x")).code == "unauthorized"
        assert (await _login_error(url, "nobody-here", "x")).code == "rate_limited"
        await asyncio.sleep(1.1)
        alice = await AgentClient.login(url, "alice", "demo")
        # The supervisor sees the lockout in the audit log, over the protocol.
        sam = await AgentClient.login(url, "sam", "demo")
        rows = (await sam.request("audit.list", limit=50, action="login.locked"))["entries"]
        assert [(r["actor"], r["target"], r["details"]["scope"]) for r in reversed(rows)] == [
            ("alice", "alice", "username"),
            (None, None, "username"),  # an unknown name is never written down (it may be a password)
        ]
        assert rows[0]["details"]["failures"] == 3 and rows[0]["details"]["remote"] == "127.0.0.1"
        await alice.close()
    assert all("nobody-here" not in str(r.details) for r in _audit(tmp_path / "server.sqlite3", "login"))


async def test_success_resets_the_username_counter(tmp_path):
    async with running_server(tmp_path, lockout_failures=3, **FAST) as server:
        url = server.ws_url
        for _ in range(2):
            await _login_error(url, "alice", "wrong")
        await AgentClient.login(url, "alice", "demo")
        for _ in range(2):
            assert (await _login_error(url, "alice", "wrong")).code == "unauthorized"
        assert (await AgentClient.login(url, "alice", "demo")).welcome["type"] == "welcome"


async def test_one_address_guessing_many_usernames_is_locked_out(tmp_path):
    async with running_server(
        tmp_path, lockout_failures=100, lockout_address_failures=4, lockout_seconds=60, **FAST
    ) as server:
        url = server.ws_url
        for name in ("alice", "bob", "vera", "victor"):
            assert (await _login_error(url, name, "wrong")).code == "unauthorized"
        assert (await _login_error(url, "sam", "demo")).code == "rate_limited"
    rows = _audit(tmp_path / "server.sqlite3", "login.locked")
    assert len(rows) == 1 and rows[0].details["scope"] == "address"


async def test_the_lockout_survives_a_restart_and_the_cli_lifts_it(tmp_path):
    config = {"lockout_failures": 2, "lockout_seconds": 3600, **FAST}
    async with running_server(tmp_path, **config) as server:
        for _ in range(2):
            await _login_error(server.ws_url, "alice", "wrong")
        assert (await _login_error(server.ws_url, "alice", "demo")).code == "rate_limited"
    async with running_server(tmp_path, **config) as server:
        assert (await _login_error(server.ws_url, "alice", "demo")).code == "rate_limited"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app.server",
                "unlock",
                "--username",
                "alice",
                "--db",
                sqlite_url(tmp_path / "server.sqlite3"),
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert (await AgentClient.login(server.ws_url, "alice", "demo")).welcome["type"] == "welcome"
    unlocks = _audit(tmp_path / "server.sqlite3", "login.unlock")
    # the (alice, 127.0.0.1) lock and alice's slow-down counter
    assert [(r.target, r.details["cleared"]) for r in unlocks] == [("alice", 2)]


async def _login_from(url: str, address: str, username: str, password: str) -> dict | RequestError:
    """A login from another loopback address (127.0.0.0/8 is all this machine's)."""
    import json

    from websockets.asyncio.client import connect

    async with connect(url + "/agent", subprotocols=["agentdesk.v1"], local_addr=(address, 0)) as ws:
        await ws.send(json.dumps({"type": "login", "username": username, "password": password}))
        frame = json.loads(await asyncio.wait_for(ws.recv(), 30))
    if frame["type"] == "welcome":
        return frame
    return RequestError(frame["code"], frame["message"])


async def test_a_stranger_cannot_lock_a_colleague_out(tmp_path):
    """Five wrong passwords for sam from one address lock sam out *there*; sam at his own desk
    (another address) still signs in — slowed down, not locked out."""
    async with running_server(
        tmp_path, lockout_failures=5, lockout_seconds=600, lockout_user_max_delay=0.2, **FAST
    ) as server:
        url = server.ws_url
        for _ in range(5):
            result = await _login_from(url, "127.0.0.9", "sam", "wrong")
            assert isinstance(result, RequestError) and result.code == "unauthorized"
        locked = await _login_from(url, "127.0.0.9", "sam", "demo")
        assert isinstance(locked, RequestError) and locked.code == "rate_limited"
        # Another stranger address keeps failing: the username is slowed down, never locked out.
        for _ in range(3):
            result = await _login_from(url, "127.0.0.10", "sam", "wrong")
            assert isinstance(result, RequestError) and result.code == "unauthorized"
        ok = await _login_from(url, "127.0.0.1", "sam", "demo")
        assert isinstance(ok, dict) and ok["agent"]["username"] == "sam"
    rows = _audit(tmp_path / "server.sqlite3", "login.locked")
    locks = [(r.target, r.details["scope"], r.details["remote"]) for r in rows]
    assert locks == [("sam", "username", "127.0.0.9")]


async def test_the_username_slows_down_across_addresses(tmp_path):
    """Failures from many addresses make every further attempt for that username wait longer."""
    from app.server import lockout

    async with running_server(tmp_path, lockout_failures=2, lockout_user_max_delay=4.0, **FAST) as server:
        for n in range(4):
            await _login_from(server.ws_url, f"127.0.1.{n + 1}", "vera", "wrong")
        policy = lockout.Policy.from_config(server.config, server.context.keys.current("lockout"))
        delay = await server.context.db.run(lockout.delay_before, policy, "vera")
        other = await server.context.db.run(lockout.delay_before, policy, "victor")
    # 4 failures, 2 allowed: 0.01 s doubled three times; victor is not slowed at all.
    assert delay == pytest.approx(0.08) and other == 0.0
