"""``conversation.update``: status, priority, assignee, tags, snooze — validated, audited, evented.

A ticket's own fields (``category``, ``ticket_due``, ``subject``) change through here as well, by
the ticket rules (``app/server/tickets/repo.py``, passed in as ``channel_fields``): one request,
one ``conversation.updated`` event."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from msgspec import UNSET
from sqlalchemy.orm import Session

from app.protocol import events as pe
from app.protocol import methods as pm
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, views
from app.server.db.schema import Conversation, Customer
from app.server.principal import AgentPrincipal
from app.server.repos import repo_agents, repo_events, repo_inbox
from app.server.routing import clock
from app.server.timeutil import utcnow
from app.server.visibility import may_assign


def _bad(message: str) -> ProtocolError:
    return ProtocolError(ErrorCode.BAD_REQUEST, message)


class ChannelFields(Protocol):
    """Applies the fields of ``conversation.update`` that only a channel has (a ticket's category,
    due date and subject: ``app/server/tickets/repo.py``); returns whether anything changed.
    Passed in by the handler: conversations know no channel."""

    def __call__(self, session: Session, agent: AgentPrincipal, conv: Conversation, customer: Customer,
                 params: pm.UpdateParams, now: datetime) -> bool: ...


def update(
    session: Session, agent: AgentPrincipal, params: pm.UpdateParams, channel_fields: ChannelFields
) -> pm.ConversationResult:
    conv, customer, scope = repo_inbox.visible(session, agent, params.conversation_id)
    now = utcnow()
    changed = channel_fields(session, agent, conv, customer, params, now)
    previous_assignee = conv.assignee

    if params.assignee is not UNSET and params.assignee != conv.assignee:
        target = params.assignee
        if target is not None:
            target_agent = repo_agents.get_agent(session, target)
            if target_agent is None:
                raise _bad("invalid params: assignee is not an agent")
            if not may_assign(agent, scope, target_agent.role, target_agent.username):
                raise ProtocolError(ErrorCode.FORBIDDEN, "that agent may not handle this customer")
        conv.assignee = target
        changed = True
        audit.record(
            session,
            agent.username,
            "conversation.assign",
            str(conv.id),
            {"from": previous_assignee, "to": target, "customer_uid": customer.uid},
        )

    status = conv.status if params.status is UNSET else params.status
    snoozed_until: datetime | None = conv.snoozed_until
    if params.snoozed_until is not UNSET:
        snoozed_until = params.snoozed_until
        if snoozed_until is not None and params.status is UNSET:
            status = "snoozed"
    if status == "snoozed":
        if snoozed_until is None:
            raise _bad("invalid params: snoozed_until is required to snooze")
        if snoozed_until <= now:
            raise _bad("invalid params: snoozed_until must be in the future")
    else:
        snoozed_until = None
    if status != conv.status or snoozed_until != conv.snoozed_until:
        before = conv.status
        conv.status, conv.snoozed_until = status, snoozed_until
        conv.resolved_at = now if status == "resolved" else None
        clock.status_changed(session, conv, before, now)  # pending/snoozed stop the SLA clock
        changed = True

    if params.priority is not UNSET and params.priority != conv.priority:
        conv.priority = params.priority
        changed = True
    if params.tags is not UNSET:
        tags = list(dict.fromkeys(params.tags))
        if tags != list(conv.tags or []):
            conv.tags = tags
            changed = True

    if not changed:
        return pm.ConversationResult(
            conversation=repo_inbox.view(session, conv, customer), seq=repo_events.head(session)
        )
    conv.updated_at = now
    session.flush()
    view = repo_inbox.view(session, conv, customer)
    # The previous assignee hears of the change even when it takes the conversation out of
    # their view, so their desk can drop it.
    notify = previous_assignee if previous_assignee != conv.assignee else None
    ev = repo_events.append_event(
        session,
        "conversation.updated",
        pe.ConversationEvent(conversation=view),
        scope=views.scope(conv, customer),
        notify=notify,
    )
    return pm.ConversationResult(conversation=view, seq=ev.seq)
