"""Tokens live in the OS keyring and nowhere else; without a keyring the app says so plainly.

The Secret Service tests use the real backend: gnome-keyring on a private D-Bus session
(``dbus-run-session``, as ``tasks.py test`` and ``.ci/run`` run the suite).
"""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from app.client import ConnectionStatus, CredentialStore, KeyringUnavailable, Session
from app.client.credentials import SERVICE, FoundKey, platform_hint
from app.client.secret import Secret
from app.core.paths import AppPaths
from app.core.settings import Settings, save_settings
from app.store import Store
from tests.support.helpers import eventually, fast_config, until_online
from tests.support.keyrings import MemoryKeyring
from tests.support.server import AgentClient, running_server


def files_containing(root: Path, needle: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``needle`` (WAL and journal files too)."""
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


async def run_desk(home: AppPaths, url: str, credentials: CredentialStore, *, password: str | None,
                   caplog: pytest.LogCaptureFixture | None = None) -> tuple[Session, Store]:
    """Open the desk as the app does: settings, the cache under the data dir, the session."""
    save_settings(Settings(server_url=url, username="alice"), home.settings_file)
    store = await Store.open(home.cache_db(url, "alice"))
    session = Session(url, store, credentials, username="alice", config=fast_config())
    await session.start()
    if password is not None:
        await session.login("alice", password, remember=True)
    return session, store


async def test_the_token_is_in_the_secret_service_and_in_no_file(
    tmp_path: Path, agentdesk_home: AppPaths, secret_service: keyring.backend.KeyringBackend,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring), keyring.get_keyring()
    caplog.set_level(logging.DEBUG)
    (tmp_path / "server").mkdir()
    async with running_server(tmp_path / "server") as server:
        credentials = CredentialStore()
        assert credentials.status.available and credentials.status.problem is None
        session, store = await run_desk(agentdesk_home, server.ws_url, credentials, password="demo")
        await until_online(session)
        key = f"{server.ws_url}|alice"
        token = keyring.get_password(SERVICE, key)
        assert token, "the token is in the Secret Service"
        assert token not in repr(session) + repr(credentials) + repr(session.current_state)
        await session.stop()
        await store.close()
        assert files_containing(agentdesk_home.data_dir.parent, token) == []
        assert token not in caplog.text

        # the app starts again: the stored token signs in without a password
        session, store = await run_desk(agentdesk_home, server.ws_url, CredentialStore(), password=None)
        await until_online(session)
        # online again, the desk renews its token: the new one replaces the old in the keyring
        await eventually(lambda: keyring.get_password(SERVICE, key) not in (None, token), what="renewal")
        renewed = keyring.get_password(SERVICE, key)
        assert renewed is not None
        assert files_containing(agentdesk_home.data_dir.parent, renewed) == []
        assert await session.logout() is True
        assert keyring.get_password(SERVICE, key) is None  # logout deletes it ...
        with pytest.raises(Exception):  # noqa: B017 — ... and the server refuses it from now on
            await AgentClient.auth(server.ws_url, token)
        await session.stop()
        await store.close()
        assert files_containing(agentdesk_home.data_dir.parent, token) == []


async def test_without_a_keyring_the_token_stays_in_memory_for_this_run(
    tmp_path: Path, agentdesk_home: AppPaths, restore_keyring: None,
) -> None:
    keyring.set_keyring(fail.Keyring())
    credentials = CredentialStore()
    status = credentials.status
    assert not status.available
    assert (status.problem, status.hint) == ("no_keyring", platform_hint())
    (tmp_path / "server").mkdir()
    async with running_server(tmp_path / "server") as server:
        session, store = await run_desk(agentdesk_home, server.ws_url, credentials, password="demo")
        await until_online(session)
        assert session.keyring_status.problem == "no_keyring"
        token = credentials.get(server.ws_url, "alice")
        assert token is not None  # in memory: reconnects in this run work without the password
        await session.stop()
        await store.close()
        assert files_containing(agentdesk_home.data_dir.parent, token.reveal()) == []
        # the next run has no token: the agent signs in again
        session, store = await run_desk(agentdesk_home, server.ws_url, CredentialStore(), password=None)
        assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED
        await session.stop()
        await store.close()


def test_a_broken_backend_falls_back_to_memory_and_says_why() -> None:
    locked = MemoryKeyring()
    locked.locked = True
    credentials = CredentialStore(locked)
    assert credentials.set("wss://desk", "alice", Secret("tok-123")) is False
    assert credentials.get("wss://desk", "alice") == Secret("tok-123")
    assert (credentials.status.problem, credentials.status.available) == ("keyring_locked", False)
    credentials.delete("wss://desk", "alice")
    assert credentials.get("wss://desk", "alice") is None


def test_the_cache_key_lives_in_the_keyring_beside_the_token(
    secret_service: keyring.backend.KeyringBackend,
) -> None:
    url = "wss://cache-key.test"
    name = f"cache-key|{url}|alice"
    try:
        found = CredentialStore().cache_key(url, "alice")
        key = found.key
        assert found.in_keyring and keyring.get_password(SERVICE, name) == key.to_text()
        assert CredentialStore().cache_key(url, "alice") == found  # the next run finds it
        keyring.set_password(SERVICE, name, "damaged")
        renewed = CredentialStore().cache_key(url, "alice").key  # a damaged entry: a new key
        assert renewed != key and keyring.get_password(SERVICE, name) == renewed.to_text()
        CredentialStore().forget_cache_key(url, "alice")
        assert keyring.get_password(SERVICE, name) is None
    finally:
        CredentialStore().forget_cache_key(url, "alice")


def test_without_a_keyring_the_cache_key_lasts_one_run() -> None:
    run = CredentialStore(fail.Keyring())
    with pytest.raises(KeyringUnavailable) as refused:  # never "no key" when it cannot ask
        run.cache_key("wss://desk", "alice")
    assert refused.value.code == "no_keyring"
    key = run.run_cache_key("wss://desk", "alice")
    assert run.cache_key("wss://desk", "alice") == FoundKey(key, in_keyring=False)  # this run: same key
    assert run.run_cache_key("wss://desk", "bob") != key  # one key per agent
    with pytest.raises(KeyringUnavailable):  # the next run has no way to find it
        CredentialStore(fail.Keyring()).cache_key("wss://desk", "alice")
    assert key.to_text() not in repr(run)
    run.forget_cache_key("wss://desk", "alice")
    with pytest.raises(KeyringUnavailable):
        run.cache_key("wss://desk", "alice")


def test_secrets_are_masked_everywhere_they_could_leak() -> None:
    secret = Secret("tok-abc")
    assert "tok-abc" not in repr(secret) + str(secret) + f"{secret}" + repr([secret])
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secret)
    credentials = CredentialStore(fail.Keyring())
    credentials.set("wss://desk", "alice", secret)
    assert "tok-abc" not in repr(credentials)


@pytest.mark.parametrize(("platform", "hint"), [
    ("linux", "linux_secret_service"), ("darwin", "macos_keychain"), ("win32", "windows_credential_manager"),
    ("freebsd14", "linux_secret_service"), ("emscripten", "generic"),
])
def test_the_hint_names_the_platforms_keyring(platform: str, hint: str) -> None:
    assert platform_hint(platform) == hint
