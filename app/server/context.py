"""What every handler needs: configuration, the database thread, the hub and in-memory presence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.protocol.types import Presence
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.hub import Hub
from app.server.provider.service import ContextService

if TYPE_CHECKING:
    from app.server.oidc.endpoint import OidcEndpoint


@dataclass
class ServerContext:
    config: ServerConfig
    db: DbExecutor
    hub: Hub
    secret: bytes  # customer-token HMAC key; never logged, never sent
    presence: dict[str, Presence] = field(default_factory=dict)  # username -> available | away
    # The customer panel's account data (app/server/provider); None: straight from the tables.
    customer_source: ContextService | None = None
    # Agents' sign-in with the identity provider (app/server/oidc); None: passwords only.
    oidc: OidcEndpoint | None = None

    def __repr__(self) -> str:  # keep the secret out of any accidental log line
        return f"ServerContext(db={self.config.db_url!r})"
