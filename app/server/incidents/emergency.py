"""The emergency line (issue 23): while a *security* incident is open, a callback for a customer
reporting an account takeover or stolen funds jumps the queue to the security team with a one-hour
target; and any agent can ask the risk team to freeze an account (routing's escalation).

Why here and not in ``callbacks/``: the rule is the incident's (is one open, does the text report a
takeover); the callback writer asks :func:`emergency_callback` and calls :func:`route` on the
callback it made. The team codes are the server's (``ServerConfig.emergency_team``,
``risk_team``: ``security`` and ``risk_compliance`` by default, as in the demo's teams policy),
placed in the database session's ``info`` (``TEAMS_KEY``) by the channel services.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import incidents as pi
from app.protocol import methods as pm
from app.protocol import routing as pr
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit
from app.server.db.schema import Conversation, Customer, Message
from app.server.dispatch import transfer
from app.server.incidents.match import is_takeover_report
from app.server.incidents.repo import security_open
from app.server.principal import AgentPrincipal
from app.server.repos import repo_inbox
from app.server.routing import assign, clock

TEAMS_KEY = "agentdesk_emergency_teams"  # session.info: (security team code, risk team code)
DEFAULT_TEAMS = ("security", "risk_compliance")
TARGET = timedelta(hours=1)  # the security team calls back within the hour
EMERGENCY_TAGS = ("emergency", "takeover")
FREEZE_TAG = "freeze_requested"
_RECENT = 6  # the source conversation's latest customer messages read for the report


def teams(session: Session) -> tuple[str, str]:
    found = session.info.get(TEAMS_KEY)
    return found if isinstance(found, tuple) and len(found) == 2 else DEFAULT_TEAMS


def emergency_callback(session: Session, source: Conversation | None, reason: str) -> bool:
    """Whether a callback (for ``source``, asked for ``reason``) is the emergency line's: a
    security incident is open and the reason or the customer's latest words report a takeover
    or theft."""
    if not security_open(session):
        return False
    texts = [reason]
    if source is not None:
        texts += list(session.scalars(
            sa.select(Message.body)
            .where(Message.conversation_id == source.id, Message.author_kind == "customer")
            .order_by(Message.id.desc())
            .limit(_RECENT)
        ))
        texts.append(source.subject or "")
    return any(is_takeover_report(t) for t in texts)


def due(now: datetime, resolution_due: datetime) -> tuple[datetime, datetime]:
    """The one-hour first-response target (the call), the resolution as the policy had it."""
    return now + TARGET, max(resolution_due, now + TARGET)


def route(session: Session, conv: Conversation, customer: Customer, now: datetime) -> str | None:
    """Route the emergency callback ``conv`` (urgent, due within the hour) to the security team:
    its least loaded available member, else the head of its queue (urgent first, ``jobs.py``).
    Returns the agent, or None when it waits in the queue."""
    conv.tags = list(dict.fromkeys([*(conv.tags or []), *EMERGENCY_TAGS]))[:20]
    conv.priority = "urgent"
    policy = clock.teams_for(session)
    team = policy.teams.get(teams(session)[0]) if policy is not None else None
    if team is None:
        return conv.assignee  # no security team configured: it stays with the owner, urgent
    conv.assignee = None
    decision = assign.decide(session, conv, customer, now, reason="emergency", team=team, vip_first=False)
    audit.record(
        session, None, "callback.emergency", str(conv.id),
        {"customer_uid": customer.uid, "team": team.code, "to": decision.agent},
    )
    return decision.agent


def freeze_request(
    session: Session, agent: AgentPrincipal, params: pi.FreezeParams
) -> pm.ConversationResult:
    """``account.freeze_request``: escalate the conversation to the risk team with the reason
    (visibility first, as every escalation), tag it and audit the request."""
    risk = teams(session)[1]
    conv, _, _ = repo_inbox.visible(session, agent, params.conversation_id)  # never leak existence
    if FREEZE_TAG not in (conv.tags or []):
        conv.tags = [*(conv.tags or []), FREEZE_TAG][:20]  # carried by the escalation's event
    try:
        result = transfer.escalate(
            session, agent,
            pr.EscalateParams(conversation_id=params.conversation_id, team=risk,
                              reason=f"Account freeze requested: {params.reason}"),
        )
    except ProtocolError as exc:
        if exc.code is ErrorCode.NOT_FOUND and exc.message == "no such team":
            raise ProtocolError(ErrorCode.CONFLICT, "no risk team is configured on this server") from exc
        raise
    audit.record(
        session, agent.username, "account.freeze_request", conv.customer_uid,
        {"conversation_id": conv.id, "team": risk, "reason": params.reason},
    )
    return result
