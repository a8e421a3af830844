"""Who is asking: the authenticated agent of a connection."""

from __future__ import annotations

from dataclasses import dataclass

from app.protocol.types import AgentInfo, Locale, Role


@dataclass(frozen=True, slots=True)
class AgentPrincipal:
    id: int
    username: str
    display_name: str
    role: Role
    language: Locale  # the language of messages the server writes for this agent

    def info(self) -> AgentInfo:
        return AgentInfo(id=self.id, username=self.username, display_name=self.display_name, role=self.role)
