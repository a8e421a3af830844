"""SQLite's message index, kept off the hot path: every ``search_index_interval`` seconds the writer
indexes up to ``CHUNK`` new messages into ``messages_fts`` (migration ``0002_search``) and moves the
watermark. Search reads the index up to the watermark and scans the (short) tail after it, so a
message is found from the moment it is committed. PostgreSQL indexes in the insert itself (a GIN
trigram index): nothing to do there, and the server does not schedule the job (``needed``): four
empty writer transactions a second per node, each taking the event log's lock that every node's
writer shares (issue 15's cross-node latency)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import Message, Setting

WATERMARK = "search_index_watermark"
CHUNK = 200  # ~20-40 ms of FTS5 work: a group commit waits at most that long behind it


def needed(dialect: str) -> bool:
    """Whether a database of this dialect has an index for the periodic job to keep (SQLite)."""
    return dialect == "sqlite"


def indexed_up_to(session: Session) -> int:
    row = session.get(Setting, WATERMARK)
    return int(row.value) if row is not None else 0


def index_new_messages(session: Session, _now: datetime) -> int:
    """Index the next chunk of messages (SQLite); how many."""
    if session.get_bind().dialect.name != "sqlite":
        return 0
    mark = session.get(Setting, WATERMARK)
    if mark is None:  # a database whose migration did not run here: nothing to index into
        return 0
    rows = session.execute(
        sa.select(Message.id, Message.body)
        .where(Message.id > int(mark.value))
        .order_by(Message.id)
        .limit(CHUNK)
    ).all()
    if not rows:
        return 0
    session.execute(
        sa.text("INSERT INTO messages_fts(rowid, body) VALUES (:id, :body)"),
        [{"id": i, "body": body} for i, body in rows],
    )
    mark.value = str(rows[-1][0])
    return len(rows)
