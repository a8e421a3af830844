"""Scenario types and the "fact pickers" that tie scripts to customer data.

A conversation about a deposit must quote *that customer's* tx hash, amount and
confirmations, otherwise the agent-side panels (orders, transfers) contradict
the thread during a demo. Each picker looks at one customer and returns the
facts a script needs, or ``None`` when the customer doesn't fit the scenario.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.demo.data.chains import (
    EVM_CHAINS,
    LARGE_WITHDRAWAL_USD,
    MIN_DEPOSIT,
    format_amount,
    shorten,
    usd_value,
)
from app.demo.data.models import DemoCustomer, DemoOrder, DemoTransfer

Facts = dict[str, str]
Picker = Callable[[DemoCustomer, bool, random.Random], Facts | None]


@dataclass(frozen=True)
class Script:
    """One language's lines for a scenario; the engine picks lines by status.

    new: opening only; open: opening, reply, info; pending: ... + ask;
    snoozed: ... + snooze; resolved: ... + resolve, thanks.
    """

    subject: str
    opening: tuple[str, ...]
    reply: str
    info: str
    ask: str
    snooze: str
    resolve: str
    thanks: str


@dataclass(frozen=True)
class Scenario:
    """A kind of support case, with bilingual scripts and routing hints."""

    name: str
    tags: tuple[str, ...]
    priority: str
    channels: tuple[str, ...]  # repeated entries act as weights
    picker: Picker
    note: str  # internal note, English (the ops team's working language)
    en: Script
    zh: Script
    note_by_supervisor: bool = False
    statuses: tuple[str, ...] = ("new", "open", "pending", "snoozed", "resolved")
    vip_only: bool = False


KYC_REASON_TEXT: dict[str, tuple[str, str, str]] = {
    # reason -> (Chinese wording, tip in English, tip in Chinese)
    "ID document blurry": (
        "证件照片模糊",
        "Please retake the photo in good light, with all text sharp and no glare.",
        "请在光线充足的环境下重新拍摄，确保证件文字清晰、无反光。",
    ),
    "Edges of the ID document are cut off": (
        "证件边缘未完整拍摄",
        "All four corners of the document need to be visible in the photo.",
        "拍摄时请确保证件四个角完整出现在画面中。",
    ),
    "ID document expired": (
        "证件已过有效期",
        "Please upload a document that is currently valid.",
        "请上传在有效期内的证件。",
    ),
    "Name on document does not match account name": (
        "证件姓名与账户姓名不一致",
        "The name on the document must match the name on your account exactly.",
        "证件上的姓名需与账户登记的姓名完全一致。",
    ),
    "Screenshot or photocopy submitted instead of original document": (
        "上传的是截图或复印件，而非证件原件照片",
        "We need a photo of the original document, not a scan, photocopy or screenshot.",
        "请拍摄证件原件上传，扫描件、复印件或截图均无法通过审核。",
    ),
    "Selfie does not match document": (
        "自拍照与证件照片不符",
        "Please retake the selfie facing the camera, without glasses, hat or mask.",
        "请重新自拍，正对镜头，不要佩戴眼镜、帽子或口罩。",
    ),
    "Liveness check failed": (
        "活体检测未通过",
        "Please redo the face check in good light and follow the on-screen prompts.",
        "请在光线充足处重新进行人脸识别，并按屏幕提示完成动作。",
    ),
    "Address proof older than 3 months": (
        "地址证明文件超过3个月",
        "Please upload a utility bill or bank statement issued within the last 3 months.",
        "请上传近3个月内开具的水电煤账单或银行对账单。",
    ),
    "Address on proof does not match the address entered": (
        "地址证明与填写的地址不一致",
        "The address on the document must match the address in your application.",
        "证明文件上的地址需与您在申请中填写的地址一致。",
    ),
}

STATUS_WORDS: dict[str, tuple[str, str]] = {
    "pending": ("pending", "处理中"),
    "under_review": ("under review", "审核中"),
}

PROMOTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("New User Futures Challenge", "新用户合约挑战赛", "50 USDT bonus", "50 USDT 体验金"),
    ("Spring Trading Carnival", "春季交易嘉年华", "20 USDT voucher", "20 USDT 交易抵扣券"),
    ("Refer-a-Friend Bonus", "邀请好友返佣活动", "30 USDT referral reward", "30 USDT 邀请奖励"),
    ("SOL Deposit Campaign", "SOL 充值有礼活动", "0.5 SOL airdrop", "0.5 SOL 空投奖励"),
)


def mask_email(email: str) -> str:
    """Show just enough of an address for the customer to recognise it."""
    local, domain = email.split("@", 1)
    return f"{local[:2]}***@{domain}"


def money(value: Decimal | float) -> str:
    return f"{value:,.0f}"


def transfer_facts(t: DemoTransfer) -> Facts:
    return {
        "amount": t.amount,
        "asset": t.asset,
        "chain": t.chain,
        "tx": t.tx_hash,
        "tx_short": shorten(t.tx_hash, 10, 6),
        "addr_short": shorten(t.address),
        "confs": str(t.confirmations),
        "req": str(t.required_confirmations),
        "transfer_id": t.transfer_id,
        "usd": money(usd_value(t.asset, t.amount)),
    }


def order_facts(o: DemoOrder) -> Facts:
    base = o.symbol.split("-")[0]
    return {
        "order_id": o.order_id,
        "symbol": o.symbol,
        "price": o.price,
        "amount": o.amount,
        "filled": o.filled,
        "base": base,
        "side_en": o.side,
        "side_zh": "买入" if o.side == "buy" else "卖出",
        # a liquidation closes the position, so a forced sell means a long was closed
        "position_en": "long position" if o.side == "sell" else "short position",
        "position_zh": "多单" if o.side == "sell" else "空单",
        "cross_en": "below" if o.side == "buy" else "above",
        "cross_zh": "跌破" if o.side == "buy" else "涨破",
    }


def _choose(rng: random.Random, items: list[DemoTransfer]) -> DemoTransfer | None:
    return rng.choice(items) if items else None


def pick_deposit_delay(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    # "pending" deposits have no confirmations yet, so the "already on-chain" script wouldn't fit.
    wanted = ("completed",) if resolved else ("confirming",)
    t = _choose(rng, [x for x in c.transfers if x.direction == "deposit" and x.status in wanted])
    if t is None:
        return None
    facts = transfer_facts(t)
    if resolved:  # what the agent saw while the deposit was still confirming
        facts["confs"] = str(rng.randint(0, t.required_confirmations - 1))
    return facts


def pick_deposit_failed(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    t = _choose(rng, [x for x in c.transfers if x.direction == "deposit" and x.status == "failed"])
    if t is None:
        return None
    facts = transfer_facts(t)
    facts["min_dep"] = format_amount(t.asset, MIN_DEPOSIT[t.asset])
    if t.chain in EVM_CHAINS:
        facts["failure_code"] = "contract internal transfer"
        facts["failure_en"] = (
            "It was sent through a smart-contract internal transfer, which our deposit "
            "system can't credit automatically."
        )
        facts["failure_zh"] = "这笔资金是通过智能合约内部转账转入的，充值系统无法自动识别入账。"
    else:
        facts["failure_code"] = "below minimum deposit"
        facts["failure_en"] = (
            f"The amount ({t.amount} {t.asset}) is below the minimum deposit of "
            f"{facts['min_dep']} {t.asset} on {t.chain}, so it couldn't be credited automatically."
        )
        facts["failure_zh"] = (
            f"这笔充值金额（{t.amount} {t.asset}）低于{t.chain}网络的最低充值额"
            f" {facts['min_dep']} {t.asset}，因此系统无法自动入账。"
        )
    return facts


def _withdrawal_facts(t: DemoTransfer, status: str) -> Facts:
    facts = transfer_facts(t)
    facts["status_en"], facts["status_zh"] = STATUS_WORDS[status]
    facts["status"] = status
    return facts


def pick_withdrawal_delay(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    wanted = ("completed",) if resolved else ("pending", "under_review")
    items = [
        x
        for x in c.transfers
        if x.direction == "withdrawal"
        and x.status in wanted
        and usd_value(x.asset, x.amount) < LARGE_WITHDRAWAL_USD
    ]
    t = _choose(rng, items)
    if t is None:
        return None
    status = rng.choice(("pending", "under_review")) if resolved else t.status
    return _withdrawal_facts(t, status)


def pick_large_withdrawal(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    items = [
        x
        for x in c.transfers
        if x.direction == "withdrawal"
        and x.status in ("pending", "under_review")
        and usd_value(x.asset, x.amount) >= LARGE_WITHDRAWAL_USD
    ]
    t = _choose(rng, items)
    if t is None or resolved or c.account_manager is None:
        return None
    return _withdrawal_facts(t, t.status)


def pick_withdrawals_locked(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    return {} if c.withdrawals_locked and not c.account_frozen else None


def pick_kyc(status: str) -> Picker:
    """Customers whose KYC application is in ``status``."""

    def picker(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
        if c.kyc_status != status:
            return None
        facts: Facts = {
            "level": str(c.kyc_level),
            "next_level": str(min(c.kyc_level + 1, 3)),
            "days_ago": str(rng.randint(2, 4)),
        }
        if c.kyc_rejection_reason:
            zh, tip_en, tip_zh = KYC_REASON_TEXT[c.kyc_rejection_reason]
            facts.update(reason_en=c.kyc_rejection_reason, reason_zh=zh, tip_en=tip_en, tip_zh=tip_zh)
        return facts

    return picker


def pick_twofa(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    return {} if c.twofa_enabled and c.kyc_level >= 2 and not c.account_frozen else None


def pick_any_active(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    if c.account_frozen:
        return None
    return {"handle": rng.choice(("@exch_support_help", "@Support_Desk_Official", "@vip_service_247"))}


def pick_frozen(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    return {"case": f"CMP-{rng.randint(10000, 99999)}"} if c.account_frozen else None


def pick_compromise(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    if not c.withdrawals_locked:
        return None
    assets = [t.asset for t in c.transfers if t.direction == "deposit" and t.status == "completed"]
    return {"asset": assets[0] if assets else "USDT"}


def _pick_order(predicate: Callable[[DemoOrder], bool]) -> Picker:
    def picker(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
        orders = [o for o in c.orders if predicate(o)]
        return order_facts(rng.choice(orders)) if orders else None

    return picker


pick_liquidation = _pick_order(lambda o: o.status == "liquidated")
pick_partial_fill = _pick_order(lambda o: o.market == "spot" and o.status == "partially_filled")
pick_stop = _pick_order(
    lambda o: o.market == "futures" and o.order_type == "stop" and o.status in ("open", "cancelled")
)


def pick_trader(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    return {} if c.kyc_level >= 1 and c.orders and not c.account_frozen else None


def pick_promotion(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    if c.kyc_level < 1 or c.account_frozen:
        return None
    promo_en, promo_zh, reward_en, reward_zh = rng.choice(PROMOTIONS)
    return {"promo_en": promo_en, "promo_zh": promo_zh, "reward_en": reward_en, "reward_zh": reward_zh}


def pick_p2p(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    if c.kyc_level < 1 or c.vip_tier or c.account_frozen:
        return None
    usdt = rng.choice((150, 300, 500, 800, 1000, 1500, 2000))
    if c.language == "zh-CN":
        fiat = f"{money(usdt * 7.2)} 元"
    elif c.phone.startswith("+49"):
        fiat = f"{money(usdt * 0.92)} EUR"
    elif c.phone.startswith("+44"):
        fiat = f"{money(usdt * 0.79)} GBP"
    elif c.phone.startswith("+65"):
        fiat = f"{money(usdt * 1.35)} SGD"
    else:
        fiat = f"{money(usdt)} USD"
    return {"p2p_order": str(rng.randint(10**17, 10**18 - 1)), "p2p_usdt": str(usdt), "fiat": fiat}


def pick_vip_api(c: DemoCustomer, resolved: bool, rng: random.Random) -> Facts | None:
    if c.vip_tier < 3 or c.account_manager is None:
        return None
    symbols = [o.symbol for o in c.orders if o.market == "futures"]
    return {"symbol": symbols[0] if symbols else "BTC-USDT-SWAP"}
