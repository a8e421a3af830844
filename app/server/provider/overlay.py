"""The panel as the desk gets it: the desk's own record (who may see it, the conversations, the
audit) with the source's account data laid over it, masked unless revealed."""

from __future__ import annotations

import msgspec

from app.protocol import types as pt
from app.server.masking import mask_email, mask_name, mask_phone
from app.server.provider import model
from app.server.provider.service import Sourced


def order(o: model.Order) -> pt.Order:
    return pt.Order(
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


def transfer(t: model.Transfer, direction: pt.TransferDirection) -> pt.Transfer:
    return pt.Transfer(
        transfer_id=t.transfer_id,
        direction=direction,
        asset=t.asset,
        chain=t.network,
        amount=t.amount,
        address=t.destination,
        tx_hash=t.tx_hash,
        status=t.status,
        confirmations=t.confirmations,
        required_confirmations=t.required_confirmations,
        created_at=t.created_at,
        completed_at=t.completed_at,
    )


def apply(local: pt.CustomerContext, sourced: Sourced) -> pt.CustomerContext:
    panel = sourced.panel
    if panel is None:
        return msgspec.structs.replace(local, source_unavailable=sourced.unavailable)
    p = panel.profile
    reveal = local.revealed
    return msgspec.structs.replace(
        local,
        name=p.name if reveal else mask_name(p.name),
        email=p.email if reveal else mask_email(p.email),
        phone=p.phone if reveal else mask_phone(p.phone),
        language=p.language,
        registered_at=p.registered_at,
        kyc_level=p.kyc.level,
        kyc_status=p.kyc.status,
        kyc_rejection_reason=p.kyc.rejection_reason,
        vip_tier=p.vip.tier,
        account_manager=p.vip.account_manager,
        fee_tier=p.vip.fee_tier,
        volume_30d_usd=p.vip.volume_30d_usd,
        security=pt.SecurityFlags(
            twofa_enabled=p.security.twofa_enabled,
            anti_phishing_code_set=p.security.anti_phishing_code_set,
            withdrawals_locked=p.security.withdrawals_locked,
            account_frozen=p.security.account_frozen,
        ),
        orders=[order(o) for o in panel.orders.items],
        deposits=[transfer(t, "deposit") for t in panel.deposits.items],
        withdrawals=[transfer(t, "withdrawal") for t in panel.withdrawals.items],
        source_unavailable=sourced.unavailable,
        as_of=sourced.as_of,
    )
