"""Round 10, inbound: the kinds of wording blind batch r16 let through, in our own words.

Each rule has secrets it must redact (nothing of the value left in what is stored) and ordinary
look-alikes it must leave alone (card numbers, phone numbers, amounts, balances, transaction hashes,
questions about a setting).
"""

from __future__ import annotations

import re

import pytest

from app.guard import scan_conversation, scan_inbound

MARKER = re.compile(r"\[redacted:([a-z_]+)\]")
B64_SECRET = "q9Vx2LmT+8rKd0PzYw3N/fJh6aBcUe1GsRiOo4Wk7lM="


def stored_without(text: str, secret: str, kind: str | None = None) -> None:
    result = scan_inbound(text)
    assert result.findings, (text, result)
    rest = MARKER.sub(" ", result.text)
    assert secret not in rest, (secret, rest)
    if kind is not None:
        assert kind in MARKER.findall(result.text), (kind, result.text)


def untouched(text: str) -> None:
    result = scan_inbound(text)
    assert result.findings == (), (text, result)


# --- 2FA setup keys: who showed them, their length, the Chinese names of 2FA ----------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the recovery key it gave me was mzxw 6ytb oi3d embq", "oi3d"),
        ("backup key you showed me yesterday is JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
        ("32 character key under the QR: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "GEZDGNBVGY3TQOJQ"),
        ("my 16-char key from setup: KRSXG5CTMVRXEZLU", "KRSXG5CTMVRXEZLU"),
        ("两步验证的密钥 NB2W 45DF OIZA 2345", "NB2W"),
        ("備份金鑰：MFRGGZDFMZTWQ2LK", "MFRGGZDFMZTWQ2LK"),
    ],
)
def test_2fa_keys_named_by_who_showed_them_their_length_or_in_chinese(text: str, secret: str) -> None:
    stored_without(text, secret, "totp_secret")


@pytest.mark.parametrize(
    "text",
    [
        "the 16 digit code on my card is 4111111111111111",
        "two-step verification key lost, how do I reset it?",
        "二次验证密钥丢了怎么办",
        "the setup key they showed was too long to type",
    ],
)
def test_2fa_look_alikes_stay(text: str) -> None:
    untouched(text)


# --- one-time codes: from the app, "got ddd ddd", 邮件里的码, Chinese digit groups with a comma ------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("digits from the authenticator app: 550812", "550812"),
        ("the number from my app is 301944, quick", "301944"),
        ("received 551 204 a minute ago", "551 204"),
        ("it shows 883 120 now", "883 120"),
        ("收到了 402 771", "402 771"),
        ("邮箱里的码 K7P2Q9", "K7P2Q9"),
        ("短信发来的码是 QX83PZ", "QX83PZ"),
        ("验证码 三八二、九一零", "三八二"),
        ("验证码是 五五一，二零四", "二零四"),
    ],
)
def test_codes_by_source_display_or_grouping(text: str, secret: str) -> None:
    stored_without(text, secret, "otp_code")


@pytest.mark.parametrize(
    "text",
    [
        "the number in the app was 25000",
        "call me, I got +1 415 555 0148 as the callback number",
        "I got 250 000 USDC from the sale",
        "my phone number got changed to 0912 345 678",
        "短信里的码没收到",
        "邮件里那个码是什么意思",
    ],
)
def test_code_look_alikes_stay(text: str) -> None:
    untouched(text)


# --- API secrets: 接口密钥, a Chinese filler between label and value, base64 after "key:" --------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"接口秘钥：{B64_SECRET}", B64_SECRET),
        ("API密钥复制给你了 9F2C4A7B1E0D3C5A8B6F4E2D1C0B9A87", "9F2C4A7B1E0D3C5A8B6F4E2D1C0B9A87"),
        (f"secret key: {B64_SECRET}", B64_SECRET),
        (f"Private key: {B64_SECRET}", B64_SECRET),
    ],
)
def test_api_secrets_after_chinese_labels_and_fillers(text: str, secret: str) -> None:
    stored_without(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "API密钥能查到这笔交易吗 0x5a3fd1c2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4",
        "API密钥下单失败订单号20261204000123456789",
        "API接口文档在哪里 https://docs.exchange.example/v5/api",
        "接口密钥被删除了怎么办",
    ],
)
def test_api_look_alikes_stay(text: str) -> None:
    untouched(text)


# --- the anti-phishing code the customer set -------------------------------------------------------
# Round 10 changes an earlier design: the customer's own anti-phishing code is a secret (whoever knows
# it can forge mail that passes their check). "my anti-phishing code is 482913, is this email real?"
# and "my anti-phishing code is TIGER88" were ordinary in test_inbound.py and test_inbound_evasions.py.


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the anti-phishing code I set is Moon42", "Moon42"),
        ("anti-phishing phrase: blue_river7 but the mail had none", "blue_river7"),
        ("my anti-phishing code is 482913, is this email real?", "482913"),
        ("my anti-phishing code is TIGER88", "TIGER88"),
        ("防钓鱼码设成了 lucky2026，邮件里没有", "lucky2026"),
        ("我的防钓鱼码是 大熊猫7号，可是邮件没显示", "大熊猫7号"),
    ],
)
def test_the_anti_phishing_code_a_customer_set(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


@pytest.mark.parametrize(
    "text",
    [
        "my anti-phishing code is not showing in your emails",
        "the anti-phishing code is missing from the email",
        "防钓鱼码是什么，在哪设置",
        "防钓鱼码设置成功了吗",
        "我收到一封邮件，防钓鱼码是XKT93，是官方发的吗？",
        "I got an email with anti-phishing code XKT93, is it from you?",
        "The anti-phishing code in your email was 604218, matches mine",
    ],
)
def test_anti_phishing_look_alikes_stay(text: str) -> None:
    untouched(text)


# --- passwords named by what they open, a label after them, old/new candidates, a strength question --


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("type Sunny_day42 to log in, it always worked", "Sunny_day42"),
        ("I use mango77 to access my account", "mango77"),
        ("我输入 qaz123wsx 登录的，一直提示错误", "qaz123wsx"),
        ("Rocket!88 - that's my password, pls check", "Rocket!88"),
        ("the old one I used was Maple#2019 and new one Maple#2020x", "Maple#2019"),
        ("the old one I used was Maple#2019 and new one Maple#2020x", "Maple#2020x"),
        ("之前的密码 tiger2020 新的 tiger2021", "tiger2021"),
        ("changed it to 20010915 is that strong enough?", "20010915"),
        ("I set my password to the name of my dog, rex2015, is that too easy?", "rex2015"),
        ("改成了 abc123456 会不会太简单", "abc123456"),
    ],
)
def test_passwords_without_a_label_in_front(text: str, secret: str) -> None:
    stored_without(text, secret, "password")


@pytest.mark.parametrize(
    "text",
    [
        "the new one is iPhone15Pro",
        "the new one I ordered is RTX4090Ti",
        "I set the limit to 100000, is that too weak?",
        "use Chrome to get in, thats what I do",
        "my password doesn't work, that's my problem",
        "is a 12 character password strong enough?",
        "the old one was order 202612040001",
        "I use USDT to log in? no, I use my email",
    ],
)
def test_password_look_alikes_stay(text: str) -> None:
    untouched(text)


# --- the conversation: a value after making sure what was asked ------------------------------------


@pytest.mark.parametrize(
    ("earlier", "text", "secret"),
    [
        (["pw?"], "oh you mean mine. it's Lemon$Tree4", "Lemon$Tree4"),
        (["fund password?"], "you mean the fund one? 209815", "209815"),
        (["密码？"], "哦你是说我的，Haitang2026!", "Haitang2026!"),
        (["登录密码呢"], "你说的是登录的，qwe123rty", "qwe123rty"),
    ],
)
def test_a_value_after_making_sure_what_was_asked(earlier: list[str], text: str, secret: str) -> None:
    scan = scan_conversation(text, earlier)
    assert scan.current.findings, scan
    assert secret not in MARKER.sub(" ", scan.current.text)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["pw?"], "oh you mean mine"),
        (["which code?"], "oh you mean the sms one"),
        (["密码？"], "你是说登录密码吗"),
        (["pw?"], "you mean mine? it's not working"),
    ],
)
def test_making_sure_without_a_value_stays(earlier: list[str], text: str) -> None:
    assert scan_conversation(text, earlier).current.findings == ()
