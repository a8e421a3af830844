"""The live floor's frame time (issue 20): 200 agents, 5,000 open conversations (and a year of
resolved ones behind them), SQLite and optionally PostgreSQL.

Times what the floor service does once per tick and scope: ``floor.query.compute`` (the open
conversations, today's breaches, the agents' presence) plus encoding the ``floor.summary`` signal,
and prints the frame's size. The server does this at most once a second, once per scope, whatever
the number of watchers, so this time is the floor's whole cost per second under load.

The peer, measured in the same run on the same rows, is a bare ``SELECT COUNT(*)`` of the open
conversations: the ratio is what the floor's rules cost beyond reading the rows. ``before`` is
session 3's query (bench/_floor_before.py), timed in the same run, rounds interleaved.

Run: ``python bench/live_floor.py [--agents 200] [--open 5000] [--resolved 50000] [--rounds 10]
[--postgres auto|URL|off]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _floor_before as before
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import codec
from app.protocol import floor as pf
from app.protocol.frames import Signal
from app.server.db import schema as db
from app.server.db.engine import make_engine
from app.server.floor import query
from app.server.routing import clock
from app.server.routing.policy import parse_teams
from app.server.routing.schema import AgentPresenceRow, ConversationWork
from app.server.tables import create_schema

TEAMS = ("en", "zh", "vip", "kyc")


def _policy(agents: list[str]) -> object:
    size = len(agents) // len(TEAMS) or 1
    teams = {code: {"members": agents[i * size : (i + 1) * size], "languages": ["en"]}
             for i, code in enumerate(TEAMS)}
    return parse_teams({"version": 1, "capacity": {"chat": 8, "email": 20}, "teams": teams}, "bench")


def _fill(engine: sa.Engine, agents: list[str], open_count: int, resolved: int) -> None:
    rnd = random.Random(3)
    now = datetime.now(UTC)
    with Session(engine) as s, s.begin():
        for name in agents:
            s.add(db.Agent(username=name, display_name=name.title(), role="agent", language="en",
                           password_hash="x", active=True, created_at=now))
            presence = rnd.choice(("available", "busy", "away"))
            s.add(AgentPresenceRow(username=name, node="local", presence=presence, since=now, seen_at=now))
        for i in range(500):
            s.add(db.Customer(uid=f"B{i:05d}", name="C", email=f"b{i}@example.com", phone="+1", language="en",
                              registered_at=now, kyc_level=1, kyc_status="approved", vip_tier=i % 3))
        s.flush()
        convs, work, msgs = [], [], []
        for n in range(open_count + resolved):
            cid = n + 1
            is_open = n < open_count
            created = now - timedelta(seconds=rnd.uniform(60, 3600 * (4 if is_open else 24 * 365)))
            convs.append({"id": cid, "customer_uid": f"B{rnd.randrange(500):05d}",
                          "channel": rnd.choice(("chat", "email")),
                          "status": rnd.choice(("open", "open", "pending")) if is_open else "resolved",
                          "priority": "normal",
                          "assignee": rnd.choice(agents) if rnd.random() < 0.8 else None,
                          "tags": [], "created_at": created, "updated_at": created, "last_message_id": cid,
                          "message_count": 1, "last_customer_message_at": created,
                          "first_response_due": created + timedelta(minutes=rnd.choice((5, 30, 240))),
                          "resolution_due": created + timedelta(hours=8),
                          "resolved_at": None if is_open else created + timedelta(hours=1)})
            work.append({"conversation_id": cid, "team": rnd.choice(TEAMS),
                         "first_response_warn_at": created + timedelta(minutes=3)})
            msgs.append({"id": cid, "conversation_id": cid, "author_kind": rnd.choice(("customer", "agent")),
                         "author": None, "author_name": "x", "body": "hello", "internal": False,
                         "redactions": [], "created_at": created})
        for table, rows in ((db.Conversation, convs), (ConversationWork, work), (db.Message, msgs)):
            for i in range(0, len(rows), 5000):
                s.execute(sa.insert(table), rows[i : i + 5000])


def _median_ms(fn: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run(url: str, label: str, agent_count: int, open_count: int, resolved: int, rounds: int) -> None:
    engine = make_engine(url)
    create_schema(engine)
    agents = [f"agent{i:03d}" for i in range(agent_count)]
    _fill(engine, agents, open_count, resolved)
    policy = _policy(agents)
    now = datetime.now(UTC)
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    size = 0

    def floor(module: object = query) -> None:
        nonlocal size
        with Session(engine) as s:
            s.info[clock.TEAMS_KEY] = policy
            result = module.compute(s, module.Scope("all", "sam"), day_start, datetime.now(UTC), {})  # type: ignore[attr-defined]
            summary = pf.FloorSummary(floor=result)
            frame = codec.encode(Signal(name=pf.FloorSummary.NAME, data=codec.to_raw(summary)))
            size = len(frame)

    def peer() -> None:
        with Session(engine) as s:
            s.scalar(sa.select(sa.func.count()).where(db.Conversation.status != "resolved"))

    at = datetime.now(UTC)
    with Session(engine) as s:
        s.info[clock.TEAMS_KEY] = policy
        old = before.compute(s, before.Scope("all", "sam"), day_start, at, {})
        new = query.compute(s, query.Scope("all", "sam"), day_start, at, {})
    assert old == new, "the old and the new floor query differ"
    floor()
    base, took, was = [], [], []
    for _ in range(rounds):  # interleaved: the machine's load changes under a long run
        base.append(_median_ms(peer, 1))
        was.append(_median_ms(lambda: floor(before), 1))
        took.append(_median_ms(floor, 1))
    b, t, w = (statistics.median(x) for x in (base, took, was))
    print(f"{label}: {agent_count} agents, {open_count:,} open + {resolved:,} resolved conversations")
    print(f"  peer (COUNT of open): {b:6.1f} ms")
    print(f"  floor.summary before: {w:6.1f} ms ({w / b:4.1f}x peer)")
    print(f"  floor.summary after : {t:6.1f} ms ({t / b:4.1f}x peer), frame {size / 1024:.0f} KiB")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--open", type=int, default=5000)
    parser.add_argument("--resolved", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--postgres", default="off", help="auto (a throw-away cluster), or off")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{folder}/floor.sqlite3", "SQLite", args.agents, args.open, args.resolved, args.rounds)
    if args.postgres == "auto":
        from _pg import throwaway_cluster

        with throwaway_cluster() as url:
            run(url, "PostgreSQL", args.agents, args.open, args.resolved, args.rounds)


if __name__ == "__main__":
    main()
