"""What every handler needs: configuration, the database thread, the hub, the event bus and in-memory
presence (kept on every node from the ``agent.presence`` events)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.protocol.types import Presence
from app.server.bus import Bus
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.hub import Hub
from app.server.outbox import Flusher


@dataclass
class ServerContext:
    config: ServerConfig
    db: DbExecutor
    hub: Hub
    flusher: Flusher  # writes every connection's queued frames once per turn of the loop
    secret: bytes  # customer-token HMAC key; never logged, never sent
    bus: Bus  # commits, signals and logouts to every node (app/server/bus)
    presence: dict[str, Presence] = field(default_factory=dict)  # username -> available | away

    def __repr__(self) -> str:  # keep the secret out of any accidental log line
        return f"ServerContext(db={self.config.db_url!r})"
