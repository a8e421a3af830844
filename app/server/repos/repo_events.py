"""The event log: append in the writing transaction, read for replay, prune past retention.

Ordering guarantee: a seq is assigned by the database when the event row is inserted, inside the
transaction that makes the change, so the event commits atomically with it. On SQLite the
server's single database thread (``executor.py``) serialises transactions, so seq order is commit
order. On PostgreSQL a sequence hands out numbers at insert time, not commit time, so two
concurrent transactions could commit out of order; ``append_event`` therefore first takes the
transaction-scoped advisory lock ``EVENT_LOCK_KEY`` (``pg_advisory_xact_lock``), held until commit,
which serialises event-writing transactions even across several server processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import msgspec
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import codec, frames
from app.protocol.events import MessageCreated, MessageUpdated
from app.server import views
from app.server.db import log_lock
from app.server.db.executor import EVENTS_KEY, LOG_LOCK_KEY
from app.server.db.prepared import Prepared
from app.server.db.schema import Conversation, Customer, Event, Message
from app.server.principal import AgentPrincipal
from app.server.repos import opening_write
from app.server.timeutil import utcnow
from app.server.visibility import ConvScope, event_clause

EVENT_LOCK_KEY = log_lock.EVENT_LOCK_KEY
_LOCKED_KEY = LOG_LOCK_KEY
#: set in ``session.info`` once a transaction appends an event (the PostgreSQL bus notifies other
#: nodes only of transactions that did)
APPENDED_KEY = "agentdesk_events_appended"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A committed event, ready for fan-out: frames are encoded once for every recipient."""

    seq: int
    name: str
    agent_frame: bytes  # the encoded ``event`` frame (UTF-8 JSON), written as is to every desk
    scope: ConvScope | None  # the conversation's visibility facts as of the commit
    customer_uid: str | None
    customer_frame: bytes | None  # set only for events the customer may see
    notify: str | None = None
    customer_tier: tuple[int, str | None] | None = None  # (vip_tier, account_manager): customer-only events
    payload: msgspec.Struct | None = None  # the decoded payload (inbox summaries read it; never sent as is)


def lock_log(session: Session) -> None:
    """Take the event log's lock for this transaction (PostgreSQL; a no-op on SQLite, where the
    one writer thread already serialises), at its first event (``append_event``): held from before
    the seq is drawn to the commit, so seqs commit in order on every node, while a transaction that
    appends nothing (a periodic job that found no work, a search's audit rows) never queues behind
    another node's. Taken inside a request's savepoint that is rolled back, the lock goes with it:
    the writer then clears the mark (``executor.LOG_LOCK_KEY``), and the next append locks again.
    (``db/log_lock.py``: routing takes it too, before routing rows.)"""
    log_lock.lock_log(session)


_EVENTS = Event.__table__
_INSERT_STATEMENT = (
    sa.insert(_EVENTS)
    .values(
        name=sa.bindparam("name"),
        data=sa.bindparam("data", type_=_EVENTS.c.data.type),
        conversation_id=sa.bindparam("conversation_id", type_=_EVENTS.c.conversation_id.type),
        customer_uid=sa.bindparam("customer_uid", type_=_EVENTS.c.customer_uid.type),
        customer_visible=sa.bindparam("customer_visible", type_=_EVENTS.c.customer_visible.type),
        notify=sa.bindparam("notify", type_=_EVENTS.c.notify.type),
        created_at=sa.bindparam("created_at", type_=_EVENTS.c.created_at.type),
    )
    .returning(_EVENTS.c.seq)
)
_INSERT = Prepared(_INSERT_STATEMENT)
_MESSAGES = Message.__table__


def _stamping(insert: sa.Insert) -> Prepared:
    """PostgreSQL: the event (``insert``) and its message's seq in one statement (one round trip),
    a data-modifying CTE."""
    event = insert.cte("ev")
    return Prepared(
        sa.update(_MESSAGES)
        .where(_MESSAGES.c.id == sa.bindparam("message_id"))
        .values(seq=event.c.seq)
        .returning(event.c.seq)
    )


_INSERT_STAMPING = _stamping(_INSERT_STATEMENT)
#: SQLite (no DML in a CTE): the message's seq after the event's INSERT (no round trip to save)
_STAMP = Prepared(
    sa.update(_MESSAGES).where(_MESSAGES.c.id == sa.bindparam("message_id")).values(seq=sa.bindparam("seq"))
)
#: PostgreSQL, a transaction's first event: the log's lock taken in the event's own statement (one
#: round trip, not two). A CTE calling a volatile function is never folded into the query, so the
#: ``INSERT … SELECT … FROM log_lock`` draws its seq (the column's default, evaluated for each row
#: the CTE yields) only once ``pg_advisory_xact_lock`` has returned: the lock is held before the
#: seq is drawn, to the commit, as with a statement of its own.
_LOCK_CTE = log_lock.lock_cte()
_EVENT_COLUMNS = (
    "name", "data", "conversation_id", "customer_uid", "customer_visible", "notify", "created_at",
)
_INSERT_LOCKING_STATEMENT = (
    sa.insert(_EVENTS)
    .from_select(
        list(_EVENT_COLUMNS),
        sa.select(*[sa.bindparam(c, type_=_EVENTS.c[c].type) for c in _EVENT_COLUMNS]).select_from(_LOCK_CTE),
    )
    .returning(_EVENTS.c.seq)
)
_INSERT_LOCKING = Prepared(_INSERT_LOCKING_STATEMENT)
_INSERT_STAMPING_LOCKING = _stamping(_INSERT_LOCKING_STATEMENT)


def append_event(
    session: Session,
    name: str,
    payload: msgspec.Struct,
    *,
    scope: ConvScope | None = None,
    customer_uid: str | None = None,
    customer_visible: bool = False,
    notify: str | None = None,
    customer_tier: tuple[int, str | None] | None = None,
    message_id: int | None = None,
) -> StoredEvent:
    """Insert one event in the current transaction (one ``INSERT … RETURNING`` on the DBAPI
    cursor, ``db/prepared.py``); it is published after the commit. Its frames are encoded here,
    once for every recipient. ``message_id``: the message it announces, whose ``seq`` is set to the
    event's in the same step (PostgreSQL: in the same statement). The transaction's first event
    takes the log's lock (``lock_log``); on PostgreSQL in the event's statement itself."""
    postgres = session.get_bind().dialect.name == "postgresql"
    locking = postgres and not session.info.get(_LOCKED_KEY)
    if not postgres:
        lock_log(session)
    data = codec.to_raw(payload)
    uid = scope.customer_uid if scope is not None else customer_uid
    values = {
        "name": name,
        "data": bytes(data).decode(),
        "conversation_id": scope.conversation_id if scope is not None else None,
        "customer_uid": uid,
        "customer_visible": customer_visible,
        "notify": notify,
        "created_at": utcnow(),
    }
    opening = session.info.get(opening_write.DEFER_KEY)
    if opening is not None:
        # a chat opening written in one statement (``opening_write.py``): its seq was drawn under
        # the log's lock; the row goes in the opening's write (the message's seq with the message)
        seq = opening.take_seq(values)
    elif message_id is None:
        seq = int((_INSERT_LOCKING if locking else _INSERT).scalar(session, **values))
        if locking:
            session.info[_LOCKED_KEY] = True
    elif postgres:
        stamped = (_INSERT_STAMPING_LOCKING if locking else _INSERT_STAMPING).scalar(
            session, message_id=message_id, **values
        )
        if locking:
            session.info[_LOCKED_KEY] = True  # held even when no message was stamped
        if stamped is None:
            raise LookupError(f"no message {message_id} to stamp with its event's seq")
        seq = int(stamped)
    else:
        seq = int(_INSERT.scalar(session, **values))
        if _STAMP.execute(session, message_id=message_id, seq=seq) != 1:
            raise LookupError(f"no message {message_id} to stamp with its event's seq")
    customer_frame = None
    if customer_visible and isinstance(payload, MessageCreated | MessageUpdated):
        customer_frame = codec.encode_bytes(
            frames.MessageFrame(seq=seq, message=views.customer_message(payload.message))
        )
    stored = StoredEvent(
        seq=seq,
        name=name,
        agent_frame=codec.encode_bytes(codec.event(seq, name, data)),
        scope=scope,
        customer_uid=uid,
        customer_frame=customer_frame,
        notify=notify,
        customer_tier=customer_tier,
        payload=payload,
    )
    session.info.setdefault(EVENTS_KEY, []).append(stored)
    session.info[APPENDED_KEY] = True
    return stored


def trim(session: Session, retention: int, chunk: int) -> int:
    """Delete up to ``chunk`` of the oldest events beyond the newest ``retention``; how many.

    Run by the server's periodic trimmer (``app.py``), a chunk per writer transaction, so keeping
    the log short never adds a ``DELETE`` to a message's transaction nor holds the writer long."""
    newest = head(session)
    first = oldest(session)
    if first is None or retention <= 0:
        return 0
    cut = min(newest - retention, first + chunk - 1)
    if cut < first:
        return 0
    deleted = cast("sa.CursorResult[Any]", session.execute(sa.delete(_EVENTS).where(_EVENTS.c.seq <= cut)))
    return int(deleted.rowcount or 0)


def head(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.max(Event.seq))) or 0)


def oldest(session: Session) -> int | None:
    value = session.scalar(sa.select(sa.func.min(Event.seq)))
    return int(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class ReplayPage:
    frames: list[tuple[int, str]]  # (seq, encoded frame)
    head: int  # the log's head when the page was read
    oldest: int | None
    last_scanned: int


def agent_page(session: Session, agent: AgentPrincipal, after: int, limit: int) -> ReplayPage:
    """Up to ``limit`` events visible to ``agent`` with ``seq > after``, oldest first."""
    rows = session.execute(
        sa.select(Event.seq, Event.name, Event.data)
        .select_from(Event)
        .outerjoin(Conversation, Conversation.id == Event.conversation_id)
        .outerjoin(Customer, Customer.uid == Event.customer_uid)
        .where(Event.seq > after, event_clause(agent))
        .order_by(Event.seq)
        .limit(limit)
    ).all()
    out = [
        (seq, codec.encode(codec.event(seq, name, msgspec.Raw(data.encode())))) for seq, name, data in rows
    ]
    return ReplayPage(out, head(session), oldest(session), out[-1][0] if out else after)


_message_created = msgspec.json.Decoder(MessageCreated)


def customer_page(session: Session, uid: str, after: int, limit: int) -> ReplayPage:
    """Up to ``limit`` events the customer may see with ``seq > after``, as customer frames."""
    rows = session.execute(
        sa.select(Event.seq, Event.data)
        .where(Event.customer_uid == uid, Event.customer_visible.is_(True), Event.seq > after)
        .order_by(Event.seq)
        .limit(limit)
    ).all()
    out = []
    for seq, data in rows:
        payload = _message_created.decode(data)
        frame = frames.MessageFrame(seq=seq, message=views.customer_message(payload.message))
        out.append((seq, codec.encode(frame)))
    return ReplayPage(out, head(session), oldest(session), out[-1][0] if out else after)
