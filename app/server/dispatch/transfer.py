"""Handing work on: ``conversation.transfer`` (to any team, with a handover note) and
``conversation.escalate`` (to a function team — risk and compliance, security — with the reason).

Both route the conversation inside the team by the usual rule (``routing/assign.py``: least
loaded available member with room; nobody: the team's queue), leaving out the agent handing it on
and its owner until now; write the note (internal, coded: ``conversation.transferred`` /
``conversation.escalated``, the agent's words as ``note``); announce ``conversation.updated`` (the
previous owner hears of it even if it leaves their view) and audit it. An escalation also keeps
the owner until now informed: ``escalated_from`` on the conversation, and an ``escalation`` mention
to them and to the agent who now has it.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import methods as pm
from app.protocol import notes
from app.protocol import routing as pr
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, views
from app.server.db.schema import Conversation, Customer
from app.server.dispatch import mentions
from app.server.principal import AgentPrincipal
from app.server.repos import linked, repo_events, repo_inbox
from app.server.routing import assign, clock
from app.server.routing.policy import Team
from app.server.timeutil import utcnow

ESCALATED_TAG = "escalated"


def _team(session: Session, code: str) -> Team:
    policy = clock.teams_for(session)
    team = policy.teams.get(code) if policy is not None else None
    if team is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such team")
    return team


def _locked(session: Session, agent: AgentPrincipal, conversation_id: int) -> tuple[Conversation, Customer]:
    """The conversation, visible to ``agent`` and locked for this transaction, not resolved."""
    conv, customer, _ = repo_inbox.visible(session, agent, conversation_id)
    session.execute(sa.select(Conversation.id).where(Conversation.id == conv.id).with_for_update())
    session.refresh(conv)
    if conv.status == "resolved":
        raise ProtocolError(ErrorCode.CONFLICT, "this conversation is resolved; reopen it first")
    return conv, customer


def _hand_on(
    session: Session,
    agent: AgentPrincipal,
    conv: Conversation,
    customer: Customer,
    team: Team,
    *,
    reason: str,
    code: str,
    words: str,
) -> tuple[str | None, str | None]:
    now = utcnow()
    previous = conv.assignee
    decision = assign.decide(
        session,
        conv,
        customer,
        now,
        reason=reason,
        team=team,
        vip_first=False,
        exclude=[n for n in (agent.username, previous) if n is not None],
    )
    verb = "Transferred" if code == notes.TRANSFERRED else "Escalated"
    body = f"{verb} to {team.name} by {agent.display_name}.\n{words}"
    linked.system_note(
        session,
        conv,
        customer,
        body,
        now,
        code=code,
        args={"team": team.code, "agent_name": agent.display_name, notes.NOTE: words},
    )
    audit.record(
        session,
        agent.username,
        f"conversation.{reason}",
        str(conv.id),
        {"team": team.code, "from": previous, "to": decision.agent, "customer_uid": customer.uid},
    )
    return previous, decision.agent


def _announce(
    session: Session, conv: Conversation, customer: Customer, previous: str | None
) -> pm.ConversationResult:
    conv.updated_at = utcnow()
    session.flush()
    view = repo_inbox.view(session, conv, customer)
    ev = repo_events.append_event(
        session,
        "conversation.updated",
        pe.ConversationEvent(conversation=view),
        scope=views.scope(conv, customer),
        notify=previous if previous != conv.assignee else None,
    )
    return pm.ConversationResult(conversation=view, seq=ev.seq)


def transfer(session: Session, agent: AgentPrincipal, params: pr.TransferParams) -> pm.ConversationResult:
    conv, customer = _locked(session, agent, params.conversation_id)  # visibility first: never leak
    team = _team(session, params.team)
    previous, _ = _hand_on(
        session, agent, conv, customer, team, reason="transfer", code=notes.TRANSFERRED, words=params.note
    )
    return _announce(session, conv, customer, previous)


def escalate(session: Session, agent: AgentPrincipal, params: pr.EscalateParams) -> pm.ConversationResult:
    conv, customer = _locked(session, agent, params.conversation_id)
    team = _team(session, params.team)
    if not team.escalation:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: team is not an escalation team")
    previous, now_with = _hand_on(
        session, agent, conv, customer, team, reason="escalate", code=notes.ESCALATED, words=params.reason
    )
    owner = previous or agent.username
    clock.work_of(session, conv).escalated_from = owner
    if ESCALATED_TAG not in (conv.tags or []):
        conv.tags = [*(conv.tags or []), ESCALATED_TAG][:20]
    told: dict[str, str | None] = {n: team.code for n in (owner, now_with) if n is not None}
    result = _announce(session, conv, customer, previous)
    mentions.tell(
        session, conv, customer, told, kind="escalation", by=agent, text=params.reason, now=utcnow()
    )
    return result
