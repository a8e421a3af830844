"""Chain-specific formats and reference numbers for demo transfers.

Agents copy addresses and tx hashes into block explorers during a demo, so the
strings must *look* right for their chain (bech32 for Bitcoin, 0x-hex for EVM
chains, base58 for TRON and Solana). Reference prices let features such as the
large-withdrawal alert convert amounts to USD deterministically.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

# The server's reference prices and its large-withdrawal threshold (the demo's amounts are made to
# cross it or not): one table, owned by the runtime that alerts on it.
from app.server.prices import LARGE_WITHDRAWAL_USD as LARGE_WITHDRAWAL_USD  # re-exported
from app.server.prices import REFERENCE_PRICES_USD as REFERENCE_PRICES_USD  # re-exported

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"

EVM_CHAINS = frozenset({"ERC20", "BSC", "Arbitrum One"})

# (asset, chain) pairs the demo exchange supports.
ASSET_CHAINS: tuple[tuple[str, str], ...] = (
    ("BTC", "Bitcoin"),
    ("ETH", "ERC20"),
    ("ETH", "Arbitrum One"),
    ("USDT", "TRC20"),
    ("USDT", "ERC20"),
    ("USDT", "BSC"),
    ("USDT", "Solana"),
    ("USDC", "ERC20"),
    ("USDC", "Solana"),
    ("USDC", "Arbitrum One"),
    ("SOL", "Solana"),
    ("BNB", "BSC"),
    ("TRX", "TRC20"),
)

REQUIRED_CONFIRMATIONS: dict[str, int] = {
    "Bitcoin": 2,
    "ERC20": 64,
    "TRC20": 20,
    "BSC": 15,
    "Arbitrum One": 120,
    "Solana": 32,
}

# Minutes from broadcast to credit, used for completed_at.
TYPICAL_MINUTES: dict[str, tuple[int, int]] = {
    "Bitcoin": (20, 90),
    "ERC20": (13, 25),
    "TRC20": (1, 4),
    "BSC": (1, 3),
    "Arbitrum One": (2, 6),
    "Solana": (1, 2),
}

MIN_DEPOSIT: dict[str, Decimal] = {
    "BTC": Decimal("0.0001"),
    "ETH": Decimal("0.005"),
    "USDT": Decimal("1"),
    "USDC": Decimal("1"),
    "SOL": Decimal("0.01"),
    "BNB": Decimal("0.01"),
    "TRX": Decimal("10"),
}

# Decimal places used when rendering amounts of each asset.
ASSET_DECIMALS: dict[str, int] = {
    "BTC": 8,
    "ETH": 6,
    "USDT": 2,
    "USDC": 2,
    "SOL": 4,
    "BNB": 4,
    "TRX": 2,
}

ADDRESS_PATTERNS: dict[str, re.Pattern[str]] = {
    "Bitcoin": re.compile(r"^bc1q[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38}$"),
    "ERC20": re.compile(r"^0x[0-9a-f]{40}$"),
    "BSC": re.compile(r"^0x[0-9a-f]{40}$"),
    "Arbitrum One": re.compile(r"^0x[0-9a-f]{40}$"),
    "TRC20": re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$"),
    "Solana": re.compile(r"^[1-9A-HJ-NP-Za-km-z]{43,44}$"),
}

TX_HASH_PATTERNS: dict[str, re.Pattern[str]] = {
    "Bitcoin": re.compile(r"^[0-9a-f]{64}$"),
    "TRC20": re.compile(r"^[0-9a-f]{64}$"),
    "ERC20": re.compile(r"^0x[0-9a-f]{64}$"),
    "BSC": re.compile(r"^0x[0-9a-f]{64}$"),
    "Arbitrum One": re.compile(r"^0x[0-9a-f]{64}$"),
    "Solana": re.compile(r"^[1-9A-HJ-NP-Za-km-z]{88}$"),
}


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_address(rng: random.Random, chain: str) -> str:
    """Return an address string shaped like a real one on ``chain``."""
    if chain == "Bitcoin":
        return "bc1q" + _pick(rng, BECH32_CHARSET, 38)
    if chain in EVM_CHAINS:
        return "0x" + _pick(rng, HEX, 40)
    if chain == "TRC20":
        return "T" + _pick(rng, BASE58_ALPHABET, 33)
    if chain == "Solana":
        return rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + _pick(rng, BASE58_ALPHABET, 43)
    raise ValueError(f"unknown chain {chain!r}")


def make_tx_hash(rng: random.Random, chain: str) -> str:
    """Return a transaction id shaped like a real one on ``chain``."""
    if chain in ("Bitcoin", "TRC20"):
        return _pick(rng, HEX, 64)
    if chain in EVM_CHAINS:
        return "0x" + _pick(rng, HEX, 64)
    if chain == "Solana":
        return rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZ") + _pick(rng, BASE58_ALPHABET, 87)
    raise ValueError(f"unknown chain {chain!r}")


def usd_value(asset: str, amount: str) -> Decimal:
    """USD equivalent of ``amount`` of ``asset`` at the fixed demo reference price."""
    return Decimal(amount) * REFERENCE_PRICES_USD[asset]


def format_amount(asset: str, value: Decimal) -> str:
    """Render ``value`` with the asset's precision, trailing zeros trimmed."""
    places = ASSET_DECIMALS.get(asset, 8)
    q = value.quantize(Decimal(1).scaleb(-places))
    text = format(q, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def shorten(value: str, head: int = 6, tail: int = 4) -> str:
    """Abbreviate an address or hash the way explorers and agents write them."""
    if len(value) <= head + tail + 1:
        return value
    return f"{value[:head]}…{value[-tail:]}"
