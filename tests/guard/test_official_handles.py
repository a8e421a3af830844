"""offhandles: the deployment's own official handles are exempt from round 19's ``off_platform``.

A deployment that runs its own Telegram support bot configures it (``LinkPolicy.official_handles``); a
reply pointing the customer to that bot is official support pointing to itself. A reply naming another
handle, or asking next to the official one to pay outside the order or release early, stays refused; and
with no handle configured (the default) the verdicts are those of round 19. Sentences written for this
test, after the code.
"""

from __future__ import annotations

import pytest

from app.guard import LinkPolicy, check_outbound, checked_handles, review_outbound
from app.guard.outbound_off_platform import off_platform_asks
from app.guard.types import OFF_PLATFORM

OFFICIAL = LinkPolicy(frozenset({"exchange.example"}), official_handles=frozenset({"exchangesupportbot"}))
DEFAULT = LinkPolicy(frozenset({"exchange.example"}))

POINTS_TO_OURS = [
    "You can also reach us through our official Telegram bot @ExchangeSupportBot",
    "For updates on this ticket, message us on Telegram at @ExchangeSupportBot.",
    "You can also contact our support bot @ExchangeSupportBot on Telegram for the status of your withdrawal.",
    "您也可以在电报上联系我们的官方客服机器人 @ExchangeSupportBot，它会为您创建工单。",
    "也可以到电报上找我们的官方机器人 @ExchangeSupportBot 继续处理。",
]

STILL_REFUSED = [
    # another handle beside ours, or instead of ours
    "You can also reach us through our official Telegram bot @ExchangeSupportBot or add @exch_helper_desk.",
    "Add @exch_refund_team on Telegram, they handle refunds faster.",
    # ours, beside the agent in person
    "Add me on Telegram, or our bot @ExchangeSupportBot.",
    "Our bot is @ExchangeSupportBot. Let's move this to Telegram, I'll DM you.",
    "加我电报 @ExchangeSupportBot，我私下帮你处理，转给我就行。",
    # ours, on another messenger (not our account there) or with a phone number
    "Add our WhatsApp @ExchangeSupportBot to continue.",
    "Message @ExchangeSupportBot on Telegram or call +44 7700 900123 on WhatsApp.",
    # ours, and a payment outside the order or an early release
    "Message our Telegram bot @ExchangeSupportBot and pay the seller directly outside the platform.",
    "Contact @ExchangeSupportBot on Telegram, then release the coins first, the money will arrive later.",
    "请联系官方电报机器人 @ExchangeSupportBot，先把订单取消，然后直接转给卖家就行。",
]


@pytest.mark.parametrize("text", POINTS_TO_OURS)
def test_a_reply_pointing_to_our_own_handle_is_sent(text: str) -> None:
    assert OFF_PLATFORM in {v.code for v in check_outbound(text, DEFAULT)}  # round 19's verdict without it
    assert check_outbound(text, OFFICIAL) == ()
    assert review_outbound(text, OFFICIAL).blocked == ()


@pytest.mark.parametrize("text", STILL_REFUSED)
def test_another_handle_or_an_off_order_payment_is_still_refused(text: str) -> None:
    assert OFF_PLATFORM in {v.code for v in check_outbound(text, OFFICIAL)}
    assert OFF_PLATFORM in {v.code for v in review_outbound(text, OFFICIAL).blocked}


def test_the_payment_is_what_is_refused_beside_our_handle() -> None:
    text = "Message our Telegram bot @ExchangeSupportBot and pay the seller outside the platform."
    low = text.lower()
    (ask,) = off_platform_asks(low, frozenset({"exchangesupportbot"}))
    assert "pay" in low[ask.start : ask.end]  # not the move to Telegram: that one is ours
    (ask_default,) = off_platform_asks(low)
    assert ask_default.start < low.index("@")  # without the handle configured, the move itself


def test_a_move_with_no_handle_in_a_reply_naming_only_ours_points_to_ours() -> None:
    text = "Our bot is @ExchangeSupportBot. Message us on Telegram."
    assert check_outbound(text, OFFICIAL) == ()
    assert OFF_PLATFORM in {v.code for v in check_outbound("Message us on Telegram.", OFFICIAL)}


def test_checked_handles_normalises_and_refuses_what_is_no_handle() -> None:
    assert checked_handles([" @ExchangeSupportBot", "ex_help"]) == {"exchangesupportbot", "ex_help"}
    with pytest.raises(ValueError, match="official handle"):
        checked_handles(["t.me/x"])
    assert LinkPolicy.default().official_handles == frozenset()
