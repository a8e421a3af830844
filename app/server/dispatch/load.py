"""What the desk reads of routing: the teams (``teams.list``), each agent's teams (``agents.list``)
and, for supervisors, every agent's presence, open conversations and capacity per channel
(``agents.load``)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import routing as pr
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import Presence
from app.server.db.schema import Agent, Conversation
from app.server.principal import AgentPrincipal
from app.server.routing import presence
from app.server.routing.clock import teams_for
from app.server.routing.policy import CHANNELS
from app.server.timeutil import utcnow

_SHOWN: dict[str, Presence] = {"available": "available", "busy": "busy", "away": "away"}


def _shown(presence: str) -> Presence:
    """A stored presence as the protocol spells it: anything else (offline, unknown) is offline."""
    return _SHOWN.get(presence, "offline")


def _agents(session: Session) -> list[Agent]:
    return list(session.scalars(sa.select(Agent).where(Agent.active.is_(True)).order_by(Agent.username)))


def teams_list(session: Session) -> pr.TeamsResult:
    policy = teams_for(session)
    if policy is None:
        return pr.TeamsResult(teams=[])
    everyone = [(a.username, a.role) for a in _agents(session)]
    return pr.TeamsResult(
        teams=[
            pr.TeamInfo(
                code=t.code,
                name=t.name,
                escalation=t.escalation,
                members=policy.members(t, everyone),
                languages=sorted(t.languages),
                channels=[c for c in CHANNELS if c in t.channels],
                vip_tiers=sorted(t.vip_tiers),
                timezone=t.timezone,
            )
            for t in policy.teams.values()
        ]
    )


def teams_by_agent(session: Session) -> dict[str, list[str]]:
    policy = teams_for(session)
    if policy is None:
        return {}
    return {a.username: policy.teams_of(a.username, a.role) for a in _agents(session)}


def agents_load(session: Session, agent: AgentPrincipal) -> pr.AgentsLoadResult:
    if agent.role != "supervisor":
        raise ProtocolError(ErrorCode.FORBIDDEN, "agents' load is for supervisors")
    policy = teams_for(session)
    agents = _agents(session)
    seen = presence.effective(session, [a.username for a in agents], utcnow())
    counts: dict[str, dict[str, int]] = {}
    for who, channel, n in session.execute(
        sa.select(Conversation.assignee, Conversation.channel, sa.func.count())
        .where(Conversation.assignee.is_not(None), Conversation.status == "open")
        .group_by(Conversation.assignee, Conversation.channel)
    ):
        counts.setdefault(str(who), {})[str(channel)] = int(n)
    rows = []
    for a in agents:
        state = seen[a.username]
        rows.append(
            pr.AgentLoad(
                username=a.username,
                display_name=a.display_name,
                role=a.role,
                presence=_shown(state.presence),
                teams=policy.teams_of(a.username, a.role) if policy is not None else [],
                load={c: counts.get(a.username, {}).get(c, 0) for c in CHANNELS},
                capacity={c: policy.capacity_of(a.username, c) for c in CHANNELS}
                if policy is not None
                else {},
                presence_since=state.since,
            )
        )
    return pr.AgentsLoadResult(agents=rows)
