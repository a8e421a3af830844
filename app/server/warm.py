"""A warm start: the chat path run once (and rolled back) before the node's port opens.

Why: a node that has just started pays, on its first customers' messages, for everything done
lazily the first time — the readers' pool opening its PostgreSQL connections (a backend fork and
its catalogue caches each, tens of ms under load), every statement of the chat path compiled by
SQLAlchemy (its compiled cache, the ORM's unit of work, ``db/prepared.py``'s statements), planned
by PostgreSQL afresh until psycopg prepares it (its ``prepare_threshold``: the 5th execution on a
connection), the writer's backend opening each relation and index it inserts into for the first
time. Session 9 (``bench/results_cluster.md``, "cross-node tail") found the cross-node p99 at
300 msg/s all in the first 0.1–1.5 s of a run, on the node taking the customers' writes: its
first requests took 4–70 ms each instead of 0.4–1 ms, and the batches that queued behind them
took ~1 s to clear. So before the port opens, :func:`warm_start`

- holds every reader connection open at once (the pool keeps them) and runs the reads a
  customer's message needs (its ``recent`` snapshot, its ``customer_info``) ``ROUNDS`` times on each;
- rehearses ``repo_messages.customer_send`` on the writer, ``ROUNDS`` transactions of ``SENDS``
  messages each (the first of a chat takes the ORM path, the next ones the Core path), every
  transaction rolled back (``DbExecutor.rehearse``): nothing stays, nothing is published. On
  PostgreSQL a rolled-back event leaves a gap in the seqs, which the log allows (``bus/sequencer.py``),
  and the rehearsal holds the log's lock for its few ms, as any batch does;
- runs the guard's chat scan once.

It uses an existing customer (the first by uid); a database without one warms only the readers'
connections. A failing rehearsal is logged and the server starts anyway: it is only an
optimisation. SQLite runs the same (its rollback leaves no trace either)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import safety
from app.server.db.executor import DbExecutor
from app.server.db.schema import Customer
from app.server.incidents import repo as incidents
from app.server.repos import repo_customers, repo_messages

log = logging.getLogger(__name__)

#: psycopg prepares a statement on its 5th execution on a connection (``prepare_threshold``)
ROUNDS = 5
SENDS = 3
#: how long a reader waits for the others to hold their connections too (never forever)
HOLD_TIMEOUT = 10.0
TEXT = "warm start"


@dataclass(frozen=True, slots=True)
class Warmed:
    readers: int  # reader connections held open at once
    sends: int  # customer messages rehearsed on the writer (all rolled back)
    seconds: float


async def warm_start(db: DbExecutor, domains: tuple[str, ...]) -> Warmed:
    """Open the connections and run the chat path's statements once; see the module's docstring."""
    started = time.perf_counter()
    uid = await db.read(_some_customer)
    readers = await _warm_readers(db, uid)
    sends = 0
    if uid is not None:
        try:
            for _ in range(ROUNDS):
                sends += await db.rehearse(_rehearse_sends, uid)
        except Exception:  # an optimisation only: never a reason not to start
            log.warning("warm start: the writer's rehearsal failed", exc_info=True)
    safety.scan_chat_message(TEXT, [], domains)
    warmed = Warmed(readers, sends, time.perf_counter() - started)
    log.info("warm start: %d reader connections, %d messages rehearsed (rolled back) in %.0f ms",
             warmed.readers, warmed.sends, warmed.seconds * 1000)
    return warmed


def _some_customer(session: Session) -> str | None:
    return session.scalar(sa.select(Customer.uid).order_by(Customer.uid).limit(1))


def _rehearse_sends(session: Session, uid: str) -> int:
    for i in range(SENDS):
        repo_messages.customer_send(
            session, uid, TEXT, f"agentdesk-warm-start.{i}", [], None, opened=incidents.link_new
        )
    return SENDS


async def _warm_readers(db: DbExecutor, uid: str | None) -> int:
    """Every reader thread takes a connection and holds it until all have one (so the pool opens
    as many as there are readers), running the chat path's reads meanwhile."""
    count = db.reader_threads
    if count == 0:
        return 0
    barrier = threading.Barrier(count)
    held = await asyncio.gather(*(db.read(_hold, barrier, uid) for _ in range(count)))
    return sum(held)


def _hold(session: Session, barrier: threading.Barrier, uid: str | None) -> bool:
    session.connection()  # checked out now: this thread's connection
    if uid is not None:
        for _ in range(ROUNDS):
            repo_messages.recent_snapshot(session, uid, safety.CHAT_WINDOW)
            repo_customers.customer_info(session, uid)
    try:
        barrier.wait(HOLD_TIMEOUT)
    except threading.BrokenBarrierError:
        return False
    return True
