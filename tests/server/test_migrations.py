"""Schema migrations (issue 15): the models agree with the migrations; a database made by the
previous release (main at 9a04110, before migrations: its frozen DDL in ``tests/server/data``) is
refused by the server until ``agentdesk-server db upgrade`` brings it to this build, then serves
its data; a revision from a newer build is refused; nodes starting together on an empty database
create it once. SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.demo.seed import seed_demo
from app.server import migrations
from app.server.db.engine import make_engine, make_session_factory
from app.server.db.schema import Event
from app.server.tables import METADATA, create_schema
from app.server.timeutil import utcnow
from tests.support.cluster import drop_database, fresh_database
from tests.support.server import REPO_ROOT, AgentClient, running_server

DATA = Path(__file__).with_name("data")
# made by a migration, not declared on a model: main's routing index (before the merge) and the
# search indexes of 0002, 0005 and 0006 (PostgreSQL only; SQLite's is the messages_fts table)
MIGRATION_ONLY_INDEXES = (
    "ix_conversations_load", "ix_messages_body_trgm", "ix_messages_body_fts",
    "ix_customers_uid_prefix", "ix_customers_email_prefix", "ix_customers_name_trgm",
    "ix_orders_order_id_prefix", "ix_transfers_tx_hash_prefix",
)
OLD_EVENT = '{"username":"alice","display_name":"Alice Chen","role":"agent","presence":"available"}'
PREVIOUS = "schema_main_9a04110"


@pytest.fixture
def empty_db(sqlite_or_pg_url: str) -> str:
    return sqlite_or_pg_url  # conftest's: each test on SQLite and on a fresh PostgreSQL database


def _previous_release(url: str) -> None:
    """A database as the previous release left it: its DDL, its settings row, demo data in it."""
    engine = make_engine(url)
    dialect = engine.dialect.name
    ddl = (DATA / f"{PREVIOUS}.{dialect}.sql").read_text()
    with engine.begin() as conn:
        for statement in ddl.split(";"):
            body = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if body:
                conn.exec_driver_sql(body)
        conn.execute(sa.text("INSERT INTO settings (key, value) VALUES ('schema_version', '1')"))
    # Today's demo seed also fills tables that release did not have (identity, attachments, ...):
    # they exist only while it runs, so the old release's tables get its rows and nothing else stays.
    old_tables = set(sa.inspect(engine).get_table_names())
    newer = [table for table in METADATA.sorted_tables if table.name not in old_tables]
    METADATA.create_all(engine, tables=newer)
    assert seed_demo(make_session_factory(engine), utcnow())
    METADATA.drop_all(engine, tables=newer)
    assert set(sa.inspect(engine).get_table_names()) == old_tables
    with engine.begin() as conn:
        conn.execute(sa.insert(Event).values(
            name="agent.presence", data=OLD_EVENT, customer_visible=False, created_at=utcnow()
        ))
    engine.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.server", *args], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=120)


def test_the_models_agree_with_the_migrations(empty_db: str) -> None:
    engine = make_engine(empty_db)
    create_schema(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), METADATA)
    engine.dispose()
    # A table or index the migrations make and these models do not declare belongs to a feature
    # this build does not carry (main's routing, before the merge): harmless. Anything else is not.
    missing = [d for d in diffs if not (
        (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name not in METADATA.tables)
        or (isinstance(d, tuple) and d[0] == "remove_index" and d[1].table.name not in METADATA.tables)
        or (isinstance(d, tuple) and d[0] == "remove_index" and d[1].name in MIGRATION_ONLY_INDEXES)
    )]
    assert missing == []


async def test_a_database_of_the_previous_release_is_upgraded_and_keeps_its_data(
    empty_db: str, tmp_path: Path
) -> None:
    _previous_release(empty_db)
    refused = _cli("--port", "0", "--db", empty_db)
    assert refused.returncode == 2
    assert "agentdesk-server db upgrade" in refused.stderr and "before schema migrations" in refused.stderr
    assert _cli("db", "current", "--db", empty_db).returncode == 1
    upgraded = _cli("db", "upgrade", "--db", empty_db)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"-> {migrations.head()}" in upgraded.stdout
    assert _cli("db", "current", "--db", empty_db).returncode == 0
    async with running_server(tmp_path, db_url=empty_db, demo=False) as server:
        alice = await AgentClient.login(server.ws_url, "alice", "demo")  # the old release's account
        snapshot = await alice.request("inbox.snapshot", limit=500)
        assert len(snapshot["conversations"]) > 10
        replayed, synced = await alice.sync(0)
        assert synced["type"] == "synced"  # the old event log replays
        assert [(e["name"], e["data"]["presence"]) for e in replayed] == [("agent.presence", "available")]


def test_a_schema_from_a_newer_build_is_refused(empty_db: str) -> None:
    engine = make_engine(empty_db)
    create_schema(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(migrations.SchemaError, match="unknown to this server"):
        create_schema(engine)
    engine.dispose()
    refused = _cli("--port", "0", "--db", empty_db)
    assert refused.returncode == 2 and "9999_from_the_future" in refused.stderr
    assert _cli("db", "upgrade", "--db", empty_db).returncode == 2  # nothing to upgrade it with


@pytest.mark.postgres
def test_nodes_starting_together_on_an_empty_database_create_it_once(postgres_url: str) -> None:
    url = fresh_database(postgres_url)
    try:
        errors: list[BaseException] = []

        def start() -> None:
            engine = make_engine(url)
            try:
                create_schema(engine)
            except BaseException as exc:
                errors.append(exc)
            finally:
                engine.dispose()

        threads = [threading.Thread(target=start) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        engine = make_engine(url)
        assert migrations.status(engine).ok
        engine.dispose()
    finally:
        drop_database(postgres_url, url)


def test_a_database_made_by_create_all_before_migrations_is_upgraded_to_the_models(empty_db: str) -> None:
    """A database made by a build of the lead's merges before migrations (every table of today's
    models, by ``create_all``, no revision recorded): refused, then ``upgrade`` brings it to the head
    without failing on the tables it already has (``0003`` is ``IF NOT EXISTS`` too)."""
    engine = make_engine(empty_db)
    METADATA.create_all(engine)
    with pytest.raises(migrations.SchemaError, match="before schema migrations"):
        create_schema(engine)
    before, after = migrations.upgrade(engine)
    assert (before, after) == (None, migrations.head())
    create_schema(engine)  # accepted now
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), METADATA)
    engine.dispose()
    assert [d for d in diffs if not (  # what the migrations make beyond the models (the test above)
        (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name not in METADATA.tables)
        or (isinstance(d, tuple) and d[0] == "remove_index" and d[1].name in MIGRATION_ONLY_INDEXES)
    )] == []


def test_a_database_at_0004_gets_the_full_text_index(empty_db: str) -> None:
    """``0005_search_fulltext`` upgrades a database at ``0004_supervisor4`` holding messages: on
    PostgreSQL the GIN index on ``to_tsvector('simple', body)`` is there and a words query uses it
    (the expression ``search/repo.py`` writes); SQLite only moves to the head."""
    engine = make_engine(empty_db)
    assert migrations.upgrade(engine, "0004_supervisor4") == (None, "0004_supervisor4")
    assert seed_demo(make_session_factory(engine), utcnow())
    assert migrations.upgrade(engine) == ("0004_supervisor4", migrations.head())
    create_schema(engine)  # accepted as this build's
    with engine.connect() as conn:
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("messages")}
        if engine.dialect.name != "postgresql":
            assert "ix_messages_body_fts" not in indexes
        else:
            assert "ix_messages_body_fts" in indexes
            words = "to_tsvector('simple'::regconfig, body) @@ plainto_tsquery('simple'::regconfig, :q)"
            found = conn.execute(sa.text(f"SELECT count(*) FROM messages WHERE {words}"), {"q": "deposit"})
            assert found.scalar_one() > 0  # the seeded messages were indexed
            conn.execute(sa.text("SET LOCAL enable_seqscan = off"))
            explain = sa.text(f"EXPLAIN SELECT id FROM messages WHERE {words}")
            plan = "\n".join(r[0] for r in conn.execute(explain, {"q": "deposit pending"}))
            assert "ix_messages_body_fts" in plan
    engine.dispose()


def test_a_database_at_0005_gets_the_search_lookup_indexes(empty_db: str) -> None:
    """``0006_cluster5`` upgrades a database at ``0005_search_fulltext`` holding customers: on
    PostgreSQL a UID, e-mail, order-id or tx-hash prefix and a part of a name are looked up through
    the new indexes (the expressions ``search/repo.py`` writes), and down again drops them; SQLite
    only moves to the head."""
    engine = make_engine(empty_db)
    assert migrations.upgrade(engine, "0005_search_fulltext") == (None, "0005_search_fulltext")
    assert seed_demo(make_session_factory(engine), utcnow())
    assert migrations.upgrade(engine) == ("0005_search_fulltext", migrations.head())
    create_schema(engine)  # accepted as this build's
    new = {"ix_customers_uid_prefix", "ix_customers_email_prefix", "ix_customers_name_trgm",
           "ix_orders_order_id_prefix", "ix_transfers_tx_hash_prefix"}
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        made = {i["name"] for t in ("customers", "orders", "transfers") for i in inspector.get_indexes(t)}
        if engine.dialect.name != "postgresql":
            assert not made & new
            engine.dispose()
            return
        assert new <= made
        conn.execute(sa.text("SET LOCAL enable_seqscan = off"))
        lookups = {
            "ix_customers_uid_prefix": "SELECT uid FROM customers WHERE uid LIKE 'C1%'",
            "ix_customers_email_prefix": "SELECT uid FROM customers WHERE lower(email) LIKE 'a%'",
            "ix_customers_name_trgm": "SELECT uid FROM customers WHERE lower(name) LIKE '%chen%'",
            "ix_orders_order_id_prefix": "SELECT customer_uid FROM orders WHERE lower(order_id) LIKE '1%'",
            "ix_transfers_tx_hash_prefix":
                "SELECT customer_uid FROM transfers WHERE lower(tx_hash) LIKE '0x%'",
        }
        for index, query in lookups.items():
            plan = "\n".join(r[0] for r in conn.execute(sa.text(f"EXPLAIN {query}")))
            assert index in plan, plan
    with engine.connect() as conn:  # down again: 0006's indexes go, 0005's stay
        command.downgrade(migrations.config(conn), "0005_search_fulltext")
        conn.commit()
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        left = {i["name"] for t in ("customers", "orders", "transfers") for i in inspector.get_indexes(t)}
        assert not left & new
        assert "ix_messages_body_fts" in {i["name"] for i in inspector.get_indexes("messages")}
    engine.dispose()
