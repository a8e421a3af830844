"""Keep ``report_facts`` (one narrow row per conversation) in step with the conversations.

A year's report used to join six tables and look up the business-hours calendar four times a
row (20 s on SQLite for 200,000 conversations); now it aggregates these rows. A row is counted
by the same SQL the report used (business hours through ``report_calendar``), for:

- every conversation named by an event committed since the facts' last seq (``seq``): a
  conversation's every change appends an event; an event about a customer alone (their tier or
  manager) re-counts all of that customer's conversations;
- every conversation, when the schedules changed (``fingerprint``), when the log was trimmed
  past the last seq, or on a database that had no facts yet (the migration's state row): a
  rebuild in id order that records how far it got (``rebuilt_through``), so it can be done in
  steps without holding the writer long.

:func:`refresh` does what is due; ``report.get`` calls it before each report (so a report is
always current), and the server's background step (:func:`refresh` with a ``budget``) keeps it
nearly current between reports. On PostgreSQL the state row is locked for the refresh: nodes
take turns, and the background step skips a turn another node holds (``SKIP LOCKED``).
Rows written around the server (bulk imports, the tests' generated history) are counted by
:func:`rebuild`.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import get_args

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol.types import TicketCategory
from app.server.db.schema import Conversation, Event
from app.server.reports import calendar
from app.server.reports.schema import ReportFact, ReportFactsState
from app.server.reports.sqlfuncs import as_text, epoch, least
from app.server.timeutil import utcnow

TOPICS: tuple[str, ...] = get_args(TicketCategory)  # help-centre order: the first tagged one wins
CHUNK = 20_000  # conversations counted per statement in a rebuild
INTERVAL = 30.0  # seconds between the server's background steps
STEP = 20_000  # conversations a background step counts at most (a rebuild goes on next time)
IDS = 500  # conversation ids per statement in an incremental refresh
STATE_ID = 1
COLUMNS = (
    "conversation_id, created_at, channel, team, agent, manager, vip_tier, topic, resolved, fr_s, rs_s, "
    "fr_met, fr_due_fixed, fr_due_at, res_met, res_due_fixed, res_due_at, reopened, ever, csat, csat_agent, "
    "csat_team"
)


def fingerprint(session: Session) -> tuple[str, list[str]]:
    """What the durations were counted with: each scheduled key's schedule (a change re-counts)."""
    wanted = calendar.schedules(session)
    text = "|".join(f"{k}={calendar.fingerprint(s)}" for k, s in sorted(wanted.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:32], sorted(wanted)


def _open_at(dialect: sa.Dialect, t: str) -> str:
    """Open seconds of the row's key before instant ``t`` (epoch seconds; NULL without a key)."""
    inside = least(dialect, f"{t} - k.start", "k.stop - k.start")
    return (
        f"(SELECT k.before + {inside} FROM report_calendar k "
        f"WHERE k.key = b.cal AND k.start <= {t} ORDER BY k.start DESC LIMIT 1)"
    )


def _duration(dialect: sa.Dialect, a: str, b: str) -> str:
    return f"CASE WHEN b.cal IS NULL THEN {b} - {a} ELSE {_open_at(dialect, b)} - {_open_at(dialect, a)} END"


def _topic(dialect: sa.Dialect) -> str:
    tags = as_text(dialect, "c.tags")
    tagged = " ".join(f"WHEN {tags} LIKE '%\"{t}\"%' THEN '{t}'" for t in TOPICS)
    return f"COALESCE(tk.category, CASE {tagged} ELSE '' END)"


def _fill_sql(dialect: sa.Dialect, keys: list[str], where: str) -> str:
    """INSERT the facts of the conversations matching ``where`` (over ``c``)."""
    cal_keys = ", ".join(f"'{k}'" for k in keys) or "''"
    ep = functools.partial(epoch, dialect)
    done = "(c.status = 'resolved' AND c.resolved_at IS NOT NULL)"
    return f"""
    INSERT INTO report_facts ({COLUMNS})
    SELECT b.id, b.created_at, b.channel, b.team, b.agent, b.manager, b.vip_tier, b.topic, b.resolved,
      {_duration(dialect, "b.t0", "b.t_fr")}, {_duration(dialect, "b.t0", "b.t_res")},
      b.fr_met, b.fr_due_fixed, b.fr_due_at, b.res_met, b.res_due_fixed, b.res_due_at, b.reopened, b.ever,
      b.csat, b.csat_agent, b.csat_team
    FROM (
      SELECT c.id AS id, c.created_at AS created_at, c.channel AS channel, COALESCE(w.team, '') AS team,
        COALESCE(c.assignee, '') AS agent, cu.account_manager AS manager,
        CAST(cu.vip_tier AS VARCHAR(8)) AS vip_tier, {_topic(dialect)} AS topic,
        CASE WHEN c.status = 'resolved' THEN 1 ELSE 0 END AS resolved,
        CASE WHEN w.team IS NOT NULL AND c.channel IN ('chat', 'email')
             AND (w.team || ':' || c.channel) IN ({cal_keys})
             THEN w.team || ':' || c.channel END AS cal,
        {ep("c.created_at")} AS t0,
        {ep("c.first_response_at")} AS t_fr,
        CASE WHEN c.status = 'resolved' THEN {ep("c.resolved_at")} END AS t_res,
        CASE WHEN c.first_response_due IS NOT NULL AND c.first_response_at IS NOT NULL
              AND c.first_response_at <= c.first_response_due THEN 1 ELSE 0 END AS fr_met,
        CASE WHEN c.first_response_due IS NOT NULL AND c.first_response_at IS NOT NULL
             THEN 1 ELSE 0 END AS fr_due_fixed,
        CASE WHEN c.first_response_at IS NULL THEN c.first_response_due END AS fr_due_at,
        CASE WHEN c.resolution_due IS NOT NULL AND {done} AND c.resolved_at <= c.resolution_due
             THEN 1 ELSE 0 END AS res_met,
        CASE WHEN c.resolution_due IS NOT NULL AND {done} THEN 1 ELSE 0 END AS res_due_fixed,
        CASE WHEN NOT {done} THEN c.resolution_due END AS res_due_at,
        CASE WHEN COALESCE(o.reopens, 0) > 0 THEN 1 ELSE 0 END AS reopened,
        CASE WHEN COALESCE(o.resolutions, 0) > 0 OR c.resolved_at IS NOT NULL THEN 1 ELSE 0 END AS ever,
        r.score AS csat, COALESCE(r.agent, '') AS csat_agent, COALESCE(r.team, '') AS csat_team
      FROM conversations c
      JOIN customers cu ON cu.uid = c.customer_uid
      LEFT JOIN conversation_work w ON w.conversation_id = c.id
      LEFT JOIN conversation_outcomes o ON o.conversation_id = c.id
      LEFT JOIN tickets tk ON tk.conversation_id = c.id
      LEFT JOIN csat_ratings r ON r.conversation_id = c.id
      WHERE {where}
    ) b
    """


def _state(session: Session, *, skip_locked: bool) -> ReportFactsState | None:
    """The state row, locked for this transaction (None: another node holds it and we skip)."""
    query = sa.select(ReportFactsState).where(ReportFactsState.id == STATE_ID)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=skip_locked)
    state = session.scalars(query).first()
    if state is not None or skip_locked:
        return state
    state = ReportFactsState(id=STATE_ID, fingerprint="", seq=0, rebuilt_through=None)
    session.add(state)
    session.flush()
    return state


def _ensure_calendar(session: Session, first: datetime | None) -> None:
    if first is not None:
        now = utcnow()
        calendar.ensure(session, min(first, now), now)


def _fill_range(session: Session, keys: list[str], lo: int, hi: int) -> None:
    dialect = session.get_bind().dialect
    bounds = {"lo": lo, "hi": hi}
    stale = sa.and_(ReportFact.conversation_id > lo, ReportFact.conversation_id <= hi)
    session.execute(sa.delete(ReportFact).where(stale))
    session.execute(sa.text(_fill_sql(dialect, keys, "c.id > :lo AND c.id <= :hi")), bounds)


def _fill_ids(session: Session, keys: list[str], ids: Sequence[int]) -> None:
    dialect = session.get_bind().dialect
    for i in range(0, len(ids), IDS):
        part = list(ids[i : i + IDS])
        _ensure_calendar(session, session.scalar(
            sa.select(sa.func.min(Conversation.created_at)).where(Conversation.id.in_(part))
        ))
        session.execute(sa.delete(ReportFact).where(ReportFact.conversation_id.in_(part)))
        fill = sa.text(_fill_sql(dialect, keys, "c.id IN :ids"))
        stmt = fill.bindparams(sa.bindparam("ids", expanding=True))
        session.execute(stmt, {"ids": part})


def _indexes(session: Session, *, drop: bool) -> None:
    """Drop or make the facts' indexes but the primary key (in this transaction)."""
    connection = session.connection()
    for index in ReportFact.__table__.indexes:
        if drop:
            index.drop(connection, checkfirst=True)
        else:
            index.create(connection, checkfirst=True)


def _head(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.max(Event.seq))) or 0)


def _changed(session: Session, after: int, upto: int) -> list[int]:
    """The conversations named by events in ``(after, upto]`` (and of customers named alone)."""
    window = sa.and_(Event.seq > after, Event.seq <= upto)
    ids = set(session.scalars(
        sa.select(Event.conversation_id).where(window, Event.conversation_id.is_not(None)).distinct()
    ))
    customers = sa.select(Event.customer_uid).where(
        window, Event.conversation_id.is_(None), Event.customer_uid.is_not(None)
    ).distinct()
    ids.update(session.scalars(sa.select(Conversation.id).where(Conversation.customer_uid.in_(customers))))
    return sorted(i for i in ids if i is not None)


def rebuild(session: Session) -> None:
    """Count every conversation again (rows written around the server; a changed policy)."""
    state = _state(session, skip_locked=False)
    assert state is not None
    state.fingerprint = ""
    session.flush()
    refresh(session)


def refresh(session: Session, budget: int | None = None, *, skip_locked: bool = False) -> int:
    """Bring the facts up to date (``budget``: at most about that many conversations this time,
    the rest on the next call); how many conversations were counted."""
    state = _state(session, skip_locked=skip_locked)
    if state is None:
        return 0
    fp, keys = fingerprint(session)
    head = _head(session)
    oldest = session.scalar(sa.select(sa.func.min(Event.seq)))
    trimmed = oldest is not None and state.seq > 0 and int(oldest) > state.seq + 1
    if state.fingerprint != fp or trimmed or state.seq > head:
        state.fingerprint, state.seq, state.rebuilt_through = fp, head, 0
        session.flush()
    counted = 0
    if state.rebuilt_through is not None:
        top = int(session.scalar(sa.select(sa.func.max(Conversation.id))) or 0)
        lo = int(state.rebuilt_through)
        whole = lo == 0 and budget is None
        if lo == 0:
            session.execute(sa.delete(ReportFact))
        if whole:  # one index build at the end sorts once; 200,000 inserts into 13 indexes thrash
            _indexes(session, drop=True)
        _ensure_calendar(session, session.scalar(
            sa.select(sa.func.min(Conversation.created_at)).where(Conversation.id > lo)
        ))
        while lo < top and (budget is None or counted < budget):
            hi = min(top, lo + CHUNK)
            _fill_range(session, keys, lo, hi)
            counted += hi - lo
            lo = hi
        if whole:
            _indexes(session, drop=False)
        state.rebuilt_through = None if lo >= top else lo
        session.flush()
        if state.rebuilt_through is not None:
            return counted
    if head > state.seq:
        upto = head
        ids = _changed(session, state.seq, upto)
        if ids:
            _fill_ids(session, keys, ids)
            counted += len(ids)
        state.seq = upto
        session.flush()
    return counted


def background_step(session: Session, _now: object) -> int:
    """The server's periodic job (``app.py``): a bounded refresh, skipped while another node holds
    the state row (it is doing the same work)."""
    return refresh(session, STEP, skip_locked=True)
