"""The event bus: how a committed event, a signal or a logout reaches every node's connections.

``make_bus`` picks one by ``ServerConfig.bus`` (``--bus``): ``local`` (one process: commits go
straight to the hub, as before), ``postgres`` (several processes on one PostgreSQL:
``LISTEN``/``NOTIFY`` carrying the seq, the committed log read from each node's last seq), or
``auto`` (the default: ``postgres`` when the database is PostgreSQL, else ``local``).
docs/server.md "Several nodes" has the whole story.
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.server.bus.base import Bus
from app.server.bus.local import LocalBus
from app.server.db.executor import DbExecutor
from app.server.hub import Hub

KINDS = ("auto", "local", "postgres")


class BusConfigError(ValueError):
    """``--bus`` names no bus, or one this database cannot carry."""


def kind_for(requested: str, db_url: str) -> str:
    """``local`` or ``postgres`` for ``--bus requested`` on this database (a clear error else)."""
    backend = make_url(db_url).get_backend_name()
    if requested not in KINDS:
        raise BusConfigError(f"unknown event bus {requested!r} (choose one of {', '.join(KINDS)})")
    if requested == "auto":
        return "postgres" if backend == "postgresql" else "local"
    if requested == "postgres" and backend != "postgresql":
        raise BusConfigError("the postgres event bus needs a PostgreSQL database (--db postgresql+psycopg://...)")
    return requested


def node_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def make_bus(
    requested: str,
    db_url: str,
    hub: Hub,
    presence: dict[str, Any],
    db: DbExecutor,
    writer_sessions: sessionmaker[Session],
    *,
    poll_interval: float = 1.0,
    heartbeat: float = 2.0,
) -> Bus:
    if kind_for(requested, db_url) == "local":
        return LocalBus(hub)
    from app.server.bus.postgres import PostgresBus  # psycopg: only where PostgreSQL is used

    bus = PostgresBus(
        hub, presence, db, db_url, node_name(), poll_interval=poll_interval, heartbeat=heartbeat
    )
    bus.install(writer_sessions)
    return bus


__all__ = ["KINDS", "Bus", "BusConfigError", "kind_for", "make_bus"]
