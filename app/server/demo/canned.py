"""All canned replies, grouped by the seven help-centre categories."""

from __future__ import annotations

from app.server.demo.canned_account import ACCOUNT_LOGIN, SECURITY_2FA
from app.server.demo.canned_funds import DEPOSITS_WITHDRAWALS, KYC
from app.server.demo.canned_trading import PLATFORM_RULES, PROMOTIONS, TRADING
from app.server.demo.models import DemoCannedReply

DEMO_CANNED: tuple[DemoCannedReply, ...] = (
    *ACCOUNT_LOGIN,
    *TRADING,
    *DEPOSITS_WITHDRAWALS,
    *KYC,
    *SECURITY_2FA,
    *PROMOTIONS,
    *PLATFORM_RULES,
)
