"""Schema versions of the cache: ``PRAGMA user_version`` and an ordered list of steps.

The DDL is written out as SQL, once per version, and never edited after it shipped: a cache
created by version N of the app is upgraded step by step to the current version, keeping the
agent's data (queued replies, drafts, the inbox). The ORM classes in :mod:`app.store.cache.schema`
describe the *current* schema; a test checks that the two agree.

A cache that is newer than this build (the agent downgraded) is not touched: :class:`SchemaTooNew`.

v3 seals customer text (:mod:`app.store.cache.crypto`). A step runs when the file is opened, before
the store has its key (the key comes from the keyring once the agent is known), so v3 does what
needs no key: it drops the v2 plain-text search index, creates the blind one, and — if the cache
holds data — marks it ``needs_sealing``. The store's unlock then seals every plain value *in
place* (:data:`SEAL_IN_PLACE`, one ``UPDATE`` per table through ``ad_seal``), rebuilds the index
and vacuums the file so no plain page survives. Sealing in place, rather than wiping and taking
the inbox again, is what keeps replies not yet delivered (the outbox) and drafts, which exist
nowhere else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from app.store.cache.columns import FAR_FUTURE, EncryptedText
from app.store.cache.fts import CREATE_FTS_SQL
from app.store.cache.schema import Base
from app.store.cache.search_text import register_functions


class SchemaTooNew(RuntimeError):
    """The cache file was written by a newer AgentDesk; this build will not guess its meaning."""


@dataclass(frozen=True, slots=True)
class Step:
    version: int
    why: str
    apply: Callable[[sqlite3.Connection], None]


V1_DDL = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    assignee TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    subject TEXT,
    customer_uid TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    vip_tier INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en',
    kyc_level INTEGER NOT NULL DEFAULT 0,
    kyc_status TEXT NOT NULL DEFAULT 'not_started',
    account_manager TEXT,
    verified INTEGER NOT NULL DEFAULT 1,
    email_masked TEXT,
    email_digest TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    message_count INTEGER NOT NULL DEFAULT 0,
    last_message_id INTEGER,
    last_message_preview TEXT,
    last_message_at REAL,
    last_message_author_kind TEXT,
    last_customer_message_at REAL,
    first_response_at REAL,
    first_response_due REAL,
    resolution_due REAL,
    snoozed_until REAL,
    unread_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_conversations_updated ON conversations (updated_at);
CREATE TABLE customers (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    vip_tier INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en',
    kyc_level INTEGER NOT NULL DEFAULT 0,
    kyc_status TEXT NOT NULL DEFAULT 'not_started',
    account_manager TEXT,
    verified INTEGER NOT NULL DEFAULT 1,
    email_masked TEXT,
    email_digest TEXT
);
CREATE TABLE messages (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id INTEGER UNIQUE,
    conversation_id INTEGER NOT NULL,
    author_kind TEXT NOT NULL,
    author TEXT,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0,
    client_msg_id TEXT,
    created_at REAL NOT NULL,
    redactions TEXT NOT NULL DEFAULT '[]',
    delivery TEXT,
    delivery_error TEXT,
    delivery_state TEXT NOT NULL DEFAULT 'sent',
    failure_code TEXT,
    failure_reason TEXT,
    UNIQUE (conversation_id, client_msg_id)
);
CREATE INDEX ix_messages_conversation ON messages (conversation_id, server_id);
CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    category TEXT NOT NULL,
    shortcut TEXT NOT NULL,
    titles TEXT NOT NULL,
    bodies TEXT NOT NULL,
    variables TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL,
    client_msg_id TEXT NOT NULL UNIQUE,
    message_local_id INTEGER NOT NULL,
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_error_message TEXT,
    created_at REAL NOT NULL
);
CREATE INDEX ix_outbox_state ON outbox (state, id);
CREATE TABLE kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# v2: inbox urgency ordering and search. ``sla_due``/``waiting_since`` use FAR_FUTURE for "none"
# so an ascending index scan puts them last. Partial indexes cover the default "not resolved"
# views; the query must spell ``status != 'resolved'`` literally for SQLite to use them.
_FAR = repr(FAR_FUTURE)
_URGENCY = "vip_tier DESC, sla_due, waiting_since, id"
V2_DDL = f"""
ALTER TABLE conversations ADD COLUMN sla_due REAL NOT NULL DEFAULT {_FAR};
ALTER TABLE conversations ADD COLUMN waiting_since REAL NOT NULL DEFAULT {_FAR};
ALTER TABLE conversations ADD COLUMN details TEXT NOT NULL DEFAULT '{{}}';
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
UPDATE conversations SET
    sla_due = coalesce(CASE WHEN first_response_at IS NULL THEN first_response_due
                            ELSE resolution_due END, {_FAR}),
    waiting_since = CASE WHEN last_message_author_kind = 'customer'
                         THEN coalesce(CASE WHEN first_response_at IS NULL THEN created_at END,
                                       last_customer_message_at, last_message_at, {_FAR})
                         ELSE {_FAR} END;
DROP INDEX ix_conversations_updated;
CREATE INDEX ix_conv_active ON conversations ({_URGENCY}) WHERE status != 'resolved';
CREATE INDEX ix_conv_active_assignee ON conversations (assignee, {_URGENCY})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_active_manager ON conversations (account_manager, {_URGENCY})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_active_channel ON conversations (channel, {_URGENCY})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_status ON conversations (status, {_URGENCY});
CREATE INDEX ix_conv_all ON conversations ({_URGENCY});
CREATE INDEX ix_conv_assignee ON conversations (assignee, channel, status);
CREATE INDEX ix_conv_uid ON conversations (customer_uid);
CREATE INDEX ix_conv_email_digest ON conversations (email_digest);
CREATE TABLE drafts (
    conversation_id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE VIRTUAL TABLE conversation_fts USING fts5 (
    uid, name, email, subject, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""


# The v2 step's plain-text index, exactly as v2 built it (v3 drops it).
V2_REBUILD_FTS_SQL = """
INSERT INTO conversation_fts (rowid, uid, name, email, subject, body)
SELECT c.id, c.customer_uid, ad_normalize(c.customer_name), ad_normalize(c.email_masked),
       ad_normalize(c.subject),
       (SELECT group_concat(ad_normalize(m.body), char(10)) FROM messages AS m
         WHERE m.conversation_id = c.id)
FROM conversations AS c"""

#: ``kv`` keys of v3: the key's check value, and "plain values are waiting to be sealed".
KEY_CHECK = "key_check"
NEEDS_SEALING = "needs_sealing"
_DATA_TABLES = ("conversations", "customers", "messages", "outbox", "drafts")


def _seal_in_place() -> tuple[str, ...]:
    statements = []
    for table in Base.metadata.sorted_tables:
        sealed = [(c.name, c.type) for c in table.columns if isinstance(c.type, EncryptedText)]
        if sealed:
            sets = ", ".join(f"{name} = ad_seal('{kind.label}', {kind.key}, {name})" for name, kind in sealed)
            statements.append(f"UPDATE {table.name} SET {sets}")
    return tuple(statements)


#: Seal every plain value of a ``needs_sealing`` cache (``ad_seal`` leaves sealed values alone).
SEAL_IN_PLACE = _seal_in_place()


# v4: system notes carry a code and arguments beside their English body (app/protocol/notes.py), so
# the desk words them in the agent's language. The code is plain (a code, like ``author_kind``);
# the arguments are sealed JSON text (``messages.note_args``: they may hold masked customer data).
# Both NULL for every other message, and for notes cached before v4 (their body is shown).
V4_DDL = """
ALTER TABLE messages ADD COLUMN note_code TEXT;
ALTER TABLE messages ADD COLUMN note_args BLOB
"""

# v5: the inbox row words a system note as the thread does: the conversation keeps its last
# message's note code (plain) and arguments (sealed JSON, bound to the conversation's row) beside
# the English preview. NULL for conversations cached before v5 until the server sends them again
# (the preview shows the body; a step has no key to copy sealed arguments from ``messages``).
V5_DDL = """
ALTER TABLE conversations ADD COLUMN last_message_note_code TEXT;
ALTER TABLE conversations ADD COLUMN last_message_note_args BLOB
"""


# v6: routing (issue 19). The row's team, SLA pause and amber times, escalation, and the agent's
# mentions; the queue's rank leads the urgency order ("what next": open and waiting on us first,
# then by due time and VIP tier; pending and snoozed below), so every urgency index is rebuilt with
# it in front. Existing rows get their rank from what they hold.
_URGENCY_V6 = "queue_rank, sla_due, vip_tier DESC, waiting_since, id"
V6_DDL = f"""
ALTER TABLE conversations ADD COLUMN team TEXT;
ALTER TABLE conversations ADD COLUMN sla_paused_at REAL;
ALTER TABLE conversations ADD COLUMN sla_warn_at REAL;
ALTER TABLE conversations ADD COLUMN escalated_from TEXT;
ALTER TABLE conversations ADD COLUMN queue_rank INTEGER NOT NULL DEFAULT 1;
ALTER TABLE conversations ADD COLUMN mentioned_at REAL;
ALTER TABLE conversations ADD COLUMN mention_unread INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET queue_rank = CASE
    WHEN status = 'resolved' THEN 3
    WHEN status IN ('pending', 'snoozed') THEN 2
    WHEN waiting_since < {_FAR} OR first_response_at IS NULL THEN 0
    ELSE 1 END;
DROP INDEX ix_conv_active;
DROP INDEX ix_conv_active_assignee;
DROP INDEX ix_conv_active_manager;
DROP INDEX ix_conv_active_channel;
DROP INDEX ix_conv_status;
DROP INDEX ix_conv_all;
CREATE INDEX ix_conv_active ON conversations ({_URGENCY_V6}) WHERE status != 'resolved';
CREATE INDEX ix_conv_active_assignee ON conversations (assignee, {_URGENCY_V6})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_active_manager ON conversations (account_manager, {_URGENCY_V6})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_active_channel ON conversations (channel, {_URGENCY_V6})
    WHERE status != 'resolved';
CREATE INDEX ix_conv_status ON conversations (status, {_URGENCY_V6});
CREATE INDEX ix_conv_all ON conversations ({_URGENCY_V6});
CREATE INDEX ix_conv_mentioned ON conversations ({_URGENCY_V6}) WHERE mentioned_at IS NOT NULL
"""

# v7: the blind index holds each Latin word's prefixes too (prefix search, search_text.index_words).
# A step has no key to hash with, so it only marks a cache that has an index to rebuild; the
# store's unlock rebuilds it (keycheck.settle), as v3 left the sealing to the unlock.
NEEDS_REINDEX = "needs_reindex"


def execute_ddl(conn: sqlite3.Connection, ddl: str) -> None:
    """Run a DDL script statement by statement (``executescript`` would COMMIT mid-step)."""
    for statement in ddl.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    execute_ddl(conn, V1_DDL)


def _v2(conn: sqlite3.Connection) -> None:
    register_functions(conn)
    execute_ddl(conn, V2_DDL)
    conn.execute(V2_REBUILD_FTS_SQL)


def _v3(conn: sqlite3.Connection) -> None:
    has_data = any(conn.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone() for name in _DATA_TABLES)
    conn.execute("DROP TABLE conversation_fts")
    conn.execute(CREATE_FTS_SQL)
    if has_data:
        conn.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, '1')", (NEEDS_SEALING,))


def _v4(conn: sqlite3.Connection) -> None:
    execute_ddl(conn, V4_DDL)


def _v5(conn: sqlite3.Connection) -> None:
    execute_ddl(conn, V5_DDL)


def _v6(conn: sqlite3.Connection) -> None:
    execute_ddl(conn, V6_DDL)


def _v7(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM conversations LIMIT 1").fetchone():
        conn.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, '1')", (NEEDS_REINDEX,))


# v8: the files each canned reply carries (issue 18), JSON like its titles: the picker shows them
# offline. Existing rows get none until the next canned.list (the desk asks at every reconnect).
V8_DDL = """
ALTER TABLE canned_replies ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'
"""


def _v8(conn: sqlite3.Connection) -> None:
    execute_ddl(conn, V8_DDL)


STEPS: tuple[Step, ...] = (
    Step(1, "first release: conversations, messages, customers, canned replies, outbox", _v1),
    Step(2, "urgency ordering with indexes, drafts, full-text search (FTS5), channel details", _v2),
    Step(3, "customer text sealed with the keyring's key; a blind search index", _v3),
    Step(4, "system notes: a code (plain) and its arguments (sealed) beside the English body", _v4),
    Step(5, "inbox preview of a system note: the last message's code (plain) and arguments (sealed)", _v5),
    Step(6, "routing: team, SLA clock, mentions; the queue's rank leads the urgency order", _v6),
    Step(7, "prefix search: the blind index is rebuilt with each word's prefixes at the next unlock", _v7),
    Step(8, "canned replies: the files each carries, so the picker shows them offline", _v8),
)
CURRENT_VERSION = STEPS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: sqlite3.Connection) -> tuple[int, int]:
    """Bring the cache to :data:`CURRENT_VERSION`; returns (version before, version after).

    Each step runs in its own transaction together with its ``user_version`` bump, so a crash
    half-way leaves the file at the previous version, never in between. ``conn`` must be in
    autocommit mode (``isolation_level=None``): the steps manage their own transactions.
    """
    before = schema_version(conn)
    if before > CURRENT_VERSION:
        raise SchemaTooNew(f"cache schema {before} is newer than this build ({CURRENT_VERSION})")
    for step in STEPS:
        if step.version <= before:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return before, schema_version(conn)
