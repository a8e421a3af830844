"""A macro run as the desk follows it (app/policies/macro_run.py): the same run id after a
reconnect until the run is known to be finished; undo only while the grace time lasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.macro_run import TrackedRun, new_run
from app.protocol.macros import MacroRun

NOW = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def _run(run_id: str, state: str, release_at: datetime | None = None) -> MacroRun:
    return MacroRun(run_id=run_id, macro_id=1, macro_name="m", by="ann", state=state, total=3, applied=3,
                    failed=0, held=3, sent=0, started_at=NOW, release_at=release_at)


def test_the_same_run_id_is_asked_again_until_the_run_is_finished():
    params = new_run(1, [5, 6, 7])
    assert len(params.run_id) == 32 and new_run(1, [5]).run_id != params.run_id
    tracked = TrackedRun(params)
    assert tracked.must_ask_again()
    assert not tracked.update(_run("someone-elses-run", "running"))
    assert tracked.update(_run(params.run_id, "running"))
    assert tracked.update(_run(params.run_id, "holding", NOW + timedelta(seconds=30)))
    assert tracked.must_ask_again()
    tracked.update(_run(params.run_id, "released"))
    assert not tracked.must_ask_again() and tracked.history == ["running", "holding", "released"]


def test_undo_only_while_holding_and_before_release():
    tracked = TrackedRun(new_run(1, [5]))
    assert not tracked.can_undo(NOW)
    tracked.update(_run(tracked.params.run_id, "holding", NOW + timedelta(seconds=30)))
    assert tracked.can_undo(NOW) and not tracked.can_undo(NOW + timedelta(seconds=31))
