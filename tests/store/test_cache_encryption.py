"""Customer text in the cache is sealed (issue 6, item 5): not in the file's bytes, bound to its
row, unreadable under another key (the cache is then emptied, never shown sealed), one key per
store, and the whole cache can be wiped."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from app.protocol.types import Attachment, CallbackInfo
from app.store import STATUS_ANY, InboxQuery, Store
from app.store.cache import MessageRecord
from app.store.cache.crypto import CacheCipher, CacheKey, CacheLocked, UnreadableCache
from app.store.keycheck import Unlocked
from tests.support.factories import T0, conversation, customer, message, posted
from tests.support.helpers import TEST_KEY, opened_store

SECRET_TEXT = [
    "Rossi", "Tanaka", "r***i@example.com", "Withdrawal stuck since Monday", "my passport number",
    "我的充值没有到账", "Dear Maria", "passport_scan.pdf", "call after six", "mailbox full at",
    "Half-written answer to Maria", "guard says no", "*******897",
]


def stored_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def leaked(path: Path) -> list[str]:
    data = stored_bytes(path)
    return [phrase for phrase in SECRET_TEXT if phrase.encode() in data]


async def fill(store: Store) -> None:
    """Every kind of customer text the cache keeps."""
    rossi = customer("88880002", name="M*** Rossi", email="maria.rossi@example.com",
                     email_masked="r***i@example.com")
    zhang = customer("88880001", name="张*")
    email = conversation(2, cust=rossi, channel="email", subject="Withdrawal stuck since Monday",
                         last=message(2, 2, "Here is my passport number, see attached"))
    await store.apply_snapshot([
        conversation(1, cust=zhang, last=message(1, 1, "我的充值没有到账")),
        email,
        conversation(3, cust=customer("77770003", name="K*** Tanaka"), channel="callback",
                     callback=CallbackInfo(window_start=T0, window_end=T0, phone_masked="+1*******897",
                                           reason="call after six", requested_by="alice")),
    ], head=1)
    with_file = msgspec.structs.replace(
        message(5, 2, "the scan", minutes=1),
        attachments=[Attachment(filename="passport_scan.pdf", content_type="application/pdf", size=9)])
    await store.apply_event(2, posted(with_file, email))
    bounced = msgspec.structs.replace(message(6, 2, "Dear Maria, done.", kind="agent", author="alice"),
                                      delivery="failed", delivery_error="mailbox full at example.com")
    await store.apply_event(3, posted(bounced, email))
    await store.put_draft(2, "Half-written answer to Maria")
    item = await store.enqueue_message(2, "Dear Maria, one more thing", internal=False,
                                       client_msg_id="c-1", author="alice", author_name="Alice")
    await store.outbox_mark_inflight(item.id)
    await store.outbox_mark_failed(item.id, "blocked", "guard says no")


async def test_no_customer_text_is_in_the_file_yet_everything_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        await fill(store)
        assert leaked(path) == []  # while open: the database and its WAL
        rows = {r.conversation_id: r for r in (await store.query_inbox(InboxQuery(status=STATUS_ANY))).rows}
        assert rows[2].customer_name == "M*** Rossi" and rows[2].subject == "Withdrawal stuck since Monday"
    assert leaked(path) == []
    async with opened_store(path) as store:
        detail = await store.get_conversation(2)
        assert detail is not None and detail.email_masked == "r***i@example.com"
        callback = await store.get_conversation(3)
        assert callback is not None and callback.details["callback"]["reason"] == "call after six"
        views = await store.messages(2)
        assert [v.body for v in views][:2] == ["Here is my passport number, see attached", "the scan"]
        assert views[1].attachments == (("passport_scan.pdf", "application/pdf", 9),)
        assert views[2].delivery_error == "mailbox full at example.com"
        assert (views[-1].delivery_state, views[-1].failure_reason) == ("failed", "guard says no")
        assert await store.get_draft(2) == "Half-written answer to Maria"
        assert [i.last_error_message for i in await store.outbox_items()] == ["guard says no"]

        async def search(term: str) -> list[int]:
            page = await store.query_inbox(InboxQuery(search=term, status=STATUS_ANY))
            return sorted(r.conversation_id for r in page.rows)

        assert await search("rossi") == [2] and await search("张") == [1]
        assert await search("充值") == [1] and await search("passport") == [2]
        assert await search("Maria.Rossi@example.com") == [2]  # by digest; the address is not kept
        assert await search("8888") == [1, 2]  # UIDs stay plain: prefix search
        assert await search("monday withdrawal") == [2]


async def test_a_value_moved_to_another_row_does_not_open_and_the_cache_starts_anew(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        second = conversation(2, last=message(2, 2, "secret two"))
        await store.apply_snapshot([conversation(1), second], head=4)
    conn = sqlite3.connect(path)  # an attacker with the file copies a sealed body to another row
    conn.execute("UPDATE messages SET body = (SELECT body FROM messages WHERE server_id = 2) "
                 "WHERE server_id = 100")
    conn.commit()
    conn.close()
    async with opened_store(path) as store:
        wiped: list[str] = []
        store.wiped.connect(wiped.append)
        assert [m.body for m in await store.messages(2)] == ["secret two"]  # its own row still opens
        with pytest.raises(UnreadableCache) as error:
            await store.messages(1)
        assert "secret" not in str(error.value)
        assert wiped == ["unreadable"]  # emptied; the session takes a new snapshot
        assert (await store.query_inbox(InboxQuery(status=STATUS_ANY))).total == 0
        state = await store.sync_state()
        assert (state.username, state.last_applied_seq, state.snapshot_taken) == ("alice", 0, False)
        await store.apply_snapshot([conversation(1)], head=9)  # and works again
        assert (await store.query_inbox(InboxQuery())).total == 1


async def test_a_wrong_key_cannot_read_the_cache_which_is_emptied(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        await fill(store)
    store = await Store.open(path)
    try:
        wiped: list[str] = []
        store.wiped.connect(wiped.append)
        assert await store.unlock(CacheKey.generate()) is Unlocked.WIPED
        assert wiped == ["key_changed"]
        assert (await store.query_inbox(InboxQuery(status=STATUS_ANY))).total == 0
        assert await store.outbox_items() == [] and await store.get_draft(2) == ""
        state = await store.sync_state()
        assert (state.username, state.snapshot_taken) == ("alice", False)
        assert await store.unlock(TEST_KEY) is Unlocked.WIPED  # the old key cannot open it either now
    finally:
        await store.close()
    cipher, other = CacheCipher(TEST_KEY), CacheCipher(CacheKey.generate())
    sealed = cipher.seal("messages.body", 7, "hello")
    with pytest.raises(UnreadableCache):
        other.open("messages.body", 7, sealed)
    with pytest.raises(UnreadableCache):
        cipher.open("messages.body", 8, sealed)  # another row
    with pytest.raises(UnreadableCache):
        cipher.open("messages.author_name", 7, sealed)  # another column
    with pytest.raises(UnreadableCache):
        cipher.open("messages.body", 7, "hello")  # plain text where a sealed value belongs
    assert cipher.open("messages.body", 7, sealed) == "hello"
    assert cipher.seal("messages.body", 7, "hello") != sealed  # a fresh nonce every time


async def test_plain_text_cannot_be_written_by_mistake(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "cache.sqlite3") as store:
        def write_plain(session: object) -> None:
            session.add(MessageRecord(  # type: ignore[attr-defined]
                local_id=1, conversation_id=1, author_kind="customer", author_name="x", body="plain",
                created_at=T0, redactions=[], attachments="[]"))

        with pytest.raises(StatementError) as refused:
            await store.run(write_plain)
        assert isinstance(refused.value.orig, TypeError) and "sealed" in str(refused.value.orig)
        assert "plain" not in str(refused.value).replace("sealed", "")  # the values are not quoted


async def test_two_stores_keep_their_keys_apart(tmp_path: Path) -> None:
    async with opened_store(tmp_path / "a.sqlite3", key=CacheKey.generate()) as first, \
            opened_store(tmp_path / "b.sqlite3", key=CacheKey.generate()) as second:
        await first.apply_snapshot([conversation(1, last=message(1, 1, "for the first"))], head=1)
        await second.apply_snapshot([conversation(1, last=message(1, 1, "for the second"))], head=1)
        assert [m.body for m in await first.messages(1)] == ["for the first"]
        assert [m.body for m in await second.messages(1)] == ["for the second"]
        assert [r.conversation_id for r in (await first.query_inbox(InboxQuery(search="first"))).rows] == [1]
        assert (await second.query_inbox(InboxQuery(search="first"))).total == 0
        raw = await first.run(lambda s: s.execute(select(MessageRecord.local_id)).scalars().all())
        assert raw == [1]


async def test_wipe_deletes_the_file_and_the_store_starts_empty_and_locked(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    async with opened_store(path) as store:
        await fill(store)
        resets: list[bool] = []
        store.rows_changed.connect(lambda change: resets.append(change.reset))
        await store.wipe()
        assert resets == [True]
        assert not any(p.exists() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")))
        assert store.locked
        assert (await store.query_inbox(InboxQuery())).total == 0  # nothing to show, no error
        assert not path.exists()  # reading a locked store does not bring the file back
        # nor does any other read a view makes after the reset (sign-out closes the window later)
        assert (await store.sync_state()).username is None
        assert await store.canned_replies() == []
        assert not any(p.exists() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")))
        assert await store.unlock(CacheKey.generate()) is Unlocked.CREATED
        assert await store.bind_identity("ws://test", "alice") is False
        await store.apply_snapshot([conversation(1)], head=2)
        assert (await store.query_inbox(InboxQuery())).total == 1
    assert leaked(path) == []


def test_the_key_never_shows() -> None:
    key = CacheKey.generate()
    assert key.to_text() not in repr(key) + str(key) + repr(CacheCipher(key))
    with pytest.raises(TypeError):
        pickle.dumps(key)
    assert CacheKey.from_text(key.to_text()) == key
    with pytest.raises(ValueError):
        CacheKey.from_text("not a key")


async def test_a_store_opened_without_a_key_seals_with_a_key_for_this_run(tmp_path: Path) -> None:
    """``Store.open(path)`` and writing at once (tools, benchmarks): still sealed, never plain; the
    key lives in memory, so the next run cannot read it — and never adopts a key over a cache
    sealed by another (that one waits for its own key)."""
    path = tmp_path / "cache.sqlite3"
    store = await Store.open(path)
    try:
        assert store.locked
        await store.bind_identity("ws://test", "alice")
        await fill(store)
        assert not store.locked and leaked(path) == []
        assert (await store.query_inbox(InboxQuery(status=STATUS_ANY))).total == 3
    finally:
        await store.close()
    store = await Store.open(path)
    try:
        assert (await store.query_inbox(InboxQuery(status=STATUS_ANY))).total == 0  # locked: nothing
        with pytest.raises(CacheLocked):
            await store.put_draft(1, "not over another key's cache")
        assert await store.unlock(TEST_KEY) is Unlocked.WIPED  # the run's key is gone: start anew
    finally:
        await store.close()
