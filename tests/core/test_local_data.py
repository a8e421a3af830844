"""Issue 24: ``agentdesk --self-check`` and ``agentdesk --forget-local-data`` against the real keyring.

The suite runs inside a private D-Bus session with gnome-keyring unlocked (``tasks.py test``), so the
keyring here is the Secret Service an agent's Linux desk uses; Windows Credential Manager and the
macOS Keychain get the same ``--self-check`` from the release workflow on their runners.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from app.client.credentials import SERVICE
from app.core.app import DeskApp
from app.core.local_data import forget_local_data, known_accounts, remember_account
from app.core.paths import AppPaths
from app.core.self_check import run_self_check
from app.core.settings import Settings, save_settings
from app.main import main
from tests.support.keyrings import MemoryKeyring
from tests.support.server import running_server


def _one_json_line(out: str) -> dict[str, object]:
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, out
    value = json.loads(lines[0])
    assert isinstance(value, dict)
    return value


def _entries(backend: keyring.backend.KeyringBackend, names: list[str]) -> list[str]:
    return [name for name in names if backend.get_password(SERVICE, name) is not None]


# --- --self-check ---------------------------------------------------------------------------------
def test_self_check_round_trips_the_secret_service(
    secret_service: keyring.backend.KeyringBackend, agentdesk_home: AppPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--self-check"]) == 0
    report = _one_json_line(capsys.readouterr().out)
    assert report["self_check"] == "ok"
    assert report["keyring_backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring_write"] and report["keyring_read"] and report["keyring_delete"]
    assert isinstance(report["trusted_cas"], int) and report["trusted_cas"] > 0
    assert str(report["platform"]).startswith("linux")
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        left = [name for name in _usernames(collection) if "self-check" in name]
    finally:
        connection.close()
    assert left == []  # the throw-away entry is gone


def _usernames(collection: Any) -> list[str]:
    """The usernames of AgentDesk's keyring items. A search returns item paths; an item another
    test deletes before it is read raises ``ItemNotFoundException`` and ends the search, so the
    whole search is read again (an item that stays is always seen)."""
    from secretstorage.exceptions import ItemNotFoundException

    for _ in range(20):
        try:
            return [str(item.get_attributes().get("username", ""))
                    for item in collection.search_items({"service": SERVICE})]
        except ItemNotFoundException:
            continue
    raise AssertionError("the keyring's items kept vanishing while they were read")


def test_self_check_fails_on_the_fail_backend(
    restore_keyring: None, agentdesk_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert main(["--self-check"]) == 1
    report = _one_json_line(capsys.readouterr().out)
    assert report["self_check"] == "failed" and report["keyring_backend"] == "keyring.backends.fail.Keyring"
    assert report["keyring_error"] == "no_keyring" and not report["keyring_write"]


def test_self_check_names_a_locked_keyring_and_no_trust_store() -> None:
    locked = MemoryKeyring()
    locked.locked = True
    check = run_self_check(locked, count_cas=lambda: 0)
    assert not check.ok and not check.keyring_ok and check.keyring_error == "KeyringLocked"
    assert not check.tls_ok and check.tls_error == "no_trusted_ca"
    assert "self-check|" not in json.dumps(check.as_json())  # never the entry's name or secret


# --- --forget-local-data --------------------------------------------------------------------------
async def test_forget_local_data_removes_tokens_keys_and_folders(
    tmp_path: Path, secret_service: keyring.backend.KeyringBackend, agentdesk_home: AppPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "server").mkdir()
    async with running_server(tmp_path / "server") as server:
        url = server.ws_url
        for user in ("alice", "bob"):  # two agents have used this computer
            desk = DeskApp(Settings(), agentdesk_home.settings_file)
            await desk.sign_in(url, user, "demo", remember=True)
            await desk.shutdown()
    names = [f"{url}|alice", f"cache-key|{url}|alice", f"{url}|bob", f"cache-key|{url}|bob"]
    assert _entries(secret_service, names) == names  # the desk kept them in the Secret Service
    assert known_accounts(agentdesk_home) == [(url, "alice"), (url, "bob")]
    assert list(agentdesk_home.store_dir.glob("*.sqlite3"))
    (agentdesk_home.log_dir / "agentdesk.log").write_text("a log line\n")

    assert main(["--forget-local-data"]) == 0
    report = _one_json_line(capsys.readouterr().out)
    assert report["forget_local_data"] == "ok" and report["accounts"] == 2
    assert report["keyring_entries_removed"] == 4
    assert _entries(secret_service, names) == []
    assert not any(d.exists() for d in agentdesk_home.all_dirs())
    assert main(["--forget-local-data"]) == 0  # nothing left: still fine


def test_forget_local_data_says_when_the_keyring_is_locked(agentdesk_home: AppPaths) -> None:
    settings = Settings(server_url="wss://desk.example.com", username="alice")
    save_settings(settings, agentdesk_home.settings_file)
    locked = MemoryKeyring()
    locked.locked = True
    report = forget_local_data(agentdesk_home, locked)
    assert not report.ok and report.keyring_failures
    assert report.as_json()["forget_local_data"] == "failed"


def test_forget_finds_accounts_in_the_record_and_the_settings(agentdesk_home: AppPaths) -> None:
    remember_account(agentdesk_home, "wss://a.example.com", "alice")
    remember_account(agentdesk_home, "wss://a.example.com", "alice")
    remember_account(agentdesk_home, "wss://b.example.com", "bob")
    save_settings(Settings(server_url="wss://c.example.com", username="carol"), agentdesk_home.settings_file)
    assert known_accounts(agentdesk_home) == [
        ("wss://a.example.com", "alice"), ("wss://b.example.com", "bob"), ("wss://c.example.com", "carol")]
    memory = MemoryKeyring()
    memory.set_password(SERVICE, "wss://b.example.com|bob", "token")
    memory.set_password(SERVICE, "cache-key|wss://c.example.com|carol", "key")
    memory.set_password(SERVICE, "wss://elsewhere|zed", "not ours to find")  # no record of it
    report = forget_local_data(agentdesk_home, memory)
    assert report.ok and report.keyring_entries_removed == 2
    assert memory.get_password(SERVICE, "wss://elsewhere|zed") == "not ours to find"
