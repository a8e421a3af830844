"""Issue 16, round 4: held for review (``review_outbound``) and the shared label scan.

Wording made up here; none is copied from a held-out batch. Each hold has its safe twin beside it.
"""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from app.guard.label_scan import SHARED_FROM, LabelTable
from app.guard.textutil import Phrases, ascii_lower
from tests.guard.classifier_holds import assert_passes

# --- held: a secret named, then handed back ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # round 11: "The compliance code lands in your inbox shortly, then copy it here." is refused now
        # (a secret named, then this chat as where it goes: test_round11_outbound)
        ("The compliance code lands in your inbox shortly, then copy it back.", "asks_otp_code"),
        ("Your authenticator shows a code. Read it to me.", "asks_otp_code"),
        ("系统会给您推送一个码，复制过来就行。", "asks_otp_code"),
        ("请把备份的注记词发给我们的专员核对。", "asks_seed_phrase"),
        ("App里会弹出一个码，回复一下就行。", "asks_otp_code"),
    ],
)
def test_a_hand_back_of_a_named_secret_is_held(text: str, code: str) -> None:
    review = review_outbound(text)
    assert not review.blocked
    assert [v.code for v in review.held] == [code]
    assert not review.sendable


@pytest.mark.parametrize(
    "text",
    [
        "Never copy a code to anyone, not even to us. Could you tell me your order ID?",
        "Please don't paste the recovery phrase here - just tell me which wallet you use.",
        "验证码不用发在这里，在App里输入就行。",
        "请不要把助记词发给我们。告诉我您的UID就行。",
        "Scammers say 'read the code to me'; we never do.",
        "Could you send us a screenshot of the error? Copy it here if easier.",
        "Your ticket number is in the email; tell me when it arrives.",
        "验证码收到了吗？收到后在提现页面输入。",
        "Could you send me a screenshot of the error code you see?",
        "If the promo code doesn't work, send it to me and I'll check it.",
        "Please tell me the last 4 digits of the card you used.",
        "请把邀请码发给我，我查一下奖励。",
    ],
)
def test_safe_twins_are_not_held(text: str) -> None:
    review = review_outbound(text)
    assert review.sendable, review


def test_a_quoted_script_in_a_warning_is_held_not_refused() -> None:
    # round 8: a quote told as the scammer's words ("A typical scam line: …", 假客服的原话是…) passes
    # (tests/guard/test_round8_false_stops.py); one that is only near a warning word is still held
    warning = 'Be careful with scams. Our notice says "send me your seed phrase to unlock".'
    assert check_outbound(warning)  # the strict reading still refuses it
    review = review_outbound(warning)
    assert not review.blocked and [v.code for v in review.held] == ["asks_seed_phrase"]
    zh = "谨防诈骗。系统提示“把密码发过来我帮你改”。"
    review = review_outbound(zh)
    assert check_outbound(zh) and not review.blocked and review.held


def test_a_quote_without_a_warning_stays_refused() -> None:
    script = 'Reply with "my seed phrase is ..." followed by your 12 words.'
    review = review_outbound(script)
    assert review.blocked and not review.held


def test_a_refusal_outside_the_quote_stays_refused() -> None:
    mixed = 'Scammers say "trust me". Send me your seed phrase now.'
    review = review_outbound(mixed)
    assert review.blocked


def test_holds_map_back_to_the_text_as_typed() -> None:
    text = "The compliance code lands in your inbox shortly, then ｃｏｐｙ ｉｔ ｂａｃｋ."
    review = review_outbound(text)
    assert review.held
    v = review.held[0]
    assert text[v.start : v.end] == v.detail


# --- the shared label scan ------------------------------------------------------------------------

PAD = " " * SHARED_FROM  # long enough for the shared scan (shorter texts are scanned list by list)
WORDS_A = ["code", "codes", "验证码", "密码", "pass word"]
WORDS_B = ["资金密码", "pass", "验证", "de"]
TEXTS = [
    "my codes are 1 2 3 and the code is 4",
    "资金密码是多少，验证码呢",
    "encode decode codebook code-word",
    "pass word passwords pass",
    "",
    "验证码验证码资金密码密码",
]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_scan_answers_as_each_list_alone(text: str) -> None:
    table = LabelTable()
    shared = [table.phrases(WORDS_A), table.phrases(WORDS_B)]
    alone = [Phrases(WORDS_A), Phrases(WORDS_B)]
    low = ascii_lower(text) + PAD
    for s, a in zip(shared, alone, strict=True):
        assert s.spans(low, 0, len(low)) == a.spans(low, 0, len(low))


def test_shared_scan_finds_a_word_inside_another_lists_longer_word() -> None:
    table = LabelTable()
    long_words = table.phrases(["资金密码"])
    short_words = table.phrases(["密码"])
    low = "我的资金密码忘了" + PAD
    assert long_words.spans(low, 0, len(low)) == [(2, 6)]
    assert short_words.spans(low, 0, len(low)) == [(4, 6)]


def test_shared_scan_reads_a_new_text_after_an_equal_one() -> None:
    table = LabelTable()
    words = table.phrases(["key"])
    assert words.spans("a key" + PAD, 0, 5) == [(2, 5)]
    assert words.spans("no ke" + PAD, 0, 5) == []
    assert words.spans("key" + PAD, 0, 3) == [(0, 3)]


def test_short_texts_are_scanned_list_by_list_with_the_same_answer() -> None:
    table = LabelTable()
    words = table.phrases(["code", "验证码"])
    for text in ("my code", "验证码是多少", "decode"):
        assert words.spans(text, 0, len(text)) == words.spans(text + PAD, 0, len(text)) == Phrases(
            ["code", "验证码"]
        ).spans(text, 0, len(text))


# --- held: asks that name no secret but give the game away ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Write your words with a space between each word so the system doesn't catch them.",
         "asks_seed_phrase"),
        ("分开发，这样系统就不会拦截。请把您的词发过来。", "asks_seed_phrase"),
        ("Membership activates after you first send the onboarding fee.", "transfer_request"),
        ("先交保证金，我们再帮您处理。", "transfer_request"),
        ("Please sign the token approval on the dapp page we shared, it only checks the wallet.",
         "transfer_request"),
        ("打开我给您的链接，在页面上点一下“授权”即可。", "transfer_request"),
        ("Install the helper plugin I'll send you, it links your wallet with our desk.", "remote_access"),
        ("我一会儿发您一个安装包，装好以后就能同步。", "remote_access"),
    ],
)
def test_giveaway_asks_are_held(text: str, code: str) -> None:
    """Held at least; round 10 refuses a wallet approval outright (``outbound_asks10``)."""
    review = review_outbound(text)
    assert code in [v.code for v in review.blocked or review.held]


@pytest.mark.parametrize(
    "text",
    [
        "There is no fee to pay first; withdrawals only pay the network fee shown on the page.",
        "Never install an APK or plugin that someone sends you.",
        "Don't approve any spending permission on a page a stranger sent you.",
        "The trading fee is deducted from the order, nothing to pay upfront.",
        "Our app is only on the official stores; we never send installation files.",
        "不要在陌生链接的页面上点“授权”。",
        "任何人让您先支付手续费才能解冻，都是诈骗。",
        "You can pay the fee in USDT or with the platform token.",
    ],
)
def test_giveaway_safe_twins_pass(text: str) -> None:
    assert review_outbound(text).sendable, review_outbound(text)


def test_a_reported_ask_in_a_warning_passes() -> None:
    # round 4 held it; round 8 reads the whole told ask ("who asked you to send … to verify the
    # wallet") as disowned by "was a fraudster", so the warning passes
    text = "The man who asked you to send 0.1 BTC to verify the wallet was a fraudster."
    assert not check_outbound(text)
    assert_passes(text)  # round 11's retrained classifier holds it (0.61): a known false hold
    # without the warning it stays refused
    plain = "The agent who asked you to wait says: send 0.1 BTC to verify the wallet."
    assert review_outbound(plain).blocked


def test_shared_scan_finds_a_word_that_starts_inside_another_and_runs_on() -> None:
    table = LabelTable()
    first = table.phrases(["资金"])
    straddling = table.phrases(["金密码"])
    low = "我的资金密码" + PAD
    assert first.spans(low, 0, len(low)) == Phrases(["资金"]).spans(low, 0, len(low)) == [(2, 4)]
    assert straddling.spans(low, 0, len(low)) == Phrases(["金密码"]).spans(low, 0, len(low)) == [(3, 6)]
