"""PostgreSQL full-text search over message text (issue 15): a GIN index on
``to_tsvector('simple', body)``, so a query of whole words finds a message holding them anywhere
(not only side by side, as ``ILIKE`` through the trigram index of ``0002_search`` needs) and can
be ranked (``app/server/search/repo.py``).

An expression index, not a new column: a message's write stays as it is. The ``simple``
configuration (lower-case, no stemming, no stop words) because agents search UIDs, order ids,
English and Chinese, and no language's stemmer fits all of them. A plain ``CREATE INDEX`` (Alembic
runs in a transaction, where ``CONCURRENTLY`` is not allowed): it locks writes to ``messages`` while
it builds. SQLite: nothing (its FTS5 trigram table of ``0002_search`` stays the text index).

Revision ID: 0005_search_fulltext
Revises: 0004_supervisor4
"""

from __future__ import annotations

from alembic import op

revision = "0005_search_fulltext"
down_revision = "0004_supervisor4"
branch_labels = None
depends_on = None

INDEX = "ix_messages_body_fts"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON messages USING gin (to_tsvector('simple', body))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
