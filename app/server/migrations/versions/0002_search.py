"""Search over message text (issue 15): substring and prefix matching, Chinese included.

SQLite: an FTS5 table with the trigram tokenizer (SQLite 3.34+) over ``messages.body``. Indexing a
short message costs FTS5 some 100+ µs, as much as the whole rest of a message's write, so new
messages are indexed off the hot path, in chunks, by ``app/server/search/index.py`` (search scans
the short tail not indexed yet); triggers keep indexed rows right when they change. PostgreSQL: the
``pg_trgm`` extension (trusted: a database owner may create it) and a GIN trigram index on
``messages.body`` (``ILIKE '%…%'`` uses it for three characters and more). Existing messages are
indexed here.

Revision ID: 0002_search
Revises: 0001_baseline
"""

from __future__ import annotations

from alembic import op

revision = "0002_search"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


WATERMARK = "search_index_watermark"  # messages with an id up to this are in messages_fts (SQLite)
_INDEXED = f"CAST(coalesce((SELECT value FROM settings WHERE key = '{WATERMARK}'), '0') AS INTEGER)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5("
            "body, content='messages', content_rowid='id', tokenize='trigram')"
        )
        # New messages are indexed off the hot path (app/server/search/index.py); a message already
        # indexed that changes (a redaction) or goes is updated here, so the index never holds text
        # a message no longer has.
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages "
            f"WHEN old.id <= {_INDEXED} BEGIN "
            "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body); END"
        )
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF body ON messages "
            f"WHEN old.id <= {_INDEXED} BEGIN "
            "INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body); "
            "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END"
        )
        op.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")  # what is there now
        op.execute(
            f"INSERT OR REPLACE INTO settings (key, value) "
            f"SELECT '{WATERMARK}', CAST(coalesce(max(id), 0) AS TEXT) FROM messages"
        )
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_messages_body_trgm ON messages USING gin (body gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DELETE FROM settings WHERE key = '{WATERMARK}'")
        for trigger in ("messages_fts_delete", "messages_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS messages_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_messages_body_trgm")
