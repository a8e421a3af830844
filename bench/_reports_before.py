"""BEFORE (bench only): the report query as session 3 shipped it, kept so bench/reports.py can time
the old and the new on the same rows in the same run. It joined five tables and looked up the
calendar four times a row; the server now reads ``report_facts`` (app/server/reports/query.py).

The report query: one SQL statement per figure family, grouped by the dimension asked for.

Every figure is counted by the database (SQLite or PostgreSQL): the cohort (conversations created
in ``[since, until)`` that the caller may see), durations in business hours through the calendar
(``open(t)`` = the open seconds of the key before ``t``: the last interval starting before ``t``
plus its ``before``; a duration is ``open(b) - open(a)``; a conversation without a scheduled key
counts every second), nearest-rank median and p90 by window functions, SLA and reopen counts by
sums, CSAT by the agent and team of the answer. Python only merges the rows and shapes the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import reports as pr
from app.protocol.types import TicketCategory
from app.server.db.types import UtcDateTime
from app.server.reports import calendar
from app.server.reports.sqlfuncs import as_text, epoch, least

TOPICS: tuple[str, ...] = TicketCategory.__args__  # help-centre order: the first tagged one wins


@dataclass(frozen=True)
class Scope:
    """Who may see what: ``all`` (supervisor), ``book`` (a VIP manager's clients and their own
    conversations), ``own`` (an agent's assigned conversations)."""

    kind: str
    username: str


def _scope_sql(scope: Scope) -> str:
    if scope.kind == "all":
        return "1 = 1"
    if scope.kind == "book":
        return "(cu.account_manager = :me OR c.assignee = :me)"
    return "c.assignee = :me"


def _key_sql(by: pr.Dimension, dialect: sa.Dialect) -> str:
    if by == "team":
        return "COALESCE(w.team, '')"
    if by == "agent":
        return "COALESCE(c.assignee, '')"
    if by == "channel":
        return "c.channel"
    if by == "vip_tier":
        return "CAST(cu.vip_tier AS VARCHAR(8))"
    tags = as_text(dialect, "c.tags")
    tagged = " ".join(f"WHEN {tags} LIKE '%\"{t}\"%' THEN '{t}'" for t in TOPICS)
    return f"COALESCE(tk.category, CASE {tagged} ELSE '' END)"


def _csat_key_sql(by: pr.Dimension, dialect: sa.Dialect) -> str:
    if by == "team":
        return "COALESCE(r.team, '')"
    if by == "agent":
        return "COALESCE(r.agent, '')"
    return _key_sql(by, dialect)


def _open_at(dialect: sa.Dialect, t: str) -> str:
    """Open seconds of the row's key before instant ``t`` (epoch seconds; NULL without a key)."""
    inside = least(dialect, f"{t} - k.start", "k.stop - k.start")
    return (
        f"(SELECT k.before + {inside} FROM report_calendar k "
        f"WHERE k.key = b.cal AND k.start <= {t} ORDER BY k.start DESC LIMIT 1)"
    )


def _duration(dialect: sa.Dialect, a: str, b: str) -> str:
    return f"CASE WHEN b.cal IS NULL THEN {b} - {a} ELSE {_open_at(dialect, b)} - {_open_at(dialect, a)} END"


def _base(by: pr.Dimension, scope: Scope, dialect: sa.Dialect, keys: list[str]) -> str:
    """The cohort, one row per conversation, with its key, calendar key and raw epochs."""
    cal_keys = ", ".join(f"'{k}'" for k in keys) or "''"
    ep = lambda col: epoch(dialect, col)  # noqa: E731
    return f"""
    SELECT c.id AS id, {_key_sql(by, dialect)} AS k, c.status AS status,
      CASE WHEN w.team IS NOT NULL AND c.channel IN ('chat', 'email')
           AND (w.team || ':' || c.channel) IN ({cal_keys})
           THEN w.team || ':' || c.channel END AS cal,
      {ep("c.created_at")} AS t0,
      {ep("c.first_response_at")} AS t_fr,
      CASE WHEN c.status = 'resolved' THEN {ep("c.resolved_at")} END AS t_res,
      CASE WHEN c.first_response_due IS NOT NULL
            AND (c.first_response_at IS NOT NULL OR c.first_response_due < :now) THEN 1 ELSE 0 END AS fr_due,
      CASE WHEN c.first_response_due IS NOT NULL AND c.first_response_at IS NOT NULL
            AND c.first_response_at <= c.first_response_due THEN 1 ELSE 0 END AS fr_met,
      CASE WHEN c.resolution_due IS NOT NULL
            AND ((c.status = 'resolved' AND c.resolved_at IS NOT NULL) OR c.resolution_due < :now)
           THEN 1 ELSE 0 END AS res_due,
      CASE WHEN c.resolution_due IS NOT NULL AND c.status = 'resolved' AND c.resolved_at IS NOT NULL
            AND c.resolved_at <= c.resolution_due THEN 1 ELSE 0 END AS res_met,
      CASE WHEN COALESCE(o.reopens, 0) > 0 THEN 1 ELSE 0 END AS reopened,
      CASE WHEN COALESCE(o.resolutions, 0) > 0 OR c.resolved_at IS NOT NULL THEN 1 ELSE 0 END AS ever
    FROM conversations c
    JOIN customers cu ON cu.uid = c.customer_uid
    LEFT JOIN conversation_work w ON w.conversation_id = c.id
    LEFT JOIN conversation_outcomes o ON o.conversation_id = c.id
    LEFT JOIN tickets tk ON tk.conversation_id = c.id
    WHERE c.created_at >= :since AND c.created_at < :until AND {_scope_sql(scope)}
    """


def _figures_sql(dialect: sa.Dialect, base: str) -> str:
    fr = _duration(dialect, "b.t0", "b.t_fr")
    res = _duration(dialect, "b.t0", "b.t_res")
    columns = "status, fr_s, rs_s, fr_due, fr_met, res_due, res_met, reopened, ever"

    def ranked(name: str, column: str) -> str:
        """Nearest rank: the value at ⌈p·n⌉ of the sorted values (one sort; n from a count)."""
        return f"""{name}_n AS (SELECT g, k, COUNT({column}) AS n FROM d GROUP BY g, k),
    {name} AS (
      SELECT g, k, {column} AS v, ROW_NUMBER() OVER (PARTITION BY g, k ORDER BY {column}) AS rn
      FROM d WHERE {column} IS NOT NULL),
    {name}_p AS (
      SELECT r.g AS g, r.k AS k, MAX(c.n) AS cnt,
        MAX(CASE WHEN r.rn = (c.n * 50 + 99) / 100 THEN r.v END) AS p50,
        MAX(CASE WHEN r.rn = (c.n * 90 + 99) / 100 THEN r.v END) AS p90
      FROM {name} r JOIN {name}_n c ON c.g = r.g AND c.k = r.k GROUP BY r.g, r.k)"""

    # b1: each conversation's durations, computed once; d: b1 twice, under its key and the total's
    return f"""
    WITH b0 AS ({base}),
    b1 AS MATERIALIZED (
      SELECT b.k AS k, b.status AS status, {fr} AS fr_s, {res} AS rs_s, b.fr_due AS fr_due,
        b.fr_met AS fr_met, b.res_due AS res_due, b.res_met AS res_met, b.reopened AS reopened,
        b.ever AS ever FROM b0 b),
    d AS MATERIALIZED (
      SELECT 0 AS g, k, {columns} FROM b1 UNION ALL SELECT 1 AS g, '' AS k, {columns} FROM b1),
    {ranked("fr", "fr_s")},
    {ranked("rs", "rs_s")},
    agg AS (
      SELECT g, k, COUNT(*) AS conversations,
        SUM(CASE WHEN status = 'resolved' THEN 1 ELSE 0 END) AS resolved,
        SUM(fr_met) AS fr_met, SUM(fr_due) AS fr_due, SUM(res_met) AS res_met, SUM(res_due) AS res_due,
        SUM(reopened) AS reopened, SUM(ever) AS ever
      FROM d GROUP BY g, k)
    SELECT agg.g, agg.k, agg.conversations, agg.resolved, agg.fr_met, agg.fr_due, agg.res_met, agg.res_due,
      agg.reopened, agg.ever,
      COALESCE(fr_p.cnt, 0), fr_p.p50, fr_p.p90, COALESCE(rs_p.cnt, 0), rs_p.p50, rs_p.p90
    FROM agg LEFT JOIN fr_p ON fr_p.g = agg.g AND fr_p.k = agg.k
      LEFT JOIN rs_p ON rs_p.g = agg.g AND rs_p.k = agg.k
    """


def _csat_sql(by: pr.Dimension, scope: Scope, dialect: sa.Dialect) -> str:
    rows = f"""SELECT {_csat_key_sql(by, dialect)} AS k, r.score AS score
      FROM csat_ratings r
      JOIN conversations c ON c.id = r.conversation_id
      JOIN customers cu ON cu.uid = c.customer_uid
      LEFT JOIN conversation_work w ON w.conversation_id = c.id
      LEFT JOIN tickets tk ON tk.conversation_id = c.id
      WHERE c.created_at >= :since AND c.created_at < :until AND {_scope_sql(scope)}"""
    return f"""
    WITH s AS ({rows}), t AS (SELECT 0 AS g, k, score FROM s UNION ALL SELECT 1 AS g, '' AS k, score FROM s)
    SELECT g, k, COUNT(*), SUM(score), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM t GROUP BY g, k
    """


def _params(stmt: str, since: datetime, until: datetime, now: datetime, scope: Scope) -> sa.TextClause:
    clause = sa.text(stmt).bindparams(
        sa.bindparam("since", since, type_=UtcDateTime),
        sa.bindparam("until", until, type_=UtcDateTime),
    )
    if ":now" in stmt:
        clause = clause.bindparams(sa.bindparam("now", now, type_=UtcDateTime))
    if ":me" in stmt:
        clause = clause.bindparams(sa.bindparam("me", scope.username))
    return clause


def _secs(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


def run(
    session: Session, by: pr.Dimension, since: datetime, until: datetime, now: datetime, scope: Scope
) -> tuple[list[pr.ReportRow], pr.ReportRow]:
    """The rows by key (sorted) and the total."""
    dialect = session.get_bind().dialect
    keys = calendar.ensure(session, since, max(now, until))
    if dialect.name == "postgresql":
        # JIT compiling this one-off query costs more than it saves (half its time on 2 cores),
        # and its sorts fit in memory with a little more than the default 4 MB
        session.execute(sa.text("SET LOCAL jit = off"))
        session.execute(sa.text("SET LOCAL work_mem = '64MB'"))
    stmt = _figures_sql(dialect, _base(by, scope, dialect, keys))
    rows: dict[str, dict[str, Any]] = {}
    total: dict[str, Any] = {}
    for g, key, *r in session.execute(_params(stmt, since, until, now, scope)):
        (total if g else rows.setdefault(str(key), {})).update(
            conversations=int(r[0]), resolved=int(r[1] or 0),
            sla_first_response_met=int(r[2] or 0), sla_first_response_due=int(r[3] or 0),
            sla_resolution_met=int(r[4] or 0), sla_resolution_due=int(r[5] or 0),
            reopened=int(r[6] or 0), ever_resolved=int(r[7] or 0),
            first_response_count=int(r[8]), first_response_median=_secs(r[9]),
            first_response_p90=_secs(r[10]),
            resolution_count=int(r[11]), resolution_median=_secs(r[12]), resolution_p90=_secs(r[13]),
        )
    for g, key, *r in session.execute(_params(_csat_sql(by, scope, dialect), since, until, now, scope)):
        (total if g else rows.setdefault(str(key), {})).update(
            csat_count=int(r[0]), csat_sum=int(r[1] or 0), csat_satisfied=int(r[2] or 0)
        )
    return [pr.ReportRow(key=k, **v) for k, v in sorted(rows.items())], pr.ReportRow(key="", **total)
