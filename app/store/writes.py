"""Writing server data into the cache: events one by one (ORM), snapshots in bulk (Core).

A :class:`WriteBatch` lives for one transaction on the store's worker thread. It records which
conversations and messages it touched, refreshes their full-text rows at the end (so search can
never disagree with the tables) and reports a :class:`~app.store.types.Change` for the views.
Customer text is sealed on the way in (:mod:`app.store.sealing`); the values compared to decide
what changed are plain.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from app.protocol.types import Conversation, CustomerSummary, Message
from app.store.cache import ConversationRecord, CustomerRecord, MessageRecord, OutboxRecord
from app.store.cache.crypto import CacheCipher
from app.store.cache.fts import DELETE_FTS_SQL, REFRESH_FTS_SQL
from app.store.rows import (
    conversation_values,
    customer_record_values,
    customer_values,
    message_values,
)
from app.store.sealing import allocate_ids, assign, cipher_of, seal_values
from app.store.types import Change, MessagesChange

_SEARCHED = ("customer_uid", "customer_name", "email_masked", "subject")


class WriteBatch:
    """Accumulates one transaction's writes; call :meth:`finish` before it commits."""

    def __init__(self, session: Session, me: str | None) -> None:
        self.session = session
        self.me = me
        self.inserted: set[int] = set()
        self.updated: set[int] = set()
        self.removed: set[int] = set()
        self._fts_dirty: set[int] = set()
        self._messages: defaultdict[int, set[int]] = defaultdict(set)

    @property
    def cipher(self) -> CacheCipher:
        """The store's cipher (:class:`~app.store.cache.crypto.CacheLocked` before it has a key)."""
        return cipher_of(self.session)

    # --- conversations ---------------------------------------------------------------------------
    def conversation(
        self, conv: Conversation, *, unread_delta: int | None = None, read: bool = False
    ) -> None:
        """Insert or update a conversation (and its last message, and its customer).

        Unread count: ``unread_delta`` new customer messages arrived (events); without it a
        conversation seen for the first time counts 1 if the customer had the last word.
        ``read`` (the agent answered it) sets it to 0.
        """
        if conv.last_message is not None:
            self.message(conv.last_message)
        self.customer(conv.customer, propagate=False)
        record = self.session.get(ConversationRecord, conv.id)
        if record is None:
            waiting_before = None
            first_seen = 1 if _from_customer(conv.last_message) else 0
            unread = first_seen if unread_delta is None else unread_delta
        else:
            waiting_before = record.waiting_since
            unread = record.unread_count + (unread_delta or 0)
        unread = 0 if read else unread
        values = conversation_values(conv, previous_waiting=waiting_before, unread_count=unread)
        if record is None:
            sealed = seal_values(self.cipher, ConversationRecord, conv.id, values)
            self.session.add(ConversationRecord(**sealed))
            self.inserted.add(conv.id)
            self._fts_dirty.add(conv.id)
            return
        if assign(record, self.cipher, conv.id, values) & set(_SEARCHED):
            self._fts_dirty.add(conv.id)
        if conv.id not in self.inserted:
            self.updated.add(conv.id)

    def remove_conversations(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        payload = {"ids": json.dumps(ids)}
        in_ids = text("SELECT value FROM json_each(:ids)").bindparams(**payload)
        self.session.execute(delete(ConversationRecord).where(ConversationRecord.id.in_(in_ids)))
        # keep replies still on their way: the outbox will mark them failed if refused
        self.session.execute(
            delete(MessageRecord).where(
                MessageRecord.conversation_id.in_(in_ids), MessageRecord.delivery_state == "sent"
            )
        )
        self.session.execute(text(DELETE_FTS_SQL), payload)
        self.removed.update(ids)

    def mention(self, conversation_id: int, at: datetime, *, unread: bool) -> None:
        """A mention of this agent in a conversation (its row must exist: the event carries it)."""
        record = self.session.get(ConversationRecord, conversation_id)
        if record is None:
            return
        if record.mentioned_at is None or at > record.mentioned_at:
            record.mentioned_at = at
        if unread:
            record.mention_unread = (record.mention_unread or 0) + 1
        if conversation_id not in self.inserted:
            self.updated.add(conversation_id)

    def set_mentions(self, conversation_id: int, latest: datetime, unread: int) -> None:
        """The server's account of this agent's mentions in a conversation (``mentions.list``)."""
        record = self.session.get(ConversationRecord, conversation_id)
        if record is None or (record.mentioned_at == latest and record.mention_unread == unread):
            return
        record.mentioned_at, record.mention_unread = latest, unread
        if conversation_id not in self.inserted:
            self.updated.add(conversation_id)

    def mentions_read(self, conversation_id: int) -> None:
        result = self.session.execute(
            update(ConversationRecord)
            .where(ConversationRecord.id == conversation_id, ConversationRecord.mention_unread != 0)
            .values(mention_unread=0)
        )
        if getattr(result, "rowcount", 0):
            self.updated.add(conversation_id)

    def mark_read(self, conversation_id: int) -> None:
        result = self.session.execute(
            update(ConversationRecord)
            .where(ConversationRecord.id == conversation_id, ConversationRecord.unread_count != 0)
            .values(unread_count=0)
        )
        if getattr(result, "rowcount", 0):
            self.updated.add(conversation_id)

    # --- customers -------------------------------------------------------------------------------
    def customer(self, summary: CustomerSummary, *, propagate: bool = True) -> None:
        values = customer_record_values(summary)
        record = self.session.get(CustomerRecord, summary.uid)
        if record is None:
            self.session.add(CustomerRecord(**seal_values(self.cipher, CustomerRecord, summary.uid, values)))
        else:
            assign(record, self.cipher, summary.uid, values)
        if not propagate:
            return
        ids = self.session.scalars(
            select(ConversationRecord.id).where(ConversationRecord.customer_uid == summary.uid)
        ).all()
        flattened = customer_values(summary)
        for conversation_id in ids:  # one row at a time: each row's values are sealed to that row
            self.session.execute(
                update(ConversationRecord)
                .where(ConversationRecord.id == conversation_id)
                .values(**seal_values(self.cipher, ConversationRecord, conversation_id, flattened))
            )
        if ids:
            self.updated.update(i for i in ids if i not in self.inserted)
            self._fts_dirty.update(ids)

    # --- messages --------------------------------------------------------------------------------
    def message(self, msg: Message) -> tuple[int, bool]:
        """Store a message the server has; returns (local id, whether it is new here).

        A reply of ours already in the cache (``sending`` or ``failed``) is found by its
        ``client_msg_id`` and becomes ``sent`` — the echo and the response may come in any order,
        and both only confirm the one row. Its outbox item is done too.
        """
        record = self.session.scalar(select(MessageRecord).where(MessageRecord.server_id == msg.id))
        if record is None and msg.client_msg_id:
            record = self.session.scalar(
                select(MessageRecord).where(
                    MessageRecord.conversation_id == msg.conversation_id,
                    MessageRecord.client_msg_id == msg.client_msg_id,
                )
            )
        values = message_values(msg)
        if record is not None and record.server_id not in (None, msg.id):
            # another message already carries this client_msg_id (a misbehaving peer): keep both,
            # rather than fail the event forever and stall the sync
            record, values["client_msg_id"] = None, None
        is_new = record is None
        if record is None:
            local_id = allocate_ids(self.session, MessageRecord)[0]
            sealed = seal_values(self.cipher, MessageRecord, local_id, values)
            record = MessageRecord(local_id=local_id, **sealed)
            self.session.add(record)
            self.session.flush()
            self._fts_dirty.add(msg.conversation_id)
        else:
            values.pop("client_msg_id")  # matched already; never re-key a stored row
            if "body" in assign(record, self.cipher, record.local_id, values):
                self._fts_dirty.add(msg.conversation_id)
        if msg.client_msg_id:
            self.session.execute(
                update(OutboxRecord)
                .where(
                    OutboxRecord.client_msg_id == msg.client_msg_id,
                    OutboxRecord.state.in_(("queued", "inflight")),
                )
                .values(state="delivered", last_error=None, last_error_message=None)
            )
        self._messages[msg.conversation_id].add(record.local_id)
        return record.local_id, is_new

    def newest_message_id(self, conversation_id: int) -> int | None:
        """The highest server id of a message of this conversation the cache holds (unread counting
        goes by it: a customer message above it is new here, one at or below it was seen)."""
        found = self.session.scalar(
            select(func.max(MessageRecord.server_id)).where(MessageRecord.conversation_id == conversation_id)
        )
        return int(found) if found is not None else None

    def known_conversation(self, conversation_id: int) -> bool:
        return self.session.get(ConversationRecord, conversation_id) is not None

    def touched_messages(self, conversation_id: int, local_id: int, *, search: bool = False) -> None:
        self._messages[conversation_id].add(local_id)
        if search:
            self._fts_dirty.add(conversation_id)

    # --- end -------------------------------------------------------------------------------------
    def finish(self) -> tuple[Change, list[MessagesChange]]:
        """Refresh the search rows of what changed; return what the views must redraw."""
        self.session.flush()
        dirty = sorted(self._fts_dirty - self.removed)
        if dirty:
            payload = {"ids": json.dumps(dirty)}
            self.session.execute(text(DELETE_FTS_SQL), payload)
            self.session.execute(text(REFRESH_FTS_SQL), payload)
        change = Change(
            inserted=frozenset(self.inserted - self.removed),
            updated=frozenset(self.updated - self.inserted - self.removed),
            removed=frozenset(self.removed - self.inserted),
        )
        messages = [
            MessagesChange(conversation_id=cid, local_ids=frozenset(ids))
            for cid, ids in sorted(self._messages.items())
        ]
        return change, messages


def _from_customer(msg: Message | None) -> bool:
    return msg is not None and msg.author_kind == "customer"
