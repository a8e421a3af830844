"""The blind full-text index (schema v3): one FTS5 row per conversation, keyed hashes only.

There is one row per conversation (rowid = conversation id) holding the tokens of the customer's
UID, masked name and email, the subject and every cached message body, so a match *is* a
conversation id, with no join. The row is rebuilt from the tables in SQL — the sealed columns are
opened with ``ad_open`` and hashed with ``ad_blind``, functions the store registers on its own
connection with its own key — whenever a write touches the conversation, so the index cannot
drift from the tables. No plain word is ever written to it.

The SQL is generated from the ORM columns' :class:`~app.store.cache.columns.EncryptedText` labels, so
the index opens values with exactly the associated data they were sealed with.
"""

from __future__ import annotations

from sqlalchemy.orm import InstrumentedAttribute

from app.store.cache.columns import EncryptedText
from app.store.cache.schema import ConversationRecord, MessageRecord

#: hash tokens are ``[a-z2-7]``: the ASCII tokenizer is all it takes; ``columnsize=0`` because
#: nothing is ranked; ``detail`` stays full (positions) so Chinese phrases still match.
CREATE_FTS_SQL = (
    "CREATE VIRTUAL TABLE conversation_fts USING fts5 "
    "(uid, name, email, subject, body, tokenize = 'ascii', columnsize = 0)"
)


def opened(attribute: InstrumentedAttribute[str] | InstrumentedAttribute[str | None], alias: str) -> str:
    """SQL for the plain text of a sealed column of the row aliased ``alias``."""
    column = attribute.property.columns[0]
    sealed = column.type
    assert isinstance(sealed, EncryptedText), column
    return f"ad_open('{sealed.label}', {alias}.{sealed.key}, {alias}.{column.name})"


C, M = ConversationRecord, MessageRecord
_DOC_SELECT = f"""
SELECT c.id, ad_blind(c.customer_uid), ad_blind({opened(C.customer_name, "c")}),
       ad_blind({opened(C.email_masked, "c")}), ad_blind({opened(C.subject, "c")}),
       (SELECT group_concat(ad_blind({opened(M.body, "m")}), ' ') FROM messages AS m
         WHERE m.conversation_id = c.id)
FROM conversations AS c"""
_DOC_COLUMNS = "conversation_fts (rowid, uid, name, email, subject, body)"

#: Rebuild every conversation's search row (snapshot, migration, unlock).
REBUILD_FTS_SQL = f"INSERT INTO {_DOC_COLUMNS} {_DOC_SELECT}"
#: Drop the search rows of the conversations in the JSON array ``:ids``.
DELETE_FTS_SQL = "DELETE FROM conversation_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"
#: Write the search rows of the conversations in ``:ids`` again (after DELETE_FTS_SQL).
REFRESH_FTS_SQL = (
    f"INSERT INTO {_DOC_COLUMNS} {_DOC_SELECT} WHERE c.id IN (SELECT value FROM json_each(:ids))"
)
