"""The writer's batching delay under load (``DbExecutor.gather``; the PostgreSQL bus turns it on):
while requests stream in, the writer waits a moment for more before it begins a batch, so fewer
commits (each a WAL flush, a notification and a log read on every other node) carry the same
requests. A request after a quiet spell is not delayed, a full batch goes at once, and stopping
does not wait. The delay here is 30 s: a test that waited for it would time out instead."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.server.bus.postgres import GATHER
from app.server.db.engine import make_engine, make_session_factory
from app.server.db.executor import DbExecutor
from app.server.tables import create_schema
from tests.server.test_group_commit import event_job

LONG = 30.0


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[DbExecutor]:
    engine = make_engine(f"sqlite:///{tmp_path / 'gather.sqlite3'}")
    create_schema(engine)
    db = DbExecutor(make_session_factory(engine), max_batch=2)
    db.gather = LONG
    try:
        yield db
    finally:
        db.shutdown()
        engine.dispose()


async def _taken(db: DbExecutor) -> None:
    """Until the writer thread has taken everything queued (polled, no guessed sleep)."""
    for _ in range(1000):
        if db.queued() == 0:
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the writer never took the request")


async def test_a_request_after_a_quiet_spell_is_not_delayed(writer: DbExecutor) -> None:
    await asyncio.wait_for(writer.run(event_job(1)), 10)  # the first ever: nothing streaming
    writer._last_end = time.monotonic() - 10 * LONG * 4  # a quiet spell since
    await asyncio.wait_for(writer.run(event_job(2)), 10)
    assert writer.batches == 2


async def test_under_load_the_writer_waits_for_more_and_a_full_batch_goes_at_once(writer: DbExecutor) -> None:
    await writer.run(event_job(1))
    second = writer.submit(event_job(2))  # right after a batch: under load, so it waits for more
    await _taken(writer)
    assert not second.done()
    third = writer.submit(event_job(3))  # fills the batch (max 2): committed at once, together
    seqs = await asyncio.wait_for(asyncio.gather(second, third), 10)
    assert seqs == sorted(seqs) and len(set(seqs)) == 2
    assert writer.batches == 2 and writer.requests == 3


async def test_stopping_does_not_wait_for_the_delay(writer: DbExecutor) -> None:
    await writer.run(event_job(1))
    pending = writer.submit(event_job(2))
    await _taken(writer)
    stopper = threading.Thread(target=writer.shutdown)
    started = time.monotonic()
    stopper.start()
    await asyncio.wait_for(pending, 10)  # its batch commits when the stop arrives
    await asyncio.to_thread(stopper.join, 10)
    assert not stopper.is_alive() and time.monotonic() - started < LONG
    assert writer.requests == 2


def test_the_postgresql_bus_delay_is_short() -> None:
    """What the bus sets: a few milliseconds (a message's latency pays at most this)."""
    assert 0 < GATHER <= 0.005
