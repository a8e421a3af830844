"""The floor as it is now: counts grouped in SQL over the conversations that are not resolved
(per team and channel, per agent and channel), today's breaches and the agents' presence. The
rules are SQL expressions (:func:`rules`), written once for the counts and the click-through.

- **waiting**: open, and the customer had the last word (the conversation's last message is
  theirs); waiting since their latest message (or the conversation's start);
- **unassigned**: open with nobody on it; **at risk**: open, its amber time has come and its due
  time (first response until answered, then resolution) has not; **breached**: open and past it;
- **breached today**: breaches recorded since the watcher's ``day_start``;
- an agent's **load** per channel counts their ``open`` conversations (as routing does) against
  the teams policy's capacity.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVarTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import floor as pf
from app.protocol import types as pt
from app.server.db.schema import Agent, Conversation, Customer, Message
from app.server.db.schema_sla import SlaBreach
from app.server.db.types import UtcDateTime
from app.server.repos import repo_inbox
from app.server.routing import clock, presence
from app.server.routing.schema import ConversationWork
from app.server.timeutil import as_utc

LOAD_CHANNELS = ("chat", "email")
UNRESOLVED: sa.ColumnClause[Any] = sa.literal_column("'resolved'")
_Row = TypeVarTuple("_Row")  # a query's columns, kept through the scoping helpers


@dataclass(frozen=True)
class Scope:
    kind: pf.FloorScope  # all | book
    username: str


def _scoped(query: sa.Select[*_Row], scope: Scope) -> sa.Select[*_Row]:
    if scope.kind == "all":
        return query
    me = scope.username
    return query.where(sa.or_(Customer.account_manager == me, Conversation.assignee == me))


@functools.cache
def _last_message() -> Any:
    """The conversation's last message, as an alias (made on first use: aliasing configures the
    mappers, which must wait until every table is imported)."""
    return sa.orm.aliased(Message)


@dataclass(frozen=True)
class Rules:
    """The floor's rules as SQL expressions over a conversation, its work row and its last message
    (:func:`_last_message`), at ``now``: written once, used by the counts and by the click-through filter."""

    running: sa.ColumnElement[bool]
    waiting: sa.ColumnElement[bool]
    waiting_since: sa.ColumnElement[Any]
    at_risk: sa.ColumnElement[bool]
    breached: sa.ColumnElement[bool]


def rules(now: datetime) -> Rules:
    last = _last_message()
    at = sa.bindparam("floor_now", now, type_=UtcDateTime)
    running = Conversation.status == "open"
    unanswered = Conversation.first_response_at.is_(None)
    due = sa.case((unanswered, Conversation.first_response_due), else_=Conversation.resolution_due)
    warn = sa.case(
        (unanswered, ConversationWork.first_response_warn_at), else_=ConversationWork.resolution_warn_at
    )
    breached = sa.and_(running, due.is_not(None), due <= at)
    return Rules(
        running=running,
        waiting=sa.and_(running, last.author_kind == "customer"),
        waiting_since=sa.func.coalesce(Conversation.last_customer_message_at, Conversation.created_at),
        at_risk=sa.and_(running, warn.is_not(None), warn <= at, sa.or_(due.is_(None), due > at)),
        breached=breached,
    )


def _open(query: sa.Select[*_Row], scope: Scope) -> sa.Select[*_Row]:
    """``query`` over the conversations that are not resolved, with the joins the rules read (the
    customer only for a book: the whole floor does not need 5,000 lookups of it)."""
    query = query.select_from(Conversation)
    if scope.kind != "all":
        query = query.join(Customer, Customer.uid == Conversation.customer_uid)
    return _scoped(
        query.outerjoin(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .outerjoin(_last_message(), _last_message().id == Conversation.last_message_id)
        .where(Conversation.status != UNRESOLVED),  # a literal: the partial index's own condition
        scope,
    )


def _count(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.func.sum(sa.case((condition, 1), else_=0))


def compute(
    session: Session, scope: Scope, day_start: datetime, now: datetime, last_replies: dict[str, datetime]
) -> pf.Floor:
    policy = clock.teams_for(session)
    r = rules(now)
    queues: dict[tuple[str | None, str], dict[str, Any]] = {}
    if scope.kind == "all" and policy is not None:
        for code in policy.teams:
            for channel in LOAD_CHANNELS:
                queues[(code, channel)] = {}
    # one pass over the open conversations, grouped finely enough for both views: the queues
    # (team, channel) and the agents' load (assignee, channel) are sums of these groups
    counted = _open(
        sa.select(
            ConversationWork.team, Conversation.channel, Conversation.assignee, sa.func.count(),
            _count(r.running), _count(r.waiting),
            sa.type_coerce(sa.func.min(sa.case((r.waiting, r.waiting_since))), UtcDateTime),
            _count(r.at_risk), _count(r.breached),
        ), scope,
    ).group_by(ConversationWork.team, Conversation.channel, Conversation.assignee)
    per_agent: dict[str, dict[str, Any]] = {}
    rows = session.connection().execute(counted)
    for team, channel, assignee, total, running, waiting, oldest, at_risk, breached in rows:
        q = queues.setdefault((team, channel), {})
        q["open"] = q.get("open", 0) + int(running or 0)
        q["waiting"] = q.get("waiting", 0) + int(waiting or 0)
        q["unassigned"] = q.get("unassigned", 0) + (int(running or 0) if assignee is None else 0)
        if oldest is not None and (q.get("oldest") is None or oldest < q["oldest"]):
            q["oldest"] = oldest
        q["at_risk"] = q.get("at_risk", 0) + int(at_risk or 0)
        q["breached"] = q.get("breached", 0) + int(breached or 0)
        if assignee is not None:
            work = per_agent.setdefault(assignee, {"load": {}, "conversations": 0, "waiting": 0})
            work["load"][channel] = work["load"].get(channel, 0) + int(running or 0)
            work["conversations"] += int(total)
            work["waiting"] += int(waiting or 0)
    breaches = (
        sa.select(ConversationWork.team, Conversation.channel, sa.func.count())
        .select_from(SlaBreach)
        .join(Conversation, Conversation.id == SlaBreach.conversation_id)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .outerjoin(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .where(SlaBreach.breached_at >= day_start)
        .group_by(ConversationWork.team, Conversation.channel)
    )
    for team, channel, count in session.execute(_scoped(breaches, scope)):
        queues.setdefault((team, channel), {})["breached_today"] = int(count)
    agents = list(session.execute(
        sa.select(Agent.username, Agent.display_name, Agent.role).where(Agent.active.is_(True))
        .order_by(Agent.username)
    ))
    if scope.kind == "book":
        agents = [a for a in agents if a.username == scope.username or a.username in per_agent]
    seen = presence.effective(session, [a.username for a in agents], now)
    floor_agents = []
    for a in agents:
        mine = per_agent.get(a.username, {"load": {}, "conversations": 0, "waiting": 0})
        capacity = {c: policy.capacity_of(a.username, c) for c in LOAD_CHANNELS} if policy else {}
        s = seen.get(a.username)
        floor_agents.append(pf.FloorAgent(
            username=a.username, display_name=a.display_name, role=a.role,
            presence=s.presence if s is not None else "offline",  # type: ignore[arg-type]
            presence_since=s.since if s is not None else None,
            teams=policy.teams_of(a.username, a.role) if policy else [],
            load={c: int(mine["load"].get(c, 0)) for c in LOAD_CHANNELS}, capacity=capacity,
            conversations=int(mine["conversations"]), waiting=int(mine["waiting"]),
            last_reply_at=last_replies.get(a.username),
        ))
    floor_queues = [
        pf.FloorQueue(
            team=team, channel=channel,  # type: ignore[arg-type]
            open=q.get("open", 0), waiting=q.get("waiting", 0), unassigned=q.get("unassigned", 0),
            oldest_wait_since=q.get("oldest"), at_risk=q.get("at_risk", 0), breached=q.get("breached", 0),
            breached_today=q.get("breached_today", 0),
        )
        for (team, channel), q in sorted(queues.items(), key=lambda kv: (kv[0][0] or "~", kv[0][1]))
    ]
    return pf.Floor(at=now, day_start=day_start, scope=scope.kind, queues=floor_queues, agents=floor_agents)


def last_replies(session: Session, window: int = 50_000) -> dict[str, datetime]:
    """Each agent's latest public reply among the last ``window`` messages (a bounded read by
    primary key at start; after that the floor service follows ``message.created`` events)."""
    top = session.scalar(sa.select(sa.func.max(Message.id))) or 0
    rows = session.execute(
        sa.select(Message.author, sa.func.max(Message.created_at))
        .where(Message.id > top - window, Message.author_kind == "agent", Message.internal.is_(False),
               Message.author.is_not(None))
        .group_by(Message.author)
    )
    return {str(author): as_utc(at) for author, at in rows}


def conversations(
    session: Session, scope: Scope, params: pf.FloorConversationsParams, now: datetime
) -> tuple[list[int], int]:
    """Click-through: the ids behind a floor cell (oldest first) and how many there are."""
    r = rules(now)
    query = _open(sa.select(Conversation.id), scope)
    if params.team == pf.UNROUTED:
        query = query.where(ConversationWork.team.is_(None))
    elif params.team is not None:
        query = query.where(ConversationWork.team == params.team)
    if params.channel is not None:
        query = query.where(Conversation.channel == params.channel)
    if params.agent is not None:
        query = query.where(Conversation.assignee == params.agent)
    if params.waiting:
        query = query.where(r.waiting)
    if params.at_risk:
        query = query.where(r.at_risk)
    total = int(session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0)
    ids = list(session.scalars(query.order_by(Conversation.created_at, Conversation.id).limit(params.limit)))
    return ids, total


def views_of(session: Session, ids: list[int]) -> list[pt.Conversation]:
    """The conversations behind a click-through, in the order given (the scope already applied)."""
    if not ids:
        return []
    rows = [
        (conv, customer)
        for conv, customer in session.execute(
            sa.select(Conversation, Customer).join(Customer, Customer.uid == Conversation.customer_uid)
            .where(Conversation.id.in_(ids))
        )
    ]
    order = {cid: i for i, cid in enumerate(ids)}
    return repo_inbox.conversation_views(session, sorted(rows, key=lambda r: order[r[0].id]))
