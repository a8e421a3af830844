"""One node: commits go straight to the hub (today's behaviour); there is nobody to relay to."""

from __future__ import annotations

from typing import Any

from app.server.bus.relay import Message
from app.server.hub import Hub


class LocalBus:
    def __init__(self, hub: Hub, node: str = "local") -> None:
        self.hub = hub
        self.node = node

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def committed(self, events: list[Any]) -> None:
        self.hub.publish(events)

    def relay(self, message: Message) -> None:
        return None

    def members_changed(self) -> None:
        return None

    def connected_elsewhere(self, username: str) -> bool:
        return False

    def metrics(self) -> list[str]:
        return []
