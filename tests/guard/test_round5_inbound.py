"""Issue 16, round 5: inbound rules (passwords told by their use, short labels, corrections, codes
named by their length or shown with a dash), each with safe twins.

Wording made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import pytest

from app.guard import scan_conversation, scan_inbound


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a scope of use makes a weak shape a password
        ("honestly i use green-otter-41 for everything", "green-otter-41", "password"),
        ("I just use maple_2290 everywhere, that's bad right", "maple_2290", "password"),
        ("我每个网站都用 xiaoyu_0612，是不是被撞库了", "xiaoyu_0612", "password"),
        ("我登陆时用的是 river2288", "river2288", "password"),
        # a login label with a symbol or both cases
        ("bank login Sn0w!fall_7 and it says locked", "Sn0w!fall_7", "password"),
        ("login kettle#4471 / pin 8842", "kettle#4471", "password"),
        # pinyin initials of 密码
        ("mm：lanmao2019 账号是手机号", "lanmao2019", "password"),
        # a correction after a redacted value
        ("password: sunflower88 oh sorry, it's sunflower89", "sunflower89", "password"),
        ("密码 qiuqiu1988 不对，应该是 qiuqiu1989", "qiuqiu1989", "password"),
        ("verification code 604417 and the page keeps failing. wait, no, it's 604471", "604471", "otp_code"),
        # a code named by its length, where a phone is named
        ("手机屏幕上那个六位数 550193 要给他吗", "550193", "otp_code"),
        # a capitals-and-digits code with a dash, its source between label and value
        ("the security code from sms: 9KX-4T2", "9KX-4T2", "otp_code"),
    ],
)
def test_round5_secrets_are_redacted(text: str, secret: str, kind: str) -> None:
    result = scan_inbound(text)
    assert secret not in result.text, result.text
    assert kind in {f.kind for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "i use chrome for everything",
        "I use 2FA for everything now",
        "i use iPhone14 for everything",
        "我登录用的 chrome 浏览器",
        "login john_doe88 please help",
        "login failed 3 times today",
        "my login email is anna.lee@example.com",
        "5mm是 标准尺寸",
        "划转页面有个六位数 123456 是什么？",
        "身份证后六位数 123456 需要提供吗",
        "我的资产是六位数 120000",
        "promo code from email: A7K-29Q",
        "order code: ABC-1234",
        "no, my order id is 88231, sorry it's 88213",
        "I was wrong, it is fine now",
    ],
)
def test_round5_ordinary_messages_are_untouched(text: str) -> None:
    assert scan_inbound(text).findings == (), scan_inbound(text).text


# --- phrases with part labels in one message; conversations ---------------------------------------

_ZH_PHRASE = "币筛松举厉尘思旬扰盆王姓"  # twelve wordlist characters with a valid checksum


@pytest.mark.parametrize(
    "text",
    [
        f"前六个 {_ZH_PHRASE[:6]} 后六个 {_ZH_PHRASE[6:]}",
        f"上半：{_ZH_PHRASE[:6]} 下半：{_ZH_PHRASE[6:]}",
        f"第一部分是{_ZH_PHRASE[:6]}，第二部分是{_ZH_PHRASE[6:]}",
    ],
)
def test_part_labels_inside_one_message_separate_a_phrase(text: str) -> None:
    result = scan_inbound(text)
    assert "seed_phrase" in {f.kind for f in result.findings}
    assert _ZH_PHRASE[:6] not in result.text and _ZH_PHRASE[6:] not in result.text


def test_part_labels_in_prose_are_no_phrase() -> None:
    assert scan_inbound("前六个月我一直在用这个账户，后六个月没登录过").findings == ()


def _chat(*messages: str) -> list[str]:
    """Each message as stored after ``scan_conversation`` (earlier ones redacted when it says so)."""
    stored: list[str] = []
    for text in messages:
        scan = scan_conversation(text, stored)
        for e in scan.earlier:
            stored[e.index] = e.result.text
        stored.append(scan.current.text)
    return stored


@pytest.mark.parametrize(
    ("messages", "secrets"),
    [
        # a phrase in three labelled parts: a count of words as the label
        (("前四个：币筛松举", "中间四个：厉尘思旬", "最后：扰盆王姓"), ("币筛松举", "厉尘思旬", "扰盆王姓")),
        # a code typed in two goes: the first piece after its label, the second with a remark
        (("my sms code is 4 0 9", "1 7 3 oops sent too early"), ("4 0 9", "1 7 3")),
        (("验证码 7 7 2", "0 5 1 按错了"), ("7 7 2", "0 5 1")),
        # a new code after a leaked one, in digit groups
        (("google auth 551 204", "hold on it changed, 118 462"), ("551 204", "118 462")),
        (("谷歌码 620 417", "又变了 331 905"), ("620 417", "331 905")),
        # the rest of a 2FA key after its first half
        (("authenticator setup key: NB2HI4DTHIXS6ZLY", "MFRGGZDFMZTWQ2LK rest of it"), ("MFRGGZDFMZTWQ2LK",)),
    ],
)
def test_round5_conversation_secrets(messages: tuple[str, ...], secrets: tuple[str, ...]) -> None:
    stored = "\n".join(_chat(*messages))
    for secret in secrets:
        assert secret not in stored, stored


@pytest.mark.parametrize(
    "messages",
    [
        ("my sms code is 52", "3 6 4 sorry hit enter"),  # five digits in all: no code
        ("order 5 2 7", "3 6 4 sorry"),
        ("code is 5 2 7", "ok 12 more minutes then"),
        ("google auth 551 204", "my order 118 462 changed status"),
    ],
)
def test_round5_conversation_safe_twins(messages: tuple[str, ...]) -> None:
    stored = _chat(*messages)
    assert stored[-1] == messages[-1], stored


# --- a key named by where it was exported from; a password with spaces ------------------------------

# 64 bytes (sha512 of a test string) in base58, not a valid ed25519 key pair: only the context tells
_KEYPAIR = "4JpV6L7o1keWKaVHj5qAMc425JwxFPqpWU7oVnVZ4S4h4TzEBC9Y2rSXgJJetYhYcvP8LRsBU8QL8CVTDYtU7AD"


def test_a_64_byte_base58_string_exported_from_a_wallet_is_a_key() -> None:
    result = scan_inbound(f"this is what I exported from solflare {_KEYPAIR}")
    assert _KEYPAIR not in result.text
    assert "private_key" in {f.kind for f in result.findings}


def test_the_same_string_named_as_a_transaction_stays() -> None:
    text = f"Phantom shows this tx: {_KEYPAIR}"
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my pwd has spaces in it, it's Green Apple 77 if that matters", "Green Apple 77"),
        ("密码带空格的，是 Moon River 19，能登吗", "Moon River 19"),
        ("password: Kq!82mm yellow boat 3 (it has spaces, is that ok?)", "yellow boat 3"),
    ],
)
def test_a_password_said_to_have_spaces_is_redacted_whole(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


@pytest.mark.parametrize(
    "text",
    [
        "can a password have spaces? mine is not working",
        "my password has a space in it, is that a problem?",
        "my address has spaces, it is 12 Baker Street London",
    ],
)
def test_talk_about_spaces_without_a_value_is_untouched(text: str) -> None:
    assert scan_inbound(text).findings == ()


# --- labels with a place or a purpose between them and the value; "login is" ------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the setup key under the QR was NB2H I4DT HIXS 6ZLY", "NB2H I4DT HIXS 6ZLY"),
        ("the api secret for my bot is 7hQ2mZx9LpR4tV8wZ3yB6nC1dH5jG0sK", "7hQ2mZx9LpR4tV8wZ3yB6nC1dH5jG0sK"),
        ("my email login is rosa.k@mail.example / Autumn2023!", "Autumn2023!"),
    ],
)
def test_round5_label_then_place_then_value(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


@pytest.mark.parametrize(
    "text",
    ["my login is john88 and it fails", "login is rosa.k@mail.example, why can I not log in",
     "the setup key for my bot is in the app"],
)
def test_round5_label_then_place_without_value(text: str) -> None:
    assert scan_inbound(text).findings == ()


# --- fourth pass (messages written here) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the security number is 4 4 0 1 9 2, quick", "4 4 0 1 9 2"),
        ("验证号码是 3 3 0 9 1 7", "3 3 0 9 1 7"),
        ("I've always used 'Autumn leaves 1988' as my password", "Autumn leaves 1988"),
        ("我一直用“Sea Breeze 77”当密码", "Sea Breeze 77"),
        ("trading password? it's 5 5 1 9 0 3", "5 5 1 9 0 3"),
        ("资金密码是 8 8 0 2 1 4", "8 8 0 2 1 4"),
    ],
)
def test_round5_fourth_pass_secrets(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


@pytest.mark.parametrize(
    "text",
    [
        "App提示“错误代码：10023，请求过于频繁”",
        "my phone number is 138 0013 8000",
        "the error number is 4 0 4 1",
        "my pin is 12 34",
        "I used 'Summer Sale' as the promo code",
    ],
)
def test_round5_fourth_pass_ordinary(text: str) -> None:
    assert scan_inbound(text).findings == (), scan_inbound(text).text
