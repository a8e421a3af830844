"""The server's one database thread.

All database work runs off the event loop on a single-worker ``ThreadPoolExecutor``: one
SQLAlchemy ``Session`` per call, created and closed in the worker, never crossing threads. The
single worker is also what makes event ``seq`` order equal commit order on SQLite: transactions
run one after another, so a seq is never committed after a larger one. (On PostgreSQL
``repo_events.append_event`` additionally takes a transaction-scoped advisory lock, so even
several server processes sharing one database commit seqs in order.)

Functions given to ``run`` take the session as their first argument and return plain values
(protocol structs, dataclasses), never ORM instances. Events they append are published — in the
worker, right after the commit, in commit order — through ``on_commit``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm import Session, sessionmaker

P = ParamSpec("P")
T = TypeVar("T")
EVENTS_KEY = "agentdesk_events"


class DbExecutor:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        on_commit: Callable[[list[Any]], None] | None = None,
        session_info: dict[str, Any] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._session_info = dict(session_info or {})
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentdesk-db")
        self.on_commit = on_commit

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(session, *args)`` in one transaction on the database thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._call, fn, args)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the database thread without a session (schema creation, seeding)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(*args))

    def run_sync(self, fn: Callable[..., T], *args: Any) -> T:
        """The same, blocking the caller (start-up and the CLI only; never on the event loop)."""
        return self._pool.submit(self._call, fn, args).result()

    def _call(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        with self._session_factory() as session:
            session.info.update(self._session_info)
            with session.begin():
                result = fn(session, *args)
            events = session.info.pop(EVENTS_KEY, None)
        if events and self.on_commit is not None:
            self.on_commit(events)
        return result

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
