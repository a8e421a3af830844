"""A keyring that cannot be asked must not cost the agent a reply (issue 6, item 5 with #3's
"never lose an accepted reply").

The cache key lives only in the OS keyring. When the keyring is locked, broken or not reachable
yet, a cache holding unsent replies stays locked and intact, sign-in says why
(``keyring_locked``) and signing in again after unlocking delivers the replies, once. A cache
with nothing unsent starts anew under a key for this run; then quitting with queued replies
would lose them, which the session reports (:attr:`Session.replies_at_risk`).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from keyring.backends import fail

from app.client import ConnectionStatus, CredentialStore, KeyringUnavailable, Session
from app.client.credentials import SERVICE
from app.client.secret import Secret
from app.store import InboxQuery, View
from tests.support.helpers import eventually, fast_config, opened_store, until_delivered, until_online
from tests.support.keyrings import MemoryKeyring
from tests.support.server import AgentClient, running_server

BODIES = ["first reply written while the server was away", "第二条回复：您的提现已在处理中"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def queue_replies_while_the_server_is_away(tmp_path: Path, port: int, backend: MemoryKeyring,
                                                 cache: Path) -> tuple[str, int]:
    """Run 1: sign in (the cache key goes to the keyring), the server stops, replies are written
    and stay queued, the app quits. Returns the server URL and the conversation."""
    async with opened_store(cache, key=None) as store:
        async with running_server(tmp_path, port=port) as server:
            url = server.ws_url
            session = Session(url, store, CredentialStore(backend), config=fast_config())
            await session.start()
            await session.login("alice", "demo", remember=False)
            await until_online(session)
            page = await store.query_inbox(InboxQuery(View.ALL, "alice"), 0, 200)
            cid = next(r.conversation_id for r in page.rows if r.vip_tier == 0 and r.channel == "chat")
        await eventually(lambda: not session.online, what="the session to notice the server left")
        for body in BODIES:
            await session.send_message(cid, body)
        assert await store.outbox_pending() == len(BODIES)
        assert session.cache_in_keyring and session.replies_at_risk == 0
        await session.stop()
    assert (SERVICE, f"cache-key|{url}|alice") in backend.entries
    return url, cid


async def bodies_on_server(url: str, cid: int) -> list[str]:
    agent = await AgentClient.login(url, "alice", "demo")
    try:
        result = await agent.request("conversation.messages", conversation_id=cid, limit=200)
    finally:
        await agent.close()
    return [m["body"] for m in result["messages"] if m["body"] in BODIES]


async def test_a_locked_keyring_keeps_the_cache_intact_until_it_is_unlocked(tmp_path: Path) -> None:
    backend, port, cache = MemoryKeyring(), free_port(), tmp_path / "cache.sqlite3"
    url, cid = await queue_replies_while_the_server_is_away(tmp_path, port, backend, cache)
    key_before = dict(backend.entries)

    backend.locked = True  # the next morning the keyring is locked and the prompt was dismissed
    async with running_server(tmp_path, port=port), opened_store(cache, server_url=url, key=None) as store:
        session = Session(url, store, CredentialStore(backend), username="alice", config=fast_config())
        await session.start()
        try:
            assert session.cache_held is not None
            assert (session.cache_held.code, session.cache_held.replies) == ("keyring_locked", 2)
            assert store.locked and await store.outbox_pending() == 2  # nothing emptied
            assert session.replies_at_risk == 0  # held intact on disk: quitting loses nothing
            assert session.current_state.status is ConnectionStatus.RELOGIN_NEEDED

            with pytest.raises(KeyringUnavailable) as refused:
                await session.login("alice", "demo")
            assert (refused.value.code, refused.value.replies) == ("keyring_locked", 2)
            assert store.locked and await store.outbox_pending() == 2 and not session.online

            backend.locked = False  # the agent unlocks the keyring and signs in again
            await session.login("alice", "demo", remember=False)
            await until_online(session)
            await until_delivered(store)
            assert session.cache_held is None and session.cache_in_keyring
        finally:
            await session.stop()
        assert await bodies_on_server(url, cid) == BODIES  # delivered, once each, in order
    assert backend.entries == key_before  # the key was never replaced


async def test_a_keyring_that_is_not_reachable_yet_keeps_the_cache_too(tmp_path: Path) -> None:
    """Logged in before the Secret Service is up: keyring sees no backend at all (``fail``), but
    this cache's key was kept in the keyring, so it waits rather than starting anew."""
    backend, port, cache = MemoryKeyring(), free_port(), tmp_path / "cache.sqlite3"
    url, _cid = await queue_replies_while_the_server_is_away(tmp_path, port, backend, cache)
    async with opened_store(cache, server_url=url, key=None) as store:
        session = Session(url, store, CredentialStore(fail.Keyring()), username="alice", config=fast_config())
        await session.start()
        try:
            assert session.cache_held is not None and session.cache_held.code == "no_keyring"
            assert store.locked and await store.outbox_pending() == 2
        finally:
            await session.stop()


async def test_the_agent_may_discard_the_held_cache_and_work_on_for_this_run(tmp_path: Path) -> None:
    backend, port, cache = MemoryKeyring(), free_port(), tmp_path / "cache.sqlite3"
    url, cid = await queue_replies_while_the_server_is_away(tmp_path, port, backend, cache)
    backend.locked = True
    async with opened_store(cache, server_url=url, key=None) as store:
        session = Session(url, store, CredentialStore(backend), username="alice", config=fast_config())
        await session.start()
        try:
            assert session.cache_held is not None
            await session.discard_local_work()
            assert session.cache_held is None and await store.outbox_pending() == 0
            async with running_server(tmp_path, port=port):
                await session.login("alice", "demo", remember=False)  # a key for this run only
                await until_online(session)
                assert not session.cache_in_keyring
                assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total > 10
            await eventually(lambda: not session.online, what="the session to notice the server left")
            await session.send_message(cid, "written with a key kept in memory")
            assert session.replies_at_risk == 1  # quitting now would lose it: the window warns
            async with running_server(tmp_path, port=port):
                await until_online(session)
                await until_delivered(store)
                assert session.replies_at_risk == 0
                assert await bodies_on_server(url, cid) == []  # the discarded replies never went out
        finally:
            await session.stop()


async def test_a_cache_with_nothing_unsent_does_not_wait_for_the_keyring(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    async with running_server(tmp_path) as server:
        url, cache = server.ws_url, tmp_path / "cache.sqlite3"
        for locked in (False, True):
            backend.locked = locked
            async with opened_store(cache, server_url=url, key=None) as store:
                session = Session(url, store, CredentialStore(backend), username="alice",
                                  config=fast_config())
                await session.start()
                try:
                    assert session.cache_held is None
                    await session.login("alice", "demo", remember=False)
                    await until_online(session)
                    assert session.cache_in_keyring is not locked
                    assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total > 10
                finally:
                    await session.stop()
    assert backend.writes == 1  # the locked run never replaced the kept key


def test_the_cache_key_is_never_replaced_while_the_keyring_cannot_answer() -> None:
    backend = MemoryKeyring()
    credentials = CredentialStore(backend)
    kept = credentials.cache_key("wss://desk", "alice")
    assert kept.in_keyring
    backend.locked = True
    with pytest.raises(KeyringUnavailable) as refused:
        CredentialStore(backend).cache_key("wss://desk", "alice")
    assert refused.value.code == "keyring_locked"
    assert "locked" not in str(refused.value).replace("keyring_locked", "")  # the backend's text stays out
    backend.locked = False
    assert CredentialStore(backend).cache_key("wss://desk", "alice") == kept
    assert backend.writes == 1


def test_a_run_key_moves_into_the_keyring_once_it_works() -> None:
    backend = MemoryKeyring()
    backend.locked = True
    credentials = CredentialStore(backend)
    run_key = credentials.run_cache_key("wss://desk", "alice")
    found = credentials.cache_key("wss://desk", "alice")  # still locked: the run key, in memory
    assert (found.key, found.in_keyring) == (run_key, False)
    backend.locked = False
    found = credentials.cache_key("wss://desk", "alice")
    assert (found.key, found.in_keyring) == (run_key, True)
    assert backend.entries[(SERVICE, "cache-key|wss://desk|alice")] == run_key.to_text()
    assert Secret(run_key.to_text()).reveal() not in repr(credentials)
