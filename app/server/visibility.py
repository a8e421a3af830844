"""Who sees what. One rule, written twice: in Python (live events, signals) and in SQL (snapshot,
replay, customer lookups) — the two must agree, and ``tests/server/test_visibility.py`` checks both.

- ``agent``: conversations of regular (tier 0) customers, and any conversation assigned to them.
- ``vip_manager``: conversations of the VIP customers they manage, the unassigned VIP queue (VIP
  customers who have no account manager yet), the VIP lane's mail from senders who are not VIP
  clients (tagged ``vip_mailbox``: the VIP mailbox is the VIP team's, though the regular team
  answers it; issue 23) and any conversation assigned to them. Another manager's clients stay
  out of sight, in the VIP mailbox too.
- ``supervisor``: everything.

Visibility is computed from the conversation's *current* customer tier, account manager and
assignee, at delivery time: an event replayed today is filtered by today's assignment.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from app.protocol.types import Role
from app.server.db.schema import Conversation, Customer, Event
from app.server.principal import AgentPrincipal


@dataclass(frozen=True, slots=True)
class ConvScope:
    """The facts that decide who may see a conversation."""

    conversation_id: int
    customer_uid: str
    channel: str
    vip_tier: int
    account_manager: str | None
    assignee: str | None
    vip_lane: bool = False  # tagged VIP_LANE_TAG: it came to the VIP mailbox


#: the tag of a conversation that came to the VIP mailbox (``email/repo.py`` writes it)
VIP_LANE_TAG = "vip_mailbox"


def in_vip_lane(tags: list[str] | None) -> bool:
    return VIP_LANE_TAG in (tags or [])


def can_see_customer_by_tier(agent: AgentPrincipal, vip_tier: int, account_manager: str | None) -> bool:
    """The role rule without assignments."""
    if agent.role == "supervisor":
        return True
    if agent.role == "vip_manager":
        return vip_tier > 0 and account_manager in (None, agent.username)
    return vip_tier == 0


def can_see(agent: AgentPrincipal, scope: ConvScope) -> bool:
    if scope.assignee is not None and scope.assignee == agent.username:
        return True
    if agent.role == "vip_manager" and scope.vip_lane and scope.vip_tier == 0:
        return True  # the VIP mailbox's mail from a sender who is not a VIP client
    return can_see_customer_by_tier(agent, scope.vip_tier, scope.account_manager)


def _tier_clause(agent: AgentPrincipal) -> ColumnElement[bool]:
    if agent.role == "supervisor":
        return sa.true()
    if agent.role == "vip_manager":
        return sa.and_(
            Customer.vip_tier > 0,
            sa.or_(Customer.account_manager.is_(None), Customer.account_manager == agent.username),
        )
    return Customer.vip_tier == 0


def _vip_lane_clause() -> ColumnElement[bool]:
    """Over ``conversations``: tagged :data:`VIP_LANE_TAG` (the JSON list's text holds the tag in
    quotes; the same on SQLite and PostgreSQL)."""
    return sa.cast(Conversation.tags, sa.Text).like(f'%"{VIP_LANE_TAG}"%')


def conversation_clause(agent: AgentPrincipal) -> ColumnElement[bool]:
    """Over ``conversations JOIN customers``."""
    if agent.role == "supervisor":
        return sa.true()
    if agent.role == "vip_manager":
        lane = sa.and_(Customer.vip_tier == 0, _vip_lane_clause())
        return sa.or_(_tier_clause(agent), lane, Conversation.assignee == agent.username)
    return sa.or_(_tier_clause(agent), Conversation.assignee == agent.username)


def customer_clause(agent: AgentPrincipal) -> ColumnElement[bool]:
    """Over ``customers``: the tier rule, or a conversation of theirs assigned to the agent."""
    if agent.role == "supervisor":
        return sa.true()
    assigned = (
        sa.select(Conversation.id)
        .where(Conversation.customer_uid == Customer.uid, Conversation.assignee == agent.username)
        .exists()
    )
    if agent.role == "vip_manager":  # a sender in the VIP lane who is not a VIP client
        lane = (
            sa.select(Conversation.id)
            .where(Conversation.customer_uid == Customer.uid, _vip_lane_clause())
            .exists()
        )
        return sa.or_(_tier_clause(agent), sa.and_(Customer.vip_tier == 0, lane), assigned)
    return sa.or_(_tier_clause(agent), assigned)


def event_clause(agent: AgentPrincipal) -> ColumnElement[bool]:
    """Over ``events LEFT JOIN conversations LEFT JOIN customers`` (customers on the event's uid).

    Events about no customer (``agent.presence``) are visible to every agent.
    """
    if agent.role == "supervisor":
        return sa.true()
    return sa.or_(
        Event.customer_uid.is_(None),
        Event.notify == agent.username,
        sa.and_(Event.conversation_id.is_not(None), conversation_clause(agent)),
        sa.and_(Event.conversation_id.is_(None), _tier_clause(agent)),
    )


def may_assign(actor: AgentPrincipal, scope: ConvScope, target_role: Role, target: str) -> bool:
    """Whether ``actor`` may assign a conversation it sees to agent ``target``.

    Supervisors may assign anything to anyone (escalation is their job). Everyone else may take a
    conversation themselves or hand it to a colleague who could see it anyway by role: a plain
    agent cannot push a VIP conversation to another plain agent, and a VIP manager cannot hand a
    client to a manager who does not manage that client. This keeps assignment from being a way
    around the visibility rules.
    """
    if actor.role == "supervisor" or target == actor.username:
        return True
    probe = AgentPrincipal(id=0, username=target, display_name="", role=target_role, language="en")
    return can_see_customer_by_tier(probe, scope.vip_tier, scope.account_manager)
