"""What every handler needs: configuration, the database thread, the hub, the event bus and in-memory
presence (kept on every node from the ``agent.presence`` events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.protocol.types import Presence
from app.server.admission import Admission
from app.server.bus import Bus
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.hub import Hub
from app.server.keys import ServerKeys
from app.server.outbox import Flusher
from app.server.provider.service import ContextService

if TYPE_CHECKING:
    from app.server.oidc.endpoint import OidcEndpoint


@dataclass
class ServerContext:
    config: ServerConfig
    db: DbExecutor
    hub: Hub
    flusher: Flusher  # writes every connection's queued frames once per turn of the loop
    keys: ServerKeys  # the server's secrets (keys.py); never logged, never sent
    bus: Bus  # commits, signals and logouts to every node (app/server/bus)
    presence: dict[str, Presence] = field(default_factory=dict)  # username -> available | busy | away
    node: str = "local"  # this server process among several on one database (routing/presence.py)
    admission: Admission = field(default_factory=Admission)  # sockets waiting to authenticate
    services: dict[str, object] = field(default_factory=dict)  # a feature's services (the SMS provider)

    @property
    def token_keys(self) -> list[bytes]:
        """Keys that verify a customer token: the current one, then rotated ones in their grace."""
        return self.keys.verifying("customer_token")
    # The customer panel's account data (app/server/provider); None: straight from the tables.
    customer_source: ContextService | None = None
    # Agents' sign-in with the identity provider (app/server/oidc); None: passwords only.
    oidc: OidcEndpoint | None = None

    def __repr__(self) -> str:  # keep the secret out of any accidental log line
        return f"ServerContext(db={self.config.db_url!r})"
