"""A burst of new chats in one writer transaction (issue 15: the cross-node p99 in a burst of new
chats). The writer runs every request queued at that moment in one transaction; the openings of a
burst used to read the agents and their presence, lock the team's routing rows and read the open
incidents again each — a round trip each, on the one writer. Now a transaction reads and locks them
once (``db/tx_memo.py``); these tests count that, check that each chat still lands once with one
assignee and the team's load stays balanced, and that a request rolled back to its savepoint (which
gives its row locks up) makes the next one lock again. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db import schema as db
from app.server.dispatch.service import DispatchService
from app.server.incidents import repo as incidents
from app.server.repos import repo_messages
from app.server.routing import presence
from app.server.routing.schema import AgentPresenceRow, AssignmentLog
from app.server.timeutil import utcnow
from tests.server.routing.support import agents, chat, floor, open_load, teams_file
from tests.server.routing.test_opening_statements import Counter

#: English-speaking customers of the floor (every other uid is Chinese-speaking): one team
BURST = [f"C{i:04d}" for i in range(0, 12, 2)]
#: PostgreSQL: statements of each further opening of a batch (pg14: 11; pg15: ids drawn, one write, 5;
#: pg16: the customer with the first look, the ids and the load count, then the write: 2)
LATER_OPENING_PG = 2
WARM = "C0012"  # opens a chat first: the process's caches and the team's routing rows exist


class PerCall(Counter):
    """The statements of each ``customer_send`` call apart, in the order the writer ran them."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    @property  # type: ignore[override]
    def on(self) -> bool:
        return self._on

    @on.setter
    def on(self, value: bool) -> None:
        self._on = value
        if value:
            self.calls.append([])

    def add(self, sql: str) -> None:
        before = len(self.statements)
        super().add(sql)
        if len(self.statements) > before:
            self.calls[-1].append(self.statements[-1])


def _hold(session: Session, gate: threading.Event) -> None:
    """Keeps the writer busy until every request of the burst is queued: they share the next batch."""
    gate.wait(10)


def _send(uid: str, opened: Any = incidents.link_new) -> tuple[Any, ...]:
    """What the customer endpoint queues for a clean chat line (``endpoints/customer._send``)."""
    return (repo_messages.customer_send, uid, f"hello from {uid}", f"burst-{uid}", [], None,
            (), (), None, None, opened)


async def _burst(server: Any, requests: list[tuple[Any, ...]]) -> list[Any]:
    gate = threading.Event()
    writer = server.context.db
    held = writer.submit(_hold, gate)
    futures = [writer.submit(*r) for r in requests]
    batches = writer.batches
    gate.set()
    await held
    results = []
    for f in futures:
        try:
            results.append(await f)
        except Exception as exc:  # the failing request's own answer
            results.append(exc)
    assert writer.batches - batches <= 2, "the burst did not share a transaction"  # the hold's, the burst's
    return results


def _facts(session: Session, uids: list[str]) -> dict[str, Any]:
    convs = session.scalars(sa.select(db.Conversation).where(db.Conversation.customer_uid.in_(uids))).all()
    logs = session.scalars(sa.select(AssignmentLog)).all()
    msgs = session.scalars(
        sa.select(db.Message).join(db.Conversation, db.Conversation.id == db.Message.conversation_id)
        .where(db.Conversation.customer_uid.in_(uids))
    ).all()
    return {
        "convs": {c.customer_uid: (c.id, c.assignee, c.status) for c in convs},
        "per_customer": {u: sum(1 for c in convs if c.customer_uid == u) for u in uids},
        "logs": {lg.conversation_id: lg.agent for lg in logs},
        "log_count": len(logs),
        "messages": sorted((m.seq or 0, m.client_msg_id) for m in msgs),
    }


def _is_routing_read(sql: str) -> bool:
    return "agent_presence" in sql or "FROM routing_agents" in sql or "FROM incidents" in sql


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str | None:
    return None if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))


async def _warm_then_burst(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str | None, *, chat_cap: int
) -> tuple[list[object], PerCall, dict[str, Any], dict[str, int]]:
    """Three agents with room for ``chat_cap`` chats each, the warm chat, then ``BURST`` as one batch:
    the burst's results, its statements per opening, the rows it left and the agents' loads."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    config = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}
    policy = str(teams_file(tmp_path, chat=chat_cap))
    counter = PerCall()
    async with floor(tmp_path, customers=14, teams_policy_path=policy, db_url=db_url, **config) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        with counter.installed(monkeypatch):
            results = await _burst(server, [_send(u) for u in BURST])
        facts = await server.context.db.run(_facts, BURST)
        load = await server.context.db.run(open_load)
        for client in desk.values():
            await client.close()
    return results, counter, facts, load


async def test_a_burst_of_new_chats_reads_and_locks_routing_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str | None
) -> None:
    results, counter, facts, load = await _warm_then_burst(tmp_path, monkeypatch, db_url, chat_cap=4)
    assert not [r for r in results if isinstance(r, Exception)], results
    calls = counter.calls
    assert len(calls) == len(BURST)
    first, rest = calls[0], calls[1:]
    print("\nfirst", len(first), *first, sep="\n  ")
    print("later openings", [len(c) for c in rest], *(q[:160] for c in rest for q in c), sep="\n  ")
    # the first opening reads agents+presence, locks the routing rows and reads the incidents ...
    assert sum(_is_routing_read(q) for q in first) == 3, first
    # ... the later ones of the same transaction do none of it: three statements fewer each
    for call in rest:
        assert not [q for q in call if _is_routing_read(q)], call
        assert len(call) <= len(first) - 3, call
    if db_url is not None:
        # PostgreSQL (issue 15, pg15, pg16): a further opening of the batch is the customer with the
        # first look, the ids drawn and the load count in one statement, and ONE write (was 11: the
        # ORM path's eight writes and four reads)
        for call in rest:
            assert len(call) <= LATER_OPENING_PG, call
            writes = [q for q in call if q.lstrip().upper().startswith(("INSERT", "UPDATE", "WITH N0"))]
            assert len(writes) == 1, writes
    # every chat once, one assignee each, one assignment logged each, every message once in seq order
    assert facts["per_customer"] == {u: 1 for u in BURST}
    assignees = [a for _, a, _ in facts["convs"].values()]
    assert all(a in {"ann", "abe", "amy"} for a in assignees), facts["convs"]
    assert facts["log_count"] == len(BURST) + 1  # and the warm chat's
    owners = {cid: a for cid, a, _ in facts["convs"].values()}
    assert {c: facts["logs"][c] for c in owners} == owners  # the log names the assignee
    assert [c for _, c in facts["messages"]] == [f"burst-{u}" for u in BURST]
    assert len({s for s, _ in facts["messages"]}) == len(BURST)
    # fairness and caps: seven chats (the warm one too) over three agents with room for four each
    assert sorted(load.values()) == [2, 2, 3] and set(load) == {"ann", "abe", "amy"}, load


async def test_a_rolled_back_opening_gives_its_locks_up_and_the_next_locks_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str | None
) -> None:
    """The first opening of the batch routes (locks the rows) and then fails: its savepoint is
    rolled back, and with it its row locks (PostgreSQL). The next opening must lock again, not take
    the memo's word for it."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    config = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}
    policy = str(teams_file(tmp_path, chat=4))
    counter = PerCall()

    def refuse(session: Session, conv: Any, customer: Any, text: str) -> None:
        incidents.link_new(session, conv, customer, text)
        raise RuntimeError("refused after routing")

    async with floor(tmp_path, customers=14, teams_policy_path=policy, db_url=db_url, **config) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        with counter.installed(monkeypatch):
            results = await _burst(server, [_send(BURST[0], refuse), _send(BURST[1]), _send(BURST[2])])
        facts = await server.context.db.run(_facts, BURST[:3])
        for client in desk.values():
            await client.close()
    assert isinstance(results[0], RuntimeError) and not isinstance(results[1], Exception), results
    # the last run of the batch: the refused one in its savepoint, then the other two
    last = counter.calls[-3:]
    assert sum(_is_routing_read(q) for q in last[0]) == 3, last[0]
    assert sum(_is_routing_read(q) for q in last[1]) == 3, last[1]  # read and locked again
    assert not [q for q in last[2] if _is_routing_read(q)], last[2]  # the second's locks hold
    assert facts["per_customer"] == {BURST[0]: 0, BURST[1]: 1, BURST[2]: 1}
    assert facts["log_count"] == 3  # the warm chat's and the two


def _available_elsewhere(session: Session, username: str) -> None:
    now = utcnow()
    session.add(AgentPresenceRow(username=username, node="another-node", presence="available",
                                 since=now, seen_at=now))


def _away(session: Session, username: str) -> None:
    presence.record(session, username, "away", utcnow())


async def test_a_presence_change_inside_the_batch_is_seen_by_the_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str | None
) -> None:
    """ann (available through another node's row) goes away on this node between two openings of
    the same transaction — a new presence row, not in what the first opening read: the memo of
    agents and presence is dropped with that write, so no later opening of the batch goes to her."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    config = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}
    policy = str(teams_file(tmp_path, chat=4))
    async with floor(tmp_path, customers=14, teams_policy_path=policy, db_url=db_url, **config) as server:
        desk = await agents(server, ["abe", "amy"])
        await server.context.db.run(_available_elsewhere, "ann")
        await chat(server, WARM, "warm")
        results = await _burst(server, [_send(BURST[0]), (_away, "ann"), *(_send(u) for u in BURST[1:])])
        facts = await server.context.db.run(_facts, BURST)
        for client in desk.values():
            await client.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    after = [facts["convs"][u][1] for u in BURST[1:]]
    assert "ann" not in after and set(after) == {"abe", "amy"}, after


async def test_caps_hold_when_the_loads_are_counted_with_the_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str | None
) -> None:
    """Room for two chats each, three agents, the warm chat and a burst of six: seven chats for six
    places. On PostgreSQL a further opening counts its agents' loads in the statement that draws its
    ids (``opening_write.draw``, pg16), after the earlier openings of the batch wrote theirs: every
    agent ends with exactly two and one chat waits in the queue. Loads counted before the earlier
    openings' writes (or not at all) would give someone a third."""
    results, counter, facts, load = await _warm_then_burst(tmp_path, monkeypatch, db_url, chat_cap=2)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert load == {"ann": 2, "abe": 2, "amy": 2}, load
    assert [a for _, a, _ in facts["convs"].values()].count(None) == 1, facts["convs"]
    if db_url is not None:
        later = counter.calls[1:]
        assert all(len(call) <= LATER_OPENING_PG for call in later), [len(c) for c in later]
        # counted with the ids: no load count of its own
        assert not [q for call in later for q in call if q.startswith("SELECT conversations.assignee")], later
