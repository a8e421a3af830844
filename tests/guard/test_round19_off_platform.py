"""Round 19 (guard19off): support moving the customer off the platform is refused as ``off_platform``.

Sentences written for this test (not lines of a batch): each family of ``app/guard/outbound_off_platform``
in both languages, and the advice that names the same danger, which must pass.
"""

from __future__ import annotations

import pytest

import app.guard.outbound as outbound
from app.guard import VIOLATION_CODES, check_outbound, describe_violation, review_outbound
from app.guard.types import OFF_PLATFORM, Violation

MOVES = [
    # a messenger: the customer sent to someone there
    "Our settlement officer handles this personally, just message him on Telegram: @otc_settle_mike.",
    "Please add my WhatsApp, +33 6 12 34 56 78, and we'll sort the refund out there.",
    "Let's move this conversation to WeChat, the ticket system is slow today.",
    "You can reach our recovery desk on Signal, they work faster than this chat.",
    "Join our VIP QQ group, number 55218890, an admin there will unfreeze it.",
    "Can I give you a call on WhatsApp? It's easier to explain by voice.",
    "My Telegram is @desk_anna_help, ping me there after 6pm.",
    "DM @exch_refund_team and mention your UID, they'll take it from there.",
    "麻烦加一下我的微信 kf_linda_88，我在那边帮您处理退款。",
    "您到电报上找我们的理赔专员 @lipei_zhuanyuan，他专门处理这个。",
    "请进我们的QQ群 6655443，群主会帮您解冻。",
    "這邊說不清楚，加我Telegram再細聊吧。",
    # a payment outside the order
    "The bank channel is congested, so cancel the order and pay the seller directly by wire instead.",
    "Send the money to me via WhatsApp Pay-free transfer, outside the platform, and I'll credit you.",
    "Refund the buyer privately and I'll mark the dispute as resolved.",
    "先把订单取消，然后直接转给卖家就行，省手续费。",
    "您私下把货款打给对方，申诉我这边帮您撤销。",
    # the escrow released early, the order marked paid before paying
    "Go ahead and release the BTC first, the buyer's transfer will land in a few minutes.",
    "You can release the coins now even though you haven't received the payment yet.",
    "Tap 'I have paid' first and do the bank transfer afterwards, nobody checks.",
    "买家信誉很好，您先放币吧，钱等下就到。",
    "您先点击已付款，过会儿再转账也没问题。",
]

ADVICE = [
    "We will never ask you to continue a case on Telegram, WhatsApp or WeChat; stay in this chat.",
    "If a merchant asks you to add them on WeChat, refuse and report the order.",
    "Anyone who asks you to pay outside the platform is trying to scam you.",
    "Payment made outside the order isn't covered by our P2P protection.",
    "Don't release the crypto until the money is actually in your bank account.",
    "Once the payment shows in your bank account, tap Release.",
    "You can follow our official Telegram channel listed on exchange.example for listing news.",
    "The seller has 15 minutes to release after you mark the order as paid.",
    "Never mark an order as paid before you have actually paid.",
    "Pay the amount shown in the order to the account shown in the order, then tap 'Paid'.",
    "The Telegram account that contacted you is not ours; please block it.",
    "Please contact Telegram support to get your Telegram account back.",
    "官方客服不会让您加微信私下转账，遇到这种情况请直接举报。",
    "请不要跟任何人转到电报或QQ上聊，我们只在本对话里为您服务。",
    "任何人让您先放币都别放，一定等银行到账。",
    "钱没到您自己的银行账户之前，别放币。",
    "买家点了已付款但钱没到，请不要放币，直接发起申诉。",
    "联系您的那个微信号不是官方的，请拉黑。",
    "您的提现已经放行，预计十分钟内到账。",
]


def test_off_platform_is_a_violation_code_with_reasons() -> None:
    assert OFF_PLATFORM in VIOLATION_CODES
    en = describe_violation(Violation(OFF_PLATFORM, "", 0, 1), "en")
    zh = describe_violation(Violation(OFF_PLATFORM, "", 0, 1), "zh-CN")
    assert "platform" in en and "平台" in zh


@pytest.mark.parametrize("text", MOVES)
def test_a_move_off_the_platform_is_refused(text: str) -> None:
    codes = [v.code for v in check_outbound(text)]
    assert OFF_PLATFORM in codes, text
    assert review_outbound(text).blocked, text  # refused outright, not merely held


@pytest.mark.parametrize("text", ADVICE)
def test_advice_naming_the_danger_passes(text: str) -> None:
    assert check_outbound(text) == (), text


def test_the_violation_points_at_the_move() -> None:
    text = "Thanks for waiting. Let's continue on WhatsApp +44 7700 900111, it is quicker."
    (v,) = [v for v in check_outbound(text) if v.code == OFF_PLATFORM]
    assert text.index("Let's") <= v.start < v.end <= len(text)
    assert "whatsapp" in text[v.start : v.end].lower()


def test_each_move_needs_round19(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unhooked, no earlier rule refuses any of the moves: each case tests this round."""
    monkeypatch.setattr(outbound, "off_platform_asks", lambda low, official=frozenset(): [])
    monkeypatch.setattr(outbound, "round20_asks", lambda low: [])  # round 20 reads "my WhatsApp, +33…" too
    assert [t for t in MOVES if check_outbound(t)] == []
