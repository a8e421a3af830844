"""How the live floor's rows are ordered and what counts as a warning (app/policies/floor_rows.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.floor_rows import agent_rows, queue_rows
from app.protocol.floor import Floor, FloorAgent, FloorQueue

NOW = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def _floor() -> Floor:
    queues = [
        FloorQueue(team="en", channel="chat", open=3, waiting=1,
                   oldest_wait_since=NOW - timedelta(minutes=2)),
        FloorQueue(team="zh", channel="chat", open=2, waiting=2,
                   oldest_wait_since=NOW - timedelta(minutes=9)),
        FloorQueue(team="vip", channel="email", open=1, at_risk=1),
    ]
    agents = [
        FloorAgent(username="ann", display_name="Ann", role="agent", presence="available",
                   load={"chat": 2}, capacity={"chat": 4}, last_reply_at=NOW - timedelta(minutes=1)),
        FloorAgent(username="abe", display_name="Abe", role="agent", presence="available",
                   load={"chat": 4}, capacity={"chat": 4}),
        FloorAgent(username="zed", display_name="Zed", role="agent", presence="offline"),
        FloorAgent(username="amy", display_name="Amy", role="agent", presence="busy",
                   load={"chat": 1}, capacity={"chat": 4}, last_reply_at=NOW - timedelta(minutes=30)),
    ]
    return Floor(at=NOW, day_start=NOW.replace(hour=0), scope="all", queues=queues, agents=agents)


def test_queues_in_trouble_first_then_the_longest_wait():
    rows = queue_rows(_floor(), NOW)
    assert [(r.team, r.alarm) for r in rows] == [("vip", True), ("zh", False), ("en", False)]
    assert rows[1].oldest_wait == 9 * 60 and rows[0].oldest_wait is None


def test_full_agents_first_then_the_longest_silence_offline_last():
    rows = agent_rows(_floor(), NOW)
    assert [r.username for r in rows] == ["abe", "amy", "ann", "zed"]
    assert rows[0].full and rows[0].load["chat"] == (4, 4) and rows[0].load["email"] == (0, None)
    assert rows[1].since_reply == 30 * 60
