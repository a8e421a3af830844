"""The server's own tables → the exchange API's values (the database provider's one job, and
also what the reference exchange serves its demo data with)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.server.db.schema import Customer, Order, Transfer
from app.server.provider import model, paging
from app.server.provider.base import NotAtSource


def profile(c: Customer) -> model.Profile:
    return model.Profile(
        uid=c.uid,
        name=c.name,
        email=c.email,
        phone=c.phone,
        language=c.language,
        registered_at=c.registered_at,
        kyc=model.Kyc(level=c.kyc_level, status=c.kyc_status, rejection_reason=c.kyc_rejection_reason),
        vip=model.Vip(
            tier=c.vip_tier,
            account_manager=c.account_manager,
            fee_tier=c.fee_tier,
            volume_30d_usd=c.volume_30d_usd,
        ),
        security=model.Security(
            twofa_enabled=c.twofa_enabled,
            anti_phishing_code_set=c.anti_phishing_code_set,
            withdrawals_locked=c.withdrawals_locked,
            account_frozen=c.account_frozen,
        ),
    )


def order(o: Order) -> model.Order:
    return model.Order(
        order_id=o.order_id,
        market=o.market,
        symbol=o.symbol,
        side=o.side,
        order_type=o.order_type,
        price=o.price,
        amount=o.amount,
        filled=o.filled,
        status=o.status,
        created_at=o.created_at,
    )


def transfer(t: Transfer) -> model.Transfer:
    return model.Transfer(
        transfer_id=t.transfer_id,
        asset=t.asset,
        network=t.chain,
        amount=t.amount,
        destination=t.address,
        tx_hash=t.tx_hash,
        status=t.status,
        confirmations=t.confirmations,
        required_confirmations=t.required_confirmations,
        created_at=t.created_at,
        completed_at=t.completed_at,
    )


def read_profile(session: Session, uid: str) -> model.Profile:
    c = session.get(Customer, uid)
    if c is None or c.contact is not None:  # an email sender matched to no account has none
        raise NotAtSource(uid)
    return profile(c)


def read_orders(session: Session, uid: str, cursor: str | None, limit: int) -> model.OrderPage:
    offset = paging.decode(cursor)
    rows = list(
        session.scalars(
            sa.select(Order)
            .where(Order.customer_uid == uid)
            .order_by(Order.created_at.desc(), Order.order_id)
            .offset(offset)
            .limit(limit + 1)
        )
    )
    more = len(rows) > limit
    return model.OrderPage(
        items=[order(o) for o in rows[:limit]], next_cursor=paging.encode(offset + limit) if more else None
    )


def read_transfers(
    session: Session, uid: str, direction: str, cursor: str | None, limit: int
) -> model.TransferPage:
    offset = paging.decode(cursor)
    rows = list(
        session.scalars(
            sa.select(Transfer)
            .where(Transfer.customer_uid == uid, Transfer.direction == direction)
            .order_by(Transfer.created_at.desc(), Transfer.transfer_id)
            .offset(offset)
            .limit(limit + 1)
        )
    )
    more = len(rows) > limit
    return model.TransferPage(
        items=[transfer(t) for t in rows[:limit]], next_cursor=paging.encode(offset + limit) if more else None
    )


def read_panel(session: Session, uid: str, limit: int) -> model.Panel:
    return model.Panel(
        profile=read_profile(session, uid),
        orders=read_orders(session, uid, None, limit),
        deposits=read_transfers(session, uid, "deposit", None, limit),
        withdrawals=read_transfers(session, uid, "withdrawal", None, limit),
    )
