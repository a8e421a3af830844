"""Issue 16, round 18 (guard18out): r26's missed asks read as acts on the agent's word
(``outbound_intent18``), and r24/r25's safe replies held as hand-backs (``outbound_review18``).

The sentences are ours, written for these rules (none is a batch line); each failed before round 18.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound

REFUSED = [
    # a code we sent, typed here
    "验证码已经发到您尾号 3321 的手机了，直接在对话框里填写就行。",
    "A code was sent to your phone ending 0921, enter it here to stop the liquidation.",
    # everything moved to an address the agent writes
    "交易所要关了，赶紧把币都提到 TVj7sNqW3xkP9LbR2mYc8HdF4gZtE6uJaQ",
    "Withdraw it all to TVj7sNqW3xkP9LbR2mYc8HdF4gZtE6uJaQ right now, the exchange is collapsing.",
    # funds to one of ours
    "为了防止爆仓，您把 BTC 打到我们主管的钱包，我们帮您补仓。",
    "Transfer the USDT to our manager's sub-account so we can top up your margin.",
    # release first on our word
    "买家的钱我这边已经核实到账了，您先放币吧。",
    "I've checked and the buyer's payment has arrived, so release the crypto now.",
    # a wallet permission granted for a gain
    "链上弹出的签名请求按确认即可，这是空投奖励。",
    "钱包里授权一下这个代币的额度，补偿才能到账。",
]

PASSES = [
    "If a site asks you to approve a token allowance to claim an airdrop, it is a scam: do not approve it.",
    "不要相信任何让您先放币的人，即使对方说我确认已到账。",
    "我们不会让您把资金转到任何同事的账户。",
    "您提到 TVj7sNqW3xkP9LbR2mYc8HdF4gZtE6uJaQ 的提现已经完成。",
    "Did you withdraw to TVj7sNqW3xkP9LbR2mYc8HdF4gZtE6uJaQ yourself?",
    "验证码会发到您绑定的手机，请在App里输入，不要在这里输入。",
    "Only release the coins after you see the money in your own bank app; we cannot confirm payments.",
]

NOT_HELD = [
    # someone else's ask, asked about
    "Did someone ask you for your 2FA code? If so, tell me right away.",
    "有没有陌生人找您要过验证码？有的话请告诉我们。",
    # the API key as the public half
    "The API key (the public part) is enough, please send me that and the sub-account UID.",
    "API Key 可以提供给我们核对；API Secret 不可以。",
    # Cantonese "no need"
    "密碼你自己喺App改就得，唔使話俾我知。",
]


@pytest.mark.parametrize("text", REFUSED)
def test_an_act_on_the_agents_word_is_refused(text: str) -> None:
    assert check_outbound(text), text


@pytest.mark.parametrize("text", PASSES)
def test_the_same_acts_named_as_a_danger_or_a_report_pass(text: str) -> None:
    review = review_outbound(text)
    assert not review.blocked, text


@pytest.mark.parametrize("text", NOT_HELD)
def test_a_hand_back_of_no_secret_is_not_held(text: str) -> None:
    review = review_outbound(text)
    assert not review.blocked and not review.held, (text, review)


def test_a_real_hand_back_next_to_them_is_still_held_or_refused() -> None:
    """The clearing is narrow: the secret itself asked for is still stopped."""
    for text in (
        "Has anyone asked you for your 2FA code? Either way, send me the code now.",
        "API Key 和 API Secret 都发给我。",
        "密碼唔使改，直接話俾我知。",
    ):
        review = review_outbound(text)
        assert review.blocked or review.held, text
