"""Issue 16, inbound round 16 (guard16in, session 12): r22 and r23's missed secrets, by FAMILY.

Our own variations (values generated for this file, wordings ours, none copied from a batch), beside
look-alikes that must stay untouched (``app/guard/r16_secrets.py``):

* a phrase one word short (11 wordlist words / characters) in a message that says one is missing;
* a 2FA key in groups of four letters (few or no digits) or solid, where the message names 2FA;
* a 64-byte base58 key pair named as a key, with no signature or transaction named;
* spoken digits in a row (Chinese numerals, radio digits, separated by 、);
* a new password reported ("changed it to …", "new one …");
* an API passphrase of several words (the short label "sec:" and the token after a pair's slash have no
  variation here: ours were caught before round 16).
"""

from __future__ import annotations

import pytest

from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_EN11 = "burst bright swear ghost fashion direct silent bind series will march"
_B58_64 = "MHEUcKRQ49xv4jK5ggogQQBYoEShaZbpJhXWm8aqqME3FWgW3fVk3BzcdojFe9kTfcWq8TXe65resCoaCB4V3qB"

# Only variations the guard missed before round 16 are kept (each fails without ``find_round16``). Tried
# and dropped because older rules or the learnt scorer already took them in our wording: an 11-character
# Chinese phrase, a 2FA key with digits in its groups or solid, "sol wallet key <base58>", "set it to
# <password>", "sec = <token>", "<secret> / <token>" after "key and secret:", "API passphrase = <words>",
# "got 5521 for the sms one and 803114 for the email one", "Harbor_Light7 or maybe harborlight77",
# "应该是 qazwsx@12 这个密码吧".
FAMILIES = [
    # a phrase one word short
    (f"i lost one word, what's left is {_EN11}", _EN11.split()),
    (f"我漏了一个词 {_EN11}", _EN11.split()),
    (f"助记词缺了最后一个，我只有 {_EN11}", _EN11.split()),
    # a 2FA key in groups of letters
    (
        "authenticator manual entry: wqhd ktbm 2xpz rvlc nmsy fqgd",
        ["wqhd", "ktbm", "2xpz", "rvlc", "nmsy", "fqgd"],
    ),
    ("manual entry key for the authenticator WQHD KTBM XZRV LCNM", ["WQHD", "KTBM", "XZRV", "LCNM"]),
    # a base58 key pair named as a key
    (f"{_B58_64}\nthat's the phantom key for my sol account", [_B58_64]),
    (f"{_B58_64} my solflare key", [_B58_64]),
    # spoken digits in a row
    ("短信上写的是 三、七、九、零、一、五", ["三", "七", "九", "零", "一", "五"]),
    ("我看到的数字 幺两洞拐勾五，对吗", ["幺两洞拐勾五"]),
    # a new password reported
    ("changed my password this morning, new one wbqpTxzmLeKrNo", ["wbqpTxzmLeKrNo"]),
    # an API passphrase of several words
    ("my api passphrase: the blue fox 19", ["the blue fox 19"]),
    # codes listed by their channel
    ("the numbers were 4419 for the phone one, 650173 for the email one", ["4419", "650173"]),
    # a second guess at a password
    ("password could be Tiger!Moon5 or tigermoon55 not sure", ["Tiger!Moon5", "tigermoon55"]),
    # a value named after as the password
    ("对，就是 dengluba# 这个密码", ["dengluba#"]),
]


@pytest.mark.parametrize(("text", "secrets"), FAMILIES)
def test_a_family_variation_is_redacted(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        stored_without(text, secret)


MUST_STAY = [
    "my Google Authenticator says wrong code every time even with time sync on",
    "2fa: WHAT DOES THIS CODE MEAN?",
    "一般是子账户划转受限，我看到三天了还没到",
    "我看到的是 2024 年的记录",
    "I changed it to dark mode and now the chart is gone",
    "the tx signature on solscan is long, is my withdrawal done?",
    "sec filings say the exchange is licensed",
    "API passphrase is required, what is it for?",
    "I'm missing one word of my seed, what do I do?",
    "I paid 3402 for the phone and it broke",
    "这个密码规则太复杂了",
]


@pytest.mark.parametrize("text", MUST_STAY)
def test_a_look_alike_is_left(text: str) -> None:
    untouched(text)


# --- a 2FA key's next part in its own message (``r16_split``) ------------------------------------------
@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        (
            ["need to move my 2fa to a new phone", "VQXK 4MPD HZRT WBNL", "and the rest JTQM 5XCE LPSR NWHY"],
            "JTQM",
        ),
        (["谷歌验证换手机了", "当时抄的密钥", "ZKWQPXRTBNMLVCHD"], "ZKWQPXRTBNMLVCHD"),
    ],
)
def test_a_2fa_keys_part_after_2fa_is_named_is_redacted(messages: list[str], secret: str) -> None:
    stored = feed(messages)
    assert secret not in stored[-1], stored
    assert MARKER.search(stored[-1]), stored


def test_capitals_after_2fa_talk_are_left() -> None:
    stored = feed(["my 2fa is broken", "THIS IS SO SLOW"])
    assert stored[-1] == "THIS IS SO SLOW", stored
