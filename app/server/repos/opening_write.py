"""A new chat's rows in one statement on PostgreSQL, its ids drawn first (issue 15: the burst of
new chats on one writer).

The ORM path wrote a chat's opening in ~8 dependent round trips: the conversation's INSERT (for
its id), its ``conversation.created`` event, the assignee's UPDATE, the message's INSERT (for its
id), the assignment log, the routing row's ``last_assigned_at``, the work row, the
``message.created`` event with the message's seq. Each waited for the one before, on the writer
that every other message of the cluster waits behind. Here:

1. :func:`draw` — one statement: the conversation's, the message's and the assignment log's ids
   and the two events' seqs (``nextval``), with the event log's advisory lock taken first when this
   transaction does not hold it yet (a CTE calling a volatile function is evaluated before the
   select list: the seqs are drawn under the lock, so they still commit in order on every node;
   routing takes its rows after the log's lock, as before).
2. The opening runs the same code as before (``repo_messages._new_chat``, routing's decision, the
   message and both events are built from the same objects), with no flush and the events
   deferred: :func:`deferred` keeps their rows with the seqs drawn in step 1.
3. :func:`write` — one statement: a data-modifying CTE that INSERTs the conversation (with its
   final assignee and counters), its work row, its assignment log, the message, both events, and
   UPDATEs the chosen agent's routing row. The ORM objects are then made persistent and clean (what
   a flush would have left), so the rest of the request and the batch see them as before.

Foreign keys between those rows (message → conversation, work → conversation) are checked at the
end of the statement, after every part has run. Anything else the opening added (a VIP client's
cover log row, a second assignment log) is left to the ORM's flush, after this statement.

SQLite keeps the ORM path (one process, no round trips to save).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from app.server.db import log_lock
from app.server.db.prepared import Prepared
from app.server.db.schema import Conversation, Event, Message
from app.server.routing import assign
from app.server.routing.schema import AssignmentLog, RoutingAgent

#: ``session.info`` key: the opening being written (events defer to it, ``repo_events.append_event``)
DEFER_KEY = "agentdesk_opening_deferred"
#: a plain opening appends two events: ``conversation.created`` and ``message.created``
EVENTS = 2

_EVENTS = Event.__table__
_ROUTING = RoutingAgent.__table__


@dataclass(slots=True)
class Opening:
    """The ids drawn for one opening and the event rows deferred to its write."""

    conversation_id: int
    message_id: int
    log_id: int
    seqs: list[int]
    events: list[dict[str, Any]] = field(default_factory=list)

    def take_seq(self, values: dict[str, Any]) -> int:
        """The next drawn seq for an event (``repo_events.append_event``); its row kept for the write."""
        if not self.seqs:
            raise RuntimeError("a chat opening appended more events than it drew seqs for")
        seq = self.seqs.pop(0)
        self.events.append({"seq": seq, **values})
        return seq


def applies(session: Session) -> bool:
    """PostgreSQL (SQLite keeps the ORM path)."""
    return session.get_bind().dialect.name == "postgresql"


def _nextval(table: str, column: str) -> sa.ColumnElement[int]:
    return sa.func.nextval(sa.func.pg_get_serial_sequence(table, column))


_CONV = Conversation.__table__


def _loads_column() -> sa.ColumnElement[str]:
    """The open chats of each named agent, as JSON text (``{"ann": 2}``; NULL: none): what
    ``routing.assign.loads`` counts for a chat, in the draw's statement."""
    names = sa.bindparam("names", type_=postgresql.ARRAY(sa.String))
    counted = (
        sa.select(_CONV.c.assignee, sa.func.count().label("n"))
        .where(_CONV.c.assignee == sa.any_(names), _CONV.c.channel == "chat", _CONV.c.status == "open")
        .group_by(_CONV.c.assignee)
        .subquery("counted")
    )
    agg = sa.func.json_object_agg(counted.c.assignee, counted.c.n)
    return sa.select(sa.cast(agg, sa.Text)).scalar_subquery()


def draw_columns(counting: bool) -> list[sa.ColumnElement[Any]]:
    """What :func:`draw` selects: the ids, the seqs (the log's lock must be held: ``lock_cte``) and,
    when ``counting``, the loads of the agents named by ``names`` (an ``ARRAY`` parameter)."""
    seq = _nextval("events", "seq")
    columns: list[sa.ColumnElement[Any]] = [
        _nextval("conversations", "id"), _nextval("messages", "id"), _nextval("assignment_log", "id"),
        *(seq for _ in range(EVENTS)),
    ]
    if counting:
        columns.append(_loads_column())
    return columns


def _draw_statement(locking: bool, counting: bool) -> Prepared:
    columns = draw_columns(counting)
    query = sa.select(*[c.label(f"v{i}") for i, c in enumerate(columns)])
    return Prepared(query.select_from(log_lock.lock_cte()) if locking else query)


#: compiled once, run on the DBAPI cursor (``db/prepared.py``): the statement's Python cost, not
#: only its round trip, is the writer's time. Keyed by (locking, counting).
_DRAW = {(lk, ct): _draw_statement(lk, ct) for lk in (False, True) for ct in (False, True)}


@dataclass(frozen=True, slots=True)
class Ahead:
    """How a draw is made in this transaction now: with the log's lock (not held yet), and with the
    loads of the agents whose routing rows it holds (``names``; none: no count)."""

    locking: bool
    names: tuple[str, ...]

    @property
    def counting(self) -> bool:
        return bool(self.names)

    def params(self) -> dict[str, Any]:
        return {"names": list(self.names)} if self.names else {}


def ahead(session: Session) -> Ahead:
    locking = log_lock.needs_lock(session)
    names = () if locking else tuple(assign.locked_names(session))
    if names and assign.carries(session, "chat", names):
        names = ()  # a run's decisions carry them (``assign.carry_loads``): nothing to count
    return Ahead(locking, names)


def drawn(session: Session, how: Ahead, values: Sequence[Any]) -> Opening:
    """The :class:`Opening` of :func:`draw_columns`' values (the log's lock marked by the caller);
    the loads counted handed to the opening's decision (``assign.counted_ahead``)."""
    conv_id, message_id, log_id, *seqs = (int(v) for v in values[: 3 + EVENTS])
    if how.counting:
        found = json.loads(values[3 + EVENTS]) if values[3 + EVENTS] is not None else {}
        assign.counted_ahead(session, conv_id, "chat", {n: int(found.get(n, 0)) for n in how.names})
    return Opening(conv_id, message_id, log_id, sorted(seqs))


def draw(session: Session) -> Opening:
    """Step 1: the ids and seqs, one statement (the log's lock in it when not held yet).

    A further opening of the batch (this transaction holds the log's lock and routing rows already:
    an earlier decision locked them) also counts the loads of those agents' open chats in it, for its
    decision (``assign.counted_ahead``): one round trip fewer (issue 15, pg16). The rows were locked
    before this statement, so it counts what the decision's own count would (the order log →
    routing rows → count holds); an opening whose candidates are not all among them counts again.
    A customer's first message since the node started draws in the statement that reads them
    (``repo_chat.look_with_customer``): then there is no statement of its own."""
    how = ahead(session)
    row = _DRAW[how.locking, how.counting].first(session, **how.params())
    assert row is not None
    if how.locking:
        log_lock.mark_locked(session)
    return drawn(session, how, row)


@contextlib.contextmanager
def deferred(session: Session, opening: Opening) -> Iterator[Opening]:
    """Step 2: events append to ``opening`` instead of the database; nothing autoflushes."""
    session.info[DEFER_KEY] = opening
    try:
        with session.no_autoflush:
            yield opening
    finally:
        session.info.pop(DEFER_KEY, None)
        assign.drop_ahead(session)  # counted for this opening only


def _row(obj: object, table: sa.Table) -> dict[str, Any]:
    """Every column of a new ORM object, defaults applied as the ORM's INSERT would (and set on the
    object, so nothing is left to load afterwards)."""
    state = sa.inspect(obj)
    row: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        column = prop.columns[0]
        if prop.key in state.dict:
            value = state.dict[prop.key]
        elif column.default is not None and column.default.is_scalar:
            value = column.default.arg
            setattr(obj, prop.key, value)
        elif column.default is not None and column.default.is_callable:
            value = column.default.arg(None)
            setattr(obj, prop.key, value)
        else:
            value = None
            setattr(obj, prop.key, value)
        row[f"{table.name}_{column.key}"] = value
    return row


_Shape = tuple[tuple[str, ...], int, int]
_WRITES: dict[_Shape, Prepared] = {}


def _values(table: sa.Table, prefix: str) -> dict[str, Any]:
    return {c.key: sa.bindparam(f"{prefix}_{c.key}", type_=c.type) for c in table.columns}


def _write_statement(tables: tuple[sa.Table, ...], events: int, touched: int) -> Prepared:
    """The opening's rows as one statement of data-modifying CTEs, each returning what it wrote; the
    main SELECT counts them (checked: nothing silently skipped). Bind parameters, not values: one
    compiled statement per shape (which tables, how many events and routing rows)."""
    parts: list[sa.CTE] = []
    for i, table in enumerate(tables):
        insert = sa.insert(table).values(_values(table, table.name)).returning(sa.literal(1))
        parts.append(insert.cte(f"n{i}"))
    if events:
        rows = [_values(_EVENTS, f"ev{k}") for k in range(events)]
        parts.append(sa.insert(_EVENTS).values(rows).returning(_EVENTS.c.seq).cte("ev"))
    for k in range(touched):
        update = (
            sa.update(_ROUTING).where(_ROUTING.c.username == sa.bindparam(f"r{k}_username"))
            .values(last_assigned_at=sa.bindparam(f"r{k}_at", type_=_ROUTING.c.last_assigned_at.type))
            .returning(_ROUTING.c.username)
        )
        parts.append(update.cte(f"r{k}"))
    counts = [sa.select(sa.func.count()).select_from(cte).scalar_subquery() for cte in parts]
    return Prepared(sa.select(*[c.label(f"c{i}") for i, c in enumerate(counts)]).add_cte(*parts))


def write(session: Session, opening: Opening, conv: Conversation, message: Message) -> None:
    """Step 3: the opening's rows in one statement; the objects become persistent and clean."""
    pending = set(session.new)
    if conv not in pending or message not in pending:
        raise RuntimeError("a chat opening's conversation and message must be new and unflushed")
    news: list[object] = [conv, message]
    work = conv.work
    if work is not None and work in pending:
        news.append(work)
    logs = [o for o in pending if isinstance(o, AssignmentLog) and o.conversation_id == conv.id]
    if logs:
        logs[0].id = opening.log_id
        news.append(logs[0])  # a second one (none in a chat opening) is left to the ORM's flush
    touched: list[tuple[RoutingAgent, Any]] = []
    for obj in session.dirty:
        if isinstance(obj, RoutingAgent):
            changed = sa.inspect(obj).attrs.last_assigned_at.history
            if changed.added:
                touched.append((obj, changed.added[0]))
    tables = tuple(cast(sa.Table, sa.inspect(obj).mapper.local_table) for obj in news)
    shape = (tuple(t.name for t in tables), len(opening.events), len(touched))
    statement = _WRITES.get(shape)
    if statement is None:
        statement = _WRITES[shape] = _write_statement(tables, shape[1], shape[2])
    params: dict[str, Any] = {}
    for obj, table in zip(news, tables, strict=True):
        params |= _row(obj, table)
    for k, event in enumerate(opening.events):
        params |= {f"ev{k}_{name}": value for name, value in event.items()}
    for k, (agent, at) in enumerate(touched):
        params[f"r{k}_username"], params[f"r{k}_at"] = agent.username, at
    got = statement.first(session, **params)
    expected = (1,) * len(tables) + ((len(opening.events),) if opening.events else ()) + (1,) * len(touched)
    if got != expected:
        raise RuntimeError(f"a chat opening wrote {got} rows, not {expected}")
    # what a flush would have left: the new rows persistent, the routing rows clean
    for obj in news:
        if obj in session:  # (an expunge may cascade to the others)
            session.expunge(obj)
    for obj in news:
        make_transient_to_detached(obj)
    for obj in news:
        session.add(obj)
    for agent, at in touched:
        set_committed_value(agent, "last_assigned_at", at)
