"""Alembic's environment: always run by :mod:`app.server.migrations` with an open connection
(``config.attributes["connection"]``); there is no alembic.ini and no URL in a file."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("metadata"),  # comparisons (tests) only
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
