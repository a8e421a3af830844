"""The report query: one SQL statement for the figures and one for CSAT, grouped by the dimension
asked for, over ``report_facts`` (:mod:`app.server.reports.facts`: one narrow row per
conversation, its business-hour durations already counted).

Every figure is counted by the database (SQLite or PostgreSQL): the cohort (conversations created
in ``[since, until)`` that the caller may see); SLA and reopen counts by sums in one pass grouped
by key (a due time not met yet counts once it is before ``now``); nearest-rank median and p90 as
the value at rank ⌈p·n⌉, read by walking an index in value order (``LIMIT 1 OFFSET``: no sort of
the cohort, which cost most of a second per percentile on SQLite); CSAT by the agent and team of
the answer. Python adds the groups' counts up for the total and shapes the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import reports as pr
from app.server.db.types import UtcDateTime
from app.server.reports import facts

KEYS: dict[str, str] = {"team": "f.team", "agent": "f.agent", "channel": "f.channel",
                        "vip_tier": "f.vip_tier", "topic": "f.topic"}


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
        return "(f.manager = :me OR f.agent = :me)"
    return "f.agent = :me"


CSAT_KEYS: dict[str, str] = {**KEYS, "team": "f.csat_team", "agent": "f.csat_agent"}  # the answer's


def _sums_sql(by: pr.Dimension, scope: Scope, dialect: sa.Dialect, whole: bool) -> str:
    """The counts by key and CSAT by the answer's key, in one pass over the cohort (``whole``:
    most of the table is in the period, and SQLite reads it faster straight than through the date
    index). Grouped by both keys: a CSAT answer counts under its own agent and team."""
    straight = " NOT INDEXED" if whole and dialect.name == "sqlite" else ""
    return f"""
    SELECT {KEYS[by]} AS k, {CSAT_KEYS[by]} AS ck, COUNT(*), SUM(f.resolved), SUM(f.fr_met),
      SUM(CASE WHEN f.fr_due_fixed = 1 OR f.fr_due_at < :now THEN 1 ELSE 0 END), SUM(f.res_met),
      SUM(CASE WHEN f.res_due_fixed = 1 OR f.res_due_at < :now THEN 1 ELSE 0 END),
      SUM(f.reopened), SUM(f.ever), COUNT(f.fr_s), COUNT(f.rs_s),
      COUNT(f.csat), SUM(f.csat), SUM(CASE WHEN f.csat >= 4 THEN 1 ELSE 0 END)
    FROM report_facts f{straight}
    WHERE f.created_at >= :since AND f.created_at < :until AND {_scope_sql(scope)}
    GROUP BY {KEYS[by]}, {CSAT_KEYS[by]}
    """


def _rank_sql(
    by: pr.Dimension | None, value: str, scope: Scope, dialect: sa.Dialect, whole: bool, order: str
) -> str:
    """The value at a rank (nearest rank: ⌈p·n⌉, 1-based) among a key's cohort (``by`` None: the
    whole cohort's), read by walking ``ix_report_facts_<key>_<value>`` in value order (SQLite is
    told to when the period is most of the table: it would rather sort what the date index finds).
    ``order`` DESC walks from the top: the p90 visits a tenth of the entries, not nine."""
    key = f"{KEYS[by]} = :key AND " if by is not None else ""
    hint = f" INDEXED BY ix_report_facts_{by or 'all'}_{value}" if whole and dialect.name == "sqlite" else ""
    return f"""
    SELECT f.{value} FROM report_facts f{hint}
    WHERE {key}f.{value} IS NOT NULL AND f.created_at >= :since AND f.created_at < :until
      AND {_scope_sql(scope)}
    ORDER BY f.{value} {order} LIMIT 1 OFFSET :skip
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


def _rank(p: int, n: int) -> int:
    """The nearest rank (1-based) of the ``p``-th percentile of ``n`` values: ⌈p·n/100⌉."""
    return (n * p + 99) // 100


def _mostly(session: Session, since: datetime, until: datetime) -> bool:
    """Whether the period holds more than a quarter of the facts (two index-only counts)."""
    total = int(session.scalar(sa.text("SELECT COUNT(*) FROM report_facts")) or 0)
    inside = session.scalar(_params(
        "SELECT COUNT(*) FROM report_facts WHERE created_at >= :since AND created_at < :until",
        since, until, since, Scope("all", ""),
    ))
    return int(inside or 0) * 4 > total


COUNTS = ("conversations", "resolved", "sla_first_response_met", "sla_first_response_due",
          "sla_resolution_met", "sla_resolution_due", "reopened", "ever_resolved",
          "first_response_count", "resolution_count")
CSAT = ("csat_count", "csat_sum", "csat_satisfied")


def run(
    session: Session, by: pr.Dimension, since: datetime, until: datetime, now: datetime, scope: Scope
) -> tuple[list[pr.ReportRow], pr.ReportRow]:
    """The rows by key (sorted) and the total (the facts brought up to date first)."""
    dialect = session.get_bind().dialect
    facts.refresh(session)
    if dialect.name == "postgresql":
        session.execute(sa.text("SET LOCAL jit = off"))  # compiling costs more than these queries
    whole = dialect.name == "sqlite" and _mostly(session, since, until)
    rows: dict[str, dict[str, Any]] = {}
    total: dict[str, Any] = dict.fromkeys((*COUNTS, *CSAT), 0)

    def add(into: dict[str, Any], names: tuple[str, ...], values: list[Any]) -> None:
        for name, value in zip(names, values, strict=True):
            into[name] = into.get(name, 0) + int(value or 0)

    sums = _params(_sums_sql(by, scope, dialect, whole), since, until, now, scope)
    for key, csat_key, *r in session.execute(sums):  # the total's figures: the sum of its groups'
        counts, csat = r[: len(COUNTS)], r[len(COUNTS) :]
        add(rows.setdefault(str(key), {}), COUNTS, counts)
        add(total, COUNTS, counts)
        if csat[0]:
            add(rows.setdefault(str(csat_key), {}), CSAT, csat)
            add(total, CSAT, csat)

    def ranked(group: pr.Dimension | None, key: str, figures: dict[str, Any]) -> None:
        for value, name, count in (("fr_s", "first_response", "first_response_count"),
                                   ("rs_s", "resolution", "resolution_count")):
            n = figures.get(count, 0)
            for p, field in ((50, "median"), (90, "p90")):
                found = None
                if n:
                    rank = _rank(p, n)
                    order, skip = ("ASC", rank - 1) if rank <= n - rank else ("DESC", n - rank)
                    stmt = _rank_sql(group, value, scope, dialect, whole, order)
                    clause = _params(stmt, since, until, now, scope).bindparams(skip=skip)
                    if group is not None:
                        clause = clause.bindparams(key=key)
                    found = session.scalar(clause)
                figures[f"{name}_{field}"] = _secs(found)

    for key, figures in rows.items():
        ranked(by, key, figures)
    ranked(None, "", total)
    return [pr.ReportRow(key=k, **v) for k, v in sorted(rows.items())], pr.ReportRow(key="", **total)
