"""``report_facts`` kept in step (app/server/reports/facts.py), on a real SQLite file: a database
without facts is counted in bounded steps that pick up where the last stopped; a conversation named
by a committed event is counted again (and one changed without any event is not, until a rebuild:
the contract bulk imports rely on); an event about a customer alone re-counts their conversations;
new business hours re-count everything."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import schema as db
from app.server.db.engine import make_engine
from app.server.reports import facts
from app.server.reports.schema import ReportFact, ReportFactsState
from app.server.routing import clock
from app.server.routing.policy import parse_teams
from app.server.tables import create_schema
from tests.support import report_history as hist


def _policy(hours: str) -> object:
    teams = {code: {"members": list(agents), "languages": ["en"], "hours": [hours], "timezone": hist.ZONE}
             for code, agents in hist.TEAM_AGENTS.items() if code != "vip"}
    teams["vip"] = {"members": list(hist.TEAM_AGENTS["vip"]), "vip_tiers": "1-8"}
    return parse_teams({"version": 1, "teams": teams}, "test")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'facts.sqlite3'}")
    create_schema(engine)
    yield engine
    engine.dispose()


def _session(engine: sa.Engine, policy: object) -> Session:
    session = Session(engine)
    session.info[clock.TEAMS_KEY] = policy
    return session


def _fact(engine: sa.Engine, conversation_id: int) -> ReportFact | None:
    with Session(engine, expire_on_commit=False) as s:
        return s.get(ReportFact, conversation_id)


def _event(session: Session, conversation_id: int | None, uid: str | None) -> None:
    session.add(db.Event(name="conversation.updated", data="{}", conversation_id=conversation_id,
                         customer_uid=uid, customer_visible=False, created_at=datetime.now(UTC)))


def test_facts_are_counted_in_steps_then_follow_events_and_new_hours(engine, monkeypatch):
    monkeypatch.setattr(facts, "CHUNK", 700)
    policy = _policy("mon-fri 09:00-18:00")
    now = datetime.now(UTC)
    with _session(engine, policy) as s, s.begin():
        rows = hist.generate(s, 2000, now - timedelta(days=60), 60, now)
    # an upgraded database: the migration's state row says nothing is counted yet
    with _session(engine, policy) as s, s.begin():
        assert s.get(ReportFactsState, 1).fingerprint == ""
        assert facts.refresh(s, 1000) == 1400  # two chunks, then the next step goes on
        assert s.get(ReportFactsState, 1).rebuilt_through == rows[0].id - 1 + 1400
    with _session(engine, policy) as s, s.begin():
        assert facts.refresh(s, 1000) == rows[-1].id - (rows[0].id - 1) - 1400
        assert s.get(ReportFactsState, 1).rebuilt_through is None
        assert s.scalar(sa.select(sa.func.count()).select_from(ReportFact)) == 2000
        assert facts.refresh(s) == 0  # nothing changed since

    def closed_between(r: hist.Row) -> float:
        assert r.first_response is not None
        return (r.first_response - r.created).total_seconds() - hist.open_seconds(r.created, r.first_response)

    scheduled = next(  # answered across a closed stretch: business hours count less than the clock
        r for r in rows
        if r.team == "en" and r.channel == "chat" and r.first_response and closed_between(r) > 3600
    )
    fact = _fact(engine, scheduled.id)
    assert fact is not None and fact.fr_s == pytest.approx(hist.open_seconds(scheduled.created,
                                                                            scheduled.first_response))
    # a change with its event is counted again; one without any event is not
    quiet, loud = rows[1], rows[2]
    with _session(engine, policy) as s, s.begin():
        for r in (quiet, loud):
            s.execute(sa.update(db.Conversation).where(db.Conversation.id == r.id).values(assignee="zoe"))
        _event(s, loud.id, loud.uid)
    with _session(engine, policy) as s, s.begin():
        assert facts.refresh(s) == 1
    assert _fact(engine, loud.id).agent == "zoe" and _fact(engine, quiet.id).agent != "zoe"

    # an event about a customer alone (their tier): all of their conversations are counted again
    uid = rows[5].uid
    theirs = [r.id for r in rows if r.uid == uid]
    with _session(engine, policy) as s, s.begin():
        s.execute(sa.update(db.Customer).where(db.Customer.uid == uid).values(vip_tier=7))
        _event(s, None, uid)
    with _session(engine, policy) as s, s.begin():
        assert facts.refresh(s) == len(theirs)
    assert {_fact(engine, cid).vip_tier for cid in theirs} == {"7"}

    # new business hours: every conversation is counted again with them
    longer = _policy("mon-sun 00:00-23:59")
    with _session(engine, longer) as s, s.begin():
        assert facts.refresh(s) == rows[-1].id - (rows[0].id - 1)
    assert _fact(engine, scheduled.id).fr_s > fact.fr_s + 3000
