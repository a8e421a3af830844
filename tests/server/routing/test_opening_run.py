"""A run of customers' chat messages on the writer, read ahead (issue 15, pg17: the warm-up tail).

When the writer's batch holds several customers' first messages one after another, the first of them
reads all their customers' rows, first looks and new chats' ids and seqs in one statement
(``repo_chat.looked_ahead``), and the openings carry routing's loads from one decision to the next
(``routing.assign.carry_loads``): a further opening of the run is one statement, its write. These
tests check what must still hold: one statement each, the seqs drawn under the log's lock, the
batch's events published in seq order when a message to an open chat sits between two openings,
caps held when a reopen in the run adds a chat nobody decided, and a request of another kind ending
the run. PostgreSQL (SQLite keeps the request-by-request path: checked where it is cheap).
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.bus.postgres import conninfo
from app.server.db import log_lock
from app.server.db import schema as db
from app.server.dispatch.service import DispatchService
from app.server.repos import repo_messages
from tests.server.routing.support import agents, chat, floor, open_load, teams_file
from tests.server.routing.test_opening_burst import BURST, WARM, PerCall, _burst, _facts, _hold, _send
from tests.server.routing.test_opening_statements import _SEQ, until_the_writer_waits_for_the_log

pytestmark = pytest.mark.postgres

_CONFIG = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}


async def test_a_further_opening_of_a_run_is_its_write_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    counter = PerCall()
    async with floor(tmp_path, customers=14, teams_policy_path=str(teams_file(tmp_path, chat=4)),
                     db_url=pg_url, **_CONFIG) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        with counter.installed(monkeypatch):
            results = await _burst(server, [_send(u) for u in BURST])
        facts = await server.context.db.run(_facts, BURST)
        for client in desk.values():
            await client.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    first, rest = counter.calls[0], counter.calls[1:]
    assert len(first) == 6, first  # the read ahead, agents+presence, routing rows, loads, write, incidents
    assert [len(call) for call in rest] == [1] * len(rest), rest
    assert all(call[0].startswith("WITH n0 AS (INSERT INTO conversations") for call in rest), rest
    assert facts["per_customer"] == {u: 1 for u in BURST}
    # seqs in queue order, one each
    assert [c for _, c in facts["messages"]] == [f"burst-{u}" for u in BURST]


def _held_seqs(seen: list[list[int]], writer: Any) -> None:
    real = writer.on_commit

    def record(events: list[Any]) -> None:
        seen.append([ev.seq for ev in events])
        real(events)

    writer.on_commit = record


async def test_a_message_to_an_open_chat_between_two_openings_is_published_in_seq_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    """The run's openings drew their seqs ahead; the warm customer's second message (their open chat
    is known: the Core path) draws a later one between them. The batch's events reach the fan-out
    in seq order (a desk drops an event whose seq is below one it has seen: ``sync.py``)."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    seen: list[list[int]] = []
    async with floor(tmp_path, customers=14, teams_policy_path=str(teams_file(tmp_path, chat=4)),
                     db_url=pg_url, **_CONFIG) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        _held_seqs(seen, server.context.db)
        results = await _burst(server, [_send(BURST[0]), _send(WARM), _send(BURST[1])])
        for client in desk.values():
            await client.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    warm_seq, second_seq = results[1].sent.seq, results[2].sent.seq
    assert second_seq < warm_seq, (second_seq, warm_seq)  # the order the test is about
    batch = next(seqs for seqs in seen if warm_seq in seqs)
    assert batch == sorted(batch), batch
    assert second_seq in batch


def _pending(session: Session, uid: str, agent: str) -> None:
    conv = session.scalars(sa.select(db.Conversation).where(db.Conversation.customer_uid == uid)).one()
    conv.status, conv.assignee = "pending", agent


async def test_caps_hold_when_a_reopen_in_the_run_adds_a_chat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    """Room for two chats each, three agents: the warm chat, a pending chat of ann's that its
    customer's message reopens in the middle of the run (it stays hers: no decision counts it), and
    six openings — eight chats for six places. The reopen ends the loads carried so far, so every
    agent still ends with exactly two; carried past it, ann's count misses the reopened chat."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    paused = "C0014"
    async with floor(tmp_path, customers=16, teams_policy_path=str(teams_file(tmp_path, chat=2)),
                     db_url=pg_url, **_CONFIG) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        await chat(server, paused, "later")
        await server.context.db.run(_pending, paused, "ann")
        run = [_send(BURST[0]), _send(paused), *(_send(u) for u in BURST[1:])]
        results = await _burst(server, run)
        load = await server.context.db.run(open_load)
        facts = await server.context.db.run(_facts, [*BURST, paused])
        for client in desk.values():
            await client.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    assert facts["convs"][paused][1:] == ("ann", "open")
    assert load == {"ann": 2, "abe": 2, "amy": 2}, load
    assert [a for _, a, _ in facts["convs"].values()].count(None) == 2, facts["convs"]


def _noop(session: Session) -> None:
    session.execute(sa.select(1))


async def test_a_request_of_another_kind_ends_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    """Two openings, another request, two openings: the read ahead covers only the first two (the
    others look again: the request between could have changed what was read)."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)
    counter = PerCall()
    async with floor(tmp_path, customers=14, teams_policy_path=str(teams_file(tmp_path, chat=4)),
                     db_url=pg_url, **_CONFIG) as server:
        desk = await agents(server, ["ann", "abe", "amy"])
        await chat(server, WARM, "warm")
        with counter.installed(monkeypatch):
            run = [_send(BURST[0]), _send(BURST[1]), (_noop,), _send(BURST[2]), _send(BURST[3])]
            results = await _burst(server, run)
        facts = await server.context.db.run(_facts, BURST[:4])
        for client in desk.values():
            await client.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    # the third opening reads ahead again (for itself and the fourth) and counts the loads again
    # (the carried ones ended with the run): its read, the count and its write; the fourth its write
    assert [len(call) for call in counter.calls][1:] == [1, 3, 1], counter.calls
    assert "count(*)" in counter.calls[2][1], counter.calls[2]
    assert facts["per_customer"] == {u: 1 for u in BURST[:4]}


async def test_a_run_draws_its_seqs_only_under_the_log_lock(tmp_path: Path, pg_url: str) -> None:
    """Two customers' first messages in one batch, read ahead in one statement: while another node's
    transaction holds the event log's lock, the writer waits and no seq has been drawn."""
    async with floor(tmp_path, customers=4, db_url=pg_url) as server:
        desk = await agents(server, ["ann", "abe"])
        await chat(server, "C0000")
        info = conninfo(pg_url)
        async with await psycopg.AsyncConnection.connect(info, autocommit=True) as probe, \
                await psycopg.AsyncConnection.connect(info) as other:
            before = await (await probe.execute(_SEQ)).fetchone()
            await other.execute("SELECT pg_advisory_xact_lock(%s)", (log_lock.EVENT_LOCK_KEY,))
            gate = threading.Event()
            writer = server.context.db
            held = writer.submit(_hold, gate)
            sent = [writer.submit(repo_messages.customer_send, uid, "hello", f"first-{uid}", [], None)
                    for uid in ("C0001", "C0002")]
            gate.set()  # (the hold may share the batch: it is answered with the run, after the lock)
            await until_the_writer_waits_for_the_log(probe, "the run")
            assert await (await probe.execute(_SEQ)).fetchone() == before  # nothing drawn yet
            await other.commit()
            results = [await asyncio.wait_for(s, 10) for s in sent]
            await held
        assert before is not None and all(r.sent.seq > int(before[0]) for r in results)
        assert results[0].sent.seq < results[1].sent.seq
        for client in desk.values():
            await client.close()
