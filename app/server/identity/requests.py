"""``identity.request``: the requests that can move money or access — a 2FA reset, unlocking
withdrawals, whitelisting a withdrawal address — filed as tickets for the security team, only
behind the identity gate (a fresh verification, a supervisor's override, or a supervisor).

Each is a ticket opened for the customer (``tickets/repo.create_ticket``: in the caller's view,
idempotent on ``client_request_id``) with its kind in the subject, the gate and the details in its
internal description, and an audit row ``identity.request`` (kind, gate, ticket, chain and
address — an address is not a secret, and the security team checks the same one).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import identity as pi
from app.protocol import methods as pm
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import TicketCategory
from app.server import audit
from app.server.identity import repo
from app.server.principal import AgentPrincipal
from app.server.repos import repo_events, repo_inbox
from app.server.tickets import repo as repo_tickets
from app.server.tickets.schema import Ticket

KINDS: dict[str, tuple[TicketCategory, str]] = {
    "twofa_reset": ("security_2fa", "2FA reset request"),
    "withdrawal_unlock": ("deposits_withdrawals", "Withdrawal unlock request"),
    "address_whitelist": ("deposits_withdrawals", "Withdrawal address whitelist request"),
}


@dataclass(frozen=True, slots=True)
class Filed:
    result: pi.SecurityRequestResult | None  # None: refused by the gate (audited)


def _filed_before(session: Session, agent: AgentPrincipal, request_id: str | None) -> tuple[int, str] | None:
    if request_id is None:
        return None
    row = session.execute(
        sa.select(Ticket.conversation_id, Ticket.created_at).where(
            Ticket.created_by == agent.username, Ticket.client_request_id == request_id
        )
    ).first()
    if row is None:
        return None
    gate = "supervisor" if agent.role == "supervisor" else "verified"
    return int(row[0]), gate


def file_request(session: Session, agent: AgentPrincipal, params: pi.SecurityRequestParams) -> Filed:
    _, customer, _ = repo_inbox.visible(session, agent, params.conversation_id)  # forbidden first
    whitelist = params.kind == "address_whitelist"
    if whitelist != (params.address is not None and params.chain is not None):
        raise ProtocolError(
            ErrorCode.BAD_REQUEST,
            "invalid params: address and chain go with address_whitelist, and only with it",
        )
    earlier = _filed_before(session, agent, params.client_request_id)
    if earlier is not None:  # a retry: the ticket made the first time, nothing new recorded
        return Filed(pi.SecurityRequestResult(
            ticket_conversation_id=earlier[0], kind=params.kind, gate=earlier[1],  # type: ignore[arg-type]
            seq=repo_events.head(session),
        ))
    gate = repo.gate(session, agent, customer.uid, params.kind)
    if gate is None:
        return Filed(None)
    category, subject = KINDS[params.kind]
    lines = [
        f"{subject} for customer {customer.uid}, from conversation #{params.conversation_id}.",
        f"Identity: {gate}"
        + (f" ({repo.status(session, customer.uid).method})" if gate != "supervisor" else ""),
    ]
    if whitelist:
        lines.append(f"Address to whitelist: {params.address} on {params.chain}")
    if params.note:
        lines.append(params.note)
    made = repo_tickets.create_ticket(
        session,
        agent,
        pm.TicketCreateParams(
            category=category,
            uid=customer.uid,
            subject=subject,
            body="\n".join(lines),
            priority="high",
            client_request_id=params.client_request_id,
        ),
    )
    audit.record(
        session,
        agent.username,
        "identity.request",
        customer.uid,
        {
            "kind": params.kind,
            "gate": gate,
            "ticket": made.conversation.id,
            "conversation_id": params.conversation_id,
            "chain": params.chain,
            "address": params.address,
        },
    )
    return Filed(
        pi.SecurityRequestResult(
            ticket_conversation_id=made.conversation.id,
            kind=params.kind,
            gate=gate,  # type: ignore[arg-type]
            seq=made.seq,
        )
    )
