"""USD values of crypto amounts, for the VIP book's "large withdrawal pending" alert.

The server has no market feed: it uses the fixed reference price table below (the demo's
transfers are priced with it too) and the threshold ``LARGE_WITHDRAWAL_USD`` (100,000 USD). A
deployment with a price feed replaces ``usd_value`` here and nothing else.
An asset without a price is never "large" (an unknown value is not an alert).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["LARGE_WITHDRAWAL_USD", "REFERENCE_PRICES_USD", "is_large", "usd_value"]

REFERENCE_PRICES_USD: dict[str, Decimal] = {
    "BTC": Decimal("65000"),
    "ETH": Decimal("3200"),
    "SOL": Decimal("150"),
    "BNB": Decimal("580"),
    "TRX": Decimal("0.12"),
    "USDT": Decimal("1"),
    "USDC": Decimal("1"),
    "XRP": Decimal("0.55"),
    "DOGE": Decimal("0.14"),
    "TON": Decimal("6.5"),
    "LINK": Decimal("15"),
}

LARGE_WITHDRAWAL_USD = Decimal("100000")
"""Pending withdrawals at or above this USD value are 'large' (VIP alert feature)."""


def usd_value(asset: str, amount: str) -> Decimal | None:
    price = REFERENCE_PRICES_USD.get(asset.upper())
    if price is None:
        return None
    try:
        return Decimal(amount) * price
    except (InvalidOperation, ValueError):
        return None


def is_large(asset: str, amount: str) -> bool:
    value = usd_value(asset, amount)
    return value is not None and value >= LARGE_WITHDRAWAL_USD
