"""Replacing the cached inbox with a snapshot, in bulk (a snapshot may hold 100,000 rows).

Conversations the snapshot no longer has (closed to this agent, or gone) are removed with their
delivered messages, and customers left without a conversation with them; everything else is
upserted with executemany statements and the search index is rebuilt in one
``INSERT ... SELECT``. Local-only state survives: unread counts, the ``waiting_since`` already
known, drafts and the outbox. Every row's customer text is sealed to that row
(:mod:`app.store.sealing`); new messages get their local ids before they are written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.protocol.types import Conversation, Message
from app.store.cache import Base, ConversationRecord, CustomerRecord, MessageRecord
from app.store.cache.crypto import CacheCipher
from app.store.cache.fts import REBUILD_FTS_SQL
from app.store.rows import conversation_values, customer_record_values, message_values
from app.store.sealing import allocate_ids, seal_values, table_of
from app.store.writes import WriteBatch


def apply(batch: WriteBatch, conversations: Sequence[Conversation]) -> None:
    session = batch.session
    known = {
        row[0]: (row[1], row[2])
        for row in session.execute(
            select(ConversationRecord.id, ConversationRecord.waiting_since, ConversationRecord.unread_count)
        )
    }
    fresh = {conv.id: conv for conv in conversations}  # the last copy of a repeated id wins
    batch.remove_conversations(sorted(set(known) - set(fresh)))
    # the cache holds what the agent needs and no more: a customer none of whose conversations
    # the agent still sees leaves it too
    session.execute(text(
        "DELETE FROM customers WHERE uid NOT IN (SELECT value FROM json_each(:uids))"
    ).bindparams(uids=json.dumps(sorted({c.customer.uid for c in fresh.values()}))))
    if not fresh:
        return
    cipher = batch.cipher
    _upsert_messages(session, cipher, [c.last_message for c in fresh.values() if c.last_message is not None])
    rows = []
    for conv in fresh.values():
        waiting, unread = known.get(conv.id, (None, None))
        if unread is None:
            last = conv.last_message
            unread = 1 if last is not None and last.author_kind == "customer" else 0
        values = conversation_values(conv, previous_waiting=waiting, unread_count=unread)
        rows.append(seal_values(cipher, ConversationRecord, conv.id, values))
    _upsert(session, ConversationRecord, rows, key="id")
    customers = {c.customer.uid: customer_record_values(c.customer) for c in fresh.values()}
    _upsert(session, CustomerRecord, [seal_values(cipher, CustomerRecord, uid, values)
                                      for uid, values in customers.items()], key="uid")
    session.execute(text("DELETE FROM conversation_fts"))
    session.execute(text(REBUILD_FTS_SQL))
    if len(fresh) > 5000:  # merge the index's segments once: later searches read one b-tree
        session.execute(text("INSERT INTO conversation_fts (conversation_fts) VALUES ('optimize')"))
    batch.inserted.update(i for i in fresh if i not in known)
    batch.updated.update(i for i in fresh if i in known)


def _upsert(session: Session, model: type[Base], rows: list[dict[str, object]], *, key: str) -> None:
    if not rows:
        return
    # Core on the Table (not the ORM class): one executemany, not one statement per row
    stmt = insert(table_of(model))
    columns = [name for name in rows[0] if name != key]
    stmt = stmt.on_conflict_do_update(
        index_elements=[key], set_={name: stmt.excluded[name] for name in columns}
    )
    connection = session.connection()
    for start in range(0, len(rows), 5000):
        connection.execute(stmt, rows[start : start + 5000])


def _upsert_messages(session: Session, cipher: CacheCipher, messages: list[Message]) -> None:
    """The snapshot's last messages; a reply of ours matches by ``client_msg_id`` first."""
    ours = [m for m in messages if m.client_msg_id]
    for msg in ours:
        session.execute(
            update(MessageRecord)
            .where(
                MessageRecord.conversation_id == msg.conversation_id,
                MessageRecord.client_msg_id == msg.client_msg_id,
                MessageRecord.server_id.is_(None),
            )
            .values(server_id=msg.id, delivery_state="sent", failure_code=None, failure_reason=None)
        )
    taken = {
        (row.conversation_id, row.client_msg_id): row.server_id
        for row in session.execute(
            select(MessageRecord.conversation_id, MessageRecord.client_msg_id, MessageRecord.server_id)
            .where(MessageRecord.client_msg_id.in_({m.client_msg_id for m in ours}))
        )
    } if ours else {}
    unique = {m.id: m for m in messages}  # the last copy of a repeated id wins
    in_batch = text("SELECT value FROM json_each(:ids)").bindparams(ids=json.dumps(sorted(unique)))
    stored = select(MessageRecord.server_id, MessageRecord.local_id).where(
        MessageRecord.server_id.in_(in_batch))
    known: dict[int, int] = {
        server_id: local_id for server_id, local_id in session.execute(stored) if server_id is not None}
    fresh_ids = iter(allocate_ids(session, MessageRecord, sum(i not in known for i in unique)))
    rows = []
    for msg in unique.values():
        values = message_values(msg)
        if taken.get((msg.conversation_id, msg.client_msg_id), msg.id) != msg.id:
            values["client_msg_id"] = None  # another message holds that id: keep both, never fail
        local_id = known[msg.id] if msg.id in known else next(fresh_ids)
        rows.append({"local_id": local_id, **seal_values(cipher, MessageRecord, local_id, values)})
    _upsert(session, MessageRecord, rows, key="server_id")
