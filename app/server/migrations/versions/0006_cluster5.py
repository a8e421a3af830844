"""Search's customer lookups through indexes on PostgreSQL (issue 15: search over 1M messages).

``search/repo.py`` matches customers by a prefix of the UID, the e-mail, an order id or a tx hash
(``LIKE 'q%'``, lower-cased except the UID) and by a part of the real name (``LIKE '%q%'``). The
database's collation is the server's locale (``C.UTF-8``, ``en_US.UTF-8``…), where a plain B-tree
cannot answer ``LIKE 'q%'``: every search read every customer, order and transfer (a seq scan per
lookup, five per search). ``text_pattern_ops`` B-trees on the expressions the queries write answer
prefixes in any locale; a trigram GIN index on ``lower(name)`` answers "inside the name" (three
characters and more; Chinese too). Expression indexes, not columns: writes stay as they are.
SQLite: nothing (a few thousand customers per desk database; its LIKE is case-blind already).

Revision ID: 0006_cluster5
Revises: 0005_search_fulltext
"""

from __future__ import annotations

from alembic import op

revision = "0006_cluster5"
down_revision = "0005_search_fulltext"
branch_labels = None
depends_on = None

#: (name, table, what): the indexes this revision makes on PostgreSQL
INDEXES = (
    ("ix_customers_uid_prefix", "customers", "(uid text_pattern_ops)"),
    ("ix_customers_email_prefix", "customers", "(lower(email) text_pattern_ops)"),
    ("ix_customers_name_trgm", "customers", "USING gin (lower(name) gin_trgm_ops)"),
    ("ix_orders_order_id_prefix", "orders", "(lower(order_id) text_pattern_ops)"),
    ("ix_transfers_tx_hash_prefix", "transfers", "(lower(tx_hash) text_pattern_ops)"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # 0002 made it; a restored dump may not
        for name, table, what in INDEXES:
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {what}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _table, _what in reversed(INDEXES):
            op.execute(f"DROP INDEX IF EXISTS {name}")
