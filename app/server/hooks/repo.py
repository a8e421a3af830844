"""An accepted account event, applied in one transaction: remembered by id (a second delivery
changes nothing), the desk's copy of the customer updated through the one writer of watched fields
(``vip.repo.record_customer_change``), the withdrawal's row written, then ``customer.updated`` and
the VIP alerts it raises — the normal repository and event path, published after the commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.protocol import vip as pv
from app.server.db.schema import Customer, Transfer
from app.server.hooks.model import WITHDRAWAL_STATUS, AccountEvent
from app.server.hooks.schema import ExchangeEvent
from app.server.vip import repo as repo_vip

ACTOR = "exchange"  # who the audit log says made the change


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # applied | duplicate | unknown_customer


def apply_event(session: Session, event: AccountEvent, now: datetime) -> Outcome:
    if session.get(ExchangeEvent, event.id) is not None:
        return Outcome("duplicate")
    customer = session.get(Customer, event.uid)
    outcome = "applied" if customer is not None else "unknown_customer"
    session.add(
        ExchangeEvent(
            event_id=event.id,
            type=event.type,
            customer_uid=event.uid,
            occurred_at=event.occurred_at,
            received_at=now,
            outcome=outcome,
        )
    )
    if customer is None:
        return Outcome(outcome)  # not a customer of this desk (yet): nothing to show anyone
    values: dict[str, object] = {}
    alerts: list[pv.VipAlert] = []
    d = event.data
    if d.kyc is not None:
        values = {"kyc_status": d.kyc.status, "kyc_level": d.kyc.level}
        customer.kyc_rejection_reason = d.kyc.rejection_reason
    elif d.security is not None:
        values = {
            "twofa_enabled": d.security.twofa_enabled,
            "anti_phishing_code_set": d.security.anti_phishing_code_set,
            "withdrawals_locked": d.security.withdrawals_locked,
            "account_frozen": d.security.account_frozen,
        }
    elif d.tier is not None:
        values = {"vip_tier": d.tier.tier}
        customer.account_manager = d.tier.account_manager
    elif d.withdrawal is not None:
        _write_withdrawal(session, customer, event)
        session.flush()
        alerts = [
            a
            for a in repo_vip.alerts_for(session, [customer], now)[customer.uid]
            if a.id == f"wd:{d.withdrawal.transfer_id}" and event.type != "withdrawal.completed"
        ]
    rows = [
        row
        for field, value in values.items()
        if (row := repo_vip.record_customer_change(session, customer, field, value, ACTOR, now))
    ]
    repo_vip.announce_changes(session, customer, rows, ACTOR, "exchange.event", now, alerts)
    return Outcome(outcome)


def _write_withdrawal(session: Session, customer: Customer, event: AccountEvent) -> None:
    w = event.data.withdrawal
    assert w is not None
    row = session.get(Transfer, w.transfer_id)
    if row is None:
        row = Transfer(transfer_id=w.transfer_id, customer_uid=customer.uid, direction="withdrawal")
        session.add(row)
    elif row.customer_uid != customer.uid:
        raise ValueError("the transfer belongs to another customer")
    row.asset, row.chain, row.amount, row.address = w.asset, w.network, w.amount, w.destination
    row.tx_hash = w.tx_hash
    row.status = WITHDRAWAL_STATUS.get(event.type, w.status)
    row.confirmations, row.required_confirmations = w.confirmations, w.required_confirmations
    row.created_at, row.completed_at = w.created_at, w.completed_at
