"""Round 9, inbound: the secrets blind batch r15 let through, in our own wording and r15's lines.

Each secret must leave nothing of itself in what is stored; the ordinary twins beside them (ids,
amounts, signatures named as such, error codes) must stay untouched.
"""

from __future__ import annotations

import random
import re

import pytest

from app.guard import scan_conversation, scan_inbound
from app.guard.base58 import ALPHABET

MARKER = re.compile(r"\[redacted:[a-z_]+\]")


def b58(data: bytes) -> str:
    n, out = int.from_bytes(data, "big"), []
    while n:
        n, r = divmod(n, 58)
        out.append(ALPHABET[r])
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + "".join(reversed(out))


def stored_without(text: str, secret: str) -> None:
    result = scan_inbound(text)
    assert result.findings, (text, result)
    rest = MARKER.sub(" ", result.text)
    assert secret not in rest, (secret, rest)


def untouched(text: str) -> None:
    result = scan_inbound(text)
    assert result.findings == (), (text, result)


# --- base58 64-byte keys that do not derive (made up, mistyped, another curve) ----------------------

KEY = b58(random.Random(91).randbytes(64))


@pytest.mark.parametrize(
    "template",
    [
        "{k}",
        "Could you import this key into your system and refund me? {k}",
        "wallet export gave me this, can you restore it: {k}",
        "私钥在这：{k}",
        # r15
        "{r15a}",
    ],
)
def test_a_64_byte_base58_key_with_or_without_words(template: str) -> None:
    r15a = "3i6trbDRpzXG6F8DC6VgTDCuHNUxymSCb56VhBHgrDp8fCDgBZkdWBHKBnA8R8LpZZFPTNbwtxcv3bjYnYMKeyAK"
    secret = KEY if "{k}" in template else r15a
    stored_without(template.format(k=KEY, r15a=r15a), secret)


@pytest.mark.parametrize(
    "template",
    [
        "SOL withdrawal done, signature {k}",
        "Solana tx {k} confirmed but balance unchanged",
        "充值签名 {k} 还没到账",
        "the deposit of 3 SOL has not arrived: {k}",
    ],
)
def test_a_signature_named_or_about_a_transaction_stays(template: str) -> None:
    untouched(template.format(k=KEY))


def test_a_bare_signature_after_transaction_talk_stays_in_the_chat() -> None:
    scan = scan_conversation(KEY, ["withdrew SOL an hour ago and nothing arrived, signature below"])
    assert scan.current.text == KEY


# --- codes given as spaced digits or by a voice call ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I got 3 9 1 0 5 2 on my phone, is that what you need?", "3 9 1 0 5 2"),  # r15
        ("270 991", "270 991"),  # r15
        ("voice call code was 3317", "3317"),  # r15
        ("it says 8 1 4 4 0 2 now", "8 1 4 4 0 2"),
        ("  604 118 ", "604 118"),
        ("the code was 5521", "5521"),
        ("验证码 五 五 八 二 一 零", "五 五 八 二 一 零"),  # r15
        ("短信验证码 三 九 一 零 五 二", "三 九 一 零 五 二"),
        ("voice message code is 7781", "7781"),
    ],
)
def test_codes_spaced_out_or_told_by_voice(text: str, secret: str) -> None:
    stored_without(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "I got an error, the code was 4003",
        "restricted (code 3021)",
        "the promo code was 1234",
        "order 270 991 3382 is late",
        "I sent 270 991 USDT",
        "my phone is 138 0013 8000",
        "withdrew 100 000 yesterday, still pending",
    ],
)
def test_numbers_that_are_no_code_stay(text: str) -> None:
    untouched(text)


# --- passwords: full-width in English, a change before a failed login, keystore passphrases --------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("it's Ｍｙｐａｓｓ２０２４ (typed on chinese keyboard)", "Ｍｙｐａｓｓ２０２４"),  # r15
        ("tried ｓｕｎｆｌｏｗｅｒ８８ again, no luck", "ｓｕｎｆｌｏｗｅｒ８８"),
        ("昨天改成了Newpass2025，今天又登不上", "Newpass2025"),  # r15
        ("我把它换成了Qiu2024abc，现在登录失败", "Qiu2024abc"),
        ('"apiKey": "x", "secretKey": "y", "passphrase": "Sunny&Day7"', "Sunny&Day7"),  # r15
        ("{'passphrase': 'River!Stone9'}", "River!Stone9"),
        ("the password to the keystore file is keystore!pw", "keystore!pw"),  # r15
        ("the password for my ledger app is Hx77abc!", "Hx77abc!"),
    ],
)
def test_passwords_by_hint(text: str, secret: str) -> None:
    stored_without(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "order ＡＢＣ１２３４５６ is late",
        "我的ＵＩＤ１２３４５６，登录不上",
        "地址改成了TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE，登录后看不到",
        "the password for my account is wrong",
        "my password for the app store is locked",
        "昨天改成了新版本，登录很慢",
    ],
)
def test_password_hints_leave_ordinary_text(text: str) -> None:
    untouched(text)


# --- a hex key in two halves, the first after its words --------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # r15
            "also here's my private key in case you need to check the wallet: "
            "9d5bbb93803a69778648e42299acb65f",
            "6968c53762de24e4c86d9aa437f110c0",
        ),
        (  # r15
            "顺便把私钥发你们查一下钱包：52ff20cf2bb17dcb770405b8c556e0a2",
            "5710bf5a9bd5783fcef86e2e4a57402d",
        ),
        ("my metamask key is 0x1f2e3d4c5b6a79880716253443526170", "aabbccddeeff00112233445566778899"),
    ],
)
def test_hex_key_split_after_its_label(first: str, second: str) -> None:
    earlier_half = first.rsplit(" ", 1)[-1].rsplit("：", 1)[-1].removeprefix("0x")
    scan = scan_conversation(second, ["hello", first])
    assert scan.current.text == "[redacted:private_key]"
    assert [e.index for e in scan.earlier] == [1]
    assert earlier_half not in scan.earlier[0].result.text


def test_hex_halves_after_a_txid_stay() -> None:
    scan = scan_conversation(
        "5710bf5a9bd5783fcef86e2e4a57402d", ["the deposit txid is 52ff20cf2bb17dcb770405b8c556e0a2"]
    )
    assert scan.current.findings == () and scan.earlier == ()
