"""Agent sessions: looking a token up, renewing it, revoking the whole session at logout.

Expiry rules (documented in docs/protocol.md, "Sessions"):
- Idle (sliding) expiry: a token is valid for ``token_ttl_seconds`` from when it was issued.
  ``session.renew`` issues a new token with a fresh TTL, so a desk that renews keeps working.
- Absolute expiry: no token of a session outlives ``session_max_seconds`` after the password
  login that started it; then the agent types the password again. Renewed tokens inherit the
  ``created_at`` of the token they replace, so ``agent_tokens.created_at`` is the session start.
- A renewed-away token keeps working for ``token_renew_grace_seconds`` (a response lost with the
  connection must not cost the session), then expires.
- Logout revokes every token of the session (the current one and any still in grace).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server import audit
from app.server.db.schema import Agent, AgentToken
from app.server.principal import AgentPrincipal
from app.server.repos.repo_agents import principal
from app.server.timeutil import utcnow


@dataclass(frozen=True, slots=True)
class SessionInfo:
    agent: AgentPrincipal
    expires_at: datetime
    started_at: datetime


def lookup(session: Session, token_hash: str) -> SessionInfo | None:
    """The agent and expiry of a valid (unrevoked, unexpired, active agent) token."""
    row = session.execute(
        sa.select(Agent, AgentToken)
        .join(AgentToken, AgentToken.agent_id == Agent.id)
        .where(
            AgentToken.token_hash == token_hash,
            AgentToken.revoked_at.is_(None),
            AgentToken.expires_at > utcnow(),
            Agent.active.is_(True),
        )
    ).first()
    if row is None:
        return None
    agent, token = row
    return SessionInfo(principal(agent), token.expires_at, token.created_at)


@dataclass(frozen=True, slots=True)
class Renewed:
    expires_at: datetime
    old_expires_at: datetime  # the replaced token's expiry, now at most the grace


def renew(
    session: Session,
    agent: AgentPrincipal,
    old_hash: str,
    new_hash: str,
    ttl_seconds: float,
    max_seconds: float,
    grace_seconds: float,
) -> Renewed | None:
    """Issue ``new_hash`` in place of ``old_hash``; ``None`` if the old token is no longer valid
    or the session has reached its absolute limit (the agent must log in again)."""
    now = utcnow()
    old = session.scalar(
        sa.select(AgentToken).where(
            AgentToken.token_hash == old_hash,
            AgentToken.agent_id == agent.id,
            AgentToken.revoked_at.is_(None),
            AgentToken.expires_at > now,
        )
    )
    if old is None:
        return None
    hard_end = old.created_at + timedelta(seconds=max_seconds)
    if hard_end <= now:
        return None
    expires = min(now + timedelta(seconds=ttl_seconds), hard_end)
    session.add(
        AgentToken(agent_id=agent.id, token_hash=new_hash, created_at=old.created_at, expires_at=expires)
    )
    old.expires_at = min(old.expires_at, now + timedelta(seconds=grace_seconds))
    # Renewals add rows: drop this agent's tokens that expired over a day ago (the audit log keeps
    # the history).
    session.execute(
        sa.delete(AgentToken).where(
            AgentToken.agent_id == agent.id, AgentToken.expires_at < now - timedelta(days=1)
        )
    )
    audit.record(
        session, agent.username, "session.renew", agent.username, {"expires_at": expires.isoformat()}
    )
    return Renewed(expires, old.expires_at)


def revoke_session(session: Session, agent: AgentPrincipal, token_hash: str) -> None:
    """Logout: revoke this token and every other token of the same session."""
    now = utcnow()
    token = session.scalar(sa.select(AgentToken).where(AgentToken.token_hash == token_hash))
    if token is not None:
        session.execute(
            sa.update(AgentToken)
            .where(
                AgentToken.agent_id == token.agent_id,
                AgentToken.created_at == token.created_at,
                AgentToken.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        )
    audit.record(session, agent.username, "logout", agent.username, {})
