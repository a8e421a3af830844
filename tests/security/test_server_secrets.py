"""The server's secrets live outside the database: no secret in ``sqlite3 .dump``; secrets an
earlier build kept in ``settings`` move to the key file on first start (tokens already handed out
keep working) and leave the table; a group/world-readable key file stops the server with a clear
message; a rotated key keeps verifying for its grace period only."""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.server import customer_tokens
from app.server.db.engine import make_engine
from app.server.tables import create_schema
from tests.support.server import REPO_ROOT, CustomerClient, RequestError, running_server, sqlite_url

UID = "3088517710"  # a demo customer


def _dump(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return "\n".join(conn.iterdump())  # what `sqlite3 DB .dump` prints


def _key_hexes(path: Path) -> list[str]:
    data = json.loads(path.read_text())
    return [k["secret"] for items in data["keys"].values() for k in items]


async def test_no_secret_in_the_database_dump(tmp_path):
    async with running_server(tmp_path) as server:
        token = server.mint_customer_token(UID)
        customer = await CustomerClient.connect(server.ws_url, token)
        await customer.close()
    db, key_file = tmp_path / "server.sqlite3", tmp_path / "server.keys"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    dump = _dump(db)
    hexes = _key_hexes(key_file)
    assert len(hexes) >= 4
    for secret in hexes:
        assert secret not in dump and secret.upper() not in dump
    assert "customer_token_secret" not in dump and "lockout_key" not in dump


async def test_secrets_of_an_earlier_build_move_out_of_the_settings_table(tmp_path):
    db = tmp_path / "server.sqlite3"
    engine = make_engine(sqlite_url(db))
    create_schema(engine)
    engine.dispose()
    old_token_key, old_lockout_key = secrets.token_hex(32), secrets.token_hex(32)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('customer_token_secret', ?)", (old_token_key,)
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('lockout_key', ?)", (old_lockout_key,))
    handed_out = customer_tokens.mint(bytes.fromhex(old_token_key), UID)
    async with running_server(tmp_path) as server:
        customer = await CustomerClient.connect(server.ws_url, handed_out)  # still valid
        assert customer.welcome["customer"]["uid"] == UID
        await customer.close()
    dump = _dump(db)
    assert old_token_key not in dump and old_lockout_key not in dump
    assert set(_key_hexes(tmp_path / "server.keys")) >= {old_token_key, old_lockout_key}


def test_a_readable_key_file_stops_the_server_with_a_clear_message(tmp_path):
    db = tmp_path / "server.sqlite3"
    made = subprocess.run(
        [sys.executable, "-m", "app.server", "mint-token", "--uid", UID, "--db", sqlite_url(db)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    key_file = tmp_path / "server.keys"
    key_file.chmod(0o644)
    started = subprocess.run(
        [sys.executable, "-m", "app.server", "--port", "0", "--db", sqlite_url(db)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 2
    assert f"chmod 600 {key_file}" in started.stderr and "0644" in started.stderr
    assert all(h not in started.stderr for h in _key_hexes(key_file))


async def test_a_rotated_token_key_verifies_only_within_its_grace(tmp_path):
    db = tmp_path / "server.sqlite3"
    async with running_server(tmp_path) as server:
        before = server.mint_customer_token(UID)

    def rotate(grace: str) -> None:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "app.server",
                "keys",
                "rotate",
                "--purpose",
                "customer_token",
                "--grace-hours",
                grace,
                "--db",
                sqlite_url(db),
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr

    rotate("1")
    async with running_server(tmp_path) as server:
        after = server.mint_customer_token(UID)
        assert after != before
        for token in (before, after):
            await (await CustomerClient.connect(server.ws_url, token)).close()
    rotate("0")  # the key before `after`'s retires at once; `before`'s grace is cut to 0 too
    async with running_server(tmp_path) as server:
        with pytest.raises(RequestError) as refused:
            await CustomerClient.connect(server.ws_url, before)
        assert refused.value.code == "unauthorized"
        with pytest.raises(RequestError):
            await CustomerClient.connect(server.ws_url, after)
        await (await CustomerClient.connect(server.ws_url, server.mint_customer_token(UID))).close()


async def test_keys_from_the_environment_win(tmp_path, monkeypatch):
    key = secrets.token_hex(32)
    monkeypatch.setenv("AGENTDESK_CUSTOMER_TOKEN_KEY", key)
    async with running_server(tmp_path) as server:
        token = customer_tokens.mint(bytes.fromhex(key), UID)
        await (await CustomerClient.connect(server.ws_url, token)).close()
    assert key not in (tmp_path / "server.keys").read_text()
    assert os.environ["AGENTDESK_CUSTOMER_TOKEN_KEY"] == key
