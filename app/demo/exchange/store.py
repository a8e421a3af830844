"""The reference exchange's books: the demo world's customers, orders and transfers, in memory.

Built from the same deterministic data the demo server seeds (``app.demo.data``), so both know the
same UIDs. The few changes the demo events make (a withdrawal under review, a KYC decision, a tier)
happen here first and are then announced to the desk, as a real exchange would do.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

import msgspec

from app.demo.data import DEFAULT_SEED, build_demo_dataset
from app.demo.data.models import DemoCustomer, DemoTransfer
from app.protocol.types import KycStatus, Locale
from app.server.provider import model, paging


def _profile(c: DemoCustomer) -> model.Profile:
    return model.Profile(
        uid=c.uid,
        name=c.name,
        email=c.email,
        phone=c.phone,
        language=cast(Locale, c.language),  # the demo writes only "en" and "zh-CN"
        registered_at=c.registered_at,
        kyc=model.Kyc(
            level=c.kyc_level,
            status=cast(KycStatus, c.kyc_status),  # one of the five the demo plans
            rejection_reason=c.kyc_rejection_reason,
        ),
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


def _transfer(t: DemoTransfer) -> model.Transfer:
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


class Books:
    def __init__(self, now: datetime, seed: int = DEFAULT_SEED) -> None:
        data = build_demo_dataset(now, seed=seed)
        self.profiles: dict[str, model.Profile] = {}
        self.orders: dict[str, list[model.Order]] = {}
        self.deposits: dict[str, list[model.Transfer]] = {}
        self.withdrawals: dict[str, list[model.Transfer]] = {}
        for c in data.customers:
            self.profiles[c.uid] = _profile(c)
            self.orders[c.uid] = sorted(
                (msgspec.convert(o, model.Order, from_attributes=True) for o in c.orders),
                key=lambda o: o.created_at,
                reverse=True,
            )
            transfers = sorted(c.transfers, key=lambda t: t.created_at, reverse=True)
            self.deposits[c.uid] = [_transfer(t) for t in transfers if t.direction == "deposit"]
            self.withdrawals[c.uid] = [_transfer(t) for t in transfers if t.direction == "withdrawal"]

    def order_page(self, uid: str, cursor: str | None, limit: int) -> model.OrderPage:
        items = self.orders[uid]
        start = paging.decode(cursor)
        return model.OrderPage(
            items=items[start : start + limit], next_cursor=paging.next_cursor(start, limit, len(items))
        )

    def transfer_page(self, uid: str, kind: str, cursor: str | None, limit: int) -> model.TransferPage:
        items = (self.deposits if kind == "deposits" else self.withdrawals)[uid]
        start = paging.decode(cursor)
        return model.TransferPage(
            items=items[start : start + limit], next_cursor=paging.next_cursor(start, limit, len(items))
        )

    def panel(self, uid: str, limit: int) -> model.Panel:
        return model.Panel(
            profile=self.profiles[uid],
            orders=self.order_page(uid, None, limit),
            deposits=self.transfer_page(uid, "deposits", None, limit),
            withdrawals=self.transfer_page(uid, "withdrawals", None, limit),
        )

    # --- changes (the demo events) ------------------------------------------------------------
    def set_withdrawal_status(self, uid: str, status: str, now: datetime) -> model.Transfer:
        """The newest withdrawal of ``uid`` moves to ``status`` (completed: confirmed, with a time)."""
        items = self.withdrawals[uid]
        if not items:
            raise KeyError(f"{uid} has no withdrawal")
        t = items[0]
        done = status == "completed"
        t = msgspec.structs.replace(
            t,
            status=status,
            confirmations=t.required_confirmations if done else t.confirmations,
            completed_at=now if done else None,
        )
        items[0] = t
        return t

    def set_kyc(self, uid: str, kyc: model.Kyc) -> None:
        self.profiles[uid] = msgspec.structs.replace(self.profiles[uid], kyc=kyc)

    def set_security(self, uid: str, security: model.Security) -> None:
        self.profiles[uid] = msgspec.structs.replace(self.profiles[uid], security=security)

    def set_tier(self, uid: str, tier: int, manager: str | None) -> None:
        p = self.profiles[uid]
        vip = msgspec.structs.replace(p.vip, tier=tier, account_manager=manager)
        self.profiles[uid] = msgspec.structs.replace(p, vip=vip)
