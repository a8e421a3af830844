"""Customer context (``customer.get``), canned replies and the few customer reads the server needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import frames
from app.protocol import types as pt
from app.protocol.errors import ErrorCode
from app.server import audit, views
from app.server.db.schema import CannedReply, Conversation, Customer, Order, Transfer
from app.server.masking import mask_email, mask_name, mask_phone
from app.server.principal import AgentPrincipal
from app.server.visibility import conversation_clause, customer_clause

HISTORY_LIMIT = 50


class RevealGate(Protocol):
    """Whether ``agent`` may reveal ``uid``'s data now (``identity/repo.gate``: a fresh
    verification, an override or a supervisor), or ``None``. Passed in by the handler: the core
    knows no feature."""

    def __call__(self, session: Session, agent: AgentPrincipal, uid: str, action: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class CustomerLookup:
    context: pt.CustomerContext | None
    error: ErrorCode | None = None


def customer_context(
    session: Session,
    agent: AgentPrincipal,
    uid: str,
    reveal: bool,
    reason: str | None,
    gate: RevealGate | None = None,
) -> CustomerLookup:
    """The customer's context, if in the agent's view. Every call is audited — also refusals,
    which is why this returns the error instead of raising (raising would roll the audit back)."""
    customer = session.get(Customer, uid)
    if customer is None:
        audit.record(
            session,
            agent.username,
            "customer.view",
            uid,
            {"outcome": "not_found", "revealed": False, "reason": reason},
        )
        return CustomerLookup(None, ErrorCode.NOT_FOUND)
    allowed = session.scalar(
        sa.select(sa.func.count()).select_from(Customer).where(Customer.uid == uid, customer_clause(agent))
    )
    if not allowed:
        audit.record(
            session,
            agent.username,
            "customer.view",
            uid,
            {"outcome": "forbidden", "revealed": False, "reason": reason},
        )
        return CustomerLookup(None, ErrorCode.FORBIDDEN)
    passed = gate(session, agent, uid, "reveal") if reveal and gate is not None else None
    if reveal and gate is not None and passed is None:
        audit.record(
            session,
            agent.username,
            "customer.view",
            uid,
            {"outcome": "verification_required", "revealed": False, "reason": reason},
        )
        return CustomerLookup(None, ErrorCode.VERIFICATION_REQUIRED)
    audit.record(
        session,
        agent.username,
        "customer.view",
        uid,
        {"outcome": "ok", "revealed": reveal, "reason": reason if reveal else None,
         **({"gate": passed} if reveal else {})},
    )
    orders = session.scalars(
        sa.select(Order)
        .where(Order.customer_uid == uid)
        .order_by(Order.created_at.desc())
        .limit(HISTORY_LIMIT)
    )
    transfers = list(
        session.scalars(
            sa.select(Transfer).where(Transfer.customer_uid == uid).order_by(Transfer.created_at.desc())
        )
    )
    # Only the conversations the agent may see: an agent who sees this customer through one
    # assigned conversation does not learn the subjects of the others.
    convs = session.scalars(
        sa.select(Conversation)
        .join(Customer, Customer.uid == Conversation.customer_uid)
        .where(Conversation.customer_uid == uid, conversation_clause(agent))
        .order_by(Conversation.id.desc())
        .limit(HISTORY_LIMIT)
    )
    c = customer
    return CustomerLookup(
        pt.CustomerContext(
            uid=c.uid,
            name=c.name if reveal else mask_name(c.name),
            email=c.email if reveal else mask_email(c.email),
            phone=c.phone if reveal else mask_phone(c.phone),
            revealed=reveal,
            language=c.language,
            registered_at=c.registered_at,
            kyc_level=c.kyc_level,
            kyc_status=c.kyc_status,
            kyc_rejection_reason=c.kyc_rejection_reason,
            vip_tier=c.vip_tier,
            account_manager=c.account_manager,
            fee_tier=c.fee_tier,
            volume_30d_usd=c.volume_30d_usd,
            security=pt.SecurityFlags(
                twofa_enabled=c.twofa_enabled,
                anti_phishing_code_set=c.anti_phishing_code_set,
                withdrawals_locked=c.withdrawals_locked,
                account_frozen=c.account_frozen,
            ),
            orders=[views.order(o) for o in orders],
            deposits=[views.transfer(t) for t in transfers if t.direction == "deposit"][:HISTORY_LIMIT],
            withdrawals=[views.transfer(t) for t in transfers if t.direction == "withdrawal"][:HISTORY_LIMIT],
            conversations=[
                pt.ConversationBrief(
                    id=v.id,
                    channel=v.channel,
                    status=v.status,
                    created_at=v.created_at,
                    subject=v.subject,
                )
                for v in convs
            ],
            verified=c.contact is None,  # False: an email sender matched to no account
            anti_phishing_code=c.security_code.anti_phishing_code if c.security_code is not None else None,
        )
    )


def customer_info(session: Session, uid: str) -> frames.CustomerInfo | None:
    """Who a customer token belongs to (the customer's own, unmasked name: it is them)."""
    c = session.get(Customer, uid)
    if c is None:
        return None
    return frames.CustomerInfo(uid=c.uid, name=c.name, language=c.language)


def canned(session: Session, locale: str | None) -> list[pt.CannedReply]:
    return [views.canned(r, locale) for r in session.scalars(sa.select(CannedReply).order_by(CannedReply.id))]


def customer_uids(session: Session, limit: int = 1000) -> list[tuple[str, str]]:
    """``(uid, language)`` of some customers (the traffic simulator picks from these)."""
    return [
        (u, lang)
        for u, lang in session.execute(
            sa.select(Customer.uid, Customer.language).order_by(Customer.uid).limit(limit)
        )
    ]
