"""``ticket.create``: a ticket made from a conversation, or opened for a customer.

Converting a conversation makes a *new* ``ticket`` conversation linked to it (``Ticket.
source_conversation_id``, shown as ``linked_conversation_id``) instead of changing the original's
channel: the customer's chat keeps working and an email thread keeps threading, while the ticket
carries its own category, priority, due date and SLA clock. Both get a system note pointing to the
other. A retry with the same ``client_request_id`` returns the ticket made the first time.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from msgspec import UNSET
from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.protocol import notes
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import audit, sla
from app.server.db.schema import Conversation, Customer
from app.server.principal import AgentPrincipal
from app.server.repos import linked, repo_inbox
from app.server.repos.repo_messages import _add_message
from app.server.routing import clock
from app.server.tickets.schema import Ticket
from app.server.timeutil import utcnow
from app.server.visibility import customer_clause

MAX_AHEAD = sla.MAX_AHEAD


def _made_by(session: Session, agent: AgentPrincipal, request_id: str | None) -> int | None:
    """The ticket ``agent`` made with ``client_request_id`` before (a retry)."""
    if request_id is None:
        return None
    return session.scalar(
        sa.select(Ticket.conversation_id).where(
            Ticket.created_by == agent.username, Ticket.client_request_id == request_id
        )
    )


def _customer_in_view(session: Session, agent: AgentPrincipal, uid: str) -> Customer:
    customer = session.get(Customer, uid)
    if customer is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    allowed = session.scalar(
        sa.select(sa.func.count()).select_from(Customer).where(Customer.uid == uid, customer_clause(agent))
    )
    if not allowed:
        raise ProtocolError(ErrorCode.FORBIDDEN, "this customer is outside your view")
    return customer


def create_ticket(
    session: Session, agent: AgentPrincipal, params: pm.TicketCreateParams
) -> pm.ConversationResult:
    again = linked.made_before(session, agent, _made_by(session, agent, params.client_request_id))
    if again is not None:
        return again
    now = utcnow()
    if (params.conversation_id is None) == (params.uid is None):
        raise linked.bad("invalid params: give either conversation_id or uid")
    source: Conversation | None = None
    if params.conversation_id is not None:
        source, customer, _ = repo_inbox.visible(session, agent, params.conversation_id)
        if source.channel == "ticket":
            raise linked.bad("invalid params: conversation_id is a ticket already")
        open_ticket = linked.open_linked(
            session, Ticket.conversation_id, Ticket.source_conversation_id, source.id
        )
        if open_ticket is not None:
            raise ProtocolError(
                ErrorCode.CONFLICT, f"this conversation already has an open ticket (#{open_ticket})"
            )
    else:
        if params.subject is None or params.body is None:
            raise linked.bad("invalid params: subject and body are required to open a ticket for a customer")
        assert params.uid is not None
        customer = _customer_in_view(session, agent, params.uid)
    if params.due_at is not None and not (now < params.due_at <= now + MAX_AHEAD):
        raise linked.bad("invalid params: due_at must be in the future, within a year")

    category = params.category
    due = sla.ticket_due_times(customer.vip_tier, now, params.due_at, sla.policy_for(session))

    def details(conv: Conversation) -> None:
        conv.ticket = Ticket(
            category=category,
            source_conversation_id=source.id if source is not None else None,
            created_by=agent.username,
            client_request_id=params.client_request_id,
            created_at=now,
        )

    if source is not None:
        conv = linked.open_from(session, source, customer, channel="ticket", subject=params.subject,
                                priority=params.priority, due=due, now=now, details=details)
    else:
        conv, _ = linked.new_conversation(session, customer, channel="ticket", subject=params.subject,
                                          priority=params.priority, due=due, now=now, details=details)
    if params.body is not None:
        # The description is the desk's own text: an internal note, so it is not a "first response".
        _add_message(
            session,
            conv,
            customer,
            author_kind="agent",
            author=agent.username,
            author_name=agent.display_name,
            body=params.body,
            internal=True,
            now=now,
        )
    if source is not None:
        linked.note_both(
            session, conv, source, customer, now,
            on_made=linked.Note(f"Ticket opened from conversation #{source.id}.", notes.TICKET_OPENED_FROM,
                                {"conversation_id": str(source.id)}),
            on_source=linked.Note(
                f"Ticket #{conv.id} ({category}) opened by {agent.display_name}.", notes.TICKET_OPENED,
                {"ticket_id": str(conv.id), "category": category, "agent_name": agent.display_name}),
        )
    audit.record(
        session,
        agent.username,
        "ticket.create",
        str(conv.id),
        {
            "customer_uid": customer.uid,
            "category": category,
            "priority": params.priority,
            "source_conversation_id": source.id if source is not None else None,
            "due_at": conv.resolution_due.isoformat() if conv.resolution_due else None,
        },
    )
    return linked.result(session, conv, customer)  # seq: the last event this request wrote


def edit_ticket(
    session: Session,
    agent: AgentPrincipal,
    conv: Conversation,
    customer: Customer,
    params: pm.UpdateParams,
    now: datetime,
) -> bool:
    """A ticket's ``category``, ``ticket_due`` and ``subject`` as ``conversation.update`` changes
    them (the caller checked visibility; it writes the ``conversation.updated`` event). The rules
    are ``ticket.create``'s: a help-centre category (the codec checks it), a new due date in the
    future and within a year (the current one sent again is no change, even when it has passed), a
    subject of 1–200 characters on one line that is not blank. A new due date
    is the ticket's resolution due, set by ``sla.ticket_due_times`` as at creation; the first
    response due does not move. Audited (``ticket.update``) when anything changed; the subject's
    text is not written to the audit log (the desk may have copied customer text into it).
    Returns whether anything changed."""
    fields = params.ticket_fields()
    if not fields:
        return False
    ticket = conv.ticket
    if conv.channel != "ticket" or ticket is None:
        raise linked.bad(f"invalid params: {fields[0]} applies to tickets only")
    if params.subject is not UNSET and not params.subject.strip():
        raise linked.bad("invalid params: subject must not be blank")
    new_due = params.ticket_due if params.ticket_due is not UNSET else None
    if new_due is not None and new_due == conv.resolution_due:
        new_due = None  # the current due date sent again: no change
    if new_due is not None and not (now < new_due <= now + MAX_AHEAD):
        raise linked.bad("invalid params: ticket_due must be in the future, within a year")

    details: dict[str, object] = {"customer_uid": customer.uid}
    changed: list[str] = []
    if params.category is not UNSET and params.category != ticket.category:
        details["category"] = {"from": ticket.category, "to": params.category}
        ticket.category = params.category
        changed.append("category")
    if new_due is not None:
        policy = sla.policy_for(session)  # the due date is kept and sent in UTC, whatever its zone
        _, due = sla.ticket_due_times(customer.vip_tier, conv.created_at, new_due, policy)
        details["due_at"] = {
            "from": conv.resolution_due.isoformat() if conv.resolution_due else None,
            "to": due.isoformat(),
        }
        conv.resolution_due = due
        clock.resolution_moved(session, conv)  # its amber time (sla_warn_at) follows
        changed.append("ticket_due")
    if params.subject is not UNSET and params.subject != conv.subject:
        conv.subject = params.subject
        changed.append("subject")
    if not changed:
        return False
    details["changed"] = changed
    audit.record(session, agent.username, "ticket.update", str(conv.id), details)
    return True
