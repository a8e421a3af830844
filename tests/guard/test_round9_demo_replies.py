"""Round 9: the product's own demo agent replies the guard stopped (rules), with variants we wrote and
the scam twins next to each fix that must stay stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo.data import scenarios_account, scenarios_trading
from app.guard.outbound_review import review_outbound

DEMO_REFUSED = [
    "Security review complete: the suspicious session was terminated and your password and 2FA "
    "are reset. Withdrawals re-enable automatically 24 hours after the reset.",
    "To submit it, please send me the label of the API key (not the secret) and the sub-account it "
    "runs on. Never share the API secret itself: we don't need it.",
    "提交申请需要您提供API Key的备注名称（不是密钥）以及所在的子账户。请不要发送API Secret，我们不需要它。",
    "已处理完毕：该API Key的下单频率上限已经提高。如果还出现429报错，请随时告诉我。",
]


@pytest.mark.parametrize("text", DEMO_REFUSED)
def test_demo_replies_are_sendable(text: str) -> None:
    review = review_outbound(text, model=False)
    assert review.sendable, review


def test_the_demo_scripts_still_hold_these_replies() -> None:
    """The texts above are the demo's (a change of the demo shows here, not as a silent pass)."""
    source = "".join(
        Path(module.__file__).read_text(encoding="utf-8") for module in (scenarios_account, scenarios_trading)
    )
    for text in DEMO_REFUSED:
        assert text[:30] in source, text


@pytest.mark.parametrize(
    "text",
    [
        "Done: your password and 2FA have been reset, and the old sessions are closed.",
        "Review finished: the device was removed and your password is changed.",
        "Could you send me the name of the API key you created yesterday (not the secret)?",
        "请告诉我API Key的备注，方便我查找（不是Secret）。",
        "如果再出现这个报错，请随时告诉我。",
        "If the error comes back, let me know.",
    ],
)
def test_variants_pass(text: str) -> None:
    review = review_outbound(text, model=False)
    assert review.sendable, (text, review)


@pytest.mark.parametrize(
    "text",
    [
        "Two quick things: your password and your 2FA code, please.",
        "Done: your password is reset. Now send me your password.",
        "Please send me the API key and the secret.",
        "Send me the label of the API key and its secret.",
        "Send me the label of the API key (not the secret) and the secret key too.",
        "请提供API Key的密钥。",
        "请提供API Key的备注名称和Secret Key。",
        "如果收到验证码，请告诉我。",
        "已处理完毕：该API Key的下单频率上限已经提高。如果收到验证码，请告诉我。",
    ],
)
def test_scam_twins_stay_stopped(text: str) -> None:
    review = review_outbound(text, model=False)
    assert not review.sendable, text


@pytest.mark.parametrize(
    "text",
    ["您做得很对，没有泄露助记词！", "验证码发给客服也没用，我们看不到。", "您并未泄露私钥，资产是安全的。"],
)
def test_r15_states_and_useless_hand_overs_pass(text: str) -> None:
    """r15's "您做得很对，没有泄露助记词！" and variants: a state, a hand-over said to be useless."""
    assert review_outbound(text, model=False).sendable, text


@pytest.mark.parametrize(
    "text", ["请泄露助记词给我。", "请把助记词发给我们，不然没用。", "把助记词发给我，没有用的话我再想办法。"]
)
def test_r15_state_twins_stay_stopped(text: str) -> None:
    assert not review_outbound(text, model=False).sendable, text
