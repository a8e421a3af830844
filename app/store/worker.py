"""The store's one database thread (Anki's ``taskman`` idea).

All SQL runs on a single worker thread: the asyncio loop (Qt's, through qasync) never waits on
SQLite, and an ORM session is created, used and closed on that thread, never shared. Work is
handed over as a plain function ``fn(session) -> result`` and awaited with :meth:`DbWorker.run`.
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
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.models.migrations import upgrade
from app.models.search_text import register_functions

T = TypeVar("T")


class DbWorker:
    """Owns the SQLite file, its engine and the thread everything runs on."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-store")
        self._engine: Engine | None = None
        self._thread: threading.Thread | None = None
        self.upgraded_from: int | None = None

    async def open(self) -> None:
        await self.call(self._open)

    def _open(self) -> None:
        self._thread = threading.current_thread()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        raw = sqlite3.connect(self.path, isolation_level=None)
        try:
            raw.execute("PRAGMA journal_mode=WAL")
            self.upgraded_from, _ = upgrade(raw)
        finally:
            raw.close()
        engine = create_engine(f"sqlite:///{self.path}", poolclass=StaticPool)
        event.listen(engine, "connect", _on_connect)
        self._engine = engine

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the worker thread (no session: for opening, closing, raw work)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` in one transaction on the worker thread and return its result.

        The transaction commits when ``fn`` returns and rolls back when it raises. Returned values
        must be plain data (dataclasses), never ORM objects: those belong to this thread.
        """
        return await self.call(self.run_sync, fn)

    def run_sync(self, fn: Callable[[Session], T]) -> T:
        """:meth:`run` for code already on the worker thread."""
        if threading.current_thread() is not self._thread:
            raise RuntimeError("store SQL must run on the store's worker thread")
        if self._engine is None:
            raise RuntimeError("the store is closed")
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            return fn(session)

    async def close(self) -> None:
        if self._engine is not None:
            await self.call(self._close)
        self._executor.shutdown(wait=True)

    def _close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Per-connection settings: WAL survives a killed app, the search function for the FTS."""
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode: a committed transaction survives the app being killed; only a power
    # cut can lose the last commits. FULL would fsync every event applied during a replay.
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")
    dbapi_connection.execute("PRAGMA busy_timeout=5000")
    dbapi_connection.execute("PRAGMA temp_store=MEMORY")
    dbapi_connection.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
    register_functions(dbapi_connection)
