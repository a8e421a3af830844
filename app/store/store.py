"""The local cache's API: everything the session writes and the UI reads, as async methods.

All SQL runs on the store's one worker thread (:class:`~app.store.worker.DbWorker`); the methods
here hand work over and return plain dataclasses. Change notices are emitted on the caller's
thread (the app's asyncio loop) after the transaction committed, so a view that re-queries in its
slot sees the new data.

Signals: :attr:`Store.rows_changed` (``Change``: which conversations were inserted, updated or
removed; ``reset`` after a snapshot), :attr:`Store.messages_changed` (``MessagesChange`` per
conversation), :attr:`Store.outbox_changed` (the number of replies still to deliver),
:attr:`Store.wiped` (the cached data is gone: a reason code, see :meth:`Store.wipe`).

Customer text in the file is sealed with a key from the OS keyring (:mod:`app.store.cache.crypto`).
A store opens *locked*; :meth:`Store.unlock` (or ``Store.open(path, key=...)``) gives it its key —
the session does this with the key kept for its server and agent. Until then the sync state
and the outbox's counts work, reads of customer text answer empty (a locked cache has nothing
to show) and writing customer text raises :class:`~app.store.cache.crypto.CacheLocked`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import msgspec
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.protocol.frames import ConversationSummary
from app.protocol.registry import ServerEvent
from app.protocol.routing import Mention
from app.protocol.types import Attachment, CannedReply, Conversation, Message
from app.store import events, file_cache, inbox, keycheck, kv, outbox_ops, snapshot, thread
from app.store.cache import CannedReplyRecord, ConversationRecord, DraftRecord, MessageRecord
from app.store.cache.crypto import CacheKey, UnreadableCache
from app.store.keycheck import HeldWork, Unlocked
from app.store.observable import Signal
from app.store.rows import conversation_detail, message_view
from app.store.sealing import cipher_of, seal_values
from app.store.thread import ThreadSlice
from app.store.types import (
    Change,
    ConversationDetail,
    InboxPage,
    InboxQuery,
    MessagesChange,
    MessageView,
    OutboxItem,
    SyncState,
    View,
)
from app.store.worker import DbWorker
from app.store.writes import WriteBatch

T = TypeVar("T")
WIPED_ON_NEW_IDENTITY = keycheck.DATA_TABLES  # and the sync state (the key check stays)


class Store:
    """Open with ``await Store.open(path)``; close with ``await store.close()``."""

    def __init__(self, worker: DbWorker) -> None:
        self._worker = worker
        self._me: str | None = None
        self.rows_changed: Signal[Change] = Signal("rows_changed")
        self.messages_changed: Signal[MessagesChange] = Signal("messages_changed")
        self.outbox_changed: Signal[int] = Signal("outbox_changed")
        #: the cached data is gone: ``key_changed`` (the cache did not open with the key it was
        #: given), ``unreadable`` (a value failed to authenticate), ``wiped`` (:meth:`wipe`)
        self.wiped: Signal[str] = Signal("wiped")
        self._hits = inbox.SearchHits()  # touched on the worker thread only
        self._run_key_allowed = True  # until a key is given or the cache wiped (keycheck.adopt_run_key)

    def __repr__(self) -> str:
        return f"Store({self.path.name!r}, locked={self.locked})"

    @classmethod
    async def open(cls, path: str | Path, *, key: CacheKey | None = None) -> Store:
        """Open (creating or upgrading) the cache file; in-flight replies are queued again.

        With ``key`` the store is unlocked at once (see :meth:`unlock`); without, it opens locked
        and the session unlocks it with the key from the keyring. Raises
        :class:`~app.store.cache.migrations.SchemaTooNew` for a cache written by a newer build (the
        file is left untouched) and ``sqlite3.DatabaseError`` for a damaged file.
        """
        worker = DbWorker(Path(path))
        try:
            await worker.open()
        except BaseException:
            await worker.close()
            raise
        store = cls(worker)
        store._me = (await store.sync_state()).username
        await worker.run(outbox_ops.tidy_on_open)
        if key is not None:
            await store.unlock(key)
        return store

    # --- the key ----------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """``True`` until the store has a key (customer text cannot be read or written)."""
        return self._worker.functions.cipher is None

    async def unlock(self, key: CacheKey, *, key_in_keyring: bool = True) -> Unlocked:
        """Give the store its key; returns what that meant (:class:`~app.store.keycheck.Unlocked`).

        ``wiped``: the cache did not open with this key and was emptied (``wiped`` is emitted
        with ``key_changed``; the session takes a new snapshot). ``sealed``: a plain-text cache
        of schema v2 was sealed in place with this key. Giving the key it already has is cheap.
        ``key_in_keyring``: whether the key is kept in the OS keyring (``False``: memory only,
        this run) — recorded so that :meth:`held_work` can tell a later run whether to wait.
        """
        self._hits.invalidate()
        self._run_key_allowed = False
        result = await self._worker.call(keycheck.unlock, self._worker, key, key_in_keyring)
        if result is Unlocked.WIPED:
            self._announce_wipe("key_changed")
        elif result is Unlocked.SEALED:
            self.rows_changed.emit(Change(reset=True))
        return result

    async def held_work(self) -> HeldWork:
        """Unsent replies and drafts, and whether the key should be in the keyring — answered
        while locked, so the session can decide to wait for the keyring rather than start anew."""
        return await self._read(keycheck.held_work)

    async def wipe(self) -> None:
        """Delete the cache: every row, and the file with its ``-wal`` and ``-shm``; forget the key.

        For signing out with "remove this computer's copy of customer data". The store stays
        usable: its next use starts a new, empty, locked cache file (a session unlocks it with a
        new key at the next sign-in). Replies still in the outbox are deleted with it.
        """
        self._hits.invalidate()
        self._run_key_allowed = False
        await self._worker.call(self._worker.wipe_files)
        await self._worker.call(file_cache.remove_all, file_cache.folder_of(self._worker.path))
        self._me = None
        self._announce_wipe("wiped")

    def _announce_wipe(self, reason: str) -> None:
        self.rows_changed.emit(Change(reset=True))
        self.outbox_changed.emit(0)
        self.wiped.emit(reason)

    async def _guarded(
        self, fn: Callable[[Session], T], *, writes: bool = False, read_only: bool = False
    ) -> T:
        """Run ``fn``; a sealed value that fails to authenticate (tampering, a damaged page)
        empties the cache — it is rebuilt from the server — and the error is raised. ``writes``:
        ``fn`` may write customer text (a locked store may need a run key); ``read_only``: it
        writes nothing at all (a wiped store answers it without creating its file again)."""
        if writes and self._run_key_allowed and self.locked:
            self._run_key_allowed = False
            await self._worker.call(keycheck.adopt_run_key, self._worker)
        try:
            return await self._worker.run(fn, writes=not read_only)
        except UnreadableCache:
            self._hits.invalidate()
            await self._worker.run(keycheck.wipe_data)
            self._announce_wipe("unreadable")
            raise

    @property
    def path(self) -> Path:
        return self._worker.path

    @property
    def upgraded_from(self) -> int | None:
        """The schema version the file had when opened (0: it was created now)."""
        return self._worker.upgraded_from

    async def close(self) -> None:
        await self._worker.close()

    async def run(self, fn: Callable[[Session], T], *, sealed: bool = True) -> T:
        """Run ``fn(session)`` in one transaction on the store's thread (it may write; ``sealed``:
        it may write customer text, so a store without a key may need one for this run)."""

        def work(session: Session) -> T:
            self._hits.invalidate()
            return fn(session)

        return await self._guarded(work, writes=sealed)

    async def _read(self, fn: Callable[[Session], T]) -> T:
        return await self._guarded(fn, read_only=True)

    async def _sealed_read(self, fn: Callable[[Session], T], locked: T) -> T:
        """A read of customer text: a locked store (no key yet, or just wiped) has none to show,
        so it answers ``locked`` (an empty page, no conversation) instead of failing."""
        if self.locked:
            return locked
        return await self._guarded(fn, read_only=True)

    async def _write(self, fn: Callable[[WriteBatch], T], *, reset: bool = False) -> tuple[T, Change]:
        """A write transaction whose change notices are emitted after it committed."""

        def work(session: Session) -> tuple[T, Change, list[MessagesChange], int]:
            self._hits.invalidate()
            batch = WriteBatch(session, self._me)
            result = fn(batch)
            change, messages = batch.finish()
            return result, change, messages, outbox_ops.pending_count(session)

        result, change, messages, pending = await self._guarded(work, writes=True)
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
                keycheck.wipe_data(session, keep_identity=False)
            kv.put(session, kv.SERVER_URL, server_url)
            kv.put(session, kv.USERNAME, username)
            return other

        wiped = await self.run(work, sealed=False)  # identity only: no key needed
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

    async def apply_event(self, seq: int, event: ServerEvent | None) -> Change:
        """Apply one event (decoded by the codec; ``None``: a name this build does not know, which
        only advances the seq). Idempotent: a ``seq`` at or below the last
        applied one changes nothing and returns an empty Change."""
        return await self.apply_events([(seq, event)])

    async def apply_events(
        self, batch_events: Sequence[tuple[int, ServerEvent | None]], *, resume: bool = True
    ) -> Change:
        """Apply events in order, in one transaction (a sync replay); duplicates are skipped.

        ``resume=False``: an event of an open conversation while the session takes inbox
        summaries — applied, but the seq the next ``sync`` starts from stays where the last summary
        left it (the changes before it to other conversations may still be on their way)."""

        def work(batch: WriteBatch) -> None:
            last = start = kv.last_seq(batch.session)
            for seq, event in batch_events:
                if seq <= last:
                    continue
                events.apply(batch, event)
                last = seq
            if resume and last != start:
                kv.put(batch.session, kv.LAST_SEQ, str(last))

        return (await self._write(work))[1]

    async def apply_summary(
        self, head: int, entries: Sequence[ConversationSummary]
    ) -> list[events.SummaryApplied]:
        """A ``summary`` frame: each conversation's latest state; then the next ``sync`` starts at
        ``head``. A summary at or below the seq already applied changes nothing."""

        def work(batch: WriteBatch) -> list[events.SummaryApplied]:
            if head <= kv.last_seq(batch.session):
                return []
            applied = [events.apply_summary(batch, entry) for entry in entries]
            kv.put(batch.session, kv.LAST_SEQ, str(head))
            return applied

        return (await self._write(work))[0]

    async def upsert_messages(self, messages: Sequence[Message]) -> None:
        """Messages fetched with ``conversation.messages`` (history; no unread counting)."""
        await self._write(lambda batch: [batch.message(m) for m in messages])

    async def mark_read(self, conversation_id: int) -> None:
        await self._write(lambda batch: batch.mark_read(conversation_id))

    async def apply_mentions(self, mentions: Sequence[Mention]) -> None:
        """The server's list of this agent's mentions (``mentions.list``: after a snapshot, events
        from before it are not replayed). Sets each listed conversation's latest mention and
        unread count; conversations not in the cache are skipped."""

        def work(batch: WriteBatch) -> None:
            latest: dict[int, Mention] = {}
            unread: dict[int, int] = {}
            for m in mentions:
                if m.username != batch.me:
                    continue
                if m.conversation_id not in latest or m.created_at > latest[m.conversation_id].created_at:
                    latest[m.conversation_id] = m
                unread[m.conversation_id] = unread.get(m.conversation_id, 0) + (0 if m.read else 1)
            for cid, m in latest.items():
                batch.set_mentions(cid, m.created_at, unread[cid])

        await self._write(work)

    async def mark_mentions_read(self, conversation_id: int) -> None:
        await self._write(lambda batch: batch.mentions_read(conversation_id))

    # --- reads ----------------------------------------------------------------------------------
    async def query_inbox(self, query: InboxQuery, offset: int = 0, limit: int = 50) -> InboxPage:
        """One page of a view, in urgency order, and the view's total."""
        return await self._sealed_read(lambda s: inbox.page(s, query, offset, limit, self._hits),
                                       InboxPage(rows=[], total=0))

    async def count(self, query: InboxQuery) -> int:
        return await self._sealed_read(lambda s: inbox.count(s, query, self._hits), 0)

    async def view_counts(self, query: InboxQuery, views: Sequence[View]) -> dict[View, int]:
        """Each view's count under the query's other filters (channel, status, search): the tabs'
        numbers; for :attr:`View.MENTIONS` the unread mentions. A locked store answers zeros."""
        wanted = tuple(views)
        return await self._sealed_read(lambda s: inbox.view_counts(s, query, wanted, self._hits),
                                       dict.fromkeys(wanted, 0))

    async def unread_total(self, query: InboxQuery) -> int:
        """Unread messages summed over every conversation of a view (the window title's count);
        a locked store answers 0."""
        return await self._sealed_read(lambda s: inbox.unread_total(s, query, self._hits), 0)

    async def earliest_first_response_due(self, query: InboxQuery) -> datetime | None:
        """When the view's first unanswered conversation is due its first response (the VIP
        lane's timer); ``None`` when none waits or the store is locked."""
        return await self._sealed_read(
            lambda s: inbox.earliest_first_response_due(s, query, self._hits), None)

    async def position(self, query: InboxQuery, conversation_id: int) -> int | None:
        """The row number of a conversation in a view (to keep a selection in sight)."""
        return await self._sealed_read(lambda s: inbox.position(s, query, conversation_id, self._hits), None)

    async def explain(self, query: InboxQuery) -> list[str]:
        """SQLite's plan for a view's first page (benchmark and tests check the indexes)."""
        return await self._read(lambda s: inbox.explain(s, query, self._hits))

    async def get_conversation(self, conversation_id: int) -> ConversationDetail | None:
        def work(session: Session) -> ConversationDetail | None:
            record = session.get(ConversationRecord, conversation_id)
            return None if record is None else conversation_detail(record)

        return await self._sealed_read(work, None)

    async def messages(self, conversation_id: int) -> list[MessageView]:
        """Oldest first; replies not yet delivered (no server id) after the delivered ones."""

        def work(session: Session) -> list[MessageView]:
            records = session.scalars(
                select(MessageRecord)
                .where(MessageRecord.conversation_id == conversation_id)
                .order_by(MessageRecord.server_id.is_(None), MessageRecord.server_id, MessageRecord.local_id)
            )
            return [message_view(r) for r in records]

        return await self._sealed_read(work, [])

    async def thread(
        self, conversation_id: int, *, floor: int | None = None, older: int = 0, latest: int = 50
    ) -> ThreadSlice:
        """A window of a thread: the newest ``latest`` messages, every one from ``floor`` on and
        ``older`` more before it (see :mod:`app.store.thread`)."""
        return await self._sealed_read(
            lambda s: thread.window(s, conversation_id, floor=floor, older=older, latest=latest),
            ThreadSlice(),
        )

    # --- canned replies and drafts --------------------------------------------------------------
    async def canned_replies(self) -> list[CannedReply]:
        def work(session: Session) -> list[CannedReply]:
            records = session.scalars(select(CannedReplyRecord).order_by(CannedReplyRecord.position))
            return [
                CannedReply(id=r.id, key=r.key, category=r.category, shortcut=r.shortcut,
                            titles=dict(r.titles), bodies=dict(r.bodies), variables=list(r.variables),
                            attachments=msgspec.convert(r.attachments or [], list[Attachment]))
                for r in records
            ]

        return await self._read(work)

    async def put_canned_replies(self, replies: Sequence[CannedReply]) -> None:
        def work(session: Session) -> None:
            session.execute(delete(CannedReplyRecord))
            session.add_all(
                CannedReplyRecord(id=r.id, key=r.key, category=r.category, shortcut=r.shortcut,
                                  titles=dict(r.titles), bodies=dict(r.bodies),
                                  variables=list(r.variables), position=i,
                                  attachments=msgspec.to_builtins(r.attachments))
                for i, r in enumerate(replies)
            )

        await self.run(work)

    async def get_draft(self, conversation_id: int) -> str:
        def work(session: Session) -> str:
            record = session.get(DraftRecord, conversation_id)
            return "" if record is None else record.body

        return await self._sealed_read(work, "")

    async def put_draft(self, conversation_id: int, body: str) -> None:
        """Keep the composer's text; an empty (or blank) draft is deleted."""

        def work(session: Session) -> None:
            record = session.get(DraftRecord, conversation_id)
            if not body.strip():
                if record is not None:
                    session.delete(record)
                return
            sealed = seal_values(cipher_of(session), DraftRecord, conversation_id, {"body": body})["body"]
            if record is None:
                session.add(DraftRecord(conversation_id=conversation_id, body=sealed, updated_at=time.time()))
            else:
                record.body, record.updated_at = sealed, time.time()

        await self.run(work)

    # --- outbox ---------------------------------------------------------------------------------
    async def enqueue_message(
        self, conversation_id: int, body: str, *, internal: bool, client_msg_id: str, author: str,
        author_name: str, files: Sequence[Attachment] = (),
    ) -> OutboxItem:
        """Write a reply locally (shown as ``sending``) and queue it for delivery, atomically;
        ``files`` are uploads it carries (sent with it, shown with it meanwhile)."""
        item, _ = await self._write(lambda batch: outbox_ops.enqueue(
            batch, conversation_id=conversation_id, body=body, internal=internal,
            client_msg_id=client_msg_id, author=author, author_name=author_name, files=files))
        return item

    # --- attachments the desk opened (sealed files beside the cache: file_cache.py) ----------------
    async def cached_file(self, attachment_id: int, variant: str = "file") -> bytes | None:
        folder, functions = file_cache.folder_of(self._worker.path), self._worker.functions
        return await self._worker.call(
            lambda: file_cache.read(folder, functions.cipher, attachment_id, variant))

    async def keep_file(self, attachment_id: int, variant: str, data: bytes) -> None:
        folder, functions = file_cache.folder_of(self._worker.path), self._worker.functions
        await self._worker.call(
            lambda: file_cache.keep(folder, functions.cipher, attachment_id, variant, data))

    async def outbox_next(self) -> OutboxItem | None:
        return await self._sealed_read(outbox_ops.next_queued, None)

    async def outbox_items(self, *states: str) -> list[OutboxItem]:
        return await self._sealed_read(
            lambda s: outbox_ops.items(s, states or ("queued", "inflight", "failed")), [])

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
