"""Deterministic generator for the demo customer base.

Counts are planned up front (tiers, KYC statuses, security flags) instead of
drawn independently, so every feature the demo shows off — VIP queues, KYC
states, locked withdrawals, large pending withdrawals for the alert feature —
is guaranteed to have data for any seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from functools import partial

from app.demo.data import names
from app.demo.data.chains import (
    ASSET_CHAINS,
    EVM_CHAINS,
    LARGE_WITHDRAWAL_USD,
    MIN_DEPOSIT,
    REFERENCE_PRICES_USD,
    REQUIRED_CONFIRMATIONS,
    TYPICAL_MINUTES,
    format_amount,
    make_address,
    make_tx_hash,
)
from app.demo.data.models import DemoCustomer, DemoOrder, DemoTransfer

TIER_COUNTS: dict[int, int] = {0: 168, 1: 22, 2: 15, 3: 11, 4: 8, 5: 6, 6: 4, 7: 3, 8: 3}

# 30-day volume ranges in USD: VIP tiers sit far above regular accounts.
VIP_VOLUME_USD: dict[int, tuple[int, int]] = {
    1: (1_000_000, 5_000_000),
    2: (5_000_000, 10_000_000),
    3: (10_000_000, 20_000_000),
    4: (20_000_000, 50_000_000),
    5: (50_000_000, 100_000_000),
    6: (100_000_000, 250_000_000),
    7: (250_000_000, 500_000_000),
    8: (500_000_000, 2_000_000_000),
}
REGULAR_FEE_TIERS: tuple[tuple[str, int], ...] = (
    ("Lv1", 10_000),
    ("Lv2", 50_000),
    ("Lv3", 200_000),
    ("Lv4", 500_000),
    ("Lv5", 1_000_000),
)

# KYC levels: 1 = ID document, 2 = + selfie/liveness, 3 = + proof of address.
# A rejection at current level L concerns the application for level L + 1.
KYC_REJECTION_REASONS: dict[int, tuple[str, ...]] = {
    1: (
        "ID document blurry",
        "Edges of the ID document are cut off",
        "ID document expired",
        "Name on document does not match account name",
        "Screenshot or photocopy submitted instead of original document",
    ),
    2: ("Selfie does not match document", "Liveness check failed"),
    3: (
        "Address proof older than 3 months",
        "Address on proof does not match the address entered",
    ),
}

# (symbol, market, price range, price decimals, quantity decimals)
SYMBOLS: tuple[tuple[str, str, tuple[float, float], int, int], ...] = (
    ("BTC-USDT", "spot", (58_000, 72_000), 1, 5),
    ("ETH-USDT", "spot", (2_800, 3_600), 2, 4),
    ("SOL-USDT", "spot", (120, 190), 2, 3),
    ("XRP-USDT", "spot", (0.45, 0.65), 4, 1),
    ("DOGE-USDT", "spot", (0.10, 0.18), 5, 0),
    ("TON-USDT", "spot", (5.0, 7.5), 3, 2),
    ("BNB-USDT", "spot", (520, 620), 1, 3),
    ("LINK-USDT", "spot", (12, 20), 3, 2),
    ("BTC-USDT-SWAP", "futures", (58_000, 72_000), 1, 3),
    ("ETH-USDT-SWAP", "futures", (2_800, 3_600), 2, 2),
    ("SOL-USDT-SWAP", "futures", (120, 190), 2, 1),
    ("DOGE-USDT-SWAP", "futures", (0.10, 0.18), 5, 0),
)

LARGE_INJECTIONS: tuple[tuple[str, str, str, str], ...] = (
    # (asset, chain, amount, status) — three for vera's clients, one for victor's
    ("USDT", "TRC20", "250000", "under_review"),
    ("BTC", "Bitcoin", "3.85", "pending"),
    ("USDC", "ERC20", "180000", "under_review"),
    ("ETH", "ERC20", "120", "pending"),
)


@dataclass
class _Plan:
    """Mutable per-customer decisions made before anything is rendered."""

    tier: int
    origin: str  # "cn" | "intl"
    kyc_status: str
    kyc_level: int = 0
    manager: str | None = None
    withdrawals_locked: bool = False
    account_frozen: bool = False
    large: tuple[str, str, str, str] | None = None


class _Ids:
    """Issues unique random identifiers of a fixed number of digits."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._seen: set[str] = set()

    def digits(self, n: int, prefix: str = "") -> str:
        while True:
            value = prefix + str(self._rng.randint(10 ** (n - 1), 10**n - 1))
            if value not in self._seen:
                self._seen.add(value)
                return value

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in self._seen:
                self._seen.add(value)
                return value


def _log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _dec(value: float, places: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def _plan_customers(rng: random.Random) -> list[_Plan]:
    tiers = [t for t, n in TIER_COUNTS.items() for _ in range(n)]
    rng.shuffle(tiers)
    total = len(tiers)
    origins = ["cn"] * (total // 2) + ["intl"] * (total - total // 2)
    rng.shuffle(origins)

    regular_kyc = (
        ["not_started"] * 22 + ["pending"] * 21 + ["rejected"] * 24 + ["expired"] * 10 + ["approved"] * 91
    )
    vip_kyc = ["approved"] * 64 + ["expired"] * 4 + ["pending"] * 4
    rng.shuffle(regular_kyc)
    rng.shuffle(vip_kyc)

    plans: list[_Plan] = []
    for tier, origin in zip(tiers, origins, strict=True):
        status = (vip_kyc if tier else regular_kyc).pop()
        plan = _Plan(tier=tier, origin=origin, kyc_status=status)
        if status == "not_started":
            plan.kyc_level = 0
        elif status in ("pending", "rejected"):
            plan.kyc_level = 2 if tier else rng.choice((0, 0, 1, 1, 2))
        elif status == "expired":
            plan.kyc_level = rng.choice((2, 3)) if tier else rng.choice((1, 2))
        else:
            plan.kyc_level = rng.choice((2, 3, 3)) if tier else rng.choices((1, 2, 3), (8, 9, 3))[0]
        if tier:
            plan.manager = rng.choice(("vera", "victor"))
        plans.append(plan)

    # A few VIP1 accounts have no manager yet (freshly promoted).
    vip1 = [p for p in plans if p.tier == 1]
    for plan in rng.sample(vip1, 4):
        plan.manager = None

    # Large pending withdrawals: the top-tier clients of each manager.
    for manager, injections in (("vera", LARGE_INJECTIONS[:3]), ("victor", LARGE_INJECTIONS[3:])):
        clients = sorted(
            (p for p in plans if p.manager == manager and p.kyc_status == "approved"),
            key=lambda p: -p.tier,
        )
        for plan, injection in zip(clients, injections, strict=False):
            plan.large = injection

    eligible = [p for p in plans if p.kyc_level >= 1 and p.large is None]
    locked = rng.sample(eligible, 12)
    for plan in locked:
        plan.withdrawals_locked = True
    frozen_pool = [p for p in eligible if p.tier == 0 and not p.withdrawals_locked]
    for plan in rng.sample(frozen_pool, 2):
        plan.account_frozen = True
    return plans


def _make_orders(rng: random.Random, ids: _Ids, now: datetime, plan: _Plan) -> tuple[DemoOrder, ...]:
    if plan.kyc_level == 0:
        return ()
    orders: list[DemoOrder] = []
    scale = 4.0**plan.tier if plan.tier else 1.0
    for _ in range(rng.randint(0, 8)):
        symbol, market, (lo, hi), pdp, qdp = rng.choice(SYMBOLS)
        if market == "spot":
            status = rng.choices(("filled", "partially_filled", "cancelled", "open"), (50, 12, 18, 20))[0]
        else:
            status = rng.choices(
                ("filled", "partially_filled", "cancelled", "open", "liquidated"),
                (45, 8, 15, 15, 12),
            )[0]
        if status == "liquidated":
            order_type = "market"
        elif status == "partially_filled":
            order_type = "limit"
        elif status in ("open", "cancelled"):
            order_type = rng.choices(("limit", "stop"), (70, 30))[0]
        else:
            order_type = rng.choices(("limit", "market", "stop"), (55, 35, 10))[0]
        price = _dec(rng.uniform(lo, hi), pdp)
        notional = _log_uniform(rng, 50, 20_000) * scale
        min_qty = Decimal(1).scaleb(-qdp)
        amount = max(_dec(notional / float(price), qdp), min_qty)
        if status in ("filled", "liquidated"):
            filled = amount
        elif status == "partially_filled" or (status == "cancelled" and rng.random() < 0.3):
            filled = max(_dec(float(amount) * rng.uniform(0.1, 0.9), qdp), min_qty)
            if filled >= amount:
                filled = Decimal(0)
        else:
            filled = Decimal(0)
        if status == "partially_filled" and filled == 0:
            status = "open"
        age = timedelta(
            minutes=rng.randint(10, 14 * 24 * 60) if status == "open" else rng.randint(60, 40 * 24 * 60)
        )
        orders.append(
            DemoOrder(
                order_id=ids.digits(19),
                market=market,
                symbol=symbol,
                side=rng.choice(("buy", "sell")),
                order_type=order_type,
                price=format(price, "f"),
                amount=format(amount, "f"),
                filled=format(filled, "f") if filled else "0",
                status=status,
                created_at=now - age,
            )
        )
    orders.sort(key=lambda o: o.created_at, reverse=True)
    return tuple(orders)


def _transfer(
    rng: random.Random,
    ids: _Ids,
    now: datetime,
    *,
    direction: str,
    asset: str,
    chain: str,
    amount: Decimal,
    status: str,
    address: str,
    age: timedelta | None = None,
) -> DemoTransfer:
    required = REQUIRED_CONFIRMATIONS[chain]
    if status == "completed":
        confirmations = required + rng.randint(0, required * 5)
    elif status == "confirming":
        confirmations = rng.randint(1, required - 1) if required > 1 else 0
    elif status in ("under_review", "failed") and direction == "deposit":
        confirmations = required  # final on-chain, held or rejected by us
    else:
        confirmations = 0
    if age is None:
        minutes = {
            "confirming": (10, 120),
            "pending": (10, 10 * 60) if direction == "withdrawal" else (10, 90),
            "under_review": (60, 50 * 60),
        }.get(status, (120, 40 * 24 * 60))
        age = timedelta(minutes=rng.randint(*minutes), seconds=rng.randint(0, 59))
    created = now - age
    completed_at = None
    if status == "completed":
        lo, hi = TYPICAL_MINUTES[chain]
        extra = rng.randint(2, 45) if direction == "withdrawal" else 0
        completed_at = min(
            created + timedelta(minutes=rng.randint(lo, hi) + extra), now - timedelta(minutes=1)
        )
    return DemoTransfer(
        transfer_id=ids.digits(12, prefix="D" if direction == "deposit" else "W"),
        direction=direction,
        asset=asset,
        chain=chain,
        amount=format_amount(asset, amount),
        address=address,
        tx_hash=ids.unique(lambda: make_tx_hash(rng, chain)),
        status=status,
        confirmations=confirmations,
        required_confirmations=required,
        created_at=created,
        completed_at=completed_at,
    )


def _make_transfers(rng: random.Random, ids: _Ids, now: datetime, plan: _Plan) -> tuple[DemoTransfer, ...]:
    deposit_addresses: dict[str, str] = {}
    transfers: list[DemoTransfer] = []
    count = rng.randint(0, 6)
    if plan.large is not None:
        count = min(count, 5)
    usd_hi = 5_000.0 * (3.0**plan.tier)
    for _ in range(count):
        asset, chain = rng.choice(ASSET_CHAINS)
        can_withdraw = plan.kyc_level >= 1
        direction = "withdrawal" if can_withdraw and rng.random() < 0.45 else "deposit"
        if direction == "deposit":
            status = rng.choices(
                ("completed", "confirming", "pending", "failed", "under_review"),
                (70, 8, 5, 9, 4),
            )[0]
            if chain not in deposit_addresses:
                deposit_addresses[chain] = ids.unique(partial(make_address, rng, chain))
            address = deposit_addresses[chain]
        else:
            status = rng.choices(
                ("completed", "pending", "under_review", "confirming", "failed", "cancelled"),
                (62, 9, 9, 6, 6, 8),
            )[0]
            address = ids.unique(partial(make_address, rng, chain))
        usd = _log_uniform(rng, 20, usd_hi)
        in_flight = status in ("pending", "under_review", "confirming")
        if in_flight and direction == "withdrawal" and usd > 45_000:
            usd = rng.uniform(8_000, 45_000)  # only the injected ones count as "large"
        amount = Decimal(repr(usd)) / REFERENCE_PRICES_USD[asset]
        if status == "failed" and direction == "deposit" and chain not in EVM_CHAINS:
            # Non-EVM failures are below-minimum deposits; EVM ones are contract transfers.
            amount = MIN_DEPOSIT[asset] * Decimal(repr(rng.uniform(0.2, 0.9)))
        transfers.append(
            _transfer(
                rng,
                ids,
                now,
                direction=direction,
                asset=asset,
                chain=chain,
                amount=amount,
                status=status,
                address=address,
            )
        )
    if plan.large is not None:
        asset, chain, amount_text, status = plan.large
        assert Decimal(amount_text) * REFERENCE_PRICES_USD[asset] >= LARGE_WITHDRAWAL_USD
        transfers.append(
            _transfer(
                rng,
                ids,
                now,
                direction="withdrawal",
                asset=asset,
                chain=chain,
                amount=Decimal(amount_text),
                status=status,
                address=ids.unique(lambda: make_address(rng, chain)),
                age=timedelta(minutes=rng.randint(20, 150)),
            )
        )
    transfers.sort(key=lambda t: t.created_at, reverse=True)
    return tuple(transfers)


def _volume(rng: random.Random, plan: _Plan) -> tuple[Decimal, str]:
    if plan.tier:
        lo, hi = VIP_VOLUME_USD[plan.tier]
        return _dec(_log_uniform(rng, lo, hi), 2), f"VIP{plan.tier}"
    if plan.kyc_level == 0:
        return Decimal("0.00"), "Lv1"
    volume = rng.uniform(0, 2_000) if rng.random() < 0.3 else _log_uniform(rng, 2_000, 990_000)
    value = _dec(volume, 2)
    for tier_name, upper in REGULAR_FEE_TIERS:
        if value < upper:
            return value, tier_name
    return value, "Lv5"


def build_customers(rng: random.Random, now: datetime) -> tuple[DemoCustomer, ...]:
    """Generate the full customer base; all timestamps are relative to ``now``."""
    plans = _plan_customers(rng)
    ids = _Ids(rng)
    emails: set[str] = set()
    used_names: set[str] = set()
    intl_pool = [
        (country, prefix, full, given)
        for country, (prefix, people) in names.INTL_PEOPLE.items()
        for full, given in people
    ]
    rng.shuffle(intl_pool)
    customers: list[DemoCustomer] = []
    for plan in plans:
        if plan.origin == "cn":
            while True:
                surname, s_py = rng.choice(names.CN_SURNAMES)
                given, g_py = rng.choice(names.CN_GIVEN)
                name = surname + given
                if name not in used_names:
                    break
            local = names.cn_email_local(rng, s_py, g_py)
            domains = names.CN_EMAIL_DOMAINS
            prefix = "+65" if rng.random() < 0.08 else "+86"
            language = "zh-CN"
        else:
            country, prefix, name, _given = intl_pool.pop()
            local = names.intl_email_local(rng, name)
            domains = names.DE_EMAIL_DOMAINS if country == "DE" else names.INTL_EMAIL_DOMAINS
            language = "en"
        used_names.add(name)
        email = f"{local}@{rng.choice(domains)}"
        while email in emails:
            email = f"{local}{rng.randint(1, 999)}@{rng.choice(domains)}"
        emails.add(email)

        reason = None
        if plan.kyc_status == "rejected":
            reason = rng.choice(KYC_REJECTION_REASONS[plan.kyc_level + 1])
        volume, fee_tier = _volume(rng, plan)
        registered = now - timedelta(days=rng.randint(45, 2_600), seconds=rng.randint(0, 86_399))
        customers.append(
            DemoCustomer(
                uid=ids.digits(10),
                name=name,
                email=email,
                phone=names.make_phone(rng, prefix),
                language=language,
                registered_at=registered,
                kyc_level=plan.kyc_level,
                kyc_status=plan.kyc_status,
                kyc_rejection_reason=reason,
                vip_tier=plan.tier,
                account_manager=plan.manager,
                twofa_enabled=True if plan.tier else rng.random() < (0.4 if plan.kyc_level == 0 else 0.75),
                anti_phishing_code_set=rng.random() < (0.8 if plan.tier else 0.3),
                withdrawals_locked=plan.withdrawals_locked,
                account_frozen=plan.account_frozen,
                volume_30d_usd=format(volume, "f"),
                fee_tier=fee_tier,
                orders=_make_orders(rng, ids, now, plan),
                transfers=_make_transfers(rng, ids, now, plan),
            )
        )
    return tuple(customers)


def given_name(customer: DemoCustomer) -> str:
    """The name an agent greets the customer with (given name, or full Chinese name)."""
    if customer.language == "zh-CN":
        return customer.name
    for _prefix, people in names.INTL_PEOPLE.values():
        for full, given in people:
            if full == customer.name:
                return given
    return customer.name.split()[0]
