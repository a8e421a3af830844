"""The store's one database thread (Anki's ``taskman`` idea).

All SQL runs on a single worker thread: the asyncio loop (Qt's, through qasync) never waits on
SQLite, and an ORM session is created, used and closed on that thread, never shared. Work is
handed over as a plain function ``fn(session) -> result`` and awaited with :meth:`DbWorker.run`.

The worker also holds the store's key (:class:`~app.store.cache.sql_functions.SealFunctions`): the SQL
functions that open and seal customer text are registered on its connection only, and every ORM
session gets the cipher in ``Session.info`` for sealing. After :meth:`DbWorker.wipe_files` the
file is gone; the next use creates a fresh, empty one (locked until a key is given).
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.store.cache.migrations import upgrade
from app.store.cache.sql_functions import SealFunctions
from app.store.files import journal_mode_for, remove_file, sqlite_url
from app.store.sealing import CIPHER

T = TypeVar("T")


class DbWorker:
    """Owns the SQLite file, its engine and the thread everything runs on."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-store")
        self._engine: Engine | None = None
        self._thread: threading.Thread | None = None
        self.upgraded_from: int | None = None
        self.functions = SealFunctions()
        self._wiped = False
        self._blank: Engine | None = None  # what a wiped store reads until something is written
        self.journal_mode = "WAL"  # DELETE on a network share (app.store.files.journal_mode_for)

    def __repr__(self) -> str:
        return f"DbWorker({self.path.name!r}, {self.functions!r})"

    async def open(self) -> None:
        await self.call(self._open)

    def _open(self) -> None:
        self._thread = threading.current_thread()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.journal_mode = journal_mode_for(self.path)
        raw = sqlite3.connect(self.path, isolation_level=None)
        try:
            raw.execute(f"PRAGMA journal_mode={self.journal_mode}")
            raw.execute("PRAGMA secure_delete=ON")
            self.functions.install(raw)
            self.upgraded_from, _ = upgrade(raw)
        finally:
            raw.close()
        # hide_parameters: an SQL error's text (and a log line) never quotes a row's values
        engine = create_engine(sqlite_url(self.path), poolclass=StaticPool, hide_parameters=True)
        event.listen(engine, "connect", self._on_connect)
        self._engine = engine
        self._wiped = False
        self._drop_blank()

    def _on_connect(self, dbapi_connection: sqlite3.Connection, _record: object) -> None:
        _configure(dbapi_connection, self.journal_mode)
        self.functions.install(dbapi_connection)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the worker thread (no session: for opening, closing, raw work)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def run(self, fn: Callable[[Session], T], *, writes: bool = True) -> T:
        """Run ``fn(session)`` in one transaction on the worker thread and return its result.

        The transaction commits when ``fn`` returns and rolls back when it raises. Returned values
        must be plain data (dataclasses), never ORM objects: those belong to this thread.
        ``writes=False``: ``fn`` only reads, so a wiped store answers it from an empty database in
        memory instead of creating its file again (sign-out with "remove this desk's data" leaves
        no file behind, however many views refresh afterwards).
        """
        return await self.call(self.run_sync, fn, writes)

    def run_sync(self, fn: Callable[[Session], T], writes: bool = True) -> T:
        """:meth:`run` for code already on the worker thread."""
        if threading.current_thread() is not self._thread:
            raise RuntimeError("store SQL must run on the store's worker thread")
        engine = self._engine
        if engine is None:
            if not self._wiped:
                raise RuntimeError("the store is closed")
            if writes:
                self._open()  # wiped: a fresh, empty file on the first write
                engine = self._engine
            else:
                engine = self._blank_engine()
        assert engine is not None
        self.functions.take_error()
        try:
            with Session(engine, expire_on_commit=False,
                         info={CIPHER: self.functions.cipher}) as session, session.begin():
                return fn(session)
        except StatementError:
            # SQLite reports a failed ad_open/ad_seal only as "user-defined function raised
            # exception": raise the real reason (locked, unreadable) instead
            cause = self.functions.take_error()
            if cause is not None:
                raise cause from None
            raise

    def scrub(self) -> None:
        """Rewrite the file without free pages and empty the WAL: after plain text was sealed in
        place (or a cache emptied), no old page may keep a copy of it. Worker thread only."""
        assert self._engine is not None
        raw = self._engine.raw_connection()
        try:
            dbapi = raw.driver_connection
            assert dbapi is not None
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dbapi.execute("VACUUM")
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def _blank_engine(self) -> Engine:
        """An empty cache of the current schema in memory (worker thread only)."""
        if self._blank is None:
            engine = create_engine("sqlite://", poolclass=StaticPool, hide_parameters=True)
            event.listen(engine, "connect", self._on_connect)
            raw = engine.raw_connection()
            try:
                dbapi = raw.driver_connection
                assert isinstance(dbapi, sqlite3.Connection)
                upgrade(dbapi)
            finally:
                raw.close()
            self._blank = engine
        return self._blank

    def _drop_blank(self) -> None:
        if self._blank is not None:
            self._blank.dispose()
            self._blank = None

    def wipe_files(self) -> None:
        """Close the database, delete its file and its -wal/-shm/-journal, forget the key.
        Worker thread only; the next :meth:`run_sync` starts a new, empty file."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        for suffix in ("", "-wal", "-shm", "-journal"):  # a scanner's lock is waited out (Windows)
            remove_file(Path(f"{self.path}{suffix}"))
        self.functions.cipher = None
        self._wiped = True
        self._drop_blank()

    async def close(self) -> None:
        if self._engine is not None:
            await self.call(self._close)
        self._executor.shutdown(wait=True)

    def _close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._wiped = False
        self._drop_blank()
        self.functions.cipher = None


def _configure(dbapi_connection: sqlite3.Connection, journal_mode: str = "WAL") -> None:
    """Per-connection settings: WAL survives a killed app (the rollback journal on a network
    share, where WAL does not work); ``secure_delete`` zeroes deleted and overwritten content, so a
    deleted row or a replaced value leaves no copy in a free page."""
    dbapi_connection.execute(f"PRAGMA journal_mode={journal_mode}")
    dbapi_connection.execute("PRAGMA secure_delete=ON")
    # NORMAL in WAL mode: a committed transaction survives the app being killed; only a power
    # cut can lose the last commits. FULL would fsync every event applied during a replay.
    # (FULL with the rollback journal, where NORMAL could corrupt the file at a power cut.)
    dbapi_connection.execute(f"PRAGMA synchronous={'NORMAL' if journal_mode == 'WAL' else 'FULL'}")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    dbapi_connection.execute("PRAGMA temp_store=MEMORY")
    dbapi_connection.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
