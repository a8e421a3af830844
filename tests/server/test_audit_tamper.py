"""The audit log cannot be trimmed: ``agentdesk-server audit verify`` fails after the newest rows
are deleted, after the table is emptied, and after rows are deleted and the chain recomputed;
an earlier build's unkeyed chain is re-keyed on the first start; ``audit list`` shows bidi and
control characters escaped."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.server import audit
from app.server.timeutil import as_utc
from tests.support.server import REPO_ROOT, AgentClient, RequestError, running_server, sqlite_url


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.server", *args, "--db", sqlite_url(db)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def _some_history(tmp_path: Path) -> Path:
    """A server that wrote a few dozen audit rows (logins, views), then stopped."""
    async with running_server(tmp_path, failed_login_delay=0.0) as server:
        for _ in range(3):
            with pytest.raises(RequestError):
                await AgentClient.login(server.ws_url, "alice", "nope")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        convs = (await alice.request("inbox.snapshot", limit=20))["conversations"]
        for conv in convs[:20]:
            await alice.request("customer.get", uid=conv["customer"]["uid"])
        await alice.close()
    return tmp_path / "server.sqlite3"


def _sql(db: Path, *statements: str) -> None:
    with sqlite3.connect(db) as conn:
        for statement in statements:
            conn.execute(statement)


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


async def test_the_untouched_log_verifies(tmp_path):
    db = await _some_history(tmp_path)
    done = _cli("audit", "verify", db=db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{_count(db)} rows" in done.stdout and "checkpoints" in done.stdout


async def test_truncating_the_newest_rows_is_detected(tmp_path):
    db = await _some_history(tmp_path)
    _sql(db, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log)")
    done = _cli("audit", "verify", db=db)
    assert done.returncode == 1 and "BROKEN" in done.stdout and "rows were removed" in done.stdout, (
        done.stdout
    )


async def test_emptying_the_log_is_detected(tmp_path):
    db = await _some_history(tmp_path)
    _sql(db, "DELETE FROM audit_log")
    done = _cli("audit", "verify", db=db)
    assert done.returncode == 1 and "rows were removed" in done.stdout, done.stdout


async def test_deleting_rows_and_recomputing_the_chain_is_detected(tmp_path):
    """The attacker has the database, not the key: the best they can do is a chain of plain
    SHA-256 (as earlier builds wrote), or HMAC under a key of their own."""
    db = await _some_history(tmp_path)
    for recompute in ("sha256", "own-key"):
        copy = tmp_path / f"{recompute}.sqlite3"
        copy.write_bytes(db.read_bytes())
        (tmp_path / f"{recompute}.keys").write_bytes((tmp_path / "server.keys").read_bytes())
        (tmp_path / f"{recompute}.keys").chmod(0o600)
        (tmp_path / f"{recompute}.audit-checkpoints").write_bytes(
            (tmp_path / "server.audit-checkpoints").read_bytes()
        )
        with sqlite3.connect(copy) as conn:
            middle = conn.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 10").fetchone()[0]
            conn.execute("DELETE FROM audit_log WHERE id BETWEEN ? AND ?", (middle, middle + 72))
            prev = audit.GENESIS
            for row_id, at, actor, action, target, details in conn.execute(
                "SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id"
            ).fetchall():
                stamp = as_utc(datetime.fromisoformat(at))
                if recompute == "sha256":
                    digest = audit.legacy_row_hash(prev, stamp, actor, action, target, details)
                else:
                    digest = audit.row_hash(b"k" * 32, prev, stamp, actor, action, target, details)
                conn.execute(
                    "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id)
                )
                prev = digest
        done = _cli("audit", "verify", db=copy)
        assert done.returncode == 1 and "BROKEN" in done.stdout, (recompute, done.stdout)


async def test_an_edited_checkpoint_file_is_detected(tmp_path):
    db = await _some_history(tmp_path)
    path = tmp_path / "server.audit-checkpoints"
    lines = path.read_text().splitlines()
    entry = json.loads(lines[-1])
    entry["count"] -= 5  # hide the five rows about to be deleted
    path.write_text("\n".join([*lines[:-1], json.dumps(entry)]) + "\n")
    done = _cli("audit", "verify", db=db)
    assert done.returncode == 1 and "bad signature" in done.stdout, done.stdout


async def test_an_unkeyed_chain_of_an_earlier_build_is_rekeyed_on_start(tmp_path):
    db = await _some_history(tmp_path)
    # Make it look like an earlier build's database: plain SHA-256 chain, no scheme, no key file.
    with sqlite3.connect(db) as conn:
        prev = audit.GENESIS
        rows = conn.execute(
            "SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id"
        ).fetchall()
        conn.execute("UPDATE audit_log SET hash = 'x' || id")
        for row_id, at, actor, action, target, details in rows:
            digest = audit.legacy_row_hash(
                prev, as_utc(datetime.fromisoformat(at)), actor, action, target, details
            )
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id))
            prev = digest
        conn.execute("DELETE FROM settings WHERE key = 'audit_chain'")
    legacy_head = prev
    (tmp_path / "server.keys").unlink()
    (tmp_path / "server.audit-checkpoints").unlink()
    before = _count(db)
    async with running_server(tmp_path):
        pass
    done = _cli("audit", "verify", db=db)
    assert done.returncode == 0, done.stdout + done.stderr
    with sqlite3.connect(db) as conn:
        details = json.loads(
            conn.execute("SELECT details FROM audit_log WHERE action = 'audit.migrated'").fetchone()[0]
        )
    assert details["legacy_rows"] == before and details["legacy_head"] == legacy_head


async def test_a_broken_unkeyed_chain_is_not_rekeyed_silently(tmp_path):
    db = await _some_history(tmp_path)
    _sql(db, "DELETE FROM settings WHERE key = 'audit_chain'")  # an earlier build's database...
    # ...whose (here: keyed, so to the old check broken) chain does not verify as SHA-256
    done = _cli("audit", "list", db=db)
    assert done.returncode == 1 and "--accept-broken" in done.stderr
    forced = _cli("audit", "migrate", "--accept-broken", db=db)
    assert forced.returncode == 0 and "re-keyed" in forced.stdout, forced.stderr
    assert _cli("audit", "verify", db=db).returncode == 0


async def test_audit_list_shows_bidi_and_control_characters_escaped(tmp_path):
    async with running_server(tmp_path) as server:

        def write(session):
            audit.record(session, "alice", "customer.view", "\u202e0177158803\u202c", {"note": "a\x1b[2Jb"})

        await server.context.db.run(write)
    db = tmp_path / "server.sqlite3"
    listing = _cli("audit", "list", "--limit", "1", db=db)
    assert listing.returncode == 0
    line = listing.stdout.strip()
    assert "\\u202e0177158803\\u202c" in line and "\\u001b[2J" in line
    assert "\u202e" not in listing.stdout and "\x1b" not in listing.stdout


def test_the_bidi_escape_of_the_wire_text():
    from app.protocol.display import escape_controls

    assert escape_controls("a\u202eb\u2066c\u200bd\ne\\") == "a\\u202eb\\u2066c\\u200bd\\x0ae\\\\"
    assert escape_controls("王小明 Maria") == "王小明 Maria"


def test_checkpoint_signature_uses_the_key():
    """The signature is an HMAC: a hash of the line without the key does not pass."""
    body = {"at": "x", "count": 1, "head_id": 1, "head": "h"}
    unkeyed = hashlib.sha256(("checkpoint|" + audit.canonical(body)).encode()).hexdigest()
    from app.server.audit_checkpoints import _signed

    assert _signed(b"k" * 32, body) != unkeyed


async def test_supervisors_check_the_log_from_the_desk_and_filter_it(tmp_path):
    async with running_server(tmp_path) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        alice = await AgentClient.login(server.ws_url, "alice", "demo")
        with pytest.raises(RequestError) as refused:
            await alice.request("audit.verify")
        assert refused.value.code == "forbidden"
        ok = await sam.request("audit.verify")
        assert ok["ok"] is True and ok["checked"] > 0 and ok["checkpoints"] >= 1
        logins = (await sam.request("audit.list", actor="alice", action="login", limit=10))["entries"]
        assert logins and all(r["actor"] == "alice" and r["action"] == "login" for r in logins)
        none_yet = (await sam.request("audit.list", since="2099-01-01T00:00:00Z"))["entries"]
        assert none_yet == []
        await server.context.db.run(server.checkpoints.write)
        newest = "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)"
        _sql(tmp_path / "server.sqlite3", newest)
        broken = await sam.request("audit.verify")
        assert broken["ok"] is False and "removed" in broken["problem"]


async def test_checkpoints_also_go_to_syslog(tmp_path):
    """A copy of each checkpoint on another machine: a syslog receiver (UDP, on loopback here)."""
    import asyncio
    import socket

    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(10)
    port = receiver.getsockname()[1]
    try:
        async with running_server(tmp_path, audit_syslog=f"127.0.0.1:{port}"):
            data = await asyncio.to_thread(receiver.recv, 65536)
    finally:
        receiver.close()
    line = data.decode()
    assert "agentdesk audit checkpoint" in line
    entry = json.loads(line.split("checkpoint ", 1)[1].rstrip("\x00"))
    assert {"count", "head", "head_id", "sig"} <= set(entry)
