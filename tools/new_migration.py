"""A new server schema revision: ``.venv/bin/python tools/new_migration.py revision -m "what changed"``.

``--autogenerate`` compares the models (``app/server/tables.py``) with a scratch SQLite database
brought to the current head and writes the difference as the new revision's operations (read it
and fix it: Alembic cannot see renames, and data needs hand-written steps). Check the result on
PostgreSQL too (``tests/server/test_migrations.py`` runs both)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from alembic import command

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.server import migrations
from app.server.db.engine import make_engine


def main() -> int:
    parser = argparse.ArgumentParser(prog="tools/new_migration.py")
    sub = parser.add_subparsers(dest="action", required=True)
    revision = sub.add_parser("revision", help="write a new revision after the head")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--autogenerate", action="store_true")
    args = parser.parse_args()
    from app.server.tables import METADATA  # the models, for the comparison

    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{Path(scratch) / 'head.sqlite3'}")
        migrations.upgrade(engine)
        with engine.connect() as conn:
            cfg = migrations.config(conn, METADATA)
            command.revision(cfg, message=args.message, autogenerate=args.autogenerate)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
