"""Tables of routing: a conversation's team and SLA clock, agents' presence across server nodes,
the round-robin cursor, the per-team lock row and the assignment log. New tables rather than new
columns on ``conversations``, for the reason ``app/server/email/schema.py`` gives: a database made
by an earlier build gains them on start, without a migration."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.server.db.schema import Base
from app.server.db.types import UtcDateTime


class ConversationWork(Base):
    """Routing and clock state of one conversation (``Conversation.work``).

    ``queued_at``: waiting for an agent of ``team`` with room (the queue job assigns it);
    ``paused_at``: the SLA clock stopped (pending on the customer, or snoozed) — on resume the
    unmet due times move later by the open time that passed; ``*_warn_at``: when the matching due
    time turns amber (``sla.warning``). A conversation made before routing existed has no row.
    """

    __tablename__ = "conversation_work"
    __table_args__ = (sa.Index("ix_conversation_work_queue", "queued_at"),)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    team: Mapped[str | None] = mapped_column(sa.String(40), nullable=True, index=True)
    queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    first_response_warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    resolution_warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    escalated_from: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    routed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AgentPresenceRow(Base):
    """An agent's presence as one server node knows it. The effective presence is the latest
    change among the live nodes' rows (a node refreshes ``seen_at`` while it runs; a row not
    refreshed for a while counts as offline since then: its node is gone)."""

    __tablename__ = "agent_presence"
    username: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    node: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    presence: Mapped[str] = mapped_column(sa.String(16))
    since: Mapped[datetime] = mapped_column(UtcDateTime)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RoutingTeam(Base):
    """One row per team: locked (``FOR UPDATE``) while a conversation is assigned to the team, so
    two server nodes never count an agent's load at the same time."""

    __tablename__ = "routing_teams"
    team: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    assigned: Mapped[int] = mapped_column(default=0)


class RoutingAgent(Base):
    """When an agent last got work from routing: ties of load go to whoever waited longest."""

    __tablename__ = "routing_agents"
    username: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    last_assigned_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AssignmentLog(Base):
    """Every decision routing made: who got the conversation (null: queued for the team) and why
    (``new``, ``reopened``, ``queue``, ``reroute``, ``transfer``, ``escalate``, ``manager``,
    ``backup``)."""

    __tablename__ = "assignment_log"
    __table_args__ = (sa.Index("ix_assignment_log_conversation", "conversation_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"))
    agent: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    previous: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    team: Mapped[str | None] = mapped_column(sa.String(40), nullable=True)
    reason: Mapped[str] = mapped_column(sa.String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class ConversationOutcome(Base):
    """How a conversation's resolutions went, for reports (issue 20): how often it was resolved and
    reopened, and who held it at its latest resolution (the agent and team a CSAT answer is tied
    to). ``resolved`` mirrors whether it stands resolved, so a reopen is counted once."""

    __tablename__ = "conversation_outcomes"
    conversation_id: Mapped[int] = mapped_column(sa.ForeignKey("conversations.id"), primary_key=True)
    resolutions: Mapped[int] = mapped_column(default=0)
    reopens: Mapped[int] = mapped_column(default=0)
    resolved: Mapped[bool] = mapped_column(default=False)
    resolved_by: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    resolved_team: Mapped[str | None] = mapped_column(sa.String(40), nullable=True)
    last_resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
