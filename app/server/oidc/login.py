"""A verified ID token → the desk's agent: created on first sign-in, its role and name kept in step
with the identity provider's groups on every sign-in (the provider is the source of truth)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import audit
from app.server.db.schema import Agent
from app.server.oidc.config import OidcConfig
from app.server.principal import AgentPrincipal
from app.server.repos.repo_agents import principal
from app.server.timeutil import utcnow

NO_PASSWORD = "!oidc"  # not an argon2 hash: a password sign-in as this agent always fails


class NoRole(Exception):
    pass


def identity(config: OidcConfig, claims: dict[str, Any]) -> tuple[str, str, str]:
    """``(username, display name, role)`` from the claims; :class:`NoRole` when no group maps."""
    username = claims.get(config.username_claim)
    if not isinstance(username, str) or not username.strip() or len(username) > 64:
        raise NoRole(f"the ID token has no usable {config.username_claim}")
    role = config.role_for(claims.get(config.groups_claim))
    if role is None:
        raise NoRole("none of the agent's groups grants an AgentDesk role")
    name = claims.get("name")
    display = name.strip()[:128] if isinstance(name, str) and name.strip() else username
    return username.strip(), display, role


def provision(session: Session, username: str, display_name: str, role: str, language: str) -> AgentPrincipal:
    a = session.scalar(sa.select(Agent).where(Agent.username == username))
    if a is None:
        a = Agent(
            username=username,
            display_name=display_name,
            role=role,
            language=language,
            password_hash=NO_PASSWORD,
            active=True,
            created_at=utcnow(),
        )
        session.add(a)
        session.flush()
        audit.record(session, None, "agent.create", username, {"role": role, "via": "oidc"})
    elif not a.active:
        raise NoRole("this agent is deactivated")
    elif a.role != role or a.display_name != display_name:
        audit.record(session, None, "agent.update", username, {"role": [a.role, role], "via": "oidc"})
        a.role, a.display_name = role, display_name  # type: ignore[assignment]
    return principal(a)
