"""Session 8: the learnt scorer wired as the inbound guard's last pass (``app/guard/inbound_learnt``).

It adds to the rules and never overrides them: its spans come after every rule (the conversation
rules decide first), at medium severity; values public by what they are (products, policies, error
names, amounts, IDs after their label) never reach it. Cases written for this test, not from a batch.
"""

from __future__ import annotations

import pytest

from app.guard import scan_conversation, scan_inbound
from app.guard.inbound_learnt import gate, learnt_findings
from app.guard.inbound_model_gates import is_public
from app.guard.types import HIGH, MEDIUM, OTP_CODE, PASSWORD


@pytest.mark.parametrize(
    ("text", "redacted", "kind"),
    [
        ("ok fine 582913", "ok fine [redacted:otp_code]", OTP_CODE),
        ("Tulip4455 thats what i typed", "[redacted:password] thats what i typed", PASSWORD),
        ("行吧 582913", "行吧 [redacted:otp_code]", OTP_CODE),
        ("我填的 Tulip4455", "我填的 [redacted:password]", PASSWORD),
    ],
)
def test_scan_inbound_adds_the_scorers_spans_after_the_rules(text: str, redacted: str, kind: str) -> None:
    assert scan_inbound(text, learnt=False).findings == ()  # the rules alone store it in the clear
    result = scan_inbound(text)
    assert result.text == redacted
    assert [(f.kind, f.severity) for f in result.findings] == [(kind, MEDIUM)]
    assert scan_inbound(result.text).findings == ()  # idempotent: a marker holds no candidate


def test_a_rules_finding_stays_and_the_scorer_adds_beside_it() -> None:
    text = "password: Sunny!2024 and the other one is Maple7731 lol"
    rules = scan_inbound(text, learnt=False)
    both = scan_inbound(text)
    assert rules.findings and set(rules.findings) <= set(both.findings)
    assert all(f.severity == HIGH for f in rules.findings)


def test_scan_conversation_lets_its_rules_decide_first() -> None:
    # the conversation rule reads the question: a password, high (the scorer alone says "a code")
    scan = scan_conversation("yes its 209815", ["fund password?"])
    assert [(f.kind, f.severity) for f in scan.current.findings] == [(PASSWORD, HIGH)]
    # nothing the conversation rules know: the scorer's span is added
    scan = scan_conversation("yeah its 582913", ["hi", "I can't log in"])
    assert scan.current.text == "yeah its [redacted:otp_code]"


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["my order number"], "330285"),
        (["what's the invitation code?"], "482913"),
        (["my uid:"], "ok 88123456"),
    ],
)
def test_an_answer_to_a_public_label_in_the_last_message_stays(earlier: list[str], text: str) -> None:
    assert scan_conversation(text, earlier).current.findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "the new one is iPhone15Pro",
        "the rule says Min8Chars+1Digit",
        "login Mary_Lee92 works on web",
        "my referral code 482913 is not credited",
        "I got 250 000 USDC from the sale",
        "我的资产是 120000",
        "型号是 Mate60Pro",
        "it shows LoginExpired_3 every time",
        "例如Abc12345这种格式可以吗",
    ],
)
def test_public_values_never_reach_the_scorer(text: str) -> None:
    assert learnt_findings(text) == []
    assert scan_inbound(text).findings == ()


def test_is_public_reads_the_nearest_label_not_any_label() -> None:
    text = "my user id is tom, password Maple7731"
    start = text.index("Maple7731")
    assert not is_public(text, start, start + len("Maple7731"))  # "password" is nearer than "user"
    text = "order 4471 paid, sms code 582913"
    start = text.index("582913")
    assert not is_public(text, start, start + 6)


def test_the_gate_passes_only_text_that_can_hold_a_candidate() -> None:
    assert not gate("hello, where is my deposit? it's been two days")
    assert not gate("您好，我的提币一直没到账")
    assert gate("its 940011") and gate("ｃｏｄｅ ９４００１１") and gate("零八八 三五一")
    # a message whose every digit the rules redacted is not read again
    rules = scan_inbound("sms code: 582913", learnt=False)
    assert rules.findings and learnt_findings("sms code: 582913", rules.findings) == []


def test_an_authenticator_screen_is_left_to_the_rules_and_the_image_check() -> None:
    screen = "Authenticator\nBinance: alice@gmail.com\n482 913"
    assert learnt_findings(screen) == []
    assert learnt_findings("Binance: alice@gmail.com\n482 913")  # without the app's name: a code
