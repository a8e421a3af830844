"""Issue 16, round 5: inbound rules (passwords told by their use, short labels, corrections, codes
named by their length or shown with a dash), each with safe twins.

Wording made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import pytest

from app.guard import scan_inbound


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
