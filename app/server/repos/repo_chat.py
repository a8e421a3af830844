"""A customer's chat message on the hot path: SQLAlchemy Core on the customer's open chat.

``repo_messages.customer_send`` calls :func:`append` first. It writes with a handful of Core
statements run on the DBAPI cursor (``db/prepared.py``) and no ORM object: the message
``INSERT … SELECT … WHERE NOT EXISTS … RETURNING id`` (not stored before: the idempotency check
in the same statement); one
``UPDATE conversations … RETURNING`` that checks the cached open chat (still this customer's
chat, open — not pending, snoozed or resolved — and no newer open chat), moves its counters and
reads the conversation's routing fields (team, amber times) and SLA breaches in its ``RETURNING``
(scalar subqueries: no statement of their own); the event
and the message's seq (``repo_events.append_event``: one statement on PostgreSQL). It returns
``None`` — having written nothing that stays — when the customer has no open chat (the writer
learns it, when it has no hint, with one ``SELECT``), the message was stored before, or the check
fails; the caller then looks for the
stored message and, if there is none, takes the ORM path (which opens a new chat through
``repo_messages._new_chat``, the one place a conversation is opened for a chat customer).

Its views are the ORM path's, field for field (``tests/server/test_write_path.py`` compares them).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.orm.util import identity_key

from app.protocol import events as pe
from app.protocol import types as pt
from app.server import views
from app.server.db import executor, log_lock, tx_memo
from app.server.db.executor import LOG_LOCK_KEY
from app.server.db.prepared import Prepared
from app.server.db.schema import Conversation, Customer, Message
from app.server.db.schema_sla import SlaBreach
from app.server.repos import customer_cache, opening_write, repo_events
from app.server.repos.customer_cache import CustomerFacts
from app.server.routing.schema import ConversationWork
from app.server.visibility import ConvScope

_CONV = Conversation.__table__
_MSG = Message.__table__
_BREACH = SlaBreach.__table__
_WORK = ConversationWork.__table__

# the customer's message with this client_msg_id in any of their chats (idempotency spans them)
_stored = (
    sa.select(sa.literal(1))
    .select_from(_MSG.join(_CONV, _CONV.c.id == _MSG.c.conversation_id))
    .where(
        _CONV.c.customer_uid == sa.bindparam("uid"),
        _CONV.c.channel == "chat",
        _MSG.c.client_msg_id == sa.bindparam("cmid"),
        _MSG.c.author_kind == "customer",
    )
    .exists()
)
# INSERT … SELECT … WHERE NOT EXISTS: the idempotency check and the insert in one statement (one
# round trip on PostgreSQL); no row back means it was stored before (the caller answers that)


def _insert_message(locked: sa.CTE | None = None) -> sa.Insert:
    """The message's INSERT; ``locked``: selected ``FROM`` the log's lock (``log_lock.lock_cte``)."""
    values = sa.select(
        sa.bindparam("cid", type_=_MSG.c.conversation_id.type),
        sa.literal("customer", type_=_MSG.c.author_kind.type),
        sa.bindparam("author_name", type_=_MSG.c.author_name.type),
        sa.bindparam("body", type_=_MSG.c.body.type),
        sa.literal(False, type_=_MSG.c.internal.type),
        sa.bindparam("cmid", type_=_MSG.c.client_msg_id.type),
        sa.bindparam("redactions", type_=_MSG.c.redactions.type),
        sa.bindparam("now", type_=_MSG.c.created_at.type),
    )
    if locked is not None:
        values = values.select_from(locked)
    return (
        sa.insert(_MSG)
        .from_select(
            ["conversation_id", "author_kind", "author_name", "body", "internal", "client_msg_id",
             "redactions", "created_at"],
            values.where(~_stored),
        )
        .returning(_MSG.c.id)
    )


_INSERT_MESSAGE_STATEMENT = _insert_message()
_INSERT_MESSAGE = Prepared(_INSERT_MESSAGE_STATEMENT)
#: every status but ``resolved``, spelled as a list on purpose: ``status != 'resolved'`` matches the
#: partial index ``ix_conversations_unresolved (channel) WHERE status != 'resolved'``, and SQLite
#: then walks every open chat newer than this one instead of the customer's few conversations
#: (``ix_conversations_customer_uid``): 137 against 11 µs of CPU in sqlite3 with 3,000 open chats
NOT_RESOLVED = ("open", "pending", "snoozed")


def not_resolved(status: sa.ColumnElement[Any] | QueryableAttribute[Any]) -> sa.ColumnElement[bool]:
    """``status IN ('open', 'pending', 'snoozed')`` with a bound value each (``Prepared`` runs no
    expanding IN)."""
    return status.in_([sa.literal(value) for value in NOT_RESOLVED])


_newer_open = sa.select(sa.literal(1)).where(
    _CONV.c.customer_uid == sa.bindparam("uid"),
    _CONV.c.channel == "chat",
    not_resolved(_CONV.c.status),
    _CONV.c.id > sa.bindparam("cid"),
).exists()

_CID = sa.bindparam("cid", type_=_CONV.c.id.type)


def _work_field(column: sa.Column[Any], name: str) -> sa.Label[Any]:
    """One of routing's fields of the chat (team, amber times, escalation: routing/view.py), read in
    the ``UPDATE``'s ``RETURNING`` (NULL when the chat has no routing row)."""
    return (
        sa.select(column).where(_WORK.c.conversation_id == _CID).scalar_subquery().label(name)
    )


def _breach_of(kind: str, due: sa.Column[Any]) -> sa.Label[Any]:
    """The id of the breach of the chat's *current* ``kind`` due time (at most one: the unique key),
    NULL when it was not breached — what ``views.breached_kinds`` makes of the breach rows."""
    return (
        sa.select(_BREACH.c.id)
        .where(
            _BREACH.c.conversation_id == _CID,
            _BREACH.c.kind == sa.literal(kind),
            # qualified by hand: SQLAlchemy writes SQLite's RETURNING columns bare
            _BREACH.c.due_at == sa.literal_column(f"{_CONV.name}.{due.name}"),
        )
        .scalar_subquery()
        .label(f"breach_{kind}")
    )


#: routing's row (the key says whether there is one) and the two breaches, after the chat's columns
_EXTRAS = (
    _work_field(_WORK.c.conversation_id, "work_id"),
    _work_field(_WORK.c.team, "work_team"),
    _work_field(_WORK.c.first_response_warn_at, "work_first_warn"),
    _work_field(_WORK.c.resolution_warn_at, "work_resolution_warn"),
    _work_field(_WORK.c.escalated_from, "work_escalated_from"),
    _breach_of("first_response", _CONV.c.first_response_due),
    _breach_of("resolution", _CONV.c.resolution_due),
)
#: checks the cached chat, moves its counters and reads what the event's view needs besides: the
#: chat's columns, routing's fields and its breaches (subqueries in ``RETURNING``), in one statement


def _touch(last_message_id: sa.ColumnElement[Any]) -> sa.Update:
    return (
        sa.update(_CONV)
        .where(
            _CONV.c.id == sa.bindparam("cid"),
            _CONV.c.customer_uid == sa.bindparam("uid"),
            _CONV.c.channel == "chat",
            # only an open chat: a pending or snoozed one reopens on the ORM path, whose routing hook
            # moves the paused SLA clock and routes it if nobody owns it (routing/hooks.py, reopened)
            _CONV.c.status == "open",
            ~_newer_open,
        )
        .values(
            last_message_id=last_message_id,
            message_count=_CONV.c.message_count + 1,
            updated_at=sa.bindparam("now", type_=_CONV.c.updated_at.type),
            last_customer_message_at=sa.bindparam("now", type_=_CONV.c.updated_at.type),
            status="open",
            snoozed_until=None,
        )
        .returning(*_CONV.c, *_EXTRAS)
    )


_TOUCH = Prepared(_touch(sa.bindparam("mid", type_=_CONV.c.last_message_id.type)))
# PostgreSQL: the INSERT and the UPDATE in one statement (one round trip), data-modifying CTEs. The
# message's id, then the chat's row — NULL when the UPDATE matched nothing (the cached chat is stale:
# the caller undoes the insert, as on SQLite); no row at all when the message was stored before.


def _insert_and_touch(insert: sa.Insert) -> Prepared:
    inserted = insert.cte("inserted")
    touched = _touch(inserted.c.id).cte("touched")
    return Prepared(sa.select(inserted.c.id, *touched.c).select_from(inserted.outerjoin(touched, sa.true())))


_INSERT_AND_TOUCH = _insert_and_touch(_INSERT_MESSAGE_STATEMENT)
#: the same, a transaction's first: the log's lock first (the INSERT selects FROM it, the UPDATE
#: joins the INSERT's row), so the chat's row is locked only once the log's lock is held — the lock
#: order log → conversation rows that routing keeps too (``db/log_lock.py``). Taken at the event,
#: after the chat's row, two nodes' batches could each hold a chat row the other wants while one
#: of them waits for the lock: a deadlock PostgreSQL breaks only after ``deadlock_timeout`` (1 s).
_INSERT_AND_TOUCH_LOCKING = _insert_and_touch(_insert_message(log_lock.lock_cte()))
_COLUMNS = tuple(c.name for c in _CONV.c)
_UNDO = Prepared(sa.delete(_MSG).where(_MSG.c.id == sa.bindparam("mid")))
#: the customer's current chat (the newest not resolved, as ``repo_messages.open_chat`` picks it),
#: its status, and whether this message was stored before in any of their chats: what the writer
#: learns when it has no hint yet (a customer's first message since the server started), so a
#: message to an open chat takes this path from the first one on, and a new chat's opening needs
#: no idempotency SELECT of its own (issue 15: a chat's opening on the writer). Always one row
#: (the customer's chats joined to a one-row source: NULLs when there is none).
_C2, _M2 = _CONV.alias("c2"), _MSG.alias("m2")
_STORED_ANYWHERE = sa.exists().where(
    _M2.c.conversation_id == _C2.c.id,
    _C2.c.customer_uid == sa.bindparam("uid"),
    _C2.c.channel == "chat",
    _M2.c.client_msg_id == sa.bindparam("cmid"),
    _M2.c.author_kind == "customer",
)
_ONE_ROW = sa.select(sa.literal(1, sa.Integer).label("one")).subquery("one_row")
_CURRENT_CHAT = Prepared(
    sa.select(_CONV.c.id, _CONV.c.status, _STORED_ANYWHERE.label("stored"))
    .select_from(
        _ONE_ROW.outerjoin(
            _CONV,
            sa.and_(
                _CONV.c.customer_uid == sa.bindparam("uid"),
                _CONV.c.channel == "chat",
                not_resolved(_CONV.c.status),
            ),
        )
    )
    .order_by(_CONV.c.id.desc())
    .limit(1)
)


#: the same first look as scalar subqueries, for the statement that also loads the customer
_current = (
    sa.select(_CONV.c.id, _CONV.c.status)
    .where(
        _CONV.c.customer_uid == sa.bindparam("uid"), _CONV.c.channel == "chat", not_resolved(_CONV.c.status)
    )
    .order_by(_CONV.c.id.desc())
    .limit(1)
)
_CURRENT_ID = sa.select(_current.subquery().c.id).scalar_subquery()
_CURRENT_STATUS = sa.select(_current.subquery().c.status).scalar_subquery()


_FRESH = sa.and_(_CURRENT_ID.is_(None), ~_STORED_ANYWHERE)


@functools.cache
def _look_with_customer(drawing: bool, locking: bool, counting: bool) -> sa.Select[Any]:
    """Made on first use: the mappers are configured once the feature tables are imported.
    ``drawing`` (PostgreSQL): a new chat's ids too, only when there is no chat and the message is new
    (``CASE``: ``nextval`` runs only then), ``locking``: under the log's lock (``lock_cte``, joined:
    the seqs are drawn once it is held), ``counting``: with the loads (``opening_write.draw``)."""
    drawn = [sa.case((_FRESH, c)).label(f"d{i}") for i, c in enumerate(opening_write.draw_columns(counting))]
    query = (
        sa.select(Customer, _CURRENT_ID.label("chat_id"), _CURRENT_STATUS.label("chat_status"),
                  _STORED_ANYWHERE.label("stored"), *(drawn if drawing else ()))
        .options(*customer_cache.with_rows())
        .where(Customer.uid == sa.bindparam("uid"))
    )
    return query.join(log_lock.lock_cte(), sa.true()) if drawing and locking else query


#: what :data:`_CURRENT_CHAT` answers: the current chat's id and status (None, None: none) and
#: whether this message was stored before in any of the customer's chats
FirstLook = tuple[int | None, str | None, bool]


@dataclass(frozen=True, slots=True)
class Looked:
    """The customer's row, the first look at their chat and — PostgreSQL, no chat, a new message —
    the new chat's ids and seqs (``opening_write``), read in one statement."""

    customer: Customer | None
    first: FirstLook
    opening: opening_write.Opening | None


def look_with_customer(session: Session, uid: str, client_msg_id: str) -> Looked:
    """The customer's row (with its contact and security code, as ``customer_cache.load``) and
    :func:`append`'s first look at their chat, in one statement: a customer's first message
    since the node started read them one after the other (issue 15, pg16: the warm-up, where every
    customer's first message opens, reopens or finds their chat at once on one writer). The first
    look is what :data:`_CURRENT_CHAT` reads, from the same rows in the same transaction. On
    PostgreSQL it also draws a new chat's ids when it finds no chat (``opening_write.draw``'s
    columns, under the log's lock): a new chat then opens with one statement of its own, the write."""
    drawing = opening_write.applies(session)
    how = opening_write.ahead(session) if drawing else opening_write.Ahead(False, ())
    query = _look_with_customer(drawing, how.locking, how.counting)
    row = session.execute(query, {"uid": uid, "cmid": client_msg_id, **how.params()}).first()
    if row is None:
        return Looked(None, (None, None, False), None)
    if how.locking:
        log_lock.mark_locked(session)  # the row came through the lock's join: it is held
    customer, chat_id, status, stored, *ids = row
    first = (None if chat_id is None else int(chat_id), status, bool(stored))
    opening = opening_write.drawn(session, how, ids) if ids and ids[0] is not None else None
    return Looked(customer, first, opening)


#: ``tx_memo.run``: the looks read ahead for a run's first messages, by (uid, client_msg_id)
_AHEAD_KEY = "chat_looks_ahead"


@functools.cache
def _looks_with_customers(locking: bool) -> sa.Select[Any]:
    """:func:`_look_with_customer` for many customers at once (PostgreSQL): ``uids`` and ``cmids``
    (arrays, in queue order) unnested, each customer's row with the first look at their chat and —
    no chat, a new message — a new chat's ids and seqs (``nextval`` under ``CASE``, per row), under
    the log's lock when this transaction does not hold it (``locking``). No loads counted: the run's
    decisions carry them (``assign.carry_loads``). One shape for any number of customers."""
    arrays = (sa.bindparam("uids", type_=postgresql.ARRAY(sa.String)),
              sa.bindparam("cmids", type_=postgresql.ARRAY(sa.String)))
    want = sa.func.unnest(*arrays).table_valued("uid", "cmid", with_ordinality="ord").render_derived("want")
    c2, c4, m2 = _CONV.alias("c3"), _CONV.alias("c4"), _MSG.alias("m3")
    stored = sa.exists().where(
        m2.c.conversation_id == c4.c.id, c4.c.customer_uid == want.c.uid, c4.c.channel == "chat",
        m2.c.client_msg_id == want.c.cmid, m2.c.author_kind == "customer",
    )
    chat_id = (
        sa.select(c2.c.id)
        .where(c2.c.customer_uid == want.c.uid, c2.c.channel == "chat", not_resolved(c2.c.status))
        .order_by(c2.c.id.desc()).limit(1).scalar_subquery()
    )
    chat_status = (
        sa.select(c2.c.status)
        .where(c2.c.customer_uid == want.c.uid, c2.c.channel == "chat", not_resolved(c2.c.status))
        .order_by(c2.c.id.desc()).limit(1).scalar_subquery()
    )
    fresh = sa.and_(chat_id.is_(None), ~stored)
    drawn = [sa.case((fresh, c)).label(f"d{i}") for i, c in enumerate(opening_write.draw_columns(False))]
    query = (
        sa.select(Customer, want.c.cmid, chat_id.label("chat_id"), chat_status.label("chat_status"),
                  stored.label("stored"), *drawn)
        .select_from(want)
        .join(Customer, Customer.uid == want.c.uid)
        .options(*customer_cache.with_rows())
        .order_by(want.c.ord)
    )
    return query.join(log_lock.lock_cte(), sa.true()) if locking else query


def _first_message(args: tuple[Any, ...], cache: customer_cache.CustomerCache) -> tuple[str, str] | None:
    """(uid, client_msg_id) of a queued ``customer_send`` that will read the customer with the first
    look (``repo_messages.customer_send``: a clean message, a customer the writer knows nothing of);
    None otherwise. ``args`` as queued: uid, body, client_msg_id, redactions, warning, earlier,
    lookalike links, pending, files, …"""
    def fields(uid: str, _body: str, cmid: str, redactions: Any, warning: Any, earlier: Any = (),
               links: Any = (), _pending: Any = None, files: Any = None, *_rest: Any) -> tuple[Any, ...]:
        return uid, cmid, redactions, warning, earlier, links, files

    uid, cmid, redactions, warning, earlier, links, files = fields(*args)
    clean = warning is None and not redactions and not earlier and not links and files is None
    if not clean or cache.facts(uid) is not None or cache.open_chat(uid) is not None:
        return None
    return str(uid), str(cmid)


def looked_ahead(session: Session, uid: str, client_msg_id: str) -> Looked | None:
    """The look of this request read ahead with the rest of its run (issue 15, pg17: a burst of chat
    openings on the one writer): the first request of a run of customers' messages that finds two or
    more customers' first messages in it (``executor.upcoming``) reads all their rows, first looks
    and new chats' ids and seqs in one statement (:func:`_looks_with_customers`), and each takes
    its own; None: read it alone (:func:`look_with_customer`). PostgreSQL only.

    Each look is what the request's own statement would have read: the run holds only customers'
    chat messages, one customer's request never writes another's rows, and a customer's look is
    taken by their first request of the run only. The seqs are drawn under the log's lock, in the
    order of the queue; a message of the run to an open chat between two openings draws a later
    one, so the batch's events are published in seq order (``executor._deliver``)."""
    memo = tx_memo.run(session)
    looks: dict[tuple[str, str], Looked] | None = memo.get(_AHEAD_KEY)
    if looks is None:
        looks = memo[_AHEAD_KEY] = {}
        cache = customer_cache.of(session)
        if cache is None or not opening_write.applies(session):
            return None
        wanted: dict[str, str] = {}
        for args in executor.upcoming(session):
            found = _first_message(args, cache)
            if found is not None and found[0] not in wanted:
                wanted[found[0]] = found[1]
        if len(wanted) < 2 or uid not in wanted:
            return None
        locking = log_lock.needs_lock(session)
        rows = session.execute(
            _looks_with_customers(locking), {"uids": list(wanted), "cmids": list(wanted.values())}
        ).all()
        if locking:
            log_lock.mark_locked(session)
        how = opening_write.Ahead(False, ())
        for customer, cmid, chat_id, status, stored, *ids in rows:
            first = (None if chat_id is None else int(chat_id), status, bool(stored))
            opening = opening_write.drawn(session, how, ids) if ids[0] is not None else None
            looks[customer.uid, cmid] = Looked(customer, first, opening)
    return looks.pop((uid, client_msg_id), None)


#: what :func:`append` answers when the customer has no chat that is not resolved (it looked) and
#: this message was not stored before in any of their chats: the ORM path opens one without asking
#: either again
NO_CHAT: Final = "no_chat"
#: the customer's current chat is pending or snoozed (it looked) and this message was not stored
#: before: the ORM path reopens it without the idempotency SELECT
PAUSED: Final = "paused"


@dataclass(frozen=True, slots=True)
class Appended:
    message_id: int
    seq: int
    scope: ConvScope


def append(
    session: Session, facts: CustomerFacts, body: str, client_msg_id: str, now: datetime,
    looked: FirstLook | None = None,
) -> Appended | Literal["no_chat", "paused"] | None:
    """Store a clean chat message in the customer's cached open chat; ``None``: take the ORM path;
    :data:`NO_CHAT`: the same, and the customer has no chat that is not resolved (a new one opens);
    :data:`PAUSED`: the same, their chat is pending or snoozed (it reopens). Both only when this
    message was not stored before. ``looked``: the first look, read already with the customer
    (:func:`look_with_customer`); used only when the writer knows no open chat of theirs."""
    cache = customer_cache.of(session)
    if cache is None:
        return None
    conversation_id = cache.open_chat(facts.uid)
    if conversation_id is None:  # not known yet: look it up (one indexed SELECT)
        current = looked or _CURRENT_CHAT.first(session, uid=facts.uid, cmid=client_msg_id)
        assert current is not None  # one row, always
        if current[0] is None:  # none: a new chat, on the ORM path (or the stored one's answer)
            return None if current[2] else NO_CHAT
        if current[1] != "open":  # paused: the ORM path reopens it (or answers the stored one)
            return None if current[2] else PAUSED
        conversation_id = int(current[0])
        cache.set_open_chat(facts.uid, conversation_id)
    values = {"cid": conversation_id, "uid": facts.uid, "author_name": facts.author_name, "body": body,
              "cmid": client_msg_id, "redactions": [], "now": now}
    touched: tuple[Any, ...] | None
    if session.get_bind().dialect.name == "postgresql":
        locking = not session.info.get(LOG_LOCK_KEY)
        both = (_INSERT_AND_TOUCH_LOCKING if locking else _INSERT_AND_TOUCH).first(session, **values)
        if locking:
            session.info[LOG_LOCK_KEY] = True  # held to the commit, whatever the statement found
        if both is None:  # stored before: the caller answers with the stored one
            return None
        message_id = int(both[0])
        touched = both[1:] if both[1] is not None else None
    else:
        inserted = _INSERT_MESSAGE.scalar(session, **values)
        if inserted is None:  # stored before: the caller answers with the stored one
            return None
        message_id = int(inserted)
        touched = _TOUCH.first(session, cid=conversation_id, uid=facts.uid, mid=message_id, now=now)
    row = dict(zip(_COLUMNS, touched, strict=False)) if touched is not None else None
    stale = session.identity_map.get(identity_key(Conversation, conversation_id))
    if stale is not None:  # an earlier request of this batch loaded it through the ORM
        session.expire(stale)
    if row is None:  # resolved, another chat opened since, or not theirs: forget, undo, ORM path
        cache.forget_chat(facts.uid)
        _UNDO.execute(session, mid=message_id)
        return None
    assert touched is not None
    work_id, *work_fields, first_breach, resolution_breach = touched[len(_COLUMNS):]
    work = tuple(work_fields) if work_id is not None else None
    kinds = ((first_breach, "first_response"), (resolution_breach, "resolution"))
    breached = sorted((b, kind) for b, kind in kinds if b is not None)
    message = pt.Message(
        id=message_id,
        conversation_id=conversation_id,
        author_kind="customer",
        author_name=facts.author_name,
        body=body,
        created_at=now,
        internal=False,
        author=None,
        client_msg_id=client_msg_id,
        redactions=[],
        delivery=None,
        delivery_error=None,
        attachments=[],
        note_code=None,
        note_args=None,
    )
    conversation = views.chat_conversation(
        row,
        facts.summary,
        message,
        [kind for _, kind in breached],  # by breach id, as the ORM path lists them
        work,
    )
    scope = ConvScope(
        conversation_id=conversation_id,
        customer_uid=facts.uid,
        channel="chat",
        vip_tier=facts.vip_tier,
        account_manager=facts.account_manager,
        assignee=row["assignee"],
    )
    event = repo_events.append_event(
        session,
        "message.created",
        pe.MessageCreated(message=message, conversation=conversation),
        scope=scope,
        customer_visible=True,
        message_id=message_id,  # its seq: on PostgreSQL in the event's statement
    )
    return Appended(message_id, event.seq, scope)
