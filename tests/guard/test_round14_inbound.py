"""Round 14, inbound: the FAMILIES of wording r20 let through, in our own words (none is r20's).

Each family below was named from one or two r20 misses and then written out in 3-6 variations of
our own, in English and Chinese, before any rule of this round existed; ``FAMILIES`` is measured on
the guard before and after the round (``bench/guard_heldout_results.md``, "Round 14, inbound"): a
weak but honest check that a rule solves the family and not the phrase. Each family also has
ordinary look-alikes it must leave alone (``MUST_STAY``). Key material comes from a seeded generator.
"""

from __future__ import annotations

import random

import pytest

from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_RNG = random.Random(1414)


def _mixed(n: int) -> str:
    """A random API-key-like token: both cases and digits, with 0/O/l/I (not base58)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    while True:
        value = "".join(_RNG.choice(alphabet) for _ in range(n))
        upper, lower = sum(c.isupper() for c in value), sum(c.islower() for c in value)
        if upper >= 3 and lower >= 3 and sum(c.isdigit() for c in value) >= 2:
            return value


_K1, _K2, _K3, _K4 = _mixed(32), _mixed(36), _mixed(32), _mixed(40)

# family -> [(message, [secret values that must not be stored])]
FAMILIES: dict[str, list[tuple[str, list[str]]]] = {
    # r20: "I typed 356612 in the app but it says wrong code", "sorry wrong one, it's 604815",
    # 我输入了 148860 还是提示错误, 你们的同事刚才要过一次 503182, "received [code] and 220958",
    # backup codes "I used … already, I've still got … left": a bare number with no label, known as a
    # code by what happened to it (typed, rejected, expired, used up, asked for, still left)
    "lifecycle": [
        ("I entered 482913 twice and the app keeps saying invalid", ["482913"]),
        ("it rejected 775102, should I wait for another one?", ["775102"]),
        ("the old one 390217 timed out, what now", ["390217"]),
        ("your colleague already asked me for 918273 an hour ago", ["918273"]),
        ("I've burned 55120938 already, 77301264 is still unused", ["55120938", "77301264"]),
        ("我填了 662093 系统说不对", ["662093"]),
        ("刚才那个 581736 过期了吗", ["581736"]),
        ("用掉了 83920174，还剩 20583916 没用", ["83920174", "20583916"]),
    ],
    # r20: "the 6 digits for withdrawal confirmation: 507·318", "the 6-digit fund pass 903366",
    # 那个六位数 幺零零八七三: a value named only by how many digits it has, and it has that many
    "digit_count": [
        ("the 8-digit one from google is 5521 9034", ["5521 9034"]),
        ("my 6 digit trade pwd 440912", ["440912"]),
        ("here are the 6 numbers 31·44·08", ["31·44·08"]),
        ("那个八位的 3392 0817 是备用的", ["3392 0817"]),
        ("六位数字：七七三零一九", ["七七三零一九"]),
        ("四位数的 0912 对吗", ["0912"]),
    ],
    # r20: 码是5309 42, 507·318, 陸壹捌零貳玖 (Traditional financial numerals): code digits grouped
    # with any separator, unevenly, or written in any numeral form
    "digit_forms": [
        ("verification code 41·77·09", ["41·77·09"]),
        ("code is 6620 15", ["6620 15"]),
        ("短信验证码 48·29·31", ["48·29·31"]),
        ("驗證碼 參伍柒貳肆零", ["參伍柒貳肆零"]),
        ("码是 7721 09 快点", ["7721 09"]),
    ],
    # r20: "I set MANGO2025 as the anti-phishing phrase", "The code shown in real emails should be
    # Pebbles&Co", 防钓鱼码 天天开心, 反钓鱼码：XIAOYU2025: the anti-phishing code under any of its names,
    # before or after it, a value in Chinese words
    "anti_phishing": [
        ("I picked SunnyCat77 as my anti phishing code", ["SunnyCat77"]),
        ("my anti-phishing word is Bluebird88", ["Bluebird88"]),
        ("the phrase in genuine emails from you should say KiwiTree", ["KiwiTree"]),
        ("防钓鱼码设置的是 小猫咪咪", ["小猫咪咪"]),
        ("反钓鱼短语：LUCKY888 对吗", ["LUCKY888"]),
    ],
    # r20: "Key iutlKT7…", 我创建的 API：11wAbU…: an API key with only "key" / "API" before it
    "api_key_named": [
        (f"API key: {_K1}", [_K1]),
        (f"my key is {_K2}, is it read-only?", [_K2]),
        (f"API：{_K3} 能提币吗", [_K3]),
        (f"Key {_K4} was created yesterday", [_K4]),
    ],
    # r20: "the password is my dog rex 2020, the account email …": a password of several words
    "password_words": [
        ("my password is purple monkey 77, please reset it", ["purple monkey 77"]),
        ("the pw is i love bitcoin 99 if that helps", ["i love bitcoin 99"]),
        ("password = sunny day 2019", ["sunny day 2019"]),
        ("我的密码是 wo ai ni 520，帮我看看", ["wo ai ni 520"]),
    ],
}

# r20's two split codes with a remark after the second piece ("nine nine two sorry voice typing cut
# off", 二零三 剛才沒發完): a code read out over two messages, the second with a remark after it
SPLIT_FAMILIES: list[tuple[list[str], list[str]]] = [
    (
        ["the code: five five one", "zero eight three oops sent too soon"],
        ["five five one", "zero eight three"],
    ),
    (["验证码 七二九", "四一六 刚刚手滑了"], ["七二九", "四一六"]),
    (["code is 401", "227 sorry"], ["401", "227"]),
]

# r20: "the last 4 digits are 1628" (a passport) was redacted as a code: part of a number named as
# part of a card, a document or a phone is public
MUST_STAY: dict[str, list[str]] = {
    "partial_number": [
        "the last 4 digits of my card are 4417, was it charged twice?",
        "身份证后四位 3021 对不上",
        "my phone ending in 8823 is still the one on file",
        "尾号 5521 的银行卡被扣了两次",
        "the first 6 digits of the card are 411111",
    ],
    "lifecycle": [
        "I typed the code in the app but it says wrong code",
        "order 604815 was rejected, why?",
        "I entered 250 USDT but it says insufficient balance",
        "我输入了地址还是提示错误",
        "I used 2 codes already, I've still got 8 left",
    ],
    "digit_count": [
        "my phone has 11 digits 13800138000",
        "the code has 6 digits but I only got 5",
        "六位数的密码太短了吗",
    ],
    "anti_phishing": [
        "where do I set the anti-phishing code?",
        "我没设置防钓鱼码",
        "the anti-phishing code is not shown in the email",
        "您的防钓鱼码是多少？我要核对一下",
        "got an email from you today, anti-phishing code Zq77Lm, is it real?",
    ],
    "api_key_named": [
        "my public key is the one on the address page",
        "Key rotation every 90 days, is that required?",
    ],
    "password_words": [
        "the password is not working since 2023",
        "my password is wrong 3 times already",
    ],
}


@pytest.mark.parametrize(
    ("text", "secrets"), [case for cases in FAMILIES.values() for case in cases]
)
def test_a_family_variation_is_redacted(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        stored_without(text, secret)


@pytest.mark.parametrize(("messages", "secrets"), SPLIT_FAMILIES)
def test_a_code_split_over_two_messages_with_a_remark_after(messages: list[str], secrets: list[str]) -> None:
    stored = feed(messages)
    rest = " ".join(MARKER.sub(" ", s) for s in stored)
    for secret in secrets:
        assert secret not in rest, (secret, stored)


@pytest.mark.parametrize("text", [text for texts in MUST_STAY.values() for text in texts])
def test_a_look_alike_stays(text: str) -> None:
    untouched(text)


def test_a_code_in_one_email_stays_a_verification_code() -> None:
    """The anti-phishing label "the code shown in (real) e-mails" is plural or qualified: the code in
    one e-mail is a verification code and keeps its kind (the placeholder the customer sees)."""
    stored = stored_without("the code in the email was 482910", "482910", "otp_code")
    assert "password" not in MARKER.findall(stored)


def test_part_of_a_public_number_is_dropped_from_any_rule() -> None:
    """``round14.drop_partial`` acts on every rule's code findings, not only round 14's: without it
    "the last 4 digits are 4417" is a code by an older rule (the r20 message it was named from)."""
    from app.guard import round14
    from app.guard.types import HIGH, OTP_CODE, Finding

    work = "the last 4 digits are 4417"
    found = [Finding(OTP_CODE, HIGH, work.index("4417"), len(work))]
    assert round14.drop_partial(found, work) == []
    kept = "the code is 4417"
    assert round14.drop_partial([Finding(OTP_CODE, HIGH, 12, 16)], kept) == [Finding(OTP_CODE, HIGH, 12, 16)]


def _xprv() -> str:
    from app.guard.base58 import b58check_encode

    return b58check_encode(bytes.fromhex("0488ade4") + bytes(_RNG.randrange(256) for _ in range(74)))


@pytest.mark.parametrize(
    ("first", "second", "cut"),
    [
        ("extended key, two goes: {a}", "{b}", 60),
        ("扩展私钥发不全 {a}", "{b} 收到没", 47),
        ("{a}", "{b}", 80),
    ],
)
def test_an_extended_key_wrapped_over_two_messages_anywhere(first: str, second: str, cut: int) -> None:
    """r20's xprv was cut after 55 characters with a Chinese label before it: the checksum of the
    joined ends decides, wherever the cut falls."""
    key = _xprv()
    stored = feed([first.format(a=key[:cut]), second.format(b=key[cut:])])
    rest = " ".join(MARKER.sub(" ", s) for s in stored)
    assert key[:cut] not in rest and key[cut:] not in rest, stored
    assert all("extended_private_key" in MARKER.findall(s) for s in stored), stored


def test_two_base58_tokens_that_make_no_key_stay() -> None:
    other = _xprv()
    stored = feed([f"the tx id I was given {other[:60]}", f"{_xprv()[60:]} is what the explorer shows"])
    assert not any(MARKER.search(s) for s in stored), stored


def test_the_anti_phishing_code_set_to_a_value() -> None:
    """Added after the r1-r20 check: retraining on r20 lost r18's "set my anti-phishing code to …"
    (the old scorer had it); "<label> to <value>" is one more separator of the family (not counted in
    ``FAMILIES``' before/after figure)."""
    stored_without("I changed my anti phishing phrase to Owl_Night5 yesterday", "Owl_Night5")
    untouched("how do I change the anti-phishing code to something else")
