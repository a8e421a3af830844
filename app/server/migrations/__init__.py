"""The server schema's migrations (Alembic), and the check a server makes before it opens a database.

- A new, empty database is created by running every migration (several nodes starting together on
  one empty PostgreSQL take turns: an advisory lock).
- A database at this build's head revision is used as is.
- Anything else is refused with a message that says what to do: an older revision or a database
  made before migrations existed (``agentdesk-server db upgrade --db URL``), or a revision this
  build does not know (made by a newer build: run that build, or restore a backup).

``agentdesk-server db upgrade`` runs :func:`upgrade`; ``db current`` prints :func:`status`.
A new revision: ``.venv/bin/python tools/new_migration.py revision -m "what"`` writes one
compared with the models (``--autogenerate``); docs/server.md "Schema migrations".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent
MIGRATION_LOCK_KEY = 0x41_44_4D_47  # "ADMG": one node at a time creates or upgrades the schema
_KNOWN_TABLES = ("agents", "conversations", "events", "settings")  # a database made by AgentDesk


class SchemaError(RuntimeError):
    """The database's schema is not the one this build runs on; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Status:
    current: str | None  # the database's revision (None: none recorded)
    head: str  # this build's
    empty: bool  # no AgentDesk table at all
    known: bool  # ``current`` is one of this build's revisions

    @property
    def ok(self) -> bool:
        return self.current == self.head


def config(connection: Connection | None = None, metadata: sa.MetaData | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    if metadata is not None:
        cfg.attributes["metadata"] = metadata
    return cfg


def head() -> str:
    found = ScriptDirectory.from_config(config()).get_current_head()
    assert found is not None
    return found


def _status(conn: Connection) -> Status:
    current = MigrationContext.configure(conn).get_current_revision()
    tables = set(sa.inspect(conn).get_table_names())
    known = current is not None and _is_known(current)
    return Status(current, head(), empty=not (tables & set(_KNOWN_TABLES)), known=known)


def _is_known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:
        return False


def status(engine: Engine) -> Status:
    with engine.connect() as conn:
        return _status(conn)


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """A connection holding the migration lock (PostgreSQL: a session advisory lock; SQLite: the
    write lock is taken by the migration's own transaction)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            conn.commit()
        try:
            yield conn
        finally:
            if conn.dialect.name == "postgresql":
                conn.rollback()
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                conn.commit()


def upgrade(engine: Engine, target: str = "head") -> tuple[str | None, str]:
    """Bring the database to ``target`` (this build's head); (revision before, revision after)."""
    with _locked(engine) as conn:
        before = _status(conn)
        if before.current is not None and not before.known:
            raise SchemaError(_unknown(before))
        _run(conn, "upgrade", target)
        return before.current, _status(conn).current or ""


def _run(conn: Connection, action: str, *args: Any) -> None:
    cfg = config(conn)
    getattr(command, action)(cfg, *args)
    if conn.in_transaction():
        conn.commit()


def prepare(engine: Engine) -> Status:
    """What a server does before it opens a database: create an empty one; accept one at head;
    refuse anything else with :class:`SchemaError`."""
    with _locked(engine) as conn:
        found = _status(conn)
        if found.ok:
            return found
        if found.empty and found.current is None:
            _run(conn, "upgrade", "head")
            return _status(conn)
    if found.current is None:
        raise SchemaError(
            "this database was made by an AgentDesk server from before schema migrations; "
            "upgrade it first: agentdesk-server db upgrade --db URL (back it up before)"
        )
    if not found.known:
        raise SchemaError(_unknown(found))
    raise SchemaError(
        f"this database's schema is at revision {found.current}; this server needs {found.head}: "
        "run agentdesk-server db upgrade --db URL (back it up before)"
    )


def _unknown(found: Status) -> str:
    return (
        f"this database's schema revision {found.current} is unknown to this server (its newest is "
        f"{found.head}): it was probably made by a newer build; run that build, or restore a backup"
    )
