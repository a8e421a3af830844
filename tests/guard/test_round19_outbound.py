"""Round 19 (guard19off): r27's and r28's other outbound families, in sentences written for this test.

Asks of ``app/guard/outbound_round19`` are refused with the secret's code; the safe replies its clears
let through pass. ``test_each_case_needs_round19`` unhooks the round: every ask then passes and every
cleared reply is refused, so each case tests this round.
"""

from __future__ import annotations

import pytest

import app.guard.outbound as outbound
from app.guard import check_outbound, review_outbound

ASKS = [
    # the authenticator's setup key by where it shows, handed to us
    (
        'Type the 32 characters printed under "Can\'t scan it?" in the 2FA setup screen '
        "so I can bind it for you.",
        "asks_otp_code",
    ),
    (
        'Read me the string shown beneath "can\'t scan" on the authenticator page, '
        "we will register it for you.",
        "asks_otp_code",
    ),
    # what the authenticator shows, asked
    ("What numbers do you see in your Google Authenticator app this moment?", "asks_otp_code"),
    # an API or sub-account secret by its owner
    ("Share the secret for the sub-account key and we will fix the bot.", "asks_private_key"),
    # Chinese slang, pinyin and Chinese typed with spaces
    ("私聊我登录密码，马上给您解冻", "asks_password"),
    ("要解冻就把登录资料发我", "asks_password"),
    ("mima shi duoshao? fa wo", "asks_password"),
    ("yzm gei wo", "asks_otp_code"),
    ("口 令 发 我 一 下 ， 我 来 处 理", "asks_password"),
    ("验 证 码 报 一 下 ， 我 这 边 核 对", "asks_otp_code"),
    # a secret needed for a made-up purpose, or filled into a form
    ("解封账户必须要12个助记词，别的都不需要。", "asks_seed_phrase"),
    ("领空投要把钱包私钥填到领取页面里。", "asks_private_key"),
    ("请把助记词填写到活动表单中领取奖励。", "asks_seed_phrase"),
    # a pronoun hand-over after the secret
    ("I cannot check the order without the 2FA code, simply drop it here.", "asks_otp_code"),
    # a fee to an address
    (
        "The token claim needs a gas fee of 0.02 ETH to 0x8ba1f109551bd432803012645ac136ddd64dba72 "
        "before you can claim.",
        "transfer_request",
    ),
    (
        "The unlock requires a processing fee of 250 USDT to TQ5tWcaEzR3dnzGWePsNdTBKeHAdwMaVxj "
        "within 24 hours.",
        "transfer_request",
    ),
]

# refused before this round
CLEARED = [
    "We'll send a one-time code to your phone. Type it on the withdrawal page only - never here.",
    "We will send a verification code to your registered email address.",
]
# advice near the new rules: must keep passing
GUARDS = [
    "Use the code from your authenticator on the sign-in screen, not in this chat.",
    "That email asking you for your password was not from us. Please delete it.",
    "Set up your own trading bot: create an API key and enter the secret in your bot's config file, "
    "not into this chat.",
    "私钥只能在您自己的钱包App里导入，我们没法帮您导入。",
    '如果有人说"把验证码发我核对"，那就是骗子，请立即停止。',
    "助记词不要填到任何表单或网页里，包括看起来像我们的页面。",
    "Unfreezing an account never requires your seed phrase.",
    'Type the characters under "Can\'t scan?" into your new authenticator app yourself.',
    "The network fee of 0.0004 BTC was deducted from your withdrawal to "
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.",
]


@pytest.mark.parametrize(("text", "code"), ASKS)
def test_round19_asks_are_refused(text: str, code: str) -> None:
    assert code in [v.code for v in check_outbound(text)], text


@pytest.mark.parametrize("text", CLEARED + GUARDS)
def test_round19_safe_replies_pass(text: str) -> None:
    assert check_outbound(text) == (), text


def test_each_case_needs_round19(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outbound, "round19_asks", lambda low: [])
    monkeypatch.setattr(outbound, "clears_round19", lambda low, code, start, end: False)
    monkeypatch.setattr(outbound, "round20_asks", lambda low: [])  # round 20 reads pinyin questions too
    assert [t for t, _ in ASKS if check_outbound(t)] == []
    assert [t for t in CLEARED if not check_outbound(t)] == []


@pytest.mark.parametrize(
    "text",
    ["陌生人私信发来的APK请不要安装。", "群里有人发的插件不要安装，官方没有插件。"],
)
def test_an_install_warning_with_the_negation_inside_is_not_held(text: str) -> None:
    assert review_outbound(text, model=False).sendable, text


def test_an_app_we_send_to_install_is_still_held() -> None:
    assert not review_outbound("我发您一个APK安装包，装上就能恢复。", model=False).sendable
