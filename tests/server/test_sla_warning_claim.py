"""The SLA warning job is claimed by one node at a time (issue 15), as the breach job is: while
another node's transaction holds the warnings' watermark, a node's run returns at once instead of
reading the same candidates, inserting the same warning (``uq_sla_warning``: an IntegrityError that
failed the whole run) or waiting on the locked row. PostgreSQL, two sessions on one database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from app.server.db.engine import make_engine, make_session_factory
from app.server.db.schema import Setting
from app.server.dispatch import jobs
from app.server.tables import create_schema

pytestmark = pytest.mark.postgres


def test_a_second_node_skips_the_warning_run_while_the_first_holds_it(pg_url: str) -> None:
    engine = make_engine(pg_url)
    create_schema(engine)
    factory = make_session_factory(engine)
    started = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    with factory() as first_run, first_run.begin():
        assert jobs.record_warnings(first_run, started) == 0  # the first run ever sets the watermark
    holder, other = factory(), factory()
    try:
        holder.begin()
        assert jobs.record_warnings(holder, started.replace(minute=1)) == 0
        holder.flush()  # its watermark's new value is written: the row is locked until its commit
        other.begin()
        other.execute(sa.text("SET LOCAL lock_timeout = '2s'"))  # waiting would fail, not hang
        assert jobs.record_warnings(other, started.replace(minute=2)) == 0
        other.commit()  # nothing of the watermark was touched by the skipped run
        holder.commit()
    finally:
        holder.close()
        other.close()
    with factory() as check:
        mark = check.get(Setting, jobs.WARNING_WATERMARK_KEY)
        assert mark is not None
        assert mark.value == started.replace(minute=1).isoformat()  # the holder's run, not the other's
    engine.dispose()
