"""The local cache's API: everything the session writes and the UI reads, as async methods.

All SQL runs on the store's one worker thread (:class:`~app.store.worker.DbWorker`); the methods
here hand work over and return plain dataclasses. Change notices are emitted on the caller's
thread (the app's asyncio loop) after the transaction committed, so a view that re-queries in its
slot sees the new data.

Signals: :attr:`Store.rows_changed` (``Change``: which conversations were inserted, updated or
removed; ``reset`` after a snapshot), :attr:`Store.messages_changed` (``MessagesChange`` per
conversation), :attr:`Store.outbox_changed` (the number of replies still to deliver).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, select, table
from sqlalchemy.orm import Session

from app.models import CannedReplyRecord, ConversationRecord, DraftRecord, MessageRecord
from app.protocol.types import CannedReply, Conversation, Message
from app.store import events, inbox, kv, outbox_ops, snapshot
from app.store.observable import Signal
from app.store.rows import conversation_detail, message_view
from app.store.types import (
    Change,
    ConversationDetail,
    InboxPage,
    InboxQuery,
    MessagesChange,
    MessageView,
    OutboxItem,
    SyncState,
)
from app.store.worker import DbWorker
from app.store.writes import WriteBatch

T = TypeVar("T")
WIPED_ON_NEW_IDENTITY = ("conversations", "customers", "messages", "outbox", "drafts", "kv",
                         "conversation_fts", "canned_replies")


class Store:
    """Open with ``await Store.open(path)``; close with ``await store.close()``."""

    def __init__(self, worker: DbWorker) -> None:
        self._worker = worker
        self._me: str | None = None
        self.rows_changed: Signal[Change] = Signal("rows_changed")
        self.messages_changed: Signal[MessagesChange] = Signal("messages_changed")
        self.outbox_changed: Signal[int] = Signal("outbox_changed")
        self._hits = inbox.SearchHits()  # touched on the worker thread only

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating or upgrading) the cache file; in-flight replies are queued again.

        Raises :class:`~app.models.migrations.SchemaTooNew` for a cache written by a newer build
        (the file is left untouched) and ``sqlite3.DatabaseError`` for a damaged file.
        """
        worker = DbWorker(Path(path))
        try:
            await worker.open()
        except BaseException:
            await worker.close()
            raise
        store = cls(worker)
        store._me = (await store.sync_state()).username
        await store.run(lambda s: (outbox_ops.requeue_inflight(s), outbox_ops.prune_delivered(s)))
        return store

    @property
    def path(self) -> Path:
        return self._worker.path

    @property
    def upgraded_from(self) -> int | None:
        """The schema version the file had when opened (0: it was created now)."""
        return self._worker.upgraded_from

    async def close(self) -> None:
        await self._worker.close()

    async def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` in one transaction on the store's thread (it may write)."""

        def work(session: Session) -> T:
            self._hits.invalidate()
            return fn(session)

        return await self._worker.run(work)

    async def _read(self, fn: Callable[[Session], T]) -> T:
        return await self._worker.run(fn)

    async def _write(self, fn: Callable[[WriteBatch], T], *, reset: bool = False) -> tuple[T, Change]:
        """A write transaction whose change notices are emitted after it committed."""

        def work(session: Session) -> tuple[T, Change, list[MessagesChange], int]:
            self._hits.invalidate()
            batch = WriteBatch(session, self._me)
            result = fn(batch)
            change, messages = batch.finish()
            return result, change, messages, outbox_ops.pending_count(session)

        result, change, messages, pending = await self._worker.run(work)
        if reset:
            change = Change(change.inserted, change.updated, change.removed, reset=True)
        if change:
            self.rows_changed.emit(change)
        if not reset:
            for message_change in messages:
                self.messages_changed.emit(message_change)
        self.outbox_changed.emit(pending)
        return result, change

    # --- identity and sync state ----------------------------------------------------------------
    async def sync_state(self) -> SyncState:
        return await self._read(kv.sync_state)

    async def bind_identity(self, server_url: str, username: str) -> bool:
        """Mark whose cache this is. A cache of another server or agent is wiped (``True``).

        One agent must never see another's cached conversations or send their queued replies.
        """

        def work(session: Session) -> bool:
            state = kv.sync_state(session)
            other = (state.server_url, state.username) not in ((None, None), (server_url, username))
            if other:
                for name in WIPED_ON_NEW_IDENTITY:
                    session.execute(delete(table(name)))
            kv.put(session, kv.SERVER_URL, server_url)
            kv.put(session, kv.USERNAME, username)
            return other

        wiped = await self.run(work)
        self._me = username
        if wiped:
            self.rows_changed.emit(Change(reset=True))
            self.outbox_changed.emit(0)
        return wiped

    # --- server data ----------------------------------------------------------------------------
    async def apply_snapshot(self, conversations: Sequence[Conversation], head: int) -> Change:
        """Replace the cached inbox with the server's; events after ``head`` follow by sync."""

        def work(batch: WriteBatch) -> None:
            snapshot.apply(batch, conversations)
            kv.put(batch.session, kv.LAST_SEQ, str(head))
            kv.put(batch.session, kv.SNAPSHOT_TAKEN, "1")

        return (await self._write(work, reset=True))[1]

    async def apply_event(self, seq: int, name: str, payload: Any) -> Change:
        """Apply one event (``payload`` decoded by the codec; ``None`` if unknown). Idempotent:
        a ``seq`` at or below the last applied one changes nothing and returns an empty Change."""
        return await self.apply_events([(seq, name, payload)])

    async def apply_events(self, batch_events: Sequence[tuple[int, str, Any]]) -> Change:
        """Apply events in order, in one transaction (a sync replay); duplicates are skipped."""

        def work(batch: WriteBatch) -> None:
            last = kv.last_seq(batch.session)
            for seq, name, payload in batch_events:
                if seq <= last:
                    continue
                events.apply(batch, name, payload)
                last = seq
            kv.put(batch.session, kv.LAST_SEQ, str(last))

        return (await self._write(work))[1]

    async def upsert_messages(self, messages: Sequence[Message]) -> None:
        """Messages fetched with ``conversation.messages`` (history; no unread counting)."""
        await self._write(lambda batch: [batch.message(m) for m in messages])

    async def mark_read(self, conversation_id: int) -> None:
        await self._write(lambda batch: batch.mark_read(conversation_id))

    # --- reads ----------------------------------------------------------------------------------
    async def query_inbox(self, query: InboxQuery, offset: int = 0, limit: int = 50) -> InboxPage:
        """One page of a view, in urgency order, and the view's total."""
        return await self._read(lambda s: inbox.page(s, query, offset, limit, self._hits))

    async def count(self, query: InboxQuery) -> int:
        return await self._read(lambda s: inbox.count(s, query, self._hits))

    async def position(self, query: InboxQuery, conversation_id: int) -> int | None:
        """The row number of a conversation in a view (to keep a selection in sight)."""
        return await self._read(lambda s: inbox.position(s, query, conversation_id, self._hits))

    async def explain(self, query: InboxQuery) -> list[str]:
        """SQLite's plan for a view's first page (benchmark and tests check the indexes)."""
        return await self._read(lambda s: inbox.explain(s, query, self._hits))

    async def get_conversation(self, conversation_id: int) -> ConversationDetail | None:
        def work(session: Session) -> ConversationDetail | None:
            record = session.get(ConversationRecord, conversation_id)
            return None if record is None else conversation_detail(record)

        return await self._read(work)

    async def messages(self, conversation_id: int) -> list[MessageView]:
        """Oldest first; replies not yet delivered (no server id) after the delivered ones."""

        def work(session: Session) -> list[MessageView]:
            records = session.scalars(
                select(MessageRecord)
                .where(MessageRecord.conversation_id == conversation_id)
                .order_by(MessageRecord.server_id.is_(None), MessageRecord.server_id, MessageRecord.local_id)
            )
            return [message_view(r) for r in records]

        return await self._read(work)

    # --- canned replies and drafts --------------------------------------------------------------
    async def canned_replies(self) -> list[CannedReply]:
        def work(session: Session) -> list[CannedReply]:
            records = session.scalars(select(CannedReplyRecord).order_by(CannedReplyRecord.position))
            return [
                CannedReply(id=r.id, key=r.key, category=r.category, shortcut=r.shortcut,
                            titles=dict(r.titles), bodies=dict(r.bodies), variables=list(r.variables))
                for r in records
            ]

        return await self._read(work)

    async def put_canned_replies(self, replies: Sequence[CannedReply]) -> None:
        def work(session: Session) -> None:
            session.execute(delete(CannedReplyRecord))
            session.add_all(
                CannedReplyRecord(id=r.id, key=r.key, category=r.category, shortcut=r.shortcut,
                                  titles=dict(r.titles), bodies=dict(r.bodies),
                                  variables=list(r.variables), position=i)
                for i, r in enumerate(replies)
            )

        await self.run(work)

    async def get_draft(self, conversation_id: int) -> str:
        def work(session: Session) -> str:
            record = session.get(DraftRecord, conversation_id)
            return "" if record is None else record.body

        return await self._read(work)

    async def put_draft(self, conversation_id: int, body: str) -> None:
        """Keep the composer's text; an empty (or blank) draft is deleted."""

        def work(session: Session) -> None:
            record = session.get(DraftRecord, conversation_id)
            if not body.strip():
                if record is not None:
                    session.delete(record)
            elif record is None:
                session.add(DraftRecord(conversation_id=conversation_id, body=body, updated_at=time.time()))
            else:
                record.body, record.updated_at = body, time.time()

        await self.run(work)

    # --- outbox ---------------------------------------------------------------------------------
    async def enqueue_message(
        self, conversation_id: int, body: str, *, internal: bool, client_msg_id: str, author: str,
        author_name: str,
    ) -> OutboxItem:
        """Write a reply locally (shown as ``sending``) and queue it for delivery, atomically."""
        item, _ = await self._write(lambda batch: outbox_ops.enqueue(
            batch, conversation_id=conversation_id, body=body, internal=internal,
            client_msg_id=client_msg_id, author=author, author_name=author_name))
        return item

    async def outbox_next(self) -> OutboxItem | None:
        return await self._read(outbox_ops.next_queued)

    async def outbox_items(self, *states: str) -> list[OutboxItem]:
        return await self._read(lambda s: outbox_ops.items(s, states or ("queued", "inflight", "failed")))

    async def outbox_pending(self) -> int:
        return await self._read(outbox_ops.pending_count)

    async def outbox_mark_inflight(self, outbox_id: int) -> bool:
        return await self.run(lambda s: outbox_ops.mark_inflight(s, outbox_id))

    async def outbox_mark_delivered(self, outbox_id: int, message: Message) -> None:
        await self._write(lambda batch: outbox_ops.mark_delivered(batch, outbox_id, message))

    async def outbox_mark_failed(self, outbox_id: int, code: str, reason: str) -> None:
        await self._write(lambda batch: outbox_ops.mark_failed(batch, outbox_id, code, reason))

    async def outbox_mark_retry(
        self, outbox_id: int, code: str, reason: str, *, count_attempt: bool
    ) -> None:
        await self.run(
            lambda s: outbox_ops.mark_retry(s, outbox_id, code, reason, count_attempt=count_attempt)
        )

    async def outbox_retry_failed(self, message_local_id: int) -> bool:
        return (await self._write(lambda batch: outbox_ops.retry_failed(batch, message_local_id)))[0]
