"""The floor as it is now, read in one pass over the conversations that are not resolved (a few
thousand at most: the floor is what is open, not history), one over today's breaches and one
over the agents. Aggregated in Python from narrow rows, so every rule is written once, here.

- **waiting**: open, and the customer had the last word (the conversation's last message is
  theirs); waiting since their latest message (or the conversation's start);
- **unassigned**: open with nobody on it; **at risk**: open, its amber time has come and its due
  time (first response until answered, then resolution) has not; **breached**: open and past it;
- **breached today**: breaches recorded since the watcher's ``day_start``;
- an agent's **load** per channel counts their ``open`` conversations (as routing does) against
  the teams policy's capacity.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import floor as pf
from app.protocol import types as pt
from app.server.db.schema import Agent, Conversation, Customer, Message
from app.server.db.schema_sla import SlaBreach
from app.server.repos import repo_inbox
from app.server.routing import clock, presence
from app.server.routing.schema import ConversationWork
from app.server.timeutil import as_utc

LOAD_CHANNELS = ("chat", "email")


@dataclass(frozen=True)
class Scope:
    kind: pf.FloorScope  # all | book
    username: str


def _scoped(query: sa.Select[Any], scope: Scope) -> sa.Select[Any]:
    if scope.kind == "all":
        return query
    me = scope.username
    return query.where(sa.or_(Customer.account_manager == me, Conversation.assignee == me))


def _open_rows(session: Session, scope: Scope) -> list[sa.Row[Any]]:
    last = sa.orm.aliased(Message)
    query = (
        sa.select(
            Conversation.id, Conversation.channel, Conversation.status, Conversation.assignee,
            Conversation.created_at, Conversation.first_response_at, Conversation.first_response_due,
            Conversation.resolution_due, Conversation.last_customer_message_at, ConversationWork.team,
            ConversationWork.first_response_warn_at, ConversationWork.resolution_warn_at,
            last.author_kind,
        )
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .outerjoin(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .outerjoin(last, last.id == Conversation.last_message_id)
        .where(Conversation.status != "resolved")
    )
    return list(session.execute(_scoped(query, scope)))


@dataclass(frozen=True)
class Judged:
    """One open conversation, judged now."""

    waiting: bool
    waiting_since: datetime | None
    at_risk: bool
    breached: bool


def judge(row: sa.Row[Any], now: datetime) -> Judged:
    running = row.status == "open"
    waiting = running and row.author_kind == "customer"
    since = as_utc(row.last_customer_message_at or row.created_at) if waiting else None
    answered = row.first_response_at is not None
    due = row.resolution_due if answered else row.first_response_due
    warn = row.resolution_warn_at if answered else row.first_response_warn_at
    due = as_utc(due) if due is not None else None
    breached = running and due is not None and due <= now
    at_risk = running and not breached and warn is not None and as_utc(warn) <= now
    return Judged(waiting, since, at_risk, breached)


def compute(
    session: Session, scope: Scope, day_start: datetime, now: datetime, last_replies: dict[str, datetime]
) -> pf.Floor:
    policy = clock.teams_for(session)
    rows = _open_rows(session, scope)
    queues: dict[tuple[str | None, str], dict[str, Any]] = {}
    if scope.kind == "all" and policy is not None:
        for code in policy.teams:
            for channel in LOAD_CHANNELS:
                queues[(code, channel)] = {}
    per_agent: dict[str, dict[str, Any]] = defaultdict(lambda: {"load": defaultdict(int), "conversations": 0,
                                                                "waiting": 0})
    for row in rows:
        j = judge(row, now)
        q = queues.setdefault((row.team, row.channel), {})
        q["open"] = q.get("open", 0) + (row.status == "open")
        q["waiting"] = q.get("waiting", 0) + j.waiting
        q["unassigned"] = q.get("unassigned", 0) + (row.status == "open" and row.assignee is None)
        q["at_risk"] = q.get("at_risk", 0) + j.at_risk
        q["breached"] = q.get("breached", 0) + j.breached
        if j.waiting_since is not None and (q.get("oldest") is None or j.waiting_since < q["oldest"]):
            q["oldest"] = j.waiting_since
        if row.assignee is not None:
            a = per_agent[row.assignee]
            a["conversations"] += 1
            a["waiting"] += j.waiting
            if row.status == "open":
                a["load"][row.channel] += 1
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
    """Click-through: the ids behind a floor cell, oldest first, and how many there are."""
    query = _scoped(
        sa.select(Conversation.id).join(Customer, Customer.uid == Conversation.customer_uid)
        .outerjoin(ConversationWork, ConversationWork.conversation_id == Conversation.id)
        .where(Conversation.status != "resolved"), scope,
    )
    if params.team == pf.UNROUTED:
        query = query.where(ConversationWork.team.is_(None))
    elif params.team is not None:
        query = query.where(ConversationWork.team == params.team)
    if params.channel is not None:
        query = query.where(Conversation.channel == params.channel)
    if params.agent is not None:
        query = query.where(Conversation.assignee == params.agent)
    ids = set(session.scalars(query))
    if params.waiting or params.at_risk:
        rows = [r for r in _open_rows(session, scope) if r.id in ids]
        keep = set()
        for r in rows:
            j = judge(r, now)
            if (not params.waiting or j.waiting) and (not params.at_risk or j.at_risk):
                keep.add(r.id)
        ids = keep
    ordered = sorted(ids)
    return ordered[: params.limit], len(ordered)


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
