"""Agents and their session tokens."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol.types import Presence
from app.server import audit
from app.server.db.schema import Agent, AgentToken
from app.server.principal import AgentPrincipal
from app.server.timeutil import utcnow


def principal(a: Agent) -> AgentPrincipal:
    return AgentPrincipal(
        id=a.id, username=a.username, display_name=a.display_name, role=a.role, language=a.language
    )


def credentials(session: Session, username: str) -> tuple[AgentPrincipal, str] | None:
    a = session.scalar(sa.select(Agent).where(Agent.username == username, Agent.active.is_(True)))
    return (principal(a), a.password_hash) if a is not None else None


def issue_token(
    session: Session, agent: AgentPrincipal, token_hash: str, ttl_seconds: int, remote: str | None
) -> datetime:
    now = utcnow()
    expires = now + timedelta(seconds=ttl_seconds)
    session.add(AgentToken(agent_id=agent.id, token_hash=token_hash, created_at=now, expires_at=expires))
    audit.record(session, agent.username, "login", agent.username, {"ok": True, "remote": remote})
    return expires


def record_failed_login(session: Session, username: str, known: bool, remote: str | None) -> None:
    # An unknown "username" may be a password typed in the wrong field: it is not written down.
    audit.record(
        session,
        username if known else None,
        "login",
        username if known else None,
        {"ok": False, "known_user": known, "remote": remote},
    )


def get_agent(session: Session, username: str) -> AgentPrincipal | None:
    a = session.scalar(sa.select(Agent).where(Agent.username == username, Agent.active.is_(True)))
    return principal(a) if a is not None else None


def list_agents(session: Session) -> list[AgentPrincipal]:
    return [
        principal(a)
        for a in session.scalars(sa.select(Agent).where(Agent.active.is_(True)).order_by(Agent.username))
    ]


def create_agent(
    session: Session, username: str, display_name: str, role: str, password_hash: str, language: str = "en"
) -> AgentPrincipal:
    if session.scalar(sa.select(Agent.id).where(Agent.username == username)) is not None:
        raise ValueError(f"agent {username!r} already exists")
    a = Agent(
        username=username,
        display_name=display_name,
        role=role,
        language=language,
        password_hash=password_hash,
        active=True,
        created_at=utcnow(),
    )
    session.add(a)
    session.flush()
    audit.record(session, None, "agent.create", username, {"role": role})
    return principal(a)


def record_presence(session: Session, agent: AgentPrincipal, presence: Presence) -> int:
    from app.protocol.events import AgentPresenceChanged
    from app.server.repos import repo_events

    ev = repo_events.append_event(
        session,
        "agent.presence",
        AgentPresenceChanged(
            username=agent.username,
            display_name=agent.display_name,
            role=agent.role,
            presence=presence,
        ),
    )
    return ev.seq
