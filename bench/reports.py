"""Report query times on a year of support history, SQLite and PostgreSQL (issue 20).

Generates ``--count`` conversations over 365 days (tests/support/report_history.py: teams with
business hours, agents, four channels, VIP tiers, topics, reopens, CSAT answers) into a temporary
SQLite file and, with ``--postgres auto`` (default) or a URL, into PostgreSQL; then times
``report.get``'s work (``reports.handlers.report``: the calendar check and the SQL) for a year's
report by each dimension, as a supervisor (every row) and as a VIP manager (their book).

The peer, measured in the same run on the same rows, is a plain ``COUNT(*) ... GROUP BY channel``
over the year: the ratio is what the report's business hours, percentiles and joins cost, which
stays meaningful on a shared machine where absolute times are not. The goal is < 1 s a report.

``before`` is session 3's query (bench/_reports_before.py: five tables joined, the calendar looked
up four times a row), ``after`` today's (``report_facts``, brought up to date first), both timed
in the same run on the same rows; the one-off rebuild of the facts for the generated history (what
an upgraded database does once) is timed too.

Run: ``python bench/reports.py [--count 200000] [--rounds 3] [--postgres auto|URL|off]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _reports_before as before
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.protocol import reports as pr
from app.server.auth import hash_password
from app.server.db import schema as db
from app.server.db.engine import make_engine
from app.server.principal import AgentPrincipal
from app.server.reports import facts, handlers
from app.server.routing import clock
from app.server.routing.policy import parse_teams
from app.server.tables import create_schema
from tests.support import report_history as hist

TEAMS = {
    "version": 1,
    "teams": {
        "en": {"members": ["ann", "abe", "amy"], "languages": ["en"], "hours": ["mon-fri 09:00-18:00"],
               "timezone": hist.ZONE},
        "zh": {"members": ["zhao", "zhou", "zhu"], "languages": ["zh-CN"], "hours": ["mon-fri 09:00-18:00"],
               "timezone": hist.ZONE},
        "vip": {"members": ["vera", "victor"], "vip_tiers": "1-8"},
    },
}
DIMENSIONS: tuple[pr.Dimension, ...] = ("team", "agent", "channel", "vip_tier", "topic")


def _agent(username: str, role: str) -> AgentPrincipal:
    return AgentPrincipal(id=1, username=username, display_name=username.title(), role=role, language="en")  # type: ignore[arg-type]


def _time(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(url: str, label: str, count: int, rounds: int) -> None:
    engine = make_engine(url)
    create_schema(engine)
    policy = parse_teams(TEAMS, "bench")
    now = datetime.now(UTC)
    start = now - timedelta(days=365)

    def session() -> Session:
        s = Session(engine)
        s.info[clock.TEAMS_KEY] = policy
        return s

    started = time.perf_counter()
    with session() as s, s.begin():
        s.add(db.Agent(username="sam", display_name="Sam", role="supervisor", language="en",
                       password_hash=hash_password("x", demo=True), active=True, created_at=now))
        hist.generate(s, count, start, 365, now)
    print(f"{label}: {count:,} conversations over 365 days written in {time.perf_counter() - started:.1f} s")

    def peer() -> None:
        with session() as s:
            s.execute(sa.select(db.Conversation.channel, sa.func.count()).where(
                db.Conversation.created_at >= start).group_by(db.Conversation.channel)).all()

    def report(by: pr.Dimension, who: AgentPrincipal) -> Callable[[], object]:
        params = pr.ReportParams(since=start - timedelta(days=1), until=now + timedelta(minutes=1), by=by)

        def go() -> None:
            with session() as s, s.begin():
                handlers.report(s, who, params)
        return go

    def old(by: pr.Dimension, who: AgentPrincipal) -> Callable[[], object]:
        since, until = start - timedelta(days=1), now + timedelta(minutes=1)
        scope = before.Scope(handlers.SCOPES[who.role], who.username)

        def go() -> None:
            with session() as s, s.begin():
                before.run(s, by, since, until, datetime.now(UTC), scope)
        return go

    started = time.perf_counter()
    with session() as s, s.begin():
        facts.rebuild(s)
    took = time.perf_counter() - started
    print(f"  rebuild of the facts (once, as an upgraded database does): {took:.1f} s")
    old("team", _agent("sam", "supervisor"))()  # builds the old query's calendar once
    base = _time(peer, rounds)
    print(f"  peer (COUNT(*) GROUP BY channel): {base * 1000:.0f} ms")
    for role, username in (("supervisor", "sam"), ("vip_manager", "vera")):
        for by in DIMENSIONS:
            who = _agent(username, role)
            t0 = _time(old(by, who), max(1, rounds // 3))
            t = _time(report(by, who), rounds)
            over = "  > 1 s" if t > 1 else ""
            print(f"  {role:<11} by {by:<8}: before {t0 * 1000:7.0f} ms  after {t * 1000:6.0f} ms "
                  f"({t / base:5.1f}x peer, {t0 / t:5.1f}x faster){over}")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", default="auto", help="auto (a throw-away cluster), a URL, or off")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{folder}/reports.sqlite3", "SQLite", args.count, args.rounds)
    if args.postgres == "off":
        return
    from _pg import throwaway_cluster

    if args.postgres == "auto":
        with throwaway_cluster() as url:
            run(url, "PostgreSQL", args.count, args.rounds)
        return
    name = f"agentdesk_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        run(make_url(args.postgres).set(database=name).render_as_string(hide_password=False), "PostgreSQL",
            args.count, args.rounds)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
