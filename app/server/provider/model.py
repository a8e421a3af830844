"""The exchange API's values (``docs/exchange-api.yaml``), one ``msgspec.Struct`` per schema.

Shared by both providers and by the reference exchange (``app/demo/exchange``), so what the server
decodes and what the reference service encodes are the same classes; a test validates the
reference service's answers against the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.types import KycStatus, Locale, Market, Side, UtcDatetime

Cursor = Annotated[str, Meta(min_length=1, max_length=256)]
Limit = Annotated[int, Meta(ge=1, le=200)]
WithdrawalStatus = Literal[
    "pending", "under_review", "confirming", "completed", "failed", "cancelled", "rejected"
]


class Kyc(Struct, frozen=True):
    level: int
    status: KycStatus
    rejection_reason: str | None = None


class Vip(Struct, frozen=True):
    tier: int
    account_manager: str | None = None
    fee_tier: str | None = None
    volume_30d_usd: str | None = None


class Security(Struct, frozen=True):
    twofa_enabled: bool
    anti_phishing_code_set: bool
    withdrawals_locked: bool
    account_frozen: bool


class Profile(Struct, frozen=True):
    """``GET /v1/customers/{uid}``: who the customer is, KYC, VIP and fees, security flags."""

    uid: str
    name: str
    email: str
    phone: str
    language: Locale
    registered_at: UtcDatetime
    kyc: Kyc
    vip: Vip
    security: Security


class Order(Struct, frozen=True):
    order_id: str
    market: Market
    symbol: str
    side: Side
    order_type: str
    price: str
    amount: str
    filled: str
    status: str
    created_at: UtcDatetime


class Transfer(Struct, frozen=True):
    """A deposit or a withdrawal: ``network`` (the chain), ``destination`` (the address the coins
    went to), ``tx_hash`` (empty until broadcast)."""

    transfer_id: str
    asset: str
    network: str
    amount: str
    destination: str
    tx_hash: str
    status: str
    confirmations: int
    required_confirmations: int
    created_at: UtcDatetime
    completed_at: UtcDatetime | None = None


class OrderPage(Struct, frozen=True):
    items: list[Order]
    next_cursor: str | None = None


class TransferPage(Struct, frozen=True):
    items: list[Transfer]
    next_cursor: str | None = None


class Panel(Struct, frozen=True):
    """``GET /v1/customers/{uid}/context``: the profile and the first page of each list in one
    answer (one round trip per panel: a retry costs one request, not four)."""

    profile: Profile
    orders: OrderPage
    deposits: TransferPage
    withdrawals: TransferPage


class ApiError(Struct, frozen=True):
    error: str
    message: str = ""


EMPTY_ORDERS = OrderPage(items=[])
EMPTY_TRANSFERS = TransferPage(items=[])
ENCODER = msgspec.json.Encoder()
