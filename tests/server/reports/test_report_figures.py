"""``report.get`` against a real server (WebSockets on loopback, a SQLite file) holding 90 days of
generated history (50,000 conversations): every figure of every row, for every dimension, equals
an independent calculation in Python from the same generated rows (tests/support/report_history);
a VIP manager and an agent get only their book and their own work; a bad period is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.server.reports import facts
from tests.server.routing.support import floor, teams_file
from tests.support import report_history as hist
from tests.support.server import AgentClient, RequestError

COUNT = 50_000
DAYS = 90


def _iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def assert_matches(result: dict[str, Any], expected: dict[str, hist.Figures], total: hist.Figures) -> None:
    got = {r["key"]: r for r in result["rows"]}
    assert set(got) == set(expected)
    for key, want in [*expected.items(), ("<total>", total)]:
        row = result["total"] if key == "<total>" else got[key]
        for name, value in want.items():
            if isinstance(value, float):
                assert row[name] == pytest.approx(value, abs=0.01), (key, name)
            else:
                assert row[name] == value, (key, name)


def served_at(result: dict[str, Any]) -> datetime:
    """The server's ``now`` for the report (a due time passing between the test's clock and the
    server's is counted by both the same way)."""
    return datetime.fromisoformat(result["generated_at"].replace("Z", "+00:00"))


async def history(server: Any, count: int, now: datetime) -> list[hist.Row]:
    """Generated rows are written around the server (no events): the facts are counted again,
    as after a bulk import."""
    start = now - timedelta(days=DAYS)
    rows = await server.context.db.run(hist.generate, count, start, DAYS, now)
    await server.context.db.run(facts.rebuild)
    return rows


async def test_every_figure_by_every_dimension_matches_an_independent_calculation(tmp_path):
    policy = teams_file(tmp_path, hours=hist.HOURS, tz=hist.ZONE)
    now = datetime.now(UTC)
    async with floor(tmp_path, customers=2, teams_policy_path=str(policy)) as server:
        rows = await history(server, COUNT, now)
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        since, until = now - timedelta(days=DAYS + 1), now + timedelta(minutes=1)
        for by in ("team", "agent", "channel", "vip_tier", "topic"):
            result = (await sam.request("report.get", since=_iso(since), until=_iso(until), by=by))
            assert result["scope"] == "all"
            expected, total = hist.expected(rows, by, since, until, served_at(result))
            assert_matches(result, expected, total)
            assert result["total"]["conversations"] == COUNT
        # a sub-period: the last 30 days only
        since = now - timedelta(days=30)
        result = (await sam.request("report.get", since=_iso(since), until=_iso(until), by="team"))
        expected, total = hist.expected(rows, "team", since, until, served_at(result))
        assert 0 < total["conversations"] < COUNT
        assert_matches(result, expected, total)
        await sam.close()


async def test_a_vip_manager_sees_their_book_and_an_agent_their_own_work(tmp_path):
    policy = teams_file(tmp_path, hours=hist.HOURS, tz=hist.ZONE)
    now = datetime.now(UTC)
    async with floor(tmp_path, customers=2, teams_policy_path=str(policy)) as server:
        rows = await history(server, 3000, now)
        since, until = now - timedelta(days=DAYS + 1), now + timedelta(minutes=1)
        for username, role, scope in (("vera", "vip_manager", "book"), ("ann", "agent", "own")):
            client = await AgentClient.login(server.ws_url, username, "demo")
            result = (await client.request("report.get", since=_iso(since), until=_iso(until), by="channel"))
            assert result["scope"] == scope
            expected, total = hist.expected(rows, "channel", since, until, served_at(result), role, username)
            assert 0 < total["conversations"] < 3000
            assert_matches(result, expected, total)
            await client.close()


async def test_a_bad_period_is_refused_with_a_clear_error(tmp_path):
    async with floor(tmp_path, customers=2) as server:
        sam = await AgentClient.login(server.ws_url, "sam", "demo")
        now = datetime.now(UTC)
        with pytest.raises(RequestError) as backwards:
            await sam.request("report.get", since=_iso(now), until=_iso(now - timedelta(days=1)))
        assert backwards.value.code == "bad_request" and "until" in str(backwards.value)
        with pytest.raises(RequestError) as too_long:
            await sam.request("report.get", since=_iso(now - timedelta(days=500)), until=_iso(now))
        assert too_long.value.code == "bad_request" and "400 days" in str(too_long.value)
        with pytest.raises(RequestError) as unknown:
            await sam.request("report.get", since=_iso(now - timedelta(days=1)), until=_iso(now), by="mood")
        assert unknown.value.code == "bad_request"
        await sam.close()
