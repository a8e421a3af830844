"""The dialect's own INSERT, the one with ``ON CONFLICT`` (PostgreSQL's or SQLite's).

The two dialects spell an upsert alike but in different classes; picking the class in one place
keeps the callers free of per-dialect imports and keeps their types known.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert(session: Session, entity: Any) -> postgresql.Insert | sqlite.Insert:
    """``INSERT INTO entity`` for the session's database, with ``on_conflict_do_*`` available."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(entity)
    return sqlite.insert(entity)
