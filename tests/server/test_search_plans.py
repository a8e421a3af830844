"""Search's plans never change what a role finds (issue 15): on PostgreSQL a searcher who sees a
small share of the history (a VIP manager) may walk past the newest window instead of reading the
text's candidates through the indexes (``repo._further``). Every role's hits, page after page, are
compared with the role rule applied in Python (``visibility.can_see``) under each plan, on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import Conversation, Customer, Message
from app.server.principal import AgentPrincipal
from app.server.search import repo as search_repo
from app.server.search import share
from app.server.visibility import VIP_LANE_TAG, ConvScope, can_see
from tests.support.server import running_server

AGENTS = [
    AgentPrincipal(id=90, username="alice", display_name="Alice", role="agent", language="en"),
    AgentPrincipal(id=91, username="vera", display_name="Vera", role="vip_manager", language="en"),
    AgentPrincipal(id=92, username="victor", display_name="Victor", role="vip_manager", language="en"),
    AgentPrincipal(id=93, username="sam", display_name="Sam", role="supervisor", language="en"),
]
WORDS = "still pending"


@pytest.fixture
def db_url(sqlite_or_pg_url: str) -> str:
    return sqlite_or_pg_url  # conftest's: each test on SQLite and on a fresh PostgreSQL database


def _populate(session: Session) -> None:
    """40 customers of every kind (regular, vera's, victor's, unmanaged VIP), a conversation each
    plus one of a regular customer assigned to vera and one in the VIP mailbox's lane; 400
    messages over them, every third holding the words (a few only as a phrase, some only apart)."""
    now = datetime(2026, 12, 1, tzinfo=UTC)
    managers = [None, "vera", "victor", None]
    conversations: list[Conversation] = []
    for i in range(40):
        tier = 0 if i % 4 == 0 else 1 + i % 3
        uid = f"PLAN{i:04d}"
        session.add(Customer(
            uid=uid, name=f"Plan Customer {i}", email=f"plan{i}@example.com", phone="+1 555 0100",
            language="en", registered_at=now, kyc_status="verified", vip_tier=tier,
            account_manager=None if tier == 0 else managers[i % 4],
        ))
        session.flush()  # the customer before its conversation (no relationship orders them)
        tags = [VIP_LANE_TAG] if i == 4 else []
        assignee = "vera" if i == 8 else ("alice" if i == 13 else None)
        conversations.append(Conversation(
            customer_uid=uid, channel="chat", status="open", priority="normal", assignee=assignee,
            tags=tags, created_at=now, updated_at=now,
        ))
    session.add_all(conversations)
    session.flush()
    for n in range(400):
        conv = conversations[(n * 7) % len(conversations)]
        body = ("my withdrawal is still pending" if n % 3 == 0
                else "pending since monday, still nothing" if n % 9 == 1 else f"hello number {n}")
        session.add(Message(
            conversation_id=conv.id, author_kind="customer", author_name="c", body=body,
            created_at=now + timedelta(seconds=n),
        ))
    session.flush()


def _expected(session: Session, agent: AgentPrincipal) -> list[int]:
    rows = session.execute(
        sa.select(Message.id, Message.body, Conversation, Customer)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .order_by(Message.id.desc())
    ).all()
    dialect = session.get_bind().dialect.name
    found = []
    for msg_id, body, conv, customer in rows:
        low = body.lower()
        phrase = WORDS in low
        words = all(w in low.replace(",", " ").split() for w in WORDS.split())
        if not (phrase or (dialect == "postgresql" and words)):
            continue
        scope = ConvScope(conv.id, customer.uid, conv.channel, customer.vip_tier, customer.account_manager,
                          conv.assignee, VIP_LANE_TAG in (conv.tags or []))
        if can_see(agent, scope):
            found.append(msg_id)
    return found


def _all_pages(session: Session, agent: AgentPrincipal, limit: int) -> list[int]:
    ids: list[int] = []
    found = search_repo.search(session, agent, WORDS, limit)
    while True:
        ids += [h.message_id for h in found.hits if h.kind == "message" and h.message_id is not None]
        if found.next_before is None:
            return ids
        found = search_repo.search(session, agent, WORDS, limit, found.next_before)


def _counting(further: Callable[..., int], calls: list[int]) -> Callable[..., int]:
    def counted(*args: Any) -> int:
        calls.append(rows := further(*args))
        return rows
    return counted


PLANS = {
    "window only": {"RECENT": 10_000, "PROBE_MS": 0},
    "small window, indexes below": {"RECENT": 12, "RESTRICTED_SHARE": 0.0, "PROBE_MS": 0},
    "small window, walk on below": {"RECENT": 12, "RESTRICTED_SHARE": 1.1, "WALK_COST": 0.0, "PROBE_MS": 0},
    "small window, short walk, indexes below": {"RECENT": 12, "RESTRICTED_SHARE": 1.1, "WALK_COST": 0.0,
                                                "MAX_WALK": 25, "PROBE_MS": 0},
    "the indexes' answer first": {"SCOUT": 5, "PROBE_MS": 60_000, "OLDER_CHUNK": 7},
    "too many for the indexes' answer": {"SCOUT": 5, "PROBE_MS": 60_000, "PROBE_MAX_IDS": 3},
}


async def test_every_plan_finds_exactly_what_each_role_may_see(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_server(tmp_path, db_url=db_url):
        pass  # the schema (migrations) and the demo data
    engine = sa.create_engine(db_url)
    try:
        with Session(engine) as session, session.begin():
            _populate(session)
        with Session(engine) as session:
            expected = {a.username: _expected(session, a) for a in AGENTS}
        assert all(0 < len(expected[a.username]) < len(expected["sam"]) for a in AGENTS[:3])
        assert len({tuple(ids) for ids in expected.values()}) == len(AGENTS)  # four different views
        walked = {}
        probes: dict[str, list[bool]] = {}
        for plan, settings in PLANS.items():
            share.forget()
            with monkeypatch.context() as patch:
                for name, value in settings.items():
                    patch.setattr(search_repo, name, value)
                calls: list[int] = []
                patch.setattr(search_repo, "_further", _counting(search_repo._further, calls))
                answered: list[bool] = []
                probe = search_repo._probe

                def counted_probe(*args: Any, probe: Any = probe, answered: list[bool] = answered) -> Any:
                    found = probe(*args)
                    answered.append(found is not None)
                    return found

                patch.setattr(search_repo, "_probe", counted_probe)
                for agent in AGENTS:
                    for limit in (5, 20):
                        with Session(engine) as session, session.begin():
                            got = _all_pages(session, agent, limit)
                        # newest first page by page (within a page full-text matches rank first)
                        assert len(got) == len(set(got)), (plan, agent.username, limit)
                        assert sorted(got, reverse=True) == expected[agent.username], (
                            plan, agent.username, limit
                        )
                walked[plan] = sum(calls)
                probes[plan] = answered
        if db_url.startswith("postgresql"):  # the walk below the window ran where it was forced
            assert walked["small window, walk on below"] > 0
            assert walked["small window, indexes below"] == 0
            assert probes["the indexes' answer first"] and all(probes["the indexes' answer first"])
            assert False in probes["too many for the indexes' answer"]  # the first pages: walked instead
            assert not probes["window only"]  # PROBE_MS 0: not asked
    finally:
        engine.dispose()
        share.forget()


def test_the_share_estimate_follows_the_role_rule(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'share.sqlite3'}")
    Customer.__table__.create(engine)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        kinds = [(0, None)] * 6 + [(1, "vera"), (2, "victor"), (1, None), (3, "vera")]
        for i, (tier, manager) in enumerate(kinds):
            session.add(Customer(uid=f"S{i}", name="n", email="e", phone="p", language="en",
                                 registered_at=now, kyc_status="verified", vip_tier=tier,
                                 account_manager=manager))
    share.forget()
    try:
        with Session(engine) as session:
            got = {a.username: share.visible_share(session, a) for a in AGENTS}
        assert got == {"alice": 0.6, "vera": 0.3, "victor": 0.2, "sam": 1.0}
    finally:
        engine.dispose()
        share.forget()


@pytest.mark.postgres
def test_a_probe_over_its_budget_gives_way_and_leaves_the_transaction_usable(pg_url: str) -> None:
    """The indexes' answer (``_probe``) is cancelled by ``statement_timeout`` when it runs over its
    budget: ``None`` (the search walks the window instead), the transaction goes on, and the
    settings it changed for itself are as they were, on success too."""
    from app.server.tables import create_schema

    engine = sa.create_engine(pg_url)
    create_schema(engine)
    slow = sa.text("(SELECT count(*) FROM pg_sleep(0.5)) > 0")
    try:
        with Session(engine) as session, session.begin():
            before = session.scalar(sa.text("SHOW statement_timeout"))
            assert search_repo._probe(session, slow, None, 20) is None  # type: ignore[arg-type]
            assert session.scalar(sa.text("SHOW statement_timeout")) == before
            assert session.scalar(sa.text("SHOW enable_seqscan")) == "on"
            assert search_repo._probe(session, sa.true(), None, 5_000) == []  # no messages: answered
            assert session.scalar(sa.text("SHOW statement_timeout")) == before
            assert session.scalar(sa.text("SHOW enable_indexscan")) == "on"
            assert session.scalar(sa.select(sa.func.count()).select_from(Message)) == 0  # still usable
    finally:
        engine.dispose()


def test_the_probe_is_asked_when_the_scouted_rows_say_the_text_is_rare_for_anyone(tmp_path: Path) -> None:
    """``repo._rare``: the searcher's hits in the scouted rows ÷ her share of the history, so a VIP
    manager who finds one of a common text's many matches does not pay for a cancelled probe."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'rare.sqlite3'}")
    Customer.__table__.create(engine)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        kinds = [(0, None)] * 6 + [(1, "vera"), (2, "victor"), (1, None), (3, "vera")]
        for i, (tier, manager) in enumerate(kinds):
            session.add(Customer(uid=f"R{i}", name="n", email="e", phone="p", language="en",
                                 registered_at=now, kyc_status="verified", vip_tier=tier,
                                 account_manager=manager))
    share.forget()
    alice, vera, _, sam = AGENTS
    try:
        with Session(engine) as session:  # shares: alice 0.6, vera 0.3, sam 1.0
            assert search_repo._rare(session, vera, 0, 21)  # nobody's: ask the indexes
            assert not search_repo._rare(session, vera, 1, 21)  # 1 ÷ 0.3 ≈ 3.3 of anyone's: common
            assert search_repo._rare(session, alice, 1, 21)  # 1 ÷ 0.6 ≈ 1.7: rare
            assert search_repo._rare(session, sam, 2, 21)
            assert not search_repo._rare(session, sam, 3, 21)  # PROBE_BELOW of hers: common
            assert not search_repo._rare(session, alice, 2, 2)  # the page is full
    finally:
        engine.dispose()
        share.forget()


@pytest.mark.postgres
async def test_a_search_takes_few_round_trips_and_custom_plans_however_often_it_runs(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: customers and their relationships in one statement (no "selectin" loads), the
    settings and the newest id in one, the probe's savepoint and settings in one; and every
    statement planned for its own values (``plan_cache_mode``), also once psycopg prepares them —
    the same hits from the 1st to the 14th search on one connection."""
    async with running_server(tmp_path, db_url=pg_url):
        pass
    engine = sa.create_engine(pg_url, pool_size=1, max_overflow=0)  # one connection: prepared after 5
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    try:
        with Session(engine) as session, session.begin():
            _populate(session)
        sa.event.listen(engine, "before_cursor_execute", count)
        alice = AGENTS[0]
        # a rare text (the 5 newest rows scouted, the rest probed), a common one (the scout fills the page)
        for text, most, scout in (("hello number 392", 8, 5), (WORDS, 4, search_repo.SCOUT)):
            monkeypatch.setattr(search_repo, "SCOUT", scout)
            answers = []
            for _ in range(14):
                statements.clear()
                with Session(engine) as session, session.begin():
                    found = search_repo.search(session, alice, text, 5)
                    trips = len(statements)
                    assert session.scalar(sa.text("SHOW plan_cache_mode")) == "force_custom_plan"
                assert trips <= most, (text, statements)
                assert not any("customer_security_codes" in s or s.lstrip().startswith(
                    "SELECT unverified_contacts") for s in statements)
                answers.append([(h.kind, h.message_id) for h in found.hits])
            assert answers[0] and all(a == answers[0] for a in answers), text
            assert ("search_probe" in "".join(statements)) == (text != WORDS)
    finally:
        engine.dispose()
        share.forget()
