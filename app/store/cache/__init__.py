"""The workstation's local cache as a SQLAlchemy 2.x ORM (SQLite in the user's data dir).

Only ``app/store`` uses these classes; the UI sees the store's plain dataclasses, never a row
(a row is bound to the store's worker thread). The schema is created and upgraded by
:mod:`app.store.cache.migrations`, not by ``metadata.create_all``, so an upgrade keeps an agent's data.
"""

from app.store.cache.columns import FAR_FUTURE, LateTimestamp, UtcTimestamp
from app.store.cache.schema import (
    Base,
    CannedReplyRecord,
    ConversationRecord,
    CustomerRecord,
    DraftRecord,
    KeyValue,
    MessageRecord,
    OutboxRecord,
)

__all__ = [
    "FAR_FUTURE",
    "Base",
    "CannedReplyRecord",
    "ConversationRecord",
    "CustomerRecord",
    "DraftRecord",
    "KeyValue",
    "LateTimestamp",
    "MessageRecord",
    "OutboxRecord",
    "UtcTimestamp",
]
