"""@mentions in internal notes: ``@bob`` tells bob, ``@security`` every member of that team.

Written in the note's own transaction (``send``), one row per note and agent (a retried note tells
nobody twice), each announced as ``mention.created`` to the agent named (``notify``) — and, like
every event about a conversation, to whoever sees it; a desk keeps only its own agent's. An agent
is told only if they may see the conversation (a mention grants no access); the author is never
told of their own note. ``mentions.list`` and ``mentions.read`` serve the desk's Mentions view.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.protocol import routing as pr
from app.server import views
from app.server.db.schema import Agent, Conversation, Customer, Message
from app.server.dispatch.schema import AgentMention
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox, repo_messages
from app.server.repos.repo_agents import principal
from app.server.routing.clock import teams_for
from app.server.timeutil import utcnow
from app.server.visibility import can_see

MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_][A-Za-z0-9_.-]{0,63})")
EXCERPT = 200


def named(body: str) -> list[str]:
    """The names written ``@name`` in ``body``, in order, once each (a trailing dot is prose)."""
    return list(dict.fromkeys(m.rstrip(".-") for m in MENTION.findall(body)))


def excerpt(body: str) -> str:
    line = " ".join(body.strip().split("\n", 1)[0].split())
    return line if len(line) <= EXCERPT else line[: EXCERPT - 1] + "…"


def view(row: AgentMention) -> pr.Mention:
    return pr.Mention(
        id=row.id,
        conversation_id=row.conversation_id,
        kind="escalation" if row.kind == "escalation" else "mention",
        username=row.username,
        by=row.by,
        by_name=row.by_name,
        created_at=row.created_at,
        excerpt=row.excerpt,
        team=row.team,
        message_id=row.message_id,
        read=row.read_at is not None,
    )


def _agents(session: Session, names: Iterable[str]) -> dict[str, Agent]:
    wanted = list(names)
    if not wanted:
        return {}
    rows = session.scalars(sa.select(Agent).where(Agent.username.in_(wanted), Agent.active.is_(True)))
    return {a.username: a for a in rows}


def tell(
    session: Session,
    conv: Conversation,
    customer: Customer,
    targets: dict[str, str | None],
    *,
    kind: str,
    by: AgentPrincipal,
    text: str,
    now: datetime,
    message_id: int | None = None,
) -> list[pr.Mention]:
    """Write and announce a mention for each target agent (``username -> team named or None``)
    who may see the conversation; returns what was written."""
    scope = views.scope(conv, customer)
    found = _agents(session, targets)
    written: list[pr.Mention] = []
    for username, team in targets.items():
        agent = found.get(username)
        if agent is None or username == by.username or not can_see(principal(agent), scope):
            continue
        row = AgentMention(
            conversation_id=conv.id,
            message_id=message_id,
            username=username,
            kind=kind,
            by=by.username,
            by_name=by.display_name,
            team=team,
            excerpt=excerpt(text),
            created_at=now,
        )
        session.add(row)
        session.flush()
        mention = view(row)
        repo_events.append_event(
            session,
            "mention.created",
            pr.MentionCreated(mention=mention, conversation=repo_inbox.view(session, conv, customer)),
            scope=scope,
            notify=username,
        )
        written.append(mention)
    return written


def targets_of(session: Session, body: str) -> dict[str, str | None]:
    """Who ``body`` names: agents by username, and the members of teams by code."""
    names = named(body)
    if not names:
        return {}
    agents = _agents(session, names)
    out: dict[str, str | None] = {n: None for n in names if n in agents}
    policy = teams_for(session)
    if policy is not None:
        everyone = [
            (u, r)
            for u, r in session.execute(sa.select(Agent.username, Agent.role).where(Agent.active.is_(True)))
        ]
        for name in names:
            team = policy.teams.get(name)
            if team is not None and name not in agents:
                for member in policy.members(team, everyone):
                    out.setdefault(member, team.code)
    return out


def send(
    session: Session, agent: AgentPrincipal, params: pm.SendParams, email_reply: repo_messages.EmailReply,
    files: Callable[[Session, Message], None] | None = None,
) -> pm.SendResult:
    """``message.send``, and for an internal note the mentions it makes, in one transaction."""
    result = repo_messages.agent_send(session, agent, params, email_reply, files)
    if not params.internal:
        return result
    message_id = result.message.id
    if session.scalar(sa.select(AgentMention.id).where(AgentMention.message_id == message_id).limit(1)):
        return result  # a retry of a note whose mentions were written
    targets = targets_of(session, params.body)
    if targets:
        found = repo_inbox.load(session, params.conversation_id)
        assert found is not None
        tell(
            session,
            *found,
            targets,
            kind="mention",
            by=agent,
            text=params.body,
            now=utcnow(),
            message_id=message_id,
        )
    return result


def listing(session: Session, agent: AgentPrincipal, params: pr.MentionsParams) -> pr.MentionsResult:
    query = sa.select(AgentMention).where(AgentMention.username == agent.username)
    if params.unread_only:
        query = query.where(AgentMention.read_at.is_(None))
    rows = session.scalars(query.order_by(AgentMention.id.desc()).limit(params.limit)).all()
    unread = session.scalar(
        sa.select(sa.func.count()).where(
            AgentMention.username == agent.username, AgentMention.read_at.is_(None)
        )
    )
    return pr.MentionsResult(mentions=[view(r) for r in rows], unread=int(unread or 0))


def mark_read(
    session: Session, agent: AgentPrincipal, params: pr.MentionsReadParams
) -> pr.MentionsReadResult:
    if not params.ids and params.conversation_id is None:
        return pr.MentionsReadResult(read=[])
    if params.conversation_id is not None:  # like every method naming a conversation: in view only
        repo_inbox.visible(session, agent, params.conversation_id)
    which: list[sa.ColumnElement[bool]] = []
    if params.ids:
        which.append(AgentMention.id.in_(params.ids))
    if params.conversation_id is not None:
        which.append(AgentMention.conversation_id == params.conversation_id)
    rows = session.scalars(
        sa.select(AgentMention).where(
            AgentMention.username == agent.username, AgentMention.read_at.is_(None), sa.or_(*which)
        )
    ).all()
    now = utcnow()
    for row in rows:
        row.read_at = now
    return pr.MentionsReadResult(read=sorted(r.id for r in rows))
