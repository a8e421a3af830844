"""The seam between this node's live layer and the others: what the server asks of an event bus."""

from __future__ import annotations

from typing import Protocol

from app.server.bus.relay import Message
from app.server.repos.repo_events import StoredEvent


class Bus(Protocol):
    node: str  # this node's name (logs, relay envelopes)

    async def start(self) -> None:
        """Before the port opens: catch up with the log's head (and, across nodes, listen)."""
        ...

    async def stop(self) -> None: ...

    def committed(self, events: list[StoredEvent]) -> None:
        """This node's commit (on the loop, in commit order): publish it, in seq order with what
        other nodes committed."""
        ...

    def relay(self, message: Message) -> None:
        """Tell the other nodes (this node has already applied ``message`` itself)."""
        ...

    def members_changed(self) -> None:
        """This node's set of connected agents changed."""
        ...

    def connected_elsewhere(self, username: str) -> bool:
        """Whether another node has a connection of this agent (so it is not offline)."""
        ...

    def metrics(self) -> list[str]:
        """Prometheus text lines for ``GET /metrics`` (the cross-node path's stages; none on one node)."""
        ...
