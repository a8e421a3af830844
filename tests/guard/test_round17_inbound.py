"""Round 17 inbound (guard17in): r24 and r25's families, in variations of our own (not the batches').

``PUBLIC``: values a customer shows that are not secrets (``r17_public``, the guard's last filter):
each was redacted before round 17. ``SECRETS``: values each redacted only since ``r17_secrets``. Every
case in ``PUBLIC`` and ``SECRETS`` fails with the round's two hooks removed from ``inbound`` (checked once
by unhooking, 15:40 UTC, session 12; 12 fail). ``KEPT``: neighbours the round must leave redacted (they
pass before and after).
"""

from __future__ import annotations

import pytest

from app.guard import scan_inbound

PUBLIC = [
    # the anti-phishing code read off an e-mail
    "Got a mail saying my withdrawal was approved, and it showed my anti-phishing code Otter512 at the top,"
    " so legit?",
    # a password asked about hypothetically
    '如果密码是"qwerty2024"这种，会不会太弱',
    # a word that is no value
    "why is there a 48h lock after changing my password to withdraw?",
    "my password is random 30 chars from the manager, I can't type it",
    # an API key whose secret is said to be left out
    "our API key 3f2a9c1e-77b0-4d2e-a1f3-9c0b8e7d6a54 stopped working, I didn't include the secret",
    "API Key 7c1e2b3a-4d5f-4a6b-9c8d-0e1f2a3b4c5d 提示无效，secret 先没发",
    # the documentation's example secret
    'the signing example in your documentation has secret "9F8E7D6C5B4A39281706F5E4D3C2B1A0",'
    " placeholder right?",
]

SECRETS = [
    # a code read off a device
    ("APP里的数字是 730562，马上就变", "730562"),
    # a code relayed to someone
    ("the seller sent me a code for the release, is it from you? 663201", "663201"),
    # an API secret announced earlier in the sentence
    (
        "we leaked the secret on a pastebin yesterday, it was aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY",
        "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY",
    ),
    # a list of backup codes
    ("saved backup codes when I enabled 2FA: 7k2mq9xw4p, zz81-k4qa, can I use one?", "zz81-k4qa"),
    # a magic-link token
    (
        "the magic link https://exchange.example/auth/magic?token=Zx81kQp9LmN0vBt2WqYY said expired",
        "Zx81kQp9LmN0vBt2WqYY",
    ),
]

# Variations written for the round that pass WITHOUT its hooks (dropped from the lists above, kept here
# so the reach of each family is not overstated): the retrained scorer (r24/r25 in its training) or an
# older rule already takes them, or they were never touched.
NOT_ROUND17_ALONE = [
    "The email I just received has my anti-phishing code Otter512, so it's genuine?",  # never touched
    "邮件里的防钓鱼码是 Tulip77，和我设置的一样吗",  # never touched
    "is the anniversary event code ANNIV2026 still working?",  # never touched
    "活动码是 HAPPY2026 还能用吗",  # never touched
    "if my password were something like Sunshine2020 would that be too weak?",  # never touched
    "the digits on the authenticator are 482913 now, quick",  # scorer
    "验证器上的数字是 730562，马上就变",  # scorer
    "我把 551804 告诉对方了",  # scorer
    "got this: 804417 is your login verification code, valid 5 min",  # scorer
    "the code was four digits? no it was 290516",  # scorer
    "export my key from trust wallet for you: <64 hex>",  # scorer
    "sy 给你：0x<64 hex> 帮我看看",  # scorer
    "备用码 r7tw-9kqm 还能用吗",  # an older rule (as a 2FA key)
    "登录链接 https://exchange.example/login/verify?token=<20> 点了没反应",  # redacted as a password before
]

KEPT = [
    # a stated anti-phishing code stays redacted (r9-r21 mark it; see the round's results)
    ("my anti-phishing code is Heron44, please include it in your emails", "Heron44"),
    # a real password question without the hypothetical frame
    ("my password is Ginkgo#2219 and it says wrong password", "Ginkgo#2219"),
]

LEFT = [
    "the number in the app was 25000",  # an amount: no word says the number is fresh
    "my key question: why is deposit " + "3c" * 32 + " not credited",  # a deposit's hash
]


@pytest.mark.parametrize("text", LEFT)
def test_a_look_alike_of_a_round17_family_is_left(text: str) -> None:
    assert scan_inbound(text).text == text


@pytest.mark.parametrize("text", PUBLIC)
def test_a_public_value_is_left(text: str) -> None:
    assert scan_inbound(text).text == text


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_a_round17_secret_is_redacted(text: str, secret: str) -> None:
    out = scan_inbound(text).text
    assert secret not in out
    assert "[redacted:" in out


@pytest.mark.parametrize(("text", "secret"), KEPT)
def test_a_neighbour_stays_redacted(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


def test_a_transaction_hash_named_near_a_key_word_is_left() -> None:
    tx = "7d1e" * 16
    text = f"the key question: why is tx hash {tx} still pending?"
    assert tx in scan_inbound(text).text
