"""Schema upgrades keep an agent's data: a cache written by the first release (v1 DDL, kept here
verbatim as it shipped) opens in this build with its replies, inbox and messages intact — and,
since v3, sealed in place with the key the store is given: no plain customer text is left in the
file or its WAL. A sealed v3 cache gains v4's system-note columns and keeps its data; a sealed v4
cache gains v5's columns for the inbox preview of a note and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import msgspec
import pytest

from app.store import InboxQuery, Store
from app.store.cache import Base
from app.store.cache.crypto import CacheCipher, CacheLocked
from app.store.cache.fts import REBUILD_FTS_SQL
from app.store.cache.migrations import CURRENT_VERSION, KEY_CHECK, STEPS, SchemaTooNew, upgrade
from app.store.cache.sql_functions import SealFunctions
from app.store.keycheck import KEY_IN_KEYRING, Unlocked
from tests.support.factories import T0, conversation, message, posted
from tests.support.helpers import TEST_KEY

# The v1 DDL exactly as release 1 created it. Never edit: it is what agents' disks hold.
V1_DDL = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, status TEXT NOT NULL, priority TEXT NOT NULL,
    assignee TEXT, tags TEXT NOT NULL DEFAULT '[]', subject TEXT, customer_uid TEXT NOT NULL,
    customer_name TEXT NOT NULL, vip_tier INTEGER NOT NULL DEFAULT 0, language TEXT NOT NULL DEFAULT 'en',
    kyc_level INTEGER NOT NULL DEFAULT 0, kyc_status TEXT NOT NULL DEFAULT 'not_started',
    account_manager TEXT, verified INTEGER NOT NULL DEFAULT 1, email_masked TEXT, email_digest TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL, message_count INTEGER NOT NULL DEFAULT 0,
    last_message_id INTEGER, last_message_preview TEXT, last_message_at REAL,
    last_message_author_kind TEXT, last_customer_message_at REAL, first_response_at REAL,
    first_response_due REAL, resolution_due REAL, snoozed_until REAL,
    unread_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_conversations_updated ON conversations (updated_at);
CREATE TABLE customers (
    uid TEXT PRIMARY KEY, name TEXT NOT NULL, vip_tier INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en', kyc_level INTEGER NOT NULL DEFAULT 0,
    kyc_status TEXT NOT NULL DEFAULT 'not_started', account_manager TEXT,
    verified INTEGER NOT NULL DEFAULT 1, email_masked TEXT, email_digest TEXT
);
CREATE TABLE messages (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT, server_id INTEGER UNIQUE,
    conversation_id INTEGER NOT NULL, author_kind TEXT NOT NULL, author TEXT, author_name TEXT NOT NULL,
    body TEXT NOT NULL, internal INTEGER NOT NULL DEFAULT 0, client_msg_id TEXT, created_at REAL NOT NULL,
    redactions TEXT NOT NULL DEFAULT '[]', delivery TEXT, delivery_error TEXT,
    delivery_state TEXT NOT NULL DEFAULT 'sent', failure_code TEXT, failure_reason TEXT,
    UNIQUE (conversation_id, client_msg_id)
);
CREATE INDEX ix_messages_conversation ON messages (conversation_id, server_id);
CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, category TEXT NOT NULL, shortcut TEXT NOT NULL,
    titles TEXT NOT NULL, bodies TEXT NOT NULL, variables TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INTEGER NOT NULL,
    client_msg_id TEXT NOT NULL UNIQUE, message_local_id INTEGER NOT NULL, body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_error_message TEXT,
    created_at REAL NOT NULL
);
CREATE INDEX ix_outbox_state ON outbox (state, id);
CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

T = T0.timestamp()


def write_v1_cache(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.executemany(
        "INSERT INTO conversations (id, channel, status, priority, assignee, customer_uid, customer_name,"
        " vip_tier, subject, created_at, updated_at, last_message_preview, last_message_at,"
        " last_message_author_kind, last_customer_message_at, first_response_at, first_response_due,"
        " resolution_due, unread_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (1, "chat", "open", "high", "alice", "12345678", "张*", 0, None, T, T + 60, "充值没到账", T + 60,
             "customer", T + 60, None, T + 600, T + 86400, 2),
            (2, "email", "pending", "normal", None, "87654321", "R*** Silva", 4, "Withdrawal limit", T, T,
             "ok thanks", T + 30, "agent", T, T + 30, T + 600, T + 7200, 0),
        ],
    )
    conn.executemany(
        "INSERT INTO messages (server_id, conversation_id, author_kind, author_name, body, created_at,"
        " client_msg_id, delivery_state) VALUES (?,?,?,?,?,?,?,?)",
        [
            (10, 1, "customer", "张*", "我的充值没有到账", T + 60, None, "sent"),
            (None, 1, "agent", "Alice", "Let me check the chain for you", T + 90, "c-queued", "sending"),
            (20, 2, "customer", "R*** Silva", "Please raise my withdrawal limit", T, None, "sent"),
        ],
    )
    conn.execute(
        "INSERT INTO outbox (conversation_id, client_msg_id, message_local_id, body, state, attempts,"
        " created_at) VALUES (1, 'c-queued', 2, 'Let me check the chain for you', 'inflight', 1, ?)",
        (T + 90,))
    conn.executemany("INSERT INTO kv (key, value) VALUES (?, ?)",
                     [("server_url", "ws://desk"), ("username", "alice"), ("last_applied_seq", "41"),
                      ("snapshot_taken", "1")])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


#: customer text in the v1 cache above; none of it may be left readable in the file after v3
PLAIN = ["充值没到账".encode(), "我的充值".encode(), b"check the chain", b"Silva", b"Withdrawal limit",
         b"raise my withdrawal"]


def readable(path: Path) -> list[bytes]:
    """The plain phrases still in the cache's files (database, WAL, shared memory)."""
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    return [phrase for phrase in PLAIN if phrase in data]


async def test_a_v1_cache_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    write_v1_cache(path)
    assert readable(path) == PLAIN
    store = await Store.open(path, key=TEST_KEY)
    try:
        assert store.upgraded_from == 1
        assert readable(path) == []  # sealed in place, the old pages vacuumed away
        state = await store.sync_state()
        assert (state.server_url, state.username, state.last_applied_seq, state.snapshot_taken) == (
            "ws://desk", "alice", 41, True)
        page = await store.query_inbox(InboxQuery())
        # the urgency order works on old rows (v6 ranks them): the open chat waiting on us comes
        # before the VIP email pending on the customer
        assert [r.conversation_id for r in page.rows] == [1, 2]
        first = page.rows[0]
        assert first.unread_count == 2 and first.customer_name == "张*"
        assert first.sla_due is not None and first.sla_due.timestamp() == T + 600
        assert first.waiting_since is not None and first.waiting_since.timestamp() == T
        assert page.rows[1].waiting_since is None  # the agent had the last word
        # the reply that was in flight when the old version stopped is queued again, same id
        items = await store.outbox_items()
        assert [(i.client_msg_id, i.state) for i in items] == [("c-queued", "queued")]
        # search (new in v2) covers the old data
        assert [r.conversation_id for r in (await store.query_inbox(InboxQuery(search="充值"))).rows] == [1]
        assert [r.conversation_id for r in (await store.query_inbox(InboxQuery(search="limit"))).rows] == [2]
        assert await store.get_draft(1) == ""  # drafts (v2) exist now
        await store.put_draft(1, "kept")
    finally:
        await store.close()
    reopened = await Store.open(path, key=TEST_KEY)
    try:
        assert reopened.upgraded_from == CURRENT_VERSION
        assert await reopened.get_draft(1) == "kept"
        found = await reopened.query_inbox(InboxQuery(search="充值"))
        assert [r.conversation_id for r in found.rows] == [1]
    finally:
        await reopened.close()
    assert readable(path) == []


async def test_a_plain_cache_waits_locked_until_the_key_comes_then_is_sealed(tmp_path: Path) -> None:
    """The app opens the cache before it knows the agent (and so the key): v3's structure is
    applied at once, the sealing when the session unlocks the store."""
    path = tmp_path / "cache.sqlite3"
    write_v1_cache(path)
    store = await Store.open(path)
    try:
        assert store.locked and store.upgraded_from == 1
        assert (await store.sync_state()).username == "alice"  # what the session needs first
        assert await store.outbox_pending() == 1
        assert (await store.query_inbox(InboxQuery())).total == 0  # nothing to show without the key
        assert await store.messages(1) == [] and await store.get_conversation(1) is None
        with pytest.raises(CacheLocked):
            await store.put_draft(1, "no key, no write")
        resets: list[bool] = []
        store.rows_changed.connect(lambda change: resets.append(change.reset))
        assert await store.unlock(TEST_KEY) is Unlocked.SEALED
        assert resets == [True] and not store.locked
        assert readable(path) == []
        assert [i.body for i in await store.outbox_items()] == ["Let me check the chain for you"]
        assert await store.unlock(TEST_KEY) is Unlocked.OPENED  # the same key again: nothing to do
    finally:
        await store.close()


def write_v3_cache(path: Path) -> None:
    """A cache as release 3 left it: the shipped steps 1–3 (frozen since they shipped), customer
    text sealed with the test key, the key check and the blind search index; a ticket's system
    note cached as its English body only (v3 had no code)."""
    functions = SealFunctions()
    functions.cipher = CacheCipher(TEST_KEY)
    conn = sqlite3.connect(path, isolation_level=None)
    functions.install(conn)
    for step in STEPS[:3]:
        conn.execute("BEGIN IMMEDIATE")
        step.apply(conn)
        conn.execute(f"PRAGMA user_version = {step.version}")
        conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO conversations (id, channel, status, priority, assignee, customer_uid, customer_name,"
        " created_at, updated_at, last_message_id, last_message_preview, last_message_at,"
        " last_message_author_kind, last_customer_message_at, first_response_due, resolution_due,"
        " sla_due, waiting_since, details) VALUES (7, 'chat', 'open', 'normal', 'alice', '12345678',"
        " ad_seal('conversations.customer_name', 7, 'R*** Silva'), ?, ?, 71,"
        " ad_seal('conversations.last_message_preview', 7, 'Ticket #8 (kyc) opened by Alice Chen.'), ?,"
        " 'system', ?, ?, ?, ?, ?, ad_seal('conversations.details', 7, '{}'))",
        (T, T + 60, T + 60, T, T + 600, T + 86400, T + 600, T),
    )
    conn.executemany(
        "INSERT INTO messages (local_id, server_id, conversation_id, author_kind, author_name, body,"
        " internal, created_at, attachments) VALUES (?, ?, 7, ?, ad_seal('messages.author_name', ?, ?),"
        " ad_seal('messages.body', ?, ?), ?, ?, ad_seal('messages.attachments', ?, '[]'))",
        [
            (1, 70, "customer", 1, "R*** Silva", 1, "My deposit is missing", 0, T, 1),
            (2, 71, "system", 2, "System", 2, "Ticket #8 (kyc) opened by Alice Chen.", 1, T + 60, 2),
        ],
    )
    conn.executemany("INSERT INTO kv (key, value) VALUES (?, ?)",
                     [(KEY_CHECK, CacheCipher(TEST_KEY).key_check()), (KEY_IN_KEYRING, "1"),
                      ("server_url", "ws://desk"), ("username", "alice"), ("last_applied_seq", "42"),
                      ("snapshot_taken", "1")])
    conn.execute(REBUILD_FTS_SQL)
    conn.execute("COMMIT")
    conn.close()


async def test_a_v3_cache_is_upgraded_and_its_system_notes_gain_codes(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    write_v3_cache(path)
    phone = "+8613****5321"
    store = await Store.open(path, key=TEST_KEY)
    try:
        assert store.upgraded_from == 3 and not store.locked
        assert (await store.sync_state()).last_applied_seq == 42
        before = await store.messages(7)
        assert [m.body for m in before] == ["My deposit is missing", "Ticket #8 (kyc) opened by Alice Chen."]
        assert [(m.note_code, m.note_args) for m in before] == [(None, {}), (None, {})]  # the body shows
        found = await store.query_inbox(InboxQuery(search="deposit"))  # v3's blind index, kept
        assert [r.conversation_id for r in found.rows] == [7]
        # the server sends the note again (a history page): it gains its code and arguments
        coded = msgspec.structs.replace(
            message(71, 7, "Ticket #8 (kyc) opened by Alice Chen.", kind="system", internal=True,
                    minutes=1),
            note_code="ticket.opened",
            note_args={"ticket_id": "8", "category": "kyc", "agent_name": "Alice Chen"},
        )
        await store.upsert_messages([coded])
        # and a new note whose argument is customer data (masked): sealed like the body
        callback = msgspec.structs.replace(
            message(72, 7, f"Callback requested from the app; phone on file {phone}.", kind="system",
                    minutes=2),
            note_code="callback.requested_in_app", note_args={"phone_masked": phone},
        )
        await store.apply_event(43, posted(callback, conversation(7)))
    finally:
        await store.close()
    reopened = await Store.open(path, key=TEST_KEY)
    try:
        assert reopened.upgraded_from == CURRENT_VERSION
        after = {m.server_id: m for m in await reopened.messages(7)}
        assert after[71].local_id == before[1].local_id  # the same row, not a copy
        assert (after[71].note_code, after[71].note_args) == (
            "ticket.opened", {"ticket_id": "8", "category": "kyc", "agent_name": "Alice Chen"})
        assert (after[72].note_code, after[72].note_args) == ("callback.requested_in_app",
                                                               {"phone_masked": phone})
    finally:
        await reopened.close()
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert phone.encode() not in data and b"Alice Chen" not in data


V4_PHONE = "+8613****5321"


def write_v4_cache(path: Path) -> None:
    """A cache as release 4 left it: the v3 file above taken through the shipped step 4, then the
    ticket's note given its code and a new callback note — the conversation's last message — cached
    with its code and sealed arguments (v4 kept them on the message only; the preview is English)."""
    write_v3_cache(path)
    functions = SealFunctions()
    functions.cipher = CacheCipher(TEST_KEY)
    conn = sqlite3.connect(path, isolation_level=None)
    functions.install(conn)
    conn.execute("BEGIN IMMEDIATE")
    STEPS[3].apply(conn)
    conn.execute(f"PRAGMA user_version = {STEPS[3].version}")
    conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "UPDATE messages SET note_code = 'ticket.opened', note_args = ad_seal('messages.note_args', 2, ?)"
        " WHERE local_id = 2", ('{"agent_name":"Alice Chen","category":"kyc","ticket_id":"8"}',))
    body = f"Callback requested from the app; phone on file {V4_PHONE}."
    conn.execute(
        "INSERT INTO messages (local_id, server_id, conversation_id, author_kind, author_name, body,"
        " internal, created_at, attachments, note_code, note_args) VALUES (3, 72, 7, 'system',"
        " ad_seal('messages.author_name', 3, 'System'), ad_seal('messages.body', 3, ?), 0, ?,"
        " ad_seal('messages.attachments', 3, '[]'), 'callback.requested_in_app',"
        " ad_seal('messages.note_args', 3, ?))",
        (body, T + 120, '{"phone_masked":"' + V4_PHONE + '"}'))
    conn.execute(
        "UPDATE conversations SET last_message_id = 72, last_message_at = ?, updated_at = ?,"
        " last_message_preview = ad_seal('conversations.last_message_preview', 7, ?) WHERE id = 7",
        (T + 120, T + 120, body))
    conn.execute("DELETE FROM conversation_fts")
    conn.execute(REBUILD_FTS_SQL)
    conn.execute("COMMIT")
    conn.close()


async def test_a_v4_cache_is_upgraded_and_its_inbox_rows_gain_note_codes(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    write_v4_cache(path)
    store = await Store.open(path, key=TEST_KEY)
    try:
        assert store.upgraded_from == 4 and not store.locked
        assert (await store.sync_state()).last_applied_seq == 42
        # v4's data is kept: the notes' codes and sealed arguments on the messages
        kept = {m.server_id: m for m in await store.messages(7)}
        assert (kept[71].note_code, kept[71].note_args) == (
            "ticket.opened", {"ticket_id": "8", "category": "kyc", "agent_name": "Alice Chen"})
        assert (kept[72].note_code, kept[72].note_args) == ("callback.requested_in_app",
                                                             {"phone_masked": V4_PHONE})
        # the row has no code yet (a step has no key to copy sealed arguments): the English preview
        [row] = (await store.query_inbox(InboxQuery(search="deposit"))).rows  # the blind index, kept
        assert row.conversation_id == 7 and row.last_message_preview == kept[72].body
        assert (row.last_message_note_code, row.last_message_note_args) == (None, {})
        # the server's next word on the conversation brings the last note's code and arguments
        assigned = msgspec.structs.replace(
            message(73, 7, "Assigned to agent Bob Wang.", kind="system", minutes=3),
            note_code="conversation.assigned_agent", note_args={"agent_name": "Bob Wang"},
        )
        await store.apply_event(43, posted(assigned, conversation(7)))
    finally:
        await store.close()
    reopened = await Store.open(path, key=TEST_KEY)
    try:
        assert reopened.upgraded_from == CURRENT_VERSION
        detail = await reopened.get_conversation(7)
        assert detail is not None
        assert (detail.row.last_message_note_code, detail.row.last_message_note_args) == (
            "conversation.assigned_agent", {"agent_name": "Bob Wang"})
        assert detail.row.last_message_preview == "Assigned to agent Bob Wang."
    finally:
        await reopened.close()
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert V4_PHONE.encode() not in data and b"Alice Chen" not in data and b"Bob Wang" not in data
    assert b"conversation.assigned_agent" in data  # the code is plain, like author_kind


def test_the_migrated_schema_matches_the_orm(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    assert upgrade(conn) == (0, CURRENT_VERSION)
    for table in Base.metadata.sorted_tables:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
        assert columns == {c.name for c in table.columns}, table.name
    conn.close()


def test_a_cache_from_a_newer_build_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        upgrade(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_a_failed_step_leaves_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store.cache import migrations

    path = tmp_path / "cache.sqlite3"
    write_v1_cache(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE conversations ADD COLUMN half_done INTEGER")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "STEPS", (migrations.STEPS[0], migrations.Step(2, "broken", broken)))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrations.upgrade(conn)
    assert migrations.schema_version(conn) == 1
    columns = {row[1] for row in conn.execute("PRAGMA table_info(conversations)")}
    assert "half_done" not in columns
    conn.close()


async def test_opening_a_too_new_cache_raises_and_leaves_no_thread_behind(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        await Store.open(path)
    assert not [t for t in threading.enumerate() if t.name.startswith("agentdesk-store")]


class _WholeWordIndex(SealFunctions):
    """``ad_blind`` as releases 3-5 computed it: whole words only, no prefixes."""

    def blind(self, text: str | None) -> str:
        from app.store.cache.search_text import tokens

        cipher = self._cipher()
        return " ".join(cipher.token(word) for word in tokens(text))


def write_v5_cache(path: Path) -> None:
    """A cache as release 5 left it: the v4 file through the shipped step 5, its blind index in
    v5's whole-word format."""
    write_v4_cache(path)
    functions = _WholeWordIndex()
    functions.cipher = CacheCipher(TEST_KEY)
    conn = sqlite3.connect(path, isolation_level=None)
    functions.install(conn)
    conn.execute("BEGIN IMMEDIATE")
    STEPS[4].apply(conn)
    conn.execute(f"PRAGMA user_version = {STEPS[4].version}")
    conn.execute("DELETE FROM conversation_fts")
    conn.execute(REBUILD_FTS_SQL)
    conn.execute("COMMIT")
    conn.close()


async def test_a_v5_cache_gets_a_prefix_index_at_its_first_unlock(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    write_v5_cache(path)
    store = await Store.open(path, key=TEST_KEY)
    try:
        assert store.upgraded_from == 5 and not store.locked
        [row] = (await store.query_inbox(InboxQuery(search="depo"))).rows  # a prefix: v7's index
        assert row.conversation_id == 7
        whole = (await store.query_inbox(InboxQuery(search="deposit"))).rows
        assert [r.conversation_id for r in whole] == [7]
        assert (await store.query_inbox(InboxQuery(search="eposit"))).rows == []
    finally:
        await store.close()
