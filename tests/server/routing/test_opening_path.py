"""A chat's opening message on the writer's faster path stores exactly what the slower one stored.

The opening path (``repo_messages._new_chat``, routing's ``hooks.opened``, incidents' ``link_new``)
skips work it used to do: the "open chat" ORM query after the Core path found none, and autoflush
while routing decides and while open incidents are read (so the routing row is one INSERT with its
queue mark). ``slow`` puts that work back (autoflush on, the ORM query again) and the same script
runs on both: regular chats assigned and queued, a VIP client's chat with the manager present and
away (the backup, the cover log), an incident match (the tag, the link, the note). Every row the
script leaves and every event, timestamps aside, must be the same — and what routing decided is
checked as well, so two equally wrong runs fail too.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.cover.schema import CoverLog
from app.server.db import schema as db
from app.server.dispatch.service import DispatchService
from app.server.incidents.schema import IncidentLink
from app.server.repos import opening_write, repo_chat
from app.server.routing.schema import AssignmentLog, ConversationWork, RoutingAgent
from tests.server.routing.support import agents, chat, customer, floor, teams_file
from tests.support.cluster import drop_database, fresh_database

_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|[+-]\d\d:\d\d)?")
_CLIENT = re.compile(r"c-\d+-")  # a test client's client_msg_id: c-<its object's id>-<n>


def _same(text: str | None) -> str | None:
    """Timestamps and test clients' ids, which differ from run to run, made alike."""
    return None if text is None else _CLIENT.sub("c-", _TIME.sub("<t>", text))


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    """The opening path as it was: autoflush everywhere, the ORM asks for the open chat again."""

    @contextlib.contextmanager
    def autoflush_kept(self: Session) -> Iterator[Session]:
        yield self

    monkeypatch.setattr(Session, "no_autoflush", property(autoflush_kept))
    real_append = repo_chat.append

    def append(*args: Any, **kwargs: Any) -> Any:
        found = real_append(*args, **kwargs)
        return None if found == repo_chat.NO_CHAT else found

    monkeypatch.setattr(repo_chat, "append", append)


def _add_vip_clients(session: Session) -> None:
    now = datetime.now(UTC)
    session.add(customer("V0002", "en", 2, "vera", now))


def _offset(due: datetime | None, start: datetime) -> float | None:
    return None if due is None else (due - start).total_seconds()


def _rows(session: Session) -> dict[str, Any]:
    convs = session.scalars(sa.select(db.Conversation).order_by(db.Conversation.id)).all()
    return {
        "conversations": [
            (c.id, c.customer_uid, c.status, c.priority, c.assignee, list(c.tags or []), c.message_count,
             c.last_message_id, _offset(c.first_response_due, c.created_at),
             _offset(c.resolution_due, c.created_at))
            for c in convs
        ],
        "work": [
            (w.conversation_id, w.team, w.queued_at is not None, w.routed_at is not None,
             w.first_response_warn_at is not None, w.resolution_warn_at is not None)
            for w in session.scalars(sa.select(ConversationWork).order_by(ConversationWork.conversation_id))
        ],
        "assignments": [
            (a.conversation_id, a.agent, a.previous, a.team, a.reason)
            for a in session.scalars(sa.select(AssignmentLog).order_by(AssignmentLog.id))
        ],
        "routing": [
            (r.username, r.last_assigned_at is not None)
            for r in session.scalars(sa.select(RoutingAgent).order_by(RoutingAgent.username))
        ],
        "cover": [
            (c.conversation_id, c.manager, c.backup, c.routed_to, c.customer_uid, c.reason)
            for c in session.scalars(sa.select(CoverLog).order_by(CoverLog.id))
        ],
        "links": [
            (link.conversation_id, link.incident_id)
            for link in session.scalars(sa.select(IncidentLink).order_by(IncidentLink.conversation_id))
        ],
        "messages": [
            (m.id, m.conversation_id, m.author_kind, m.author_name, m.body, m.internal,
             _same(m.client_msg_id), m.seq)
            for m in session.scalars(sa.select(db.Message).order_by(db.Message.id))
        ],
        "events": [
            (e.seq, e.name, e.conversation_id, e.customer_uid, e.customer_visible, e.notify,
             json.loads(_same(e.data) or "null"))
            for e in session.scalars(sa.select(db.Event).order_by(db.Event.seq))
        ],
    }


async def _script(tmp_path: Path, db_url: str | None = None) -> dict[str, Any]:
    tmp_path.mkdir()
    # routing's jobs run once at start only (no queued chat yet): woken by a presence change, the
    # queue job's passes over the waiting chats would land between the openings at times of their own
    config = {"routing_interval": 3600.0, "sla_check_interval": 3600.0}
    policy = str(teams_file(tmp_path, chat=1))
    async with floor(tmp_path, customers=6, teams_policy_path=policy, db_url=db_url, **config) as server:
        await server.context.db.run(_add_vip_clients)
        desk = await agents(server, ["ann", "abe", "vera", "sam"])
        await chat(server, "C0000")  # regular, English: ann or abe (capacity 1 each)
        await chat(server, "C0002")  # the other one
        await chat(server, "C0004")  # nobody has room: the English queue
        await chat(server, "C0001")  # Chinese, nobody of the team online: its queue
        await chat(server, "V0001")  # VIP, manager present: vera
        await desk["vera"].request("presence.set", presence="away")
        await chat(server, "V0002")  # VIP, manager away: the backup (sam), in the cover log
        await desk["sam"].request(
            "incident.declare", title="USDT deposits delayed", kind="outage", topic="deposit",
            assets=["usdt"], message_en="USDT deposits on TRON are delayed; your funds are safe.",
            message_zh="TRON 链上的 USDT 充值出现延迟；您的资金安全。",
        )
        await chat(server, "C0003", "my USDT deposit has not arrived")  # the incident: tag, link, note
        for client in desk.values():
            await client.close()
        return await server.context.db.run(_rows)


async def test_the_opening_path_stores_what_the_slow_path_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)  # never woken
    fast = await _script(tmp_path / "fast")
    with monkeypatch.context() as patch:
        _slow(patch)
        slow = await _script(tmp_path / "slow")
    for table in fast:
        assert fast[table] == slow[table], table
    _check_decisions(fast)


@pytest.mark.postgres
async def test_the_one_write_opening_stores_what_the_orm_path_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, postgres_url: str
) -> None:
    """PostgreSQL: a new chat's rows drawn and written in one statement (``opening_write.py``)
    leave every row and event (ids and seqs included) the ORM path leaves (which the SQLite test
    above compares with the slow path)."""
    monkeypatch.setattr(DispatchService, "committed", lambda self, events: None)  # never woken
    urls = [fresh_database(postgres_url) for _ in range(2)]
    try:
        fast = await _script(tmp_path / "fast", urls[0])
        with monkeypatch.context() as patch:
            patch.setattr(opening_write, "applies", lambda session: False)
            orm = await _script(tmp_path / "orm", urls[1])
    finally:
        for url in urls:
            drop_database(postgres_url, url)
    for table in fast:
        assert fast[table] == orm[table], table
    _check_decisions(fast)


def _check_decisions(fast: dict[str, Any]) -> None:
    # and what they decided is what routing promises
    by_uid = {c[1]: c for c in fast["conversations"]}
    assert {by_uid["C0000"][4], by_uid["C0002"][4]} == {"ann", "abe"}
    assert by_uid["C0004"][4] is None and by_uid["C0001"][4] is None
    assert by_uid["V0001"][4] == "vera" and by_uid["V0002"][4] == "sam"
    queued = {w[0]: (w[1], w[2]) for w in fast["work"]}
    assert queued[by_uid["C0004"][0]] == ("en", True) and queued[by_uid["C0001"][0]] == ("zh", True)
    assert queued[by_uid["C0000"][0]] == ("en", False)
    assert fast["cover"] == [(by_uid["V0002"][0], "vera", "sam", "sam", "V0002", "manager_away")]
    assert [link[0] for link in fast["links"]] == [by_uid["C0003"][0]]
    assert any(t.startswith("incident") for t in by_uid["C0003"][5])
    assert by_uid["V0001"][8] is not None and by_uid["V0001"][8] < by_uid["C0000"][8]  # VIP: sooner
    assert [a[4] for a in fast["assignments"]].count("manager") == 1
