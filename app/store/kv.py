"""The cache's small key/value table: whose cache this is and how far it has synced."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.cache import KeyValue
from app.store.types import SyncState

SERVER_URL = "server_url"
USERNAME = "username"
LAST_SEQ = "last_applied_seq"
SNAPSHOT_TAKEN = "snapshot_taken"


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(KeyValue.value).where(KeyValue.key == key))


def put(session: Session, key: str, value: str | None) -> None:
    record = session.get(KeyValue, key)
    if value is None:
        if record is not None:
            session.delete(record)
    elif record is None:
        session.add(KeyValue(key=key, value=value))
    else:
        record.value = value


def last_seq(session: Session) -> int:
    return int(get(session, LAST_SEQ) or 0)


def sync_state(session: Session) -> SyncState:
    values = {key: value for key, value in session.execute(select(KeyValue.key, KeyValue.value))}
    return SyncState(
        server_url=values.get(SERVER_URL),
        username=values.get(USERNAME),
        last_applied_seq=int(values.get(LAST_SEQ) or 0),
        snapshot_taken=values.get(SNAPSHOT_TAKEN) == "1",
    )
