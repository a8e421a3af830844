"""The warm start (``app/server/warm.py``): before the port opens, every reader connection is open
and held by the pool, the chat path has been rehearsed on the writer — and nothing of the
rehearsal stays (no message, no conversation, no event), on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import warm
from app.server.app import ChatServer
from tests.support.server import CustomerClient, running_server

READERS = 3


def _counts(session: Session) -> tuple[int, int, int]:
    return (
        int(session.scalar(sa.text("SELECT count(*) FROM messages")) or 0),
        int(session.scalar(sa.text("SELECT count(*) FROM conversations")) or 0),
        int(session.scalar(sa.text("SELECT count(*) FROM events")) or 0),
    )


async def _check_warm(server: ChatServer) -> tuple[int, int, int]:
    warmed = server.warmed
    assert warmed is not None
    assert warmed.readers == READERS
    assert warmed.sends == warm.ROUNDS * warm.SENDS  # the writer's rehearsal ran, every round
    engine = server._reader_engine
    assert engine is not None
    pool = engine.pool
    assert isinstance(pool, sa.pool.QueuePool)
    assert pool.checkedin() == READERS  # open before the first customer, kept by the pool
    db = server.context.db
    left = await db.read(lambda s: s.scalar(sa.text(
        "SELECT count(*) FROM messages WHERE client_msg_id LIKE 'agentdesk-warm-start.%'")))
    assert left == 0
    return await db.read(_counts)


async def _warm_twice_leaves_nothing(tmp_path: Path, **config: object) -> None:
    async with running_server(tmp_path, db_readers=READERS, **config) as server:
        before = await _check_warm(server)
        uid = await server.context.db.read(warm._some_customer)
        assert uid is not None
    async with running_server(tmp_path, db_readers=READERS, **config) as server:
        assert await _check_warm(server) == before  # a second start's rehearsal: nothing added
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(uid))
        sent = await customer.send("hello after a warm start", "after-warm-1")
        again = await customer.send("and again", "after-warm-2")
        assert 0 < sent["seq"] < again["seq"]
        stored = await server.context.db.read(lambda s: s.scalar(sa.text(
            "SELECT count(*) FROM messages WHERE client_msg_id LIKE 'after-warm-%'")))
        assert stored == 2


async def test_warm_start_on_sqlite(tmp_path: Path) -> None:
    await _warm_twice_leaves_nothing(tmp_path)


@pytest.mark.postgres
async def test_warm_start_on_postgres(tmp_path: Path, pg_url: str) -> None:
    await _warm_twice_leaves_nothing(tmp_path, db_url=pg_url)
