"""The server's database threads: one writer that group-commits, and a few readers.

**The writer.** Every write (``run``/``submit``) is queued to one thread. The thread takes
everything queued (up to ``max_batch``) into ONE transaction — one commit, one fsync for the whole
batch. A request that raises is rolled back alone and the others still commit: the batch first
runs without savepoints (two statements — two round trips on PostgreSQL — saved per request), and
when a request raises, the transaction is rolled back and the batch run again with that request in
its own SAVEPOINT (after a second failure, every request in its own: ``_run_batch``).
Only when the commit has returned (durable: WAL with
``synchronous=FULL`` on SQLite, a flushed WAL record on PostgreSQL) are the requests answered and
their events handed to the event loop: one ``call_soon_threadsafe`` per batch, not per request.
If the commit itself fails, each request of the batch is run again on its own, so one request
whose change cannot be committed does not take the others with it.

One writer thread is what keeps event ``seq`` order equal to commit order on SQLite: batches
commit one after another, and inside a batch seqs are assigned in queue order and become visible
together. (On PostgreSQL a batch takes the event log's advisory lock at its first event —
``repo_events.lock_log`` — and holds it to the commit, so several server processes sharing a
database also commit seqs in order; a batch that appends no event never waits for another
node's.) Requests are queued in the order ``submit`` is called on the loop, so two writes of one
connection are committed in the order it sent them.

**The readers.** ``read`` runs a function on one of ``readers`` threads with their own
connections (SQLite: WAL readers, which never wait for the writer; PostgreSQL: a pool), in one
read-only transaction that sees one snapshot (SQLite's deferred ``BEGIN``; PostgreSQL's
``REPEATABLE READ``). A read started after a write was answered sees that write; a read never
waits for writes queued behind it. In-memory SQLite has no second connection: reads go to the
writer there.

Functions take the session as their first argument and return plain values (protocol structs,
dataclasses), never ORM instances. Events they append (``session.info[EVENTS_KEY]``) are published
through ``on_commit``, in commit order, after the answers of their batch.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from app.server.db import tx_memo

P = ParamSpec("P")
T = TypeVar("T")
EVENTS_KEY = "agentdesk_events"
#: ``session.info``: set by ``repo_events.lock_log`` once this transaction holds the event log's
#: lock. A lock taken inside a request's savepoint goes with the savepoint when it is rolled back
#: (PostgreSQL releases it), so ``_in_savepoint`` then drops the mark and the next append locks again.
LOG_LOCK_KEY = "agentdesk_event_lock_held"
MAX_BATCH = 256
#: the writer counts as under load when a request arrives within this many ``gather`` spans of the
#: last batch's end (``DbExecutor._gather``)
LOAD_SPAN = 4
#: a request function's attribute (``runs_together``): the kind of run it belongs to
RUN_ATTR = "agentdesk_run_kind"
#: ``session.info``: the batch's jobs and the index of the one running, while it is part of a run
_UPCOMING_KEY = "agentdesk_upcoming"

log = logging.getLogger(__name__)

#: Runs on the writer thread after a batch failed as a whole (its caches may hold rolled-back rows).
ResetHook = Callable[[], None]


@dataclass(slots=True)
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: asyncio.Future[Any] | concurrent.futures.Future[Any]
    with_session: bool = True  # False: ``call`` (schema creation, seeding) — alone, no session
    result: Any = None
    error: BaseException | None = None
    events: list[Any] = field(default_factory=list)


_STOP = object()

F = TypeVar("F", bound=Callable[..., Any])


def runs_together(kind: str) -> Callable[[F], F]:
    """Mark a request function: consecutive requests of one ``kind`` in a batch form a *run*. While
    one of them runs, :func:`upcoming` names the arguments of the run's requests from it to the end
    of the run, so the first can read ahead for all of them in one statement (issue 15, pg17: a
    burst of chat openings), and ``tx_memo.run`` keeps what holds for the run; the executor drops
    that memo when a request of another kind comes. (A wrapper made with ``functools.wraps``
    copies the mark.)"""

    def mark(fn: F) -> F:
        fn.__dict__[RUN_ATTR] = kind
        return fn

    return mark


def upcoming(session: Session) -> list[tuple[Any, ...]]:
    """The arguments (after the session) of the running request and of those after it in its run,
    in queue order; empty when the running request is not part of a run."""
    found = session.info.get(_UPCOMING_KEY)
    if found is None:
        return []
    jobs, index = found
    kind = getattr(jobs[index].fn, RUN_ATTR, None)
    out: list[tuple[Any, ...]] = []
    for job in jobs[index:]:
        if getattr(job.fn, RUN_ATTR, None) != kind:
            break
        out.append(job.args)
    return out


class _Redo(Exception):
    """A request of a batch run without savepoints raised: run the batch again, that one guarded."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


class DbExecutor:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        on_commit: Callable[[list[Any]], None] | None = None,
        session_info: dict[str, Any] | None = None,
        *,
        read_factory: sessionmaker[Session] | None = None,
        readers: int = 2,
        max_batch: int = MAX_BATCH,
        begin_hook: Callable[[Session], None] | None = None,
        reset_hook: ResetHook | None = None,
        on_committed: Callable[[list[Any]], None] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._read_factory = read_factory
        self._session_info = dict(session_info or {})
        self._max_batch = max(1, max_batch)
        self._begin_hook = begin_hook
        self._reset_hook = reset_hook
        self.on_commit = on_commit
        #: on the loop, before a batch's answers: bookkeeping that must see a write before anyone
        #: hears it was stored (cheap; the fan-out is ``on_commit``, after the answers)
        self.on_committed = on_committed
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        #: the server's loop: futures are made and answered on it. Taken once, here, so nothing on
        #: the request path asks asyncio for "the running loop" (a qasync loop stepped by Qt has none)
        self.loop: asyncio.AbstractEventLoop | None = _running_loop()
        self._readers = (
            None
            if read_factory is None
            else concurrent.futures.ThreadPoolExecutor(max(1, readers), "agentdesk-db-read")
        )
        self.batches = 0  # committed batches and requests (tests and the docs' figures read them)
        self.requests = 0
        self.redos = 0  # batches run again because a request raised outside a savepoint
        #: seconds the writer waits for more requests before a batch, under load only (see
        #: ``_gather``); 0 (the default, SQLite): never. The PostgreSQL bus sets it (``bus/postgres.py``).
        self.gather = 0.0
        self._last_end = -1e9  # when the last batch was delivered (time.monotonic)
        self._thread = threading.Thread(target=self._writer, name="agentdesk-db", daemon=True)
        self._thread.start()

    # --- the API -----------------------------------------------------------------------------
    def submit(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Queue ``fn(session, *args)`` now; the future resolves once its batch is committed.

        Call on the event loop. The queue position is taken at the call, so writes submitted one
        after another commit in that order even when nobody awaits the first before the second."""
        future: asyncio.Future[T] = self._on_loop().create_future()
        self._queue.put(_Job(fn, args, future))
        return future

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(session, *args)`` in the writer's next transaction (its own savepoint)."""
        return await self.submit(fn, *args)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(session, *args)`` on a reader connection, in one read-only snapshot."""
        if self._readers is None:
            return await self.run(fn, *args)
        return await self._on_loop().run_in_executor(self._readers, self._read_call, fn, args)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the writer thread, alone and without a session (schema, seeding)."""
        future: asyncio.Future[T] = self._on_loop().create_future()
        self._queue.put(_Job(fn, args, future, with_session=False))
        return await future

    def run_sync(self, fn: Callable[..., T], *args: Any) -> T:
        """``run`` blocking the caller (start-up and the CLI only; never on the event loop)."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._queue.put(_Job(fn, args, future))
        return future.result()

    def queued(self) -> int:
        """Writes waiting for the writer thread (not counting the batch it is running)."""
        return self._queue.qsize()

    def shutdown(self) -> None:
        """Finish what is queued, then stop the threads."""
        self._queue.put(_STOP)
        self._thread.join()
        if self.batches:
            log.info("writer: %d requests in %d transactions", self.requests, self.batches)
        if self._readers is not None:
            self._readers.shutdown(wait=True)

    def _on_loop(self) -> asyncio.AbstractEventLoop:
        if self.loop is None:
            self.loop = asyncio.get_running_loop()
        return self.loop

    # --- readers -----------------------------------------------------------------------------
    def _read_call(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        assert self._read_factory is not None
        with self._read_factory() as session:
            session.info.update(self._session_info)
            with session.begin():
                return fn(session, *args)

    # --- the writer thread -------------------------------------------------------------------
    def _writer(self) -> None:
        stop = False
        while not stop:
            jobs: list[_Job] = []
            item = self._queue.get()
            while True:
                if item is _STOP:
                    stop = True
                    break
                jobs.append(item)
                if len(jobs) >= self._max_batch:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if not stop and self.gather > 0 and len(jobs) < self._max_batch:
                stop = self._gather(jobs)
            for segment in _segments(jobs):
                if segment[0].with_session:
                    self._run_batch(segment)
                else:
                    self._run_plain(segment[0])
                self._last_end = time.monotonic()  # before the answers: a caller sees it set
                self._deliver(segment)

    def _gather(self, jobs: list[_Job]) -> bool:
        """Under load — the first request came within ``gather`` × ``LOAD_SPAN`` of the last batch's
        end, so requests are streaming in — wait up to ``gather`` seconds for more (until the batch
        is full). Fewer, larger batches: on PostgreSQL each commit is a flush of the WAL, a
        notification, and a log read on every other node (session 7: batches of ~2 messages cost
        +18 % CPU per message on three nodes against ~10). A request after a quiet spell is not
        delayed. True when the stop marker arrived meanwhile."""
        now = time.monotonic()
        if now - self._last_end > self.gather * LOAD_SPAN:
            return False
        deadline = now + self.gather
        while len(jobs) < self._max_batch:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            try:
                item = self._queue.get(timeout=remaining)
            except queue.Empty:
                return False
            if item is _STOP:
                return True
            jobs.append(item)
        return False

    def _run_plain(self, job: _Job) -> None:
        try:
            job.result = job.fn(*job.args)
        except BaseException as exc:  # handed to the caller, like any other outcome
            job.error = exc

    def _run_batch(self, jobs: list[_Job]) -> None:
        """One transaction for the batch. Requests run without savepoints until one raises: then the
        transaction is rolled back and run again with that request in its own savepoint — a request
        that writes and then refuses (a ``ProtocolError`` after a flush) costs the batch one more run,
        and the others pay no SAVEPOINT/RELEASE pair each. A second request that raises puts every
        request of the batch in its own savepoint (at most three runs in all)."""
        guarded: set[int] | None = set()
        while True:
            for job in jobs:
                job.result, job.error, job.events = None, None, []
            try:
                self._transaction(jobs, guarded)
                return
            except _Redo as redo:
                self._reset()
                self.redos += 1
                if guarded is not None and not guarded:
                    guarded.add(redo.index)
                else:
                    guarded = None
                continue
            except Exception as exc:
                self._reset()
                if len(jobs) == 1:
                    self._alone(jobs[0], exc)
                    return
                log.warning("a batch of %d writes failed to commit (%s); committing each on its own",
                            len(jobs), type(exc).__name__)
                break
        for job in jobs:
            job.result, job.error, job.events = None, None, []
            try:
                self._transaction([job], set())
            except Exception as exc:
                self._reset()
                self._alone(job, exc)

    def _alone(self, job: _Job, exc: Exception) -> None:
        """A lone request whose transaction failed: run again (at most ``RETRIES`` times) when
        PostgreSQL chose it as a deadlock's victim or could not serialise it — the transaction was
        rolled back whole, so running it again is what PostgreSQL asks for (several nodes lock rows
        in different orders); any other failure is its answer."""
        for _ in range(RETRIES):
            if _sqlstate(exc) not in RETRY_STATES:
                break
            log.warning("a write was rolled back by the database (%s); running it again", _sqlstate(exc))
            job.result, job.error, job.events = None, None, []
            try:
                self._transaction([job], set())
                return
            except Exception as again:
                self._reset()
                exc = again
        _failed(job, exc)

    def _reset(self) -> None:
        if self._reset_hook is not None:
            self._reset_hook()

    def _transaction(self, jobs: list[_Job], guarded: set[int] | None) -> None:
        """One transaction for ``jobs``: those in ``guarded`` (all when ``None``) in a savepoint
        each, the rest as they are. Raises :class:`_Redo` when an unguarded request of several raised
        (the transaction is rolled back: nothing of the batch stays), or what the transaction as a
        whole raised (the begin hook, the commit, a lone request)."""
        alone = len(jobs) == 1
        with self._session_factory() as session:
            session.info.update(self._session_info)
            with session.begin():
                if self._begin_hook is not None:
                    self._begin_hook(session)
                kind: str | None = None
                for index, job in enumerate(jobs):
                    session.info[EVENTS_KEY] = []
                    kind = _enter(session, jobs, index, kind)
                    if alone:
                        job.result = job.fn(session, *job.args)  # raising rolls the transaction back
                    elif guarded is None or index in guarded:
                        self._in_savepoint(session, job)
                        continue
                    else:
                        try:
                            job.result = job.fn(session, *job.args)
                            session.flush()  # its flush error is its own, not the next request's
                        except Exception as exc:
                            raise _Redo(index) from exc
                    job.events = session.info.pop(EVENTS_KEY, [])
        self.batches += 1
        self.requests += len(jobs)

    def _in_savepoint(self, session: Session, job: _Job) -> None:
        """Run ``job`` inside ``SAVEPOINT agentdesk_job``, issued on the DBAPI cursor: SQLAlchemy's
        ``begin_nested`` costs ~35 µs a request, the statements ~2. The job's ORM changes are
        flushed inside it. When the job fails, the savepoint is rolled back and the session's ORM
        objects are dropped (some may hold what was just undone); if the session itself cannot go on
        (a failed flush deactivates it), the whole transaction fails and the batch is run again
        request by request (``_run_batch``).

        Each savepoint is released at once. Left open (the next one of the same name would hide
        it), they nest one level per request, and that cost more, not less: the writer's time per
        message ~1.4× on PostgreSQL and its CPU per message ~1.3× on SQLite (measured in-process,
        batches of ~100)."""
        cursor = _dbapi_cursor(session)
        locked_before = session.info.get(LOG_LOCK_KEY, False)
        cursor.execute("SAVEPOINT agentdesk_job")
        try:
            job.result = job.fn(session, *job.args)
            session.flush()
        except Exception as exc:
            cursor.execute("ROLLBACK TO SAVEPOINT agentdesk_job")
            cursor.execute("RELEASE SAVEPOINT agentdesk_job")
            if not locked_before:
                session.info.pop(LOG_LOCK_KEY, None)  # released with the savepoint (LOG_LOCK_KEY)
            tx_memo.drop(session)  # its row locks went with the savepoint; its rows may be gone
            if not session.is_active:
                raise
            session.expunge_all()
            job.result, job.error, job.events = None, exc, []
            session.info.pop(EVENTS_KEY, None)
            self._reset()
            return
        cursor.execute("RELEASE SAVEPOINT agentdesk_job")
        job.events = session.info.pop(EVENTS_KEY, [])

    def _deliver(self, jobs: list[_Job]) -> None:
        """Answer the jobs and publish their events: one wake-up of the loop for the batch."""
        events = [ev for job in jobs if job.error is None for ev in job.events]
        # in seq order: a run's openings draw their seqs ahead, in one statement (``upcoming``), so
        # a request of the run between two of them may hold a later seq than the second; the batch
        # commits as one, and its events are published in the order of their seqs
        if any(a.seq > b.seq for a, b in itertools.pairwise(events)):
            events.sort(key=lambda ev: ev.seq)
        on_loop = [job for job in jobs if isinstance(job.future, asyncio.Future)]
        for job in jobs:
            if isinstance(job.future, concurrent.futures.Future):
                if job.error is not None:
                    job.future.set_exception(job.error)
                else:
                    job.future.set_result(job.result)
        loop = self.loop
        if loop is None:
            if events and self.on_commit is not None and not on_loop:
                self.on_commit(events)  # nothing runs on a loop yet (start-up)
            return
        with contextlib.suppress(RuntimeError):  # the loop is closed: the server is gone, nobody waits
            loop.call_soon_threadsafe(self._answer, on_loop, events)

    def _answer(self, jobs: list[_Job], events: list[Any]) -> None:
        """On the loop: answers first (an ack never waits for fan-out), then the events."""
        if events and self.on_committed is not None:
            self.on_committed(events)
        for job in jobs:
            future = job.future
            assert isinstance(future, asyncio.Future)
            if future.cancelled():
                continue
            if job.error is not None:
                future.set_exception(job.error)
            else:
                future.set_result(job.result)
        if events and self.on_commit is not None:
            assert self.loop is not None
            self.loop.call_soon(self.on_commit, events)


def _enter(session: Session, jobs: list[_Job], index: int, previous: str | None) -> str | None:
    """Before ``jobs[index]`` runs: a run's memo is dropped unless this job continues the run (same
    kind as the job before it); :func:`upcoming` is set for a job of a run. Returns its kind."""
    kind = getattr(jobs[index].fn, RUN_ATTR, None)
    if kind is None or kind != previous:
        tx_memo.drop_run(session)
    if kind is None:
        session.info.pop(_UPCOMING_KEY, None)
    else:
        session.info[_UPCOMING_KEY] = (jobs, index)
    return kind


def _dbapi_cursor(session: Session) -> Any:
    cursor = session.info.get(_CURSOR_KEY)
    if cursor is None:
        driver = session.connection().connection.driver_connection
        assert driver is not None, "a session in a transaction has its driver's connection"
        cursor = session.info[_CURSOR_KEY] = driver.cursor()
    return cursor


_CURSOR_KEY = "agentdesk_savepoint_cursor"


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


#: PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again
RETRY_STATES = frozenset({"40P01", "40001"})
RETRIES = 2


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    state = getattr(orig, "sqlstate", None) or getattr(exc, "sqlstate", None)
    return state if isinstance(state, str) else None


def _failed(job: _Job, exc: BaseException) -> None:
    """The job's transaction did not commit: nothing of it stays, its answer is the error."""
    job.result, job.events = None, []
    job.error = exc


def _segments(jobs: list[_Job]) -> list[list[_Job]]:
    """Consecutive session jobs share a transaction; a ``call`` job runs on its own."""
    out: list[list[_Job]] = []
    for job in jobs:
        if job.with_session and out and out[-1][0].with_session:
            out[-1].append(job)
        else:
            out.append([job])
    return out
