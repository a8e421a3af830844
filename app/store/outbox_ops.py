"""The outbox's SQL: replies written locally first, then delivered in order, exactly once.

Enqueuing writes the message row (``sending``) and the outbox item in one transaction, so what
the agent sees and what will be sent never disagree, also after a crash. Items are delivered in
``id`` order; the state machine of one item is queued → inflight → delivered, or → failed (with
the server's code and reason), or back to queued after a transient error. The reply's text and
the server's reasons are sealed to their rows (:mod:`app.store.sealing`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.protocol.types import Attachment, Message
from app.store.cache import MessageRecord, OutboxRecord
from app.store.rows import attachments_json, files_of
from app.store.sealing import allocate_ids, cipher_of, seal_values
from app.store.types import OutboxItem
from app.store.writes import WriteBatch

PENDING = ("queued", "inflight")
KEEP_DELIVERED = 500  # delivered items kept for diagnosis; older ones are pruned on open


def item(record: OutboxRecord, session: Session | None = None) -> OutboxItem:
    """``session``: also read the uploads the reply carries (from its message row)."""
    ids: tuple[int, ...] = ()
    if session is not None:
        message = session.get(MessageRecord, record.message_local_id)
        if message is not None:
            ids = tuple(f.id for f in files_of(message.attachments) if f.id is not None)
    return OutboxItem(
        id=record.id,
        conversation_id=record.conversation_id,
        client_msg_id=record.client_msg_id,
        message_local_id=record.message_local_id,
        body=record.body,
        internal=bool(record.internal),
        state=record.state,
        attempts=record.attempts,
        last_error=record.last_error,
        last_error_message=record.last_error_message,
        attachment_ids=ids,
    )


def enqueue(
    batch: WriteBatch, *, conversation_id: int, body: str, internal: bool, client_msg_id: str,
    author: str, author_name: str, files: Sequence[Attachment] = (),
) -> OutboxItem:
    now = datetime.now(UTC)
    cipher = batch.cipher
    local_id = allocate_ids(batch.session, MessageRecord)[0]
    message = MessageRecord(local_id=local_id, **seal_values(cipher, MessageRecord, local_id, dict(
        server_id=None, conversation_id=conversation_id, author_kind="agent", author=author,
        author_name=author_name, body=body, internal=internal, client_msg_id=client_msg_id,
        created_at=now, redactions=[], delivery_state="sending", attachments=attachments_json(files),
    )))
    batch.session.add(message)
    batch.session.flush()
    outbox_id = allocate_ids(batch.session, OutboxRecord)[0]
    record = OutboxRecord(id=outbox_id, **seal_values(cipher, OutboxRecord, outbox_id, dict(
        conversation_id=conversation_id, client_msg_id=client_msg_id, message_local_id=message.local_id,
        body=body, internal=internal, state="queued", attempts=0, created_at=now,
    )))
    batch.session.add(record)
    batch.session.flush()
    batch.touched_messages(conversation_id, message.local_id, search=True)
    return item(record, batch.session)


def next_queued(session: Session) -> OutboxItem | None:
    record = session.scalar(
        select(OutboxRecord).where(OutboxRecord.state == "queued").order_by(OutboxRecord.id).limit(1)
    )
    return None if record is None else item(record, session)


def pending_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).where(OutboxRecord.state.in_(PENDING))) or 0)


def items(session: Session, states: tuple[str, ...]) -> list[OutboxItem]:
    records = session.scalars(
        select(OutboxRecord).where(OutboxRecord.state.in_(states)).order_by(OutboxRecord.id)
    )
    return [item(r) for r in records]


def mark_inflight(session: Session, outbox_id: int) -> bool:
    """queued → inflight; ``False`` if the item is no longer queued (e.g. its echo confirmed it)."""
    result = session.execute(
        update(OutboxRecord)
        .where(OutboxRecord.id == outbox_id, OutboxRecord.state == "queued")
        .values(state="inflight", attempts=OutboxRecord.attempts + 1)
    )
    return bool(getattr(result, "rowcount", 0))


def mark_delivered(batch: WriteBatch, outbox_id: int, message: Message) -> None:
    batch.message(message)  # also marks the item delivered (by client_msg_id)
    batch.session.execute(
        update(OutboxRecord).where(OutboxRecord.id == outbox_id).values(state="delivered")
    )


def mark_failed(batch: WriteBatch, outbox_id: int, code: str, reason: str) -> None:
    """Refused for good: the item and its message show the server's code and reason."""
    record = batch.session.get(OutboxRecord, outbox_id)
    if record is None or record.state == "delivered":
        return
    record.state, record.last_error = "failed", code
    record.last_error_message = seal_values(batch.cipher, OutboxRecord, record.id,
                                            {"last_error_message": reason})["last_error_message"]
    message = batch.session.get(MessageRecord, record.message_local_id)
    if message is not None and message.delivery_state != "sent":
        message.delivery_state, message.failure_code = "failed", code
        message.failure_reason = seal_values(batch.cipher, MessageRecord, message.local_id,
                                             {"failure_reason": reason})["failure_reason"]
        batch.touched_messages(message.conversation_id, message.local_id)


def mark_retry(session: Session, outbox_id: int, code: str, reason: str, *, count_attempt: bool) -> None:
    """inflight → queued after a transient error (it will be sent again with the same id)."""
    values: dict[str, object] = {"state": "queued", "last_error": code, "last_error_message": reason}
    values = seal_values(cipher_of(session), OutboxRecord, outbox_id, values)
    if not count_attempt:
        values["attempts"] = OutboxRecord.attempts - 1
    session.execute(
        update(OutboxRecord)
        .where(OutboxRecord.id == outbox_id, OutboxRecord.state == "inflight")
        .values(**values)
    )


def requeue_inflight(session: Session) -> int:
    """On start: an item that was in flight when the app stopped is sent again (same id)."""
    result = session.execute(
        update(OutboxRecord).where(OutboxRecord.state == "inflight").values(state="queued")
    )
    return int(getattr(result, "rowcount", 0) or 0)


def retry_failed(batch: WriteBatch, message_local_id: int) -> bool:
    """The agent asked to try a failed reply again: back in the queue, at its original place."""
    record = batch.session.scalar(
        select(OutboxRecord).where(
            OutboxRecord.message_local_id == message_local_id, OutboxRecord.state == "failed"
        )
    )
    if record is None:
        return False
    record.state, record.attempts, record.last_error, record.last_error_message = "queued", 0, None, None
    message = batch.session.get(MessageRecord, message_local_id)
    if message is not None:
        message.delivery_state, message.failure_code, message.failure_reason = "sending", None, None
        batch.touched_messages(message.conversation_id, message.local_id)
    return True


def tidy_on_open(session: Session) -> None:
    """At start: replies in flight when the app last stopped are queued again; old delivered rows go."""
    requeue_inflight(session)
    prune_delivered(session)


def prune_delivered(session: Session) -> None:
    newest = select(OutboxRecord.id).where(OutboxRecord.state == "delivered").order_by(
        OutboxRecord.id.desc()).limit(KEEP_DELIVERED)
    session.execute(
        delete(OutboxRecord)
        .where(OutboxRecord.state == "delivered", OutboxRecord.id.not_in(newest.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
