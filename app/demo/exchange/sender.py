"""Sends signed account events to the desk's server (``POST /hooks/exchange``), and the demo
events: a change made in :class:`Books` first, then announced."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime

import httpx

from app.demo.exchange.store import Books
from app.protocol.types import KycStatus
from app.server.hooks import signing
from app.server.hooks.model import AccountEvent, EventData, KycData, TierData
from app.server.provider import model
from app.server.timeutil import utcnow

log = logging.getLogger("app.demo.exchange")
DEMO_KINDS = (
    "withdrawal.pending",
    "withdrawal.under_review",
    "withdrawal.completed",
    "kyc.changed",
    "security.changed",
    "tier.changed",
)


def new_id() -> str:
    return "evt_" + secrets.token_hex(12)


class EventSender:
    def __init__(self, url: str, key: bytes, *, verify: bool | str = True) -> None:
        self.url = url
        self.key = key
        self._client = httpx.AsyncClient(timeout=5.0, verify=verify, trust_env=False)
        self.sent = 0

    async def close(self) -> None:
        await self._client.aclose()

    async def send(self, event: AccountEvent, *, body: bytes | None = None) -> httpx.Response:
        raw = body if body is not None else model.ENCODER.encode(event)
        response = await self._client.post(self.url, content=raw, headers=signing.headers(self.key, raw))
        self.sent += 1
        log.info("sent %s %s: HTTP %s", event.type, event.id, response.status_code)
        return response


def make_event(books: Books, kind: str, uid: str, now: datetime | None = None) -> AccountEvent:
    """Apply demo event ``kind`` to ``uid``'s books and return the event that announces it."""
    now = now or utcnow()
    p = books.profiles[uid]
    data: EventData
    if kind.startswith("withdrawal."):
        status = kind.split(".", 1)[1]
        data = EventData(withdrawal=books.set_withdrawal_status(uid, status, now))
    elif kind == "kyc.changed":
        decision: KycStatus = "approved" if p.kyc.status != "approved" else "expired"
        kyc = model.Kyc(level=max(p.kyc.level, 1) if decision == "approved" else p.kyc.level, status=decision)
        books.set_kyc(uid, kyc)
        data = EventData(
            kyc=KycData(level=kyc.level, status=kyc.status, rejection_reason=kyc.rejection_reason)
        )
    elif kind == "security.changed":
        sec = model.Security(
            twofa_enabled=not p.security.twofa_enabled,
            anti_phishing_code_set=p.security.anti_phishing_code_set,
            withdrawals_locked=p.security.withdrawals_locked,
            account_frozen=p.security.account_frozen,
        )
        books.set_security(uid, sec)
        data = EventData(security=sec)
    elif kind == "tier.changed":
        tier = min(p.vip.tier + 1, 5)
        books.set_tier(uid, tier, p.vip.account_manager)
        data = EventData(tier=TierData(tier=tier, account_manager=p.vip.account_manager))
    else:
        raise ValueError(f"unknown event type {kind!r}")
    return AccountEvent(id=new_id(), type=kind, occurred_at=now, uid=uid, data=data)  # type: ignore[arg-type]
