"""``presence.set`` in the database: this node's row (``routing/presence.py``, what routing reads on
every node) and the ``agent.presence`` event, in one transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.protocol.types import Presence
from app.server.principal import AgentPrincipal
from app.server.repos import repo_agents
from app.server.routing import presence as board
from app.server.timeutil import utcnow


def record(session: Session, agent: AgentPrincipal, presence: Presence) -> int:
    board.record(session, agent.username, presence, utcnow())
    return repo_agents.record_presence(session, agent, presence)
