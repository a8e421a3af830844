"""All canned replies, grouped by the seven help-centre categories."""

from __future__ import annotations

from app.demo.data.canned_account import ACCOUNT_LOGIN, SECURITY_2FA
from app.demo.data.canned_funds import DEPOSITS_WITHDRAWALS, KYC
from app.demo.data.canned_trading import PLATFORM_RULES, PROMOTIONS, TRADING
from app.demo.data.models import DemoCannedReply

DEMO_CANNED: tuple[DemoCannedReply, ...] = (
    *ACCOUNT_LOGIN,
    *TRADING,
    *DEPOSITS_WITHDRAWALS,
    *KYC,
    *SECURITY_2FA,
    *PROMOTIONS,
    *PLATFORM_RULES,
)
