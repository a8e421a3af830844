"""USD values of crypto amounts, for the VIP book's "large withdrawal pending" alert.

The server has no market feed: it uses the demo's fixed reference price table
(``app/server/demo/chains.py``, pure standard library) and its threshold ``LARGE_WITHDRAWAL_USD``
(100,000 USD). A deployment with a price feed replaces ``usd_value`` here and nothing else.
An asset without a price is never "large" (an unknown value is not an alert).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.server.demo.chains import LARGE_WITHDRAWAL_USD, REFERENCE_PRICES_USD

__all__ = ["LARGE_WITHDRAWAL_USD", "is_large", "usd_value"]


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
