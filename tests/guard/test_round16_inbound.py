"""Issue 16, inbound round 16 (guard16in, session 12): r22 and r23's touched ordinary messages, by FAMILY.

Our own variations (none copied from a batch), each family beside the secrets of the same shape that
must STAY redacted (the safe side of each fix, ``app/guard/r16_public.py``):

* the public half of an API key pair (the lead's rule, session 12: the key / key id / access key is not a
  secret; the secret key and the passphrase are): a UUID after a key label, or a value after "key id" /
  "access key", alone in its message, stays readable; beside its secret, or a lone 64-character value a
  customer calls "my api key" (ambiguous), it stays redacted;
* a password asked about as an example, with a disclaimer (not using it, just asking, 举个例子 …);
* a number inside a phone number (+country code);
* a contact handle after a messenger's name (微信, wechat, telegram …), not after a password word.
"""

from __future__ import annotations

import pytest

from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

_U1, _U2, _U3 = (
    "5c1e9a02-7d4b-4f6e-b2a1-9e03c7d85f14",
    "a7d20c3e-19f5-4b8a-8c6d-2f41e0b937aa",
    "0e6b4f7c-8a21-4d3e-95b0-c4d1a2e8f306",
)

KEY_IDS = [
    f"my key id is {_U1}",
    f"apikey={_U2}, it shows as active in the list",
    f"API Key：{_U3} 这个对吗",
    "the access key on the api page is AKx7Qm2Lp9Rt4Vw8Yz3B, does it need IP whitelisting?",
    f"key: {_U1}\nis that the one I should give the tax app?",
]


@pytest.mark.parametrize("text", KEY_IDS)
def test_an_api_keys_public_half_alone_stays_readable(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"api key {_U1} secret 0F8E2D4C6B1A39587E6D5C4B3A2F1E0D", "0F8E2D4C6B1A39587E6D5C4B3A2F1E0D"),
        (f"API secret: {_U2}", _U2),
        (f"key {_U3} passphrase Desk!Runner84", "Desk!Runner84"),
        ("my api key 7Hq2Lm9Xp4Rt8Vw3Yz6Bn1Cd5Ef0Gh2Jk7Lm4Np9Qr3St8Uv1Wx6Yz2Ab5Cd0Ef", None),
    ],
)
def test_an_api_secret_and_an_ambiguous_key_stay_redacted(text: str, secret: str | None) -> None:
    if secret is None:
        assert MARKER.search(feed([text])[0]), text
    else:
        stored_without(text, secret)


def test_a_key_id_then_its_secret_redacts_the_secret_only() -> None:
    stored = feed(["trading bot says 401", f"key {_U1}", "secret 3C5E7A9B1D2F4E6A8C0B2D4F6A8C0E1B"])
    assert _U1 in stored[1], stored
    assert "3C5E7A9B1D2F4E6A8C0B2D4F6A8C0E1B" not in stored[2], stored


EXAMPLE_PASSWORDS = [
    'is "Winter#2025" strong enough? just asking, not my real password',
    "“Aa123456!”这种密码安全吗？举个例子",
    "is Hunter2024! a secure enough password, hypothetically?",
]


@pytest.mark.parametrize("text", EXAMPLE_PASSWORDS)
def test_a_password_asked_about_as_an_example_is_left(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Is Maple#Leaf77 a strong enough password?", "Maple#Leaf77"),
        ('my password is "Summer2024!" lol, is that a good password?', "Summer2024!"),
        ("jk my password is Birch_Tree41", "Birch_Tree41"),
    ],
)
def test_a_password_without_a_disclaimer_stays_redacted(text: str, secret: str) -> None:
    stored_without(text, secret)


PHONES = [
    "got an sms from +44 7911 123456 about my withdrawal",
    "the verification sms came from +1 415 555 267188, is that yours?",
]


@pytest.mark.parametrize("text", PHONES)
def test_a_number_inside_a_phone_number_is_left(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [("code 552190, the sms came from a +44 number", "552190"), ("验证码 662817 是 +86 发来的", "662817")],
)
def test_a_code_beside_a_phone_number_stays_redacted(text: str, secret: str) -> None:
    stored_without(text, secret)


HANDLES = [
    "我的微信号是 wx_abc123，你们能加我吗",
    "他让我加微信 zhangsan_0915 私聊，靠谱吗",
    "加我vx：liu_88x6",
]


@pytest.mark.parametrize("text", HANDLES)
def test_a_contact_handle_is_left(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [("微信密码 Abc12345x 被人改了", "Abc12345x"), ("my wechat password is Tommy_8821x", "Tommy_8821x")],
)
def test_a_messenger_password_stays_redacted(text: str, secret: str) -> None:
    stored_without(text, secret)
