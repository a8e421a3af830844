"""A real desk session against the real backend, with the real Secret Service keyring: customer
text reaches the screen but never the disk in the clear; the cache key lives in the keyring and
in no file; the customer context (``customer.get``, revealed email and phone) is never written;
signing out with "wipe" deletes the cache file and its key."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import keyring.backend
import pytest

from app.client import CredentialStore, Session
from app.client.credentials import SERVICE
from app.core.paths import AppPaths
from app.protocol import methods as pm
from app.protocol.signals import Viewing
from app.store import STATUS_ANY, InboxQuery, InboxRow, Store, View
from tests.support.helpers import eventually, fast_config, until_delivered, until_online
from tests.support.server import CustomerClient, running_server

ENGLISH = "My deposit of 0.5 BTC vanished yesterday evening"
CHINESE = "我的充值还没有到账请帮忙"
REPLY = "Thanks {first}, I am checking the deposit with the chain team now"
DRAFT = "Dear {first}, the network confirmed"


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


async def latin_name_conversation(store: Store) -> InboxRow:
    page = await store.query_inbox(InboxQuery(View.ALL, "alice", status=STATUS_ANY), 0, 500)
    return next(r for r in page.rows if r.vip_tier == 0 and r.channel == "chat" and r.status != "resolved"
                and re.match(r"^[A-Z][a-z]{3,} ", r.customer_name))


async def open_desk(home: AppPaths, url: str) -> tuple[Session, Store]:
    store = await Store.open(home.cache_db(url, "alice"))  # opened locked, as the app does
    session = Session(url, store, CredentialStore(), username="alice", config=fast_config())
    await session.start()
    return session, store


async def test_customer_text_is_sealed_on_disk_and_the_key_is_in_the_keyring_only(
    tmp_path: Path, agentdesk_home: AppPaths, secret_service: keyring.backend.KeyringBackend,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring), keyring.get_keyring()
    caplog.set_level("DEBUG")
    (tmp_path / "server").mkdir()
    async with running_server(tmp_path / "server") as server:
        url = server.ws_url
        session, store = await open_desk(agentdesk_home, url)
        await session.login("alice", "demo", remember=True)
        await until_online(session)
        row = await latin_name_conversation(store)
        cid, first_name = row.conversation_id, row.customer_name.split()[0]
        detail = await store.get_conversation(cid)
        assert detail is not None and detail.email_masked

        # the agent has the chat open: its messages come in full (the rest of the inbox in summaries)
        await session.send_signal(Viewing(conversation_id=cid))
        await eventually(lambda: any(cid in c.subscription.open for c in server.context.hub.agents),
                         what="the subscription to the open chat")

        customer = await CustomerClient.connect(url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        for body in (ENGLISH, CHINESE):
            await customer.send(body)
        await customer.close()

        async def both_cached() -> bool:
            return {ENGLISH, CHINESE} <= {m.body for m in await store.messages(cid)}

        await eventually(both_cached, what="the customer's messages in the cache")
        context = (await session.call(pm.CUSTOMER_GET, pm.CustomerParams(
            uid=row.customer_uid, reveal=True, reason="verifying the deposit owner"))).customer
        assert context.revealed and context.email and context.phone
        await store.put_draft(cid, DRAFT.format(first=first_name))
        await session.send_message(cid, REPLY.format(first=first_name))
        await until_delivered(store)
        await session.fetch_messages(cid)

        # on screen: plain text, and search still works without a plain index
        shown = next(r for r in (await store.query_inbox(InboxQuery(View.ALL, "alice"), 0, 500)).rows
                     if r.conversation_id == cid)
        assert shown.customer_name == row.customer_name
        assert {ENGLISH, CHINESE} <= {m.body for m in await store.messages(cid)}
        for term in (first_name, "vanished", "deposit yesterday", "充值", "到账", row.customer_uid[:4]):
            page = await store.query_inbox(InboxQuery(View.ALL, "alice", status=STATUS_ANY, search=term))
            assert cid in {r.conversation_id for r in page.rows}, term

        # on disk: none of it, in the database, its WAL or anywhere under AGENTDESK_HOME
        cache_key = keyring.get_password(SERVICE, f"cache-key|{url}|alice")
        token = keyring.get_password(SERVICE, f"{url}|alice")
        assert cache_key and token, "the cache key and the token are in the Secret Service"
        path = agentdesk_home.cache_db(url, "alice")
        assert Path(f"{path}-wal").exists()  # the WAL is there, and searched too
        email_local = context.email.split("@")[0]
        secrets = [first_name, row.customer_name, detail.email_masked, email_local, context.phone,
                   ENGLISH, "vanished yesterday", CHINESE, "还没有到账", REPLY.format(first=first_name),
                   DRAFT.format(first=first_name), cache_key, token]
        root = agentdesk_home.data_dir.parent
        for secret in secrets:
            assert files_containing(root, secret.encode()) == [], secret
        from app.store.cache.crypto import CacheKey

        assert files_containing(root, CacheKey.from_text(cache_key).raw()) == []
        for secret in (cache_key, token, context.phone, email_local):
            assert secret not in caplog.text

        # the app starts again: the key comes from the keyring, the inbox is there at once
        await session.stop()
        await store.close()
        session, store = await open_desk(agentdesk_home, url)
        assert [m.body for m in await store.messages(cid) if m.body == ENGLISH] == [ENGLISH]
        await until_online(session)

        # sign out and wipe: the file, its WAL and shared memory, the key and the token are gone
        assert await session.logout(wipe=True) is True
        assert not any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm"))
        assert keyring.get_password(SERVICE, f"cache-key|{url}|alice") is None
        assert keyring.get_password(SERVICE, f"{url}|alice") is None
        assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total == 0

        # signing in again on the same session starts a new cache under a new key
        await session.login("alice", "demo", remember=False)
        await until_online(session)
        assert (await store.query_inbox(InboxQuery(View.ALL, "alice"))).total > 10
        new_key = keyring.get_password(SERVICE, f"cache-key|{url}|alice")
        assert new_key and new_key != cache_key
        await session.logout(wipe=True)
        await session.stop()
        await store.close()
