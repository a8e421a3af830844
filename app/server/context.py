"""What every handler needs: configuration, the database thread, the hub and in-memory presence."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.protocol.types import Presence
from app.server.admission import Admission
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.hub import Hub
from app.server.keys import ServerKeys


@dataclass
class ServerContext:
    config: ServerConfig
    db: DbExecutor
    hub: Hub
    keys: ServerKeys  # the server's secrets (keys.py); never logged, never sent
    presence: dict[str, Presence] = field(default_factory=dict)  # username -> available | busy | away
    node: str = "local"  # this server process among several on one database (routing/presence.py)
    admission: Admission = field(default_factory=Admission)  # sockets waiting to authenticate
    services: dict[str, object] = field(default_factory=dict)  # a feature's services (the SMS provider)

    @property
    def token_keys(self) -> list[bytes]:
        """Keys that verify a customer token: the current one, then rotated ones in their grace."""
        return self.keys.verifying("customer_token")

    def __repr__(self) -> str:  # keep the secret out of any accidental log line
        return f"ServerContext(db={self.config.db_url!r})"
