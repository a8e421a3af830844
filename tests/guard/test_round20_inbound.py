"""Round 20 inbound (guard20in): r29's families, in variations of our own (not the batch's lines).

``SECRETS``: values redacted only since round 20 (``round20``), found by the rules alone.
``PUBLIC``: account names a customer gives, each redacted before round 20 (``r20_public``).
``SPLIT``: a secret's next piece in its own message (``r20_split``).
``test_each_case_needs_round20`` removes the round's hooks and checks that every one of these cases then
fails, so none of them passes for another rule's sake. ``KEPT``: neighbours that must stay redacted;
``LEFT``: look-alikes that must stay untouched (both pass with and without the round).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import app.guard.conversation as conversation
import app.guard.inbound as inbound
import app.guard.r20_split as r20_split
from app.guard import scan_inbound
from tests.support.guard_store import feed
from tests.support.guard_stubs import keep_all, no_finds, no_piece

_SEED = "cream collect joke kingdom blade craft elbow buffalo regret lady tube crush"  # valid checksum
_HALF1, _HALF2 = " ".join(_SEED.split()[:6]), " ".join(_SEED.split()[6:])

SECRETS = [
    # a secret set to a value, the other way round (the label first, or "login" as the label)
    ("we reset the login to Marlin_77# before the audit", "Marlin_77#"),
    ("the intern changed our login to Pelican_2019! and quit", "Pelican_2019!"),
    ("the withdrawal PIN was changed to 8831 by my assistant", "8831"),
    ("the anti-phishing code on the corporate account is set to Tamarind71, right?", "Tamarind71"),
    ("防钓鱼码我自己设的Kiwi204，帮我看看", "Kiwi204"),
    ("防钓鱼短语我自己设的Fig9910，还在吗", "Fig9910"),
    # ... or it stays one
    ("can you check the fund PIN is still 660412?", "660412"),
    ("the API passphrase stays the same: Birch4410", "Birch4410"),
    ("passphrase unchanged (Maple_3390) since March", "Maple_3390"),
    # a secret in a config
    ('config {"apiKey":"k-public-1","pass":"vGqTzMwRkeP"} fails', "vGqTzMwRkeP"),
    ('机器人配置 {"pass":"Wn7rTq2Lm"} 哪里错了', "Wn7rTq2Lm"),
    # a login with its value
    ("login Heron-owl52, pin 7731", "Heron-owl52"),
    ("team login ops.desk@example.org Puffin88! stopped working", "Puffin88!"),
    # short and spoken labels
    ("交易pw KtyrWmpoQzeL 一直提示错误", "KtyrWmpoQzeL"),
    ("mi ma shi Heron5521., deng bu shang", "Heron5521"),
    ("deng lu mi ma shi Quail4471 wang ji le", "Quail4471"),
    # a backup code of letters
    ("备份码 qzwp-mtkd（抄在本子上）", "qzwp-mtkd"),
    # a code glued to its label
    ("OTP662019 was for the phone change", "662019"),
    ("code662019 arrived, which page?", "662019"),
    # the second of two codes
    ("token said 551820 and then 930417 a minute later, neither works", "930417"),
    ("I got 551820 on the token, then 930417 after it refreshed", "930417"),
    # a value glued to a redacted secret
    (f"助记词和密码：{_SEED} / lemon_4491?z", "4491"),
    (f"seed and pin: {_SEED} / lemon_4491", "4491"),
    # a secret's first part named
    ("API secret begins with 7F3A91C0D2B4E6F8, the rest later", "7F3A91C0D2B4E6F8"),
    ("secret starts 4B8E2A9C1D7F3E60", "4B8E2A9C1D7F3E60"),
    ("secret 前半段 4B8E2A9C1D7F3E60", "4B8E2A9C1D7F3E60"),
    ("私钥开头是 9c1e4b7a2d3f5e6a8b9c", "9c1e4b7a2d3f5e6a8b9c"),
]

PUBLIC = [
    "Can sub-account: mm-bot-12 trade options?",
    "transfer from master to quant-7b failed",
    "sub-accounts: alpha-1, beta_2, gamma-3",
    "master to mm-desk-5 transfer stuck",
]

SPLIT = [
    # the rest of a secret, named by position
    (
        [
            "rotating our keys now",
            "api secret first half: 5E0C7A19B3D2F468",
            "second half: 90AB3C4D5E6F7081 pls revoke",
        ],
        "5E0C7A19B3D2F468|90AB3C4D5E6F7081",
    ),
    (
        ["rotating now", "secret begins 5E0C7A19B3D2F468", "and ends with 90AB3C4D5E6F7081 — kill it please"],
        "5E0C7A19B3D2F468|90AB3C4D5E6F7081",
    ),
    (
        ["密钥泄露了", "secret开头是 5E0C7A19B3D2F468", "剩下的是 90AB3C4D5E6F7081，请先冻结"],
        "90AB3C4D5E6F7081",
    ),
    (
        ["密钥发错群了", "secret 前半段 5E0C7A19B3D2F468", "后半段 90AB3C4D5E6F7081，麻烦禁用"],
        "90AB3C4D5E6F7081",
    ),
    # the next backup code after a joining word
    (["lost the phone, backup codes:", "4410-2287", "and 9932-1175, which one first?"], "9932-1175"),
]

KEPT = [
    ("I changed the login password to Ginkgo#2219 today", "Ginkgo#2219"),
    ("my anti-phishing code is Heron44, please put it in your emails", "Heron44"),
    ("secret: 3A9F0C6B1E2D4F5877C1D0E9B8A6F423", "3A9F0C6B1E2D4F5877C1D0E9B8A6F423"),
]

LEFT = [
    "the login to my account fails since Tuesday",
    "I changed the login to my work email",
    "is the anti-phishing code set to appear in every email?",
    'my config has "secret": "<your secret here>", what goes there?',
    "login page v2.3 is broken on Safari",
    "login Kai_Wong77 works on the app but not on web",  # a user name
    "the promo code failed on order 551820 and 930417",
    "I bought 100000 token then 200000",
    "the tx hash starts with 7F3A91C0D2B4E6F8, where is my deposit?",
    "sub-account password reset: where is the button?",
    "is the pin still 4 digits after the update?",
    "the password is the same as my email one, is that bad?",
    "我的子账户fund-7和主账户都看不到对账单",
]

# Variations written for the round that pass WITHOUT its hooks (kept out of the lists above, so the reach of
# each family is not overstated): an older rule or the learnt scorer takes them.
NOT_ROUND20_ALONE = [
    "my anti-phishing phrase is now set to Kumquat58, still valid?",
    "防钓鱼码是我自己设的Lychee33，还有效吗",
    "登录密码我改成的是Pomelo#2291，现在进不去",
    'my bot config: {"apiKey": "k-public-1", "passphrase": "Tr0ut-River-9"} is it ok',
    "in settings.yaml I have pwd: 'GreyHeron!42' and it fails",
    "yan zheng ma shi 662901 , mei shou dao",
    "资金pw Qk7wmZtr 不对吗",
    "my password is still Otter_5512 right?",
    "密码还是Lotus7720，没改过",
    "login Heron-owl52!, lost 2FA",
    "recovery codes: hqpz-wmtr and kdfa-zzye, printed last year",
    "备用码 xkcd-rqwe，纸上抄的",
    "動態碼718204剛收到",
    "the authenticator showed 551820, and after that 930417, both rejected",
    "短信验证码 551820 还有邮箱的 930417，都不行",
    # a seed in two named halves with chatter: every variation we wrote was already read by round 13's
    # parts-with-chatter rule (r29's own pair was not); r20_split's rule is shown only by that tuning line
    "my recovery words, first half: <6 words>" + " / and the rest <6 words> — hold on, was that a mistake?",
    "我有备用码 / 4410-2287 / 另外 9932-1175，哪个能用",
    # redacted by the scorer before round 20; its retraining on r27-r29 leaves them too
    "please send the fee report for sub-accounts arb_desk_2 and grid-bot-7",
    "moved 40,000 USDT from master to hedge-fund3 and it is not there",
]


def _split_caught(messages: list[str], secrets: str) -> bool:
    stored = feed(messages)
    return not any(secret in s for s in stored for secret in secrets.split("|"))


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_a_round20_secret_is_redacted(text: str, secret: str) -> None:
    out = scan_inbound(text).text
    assert all(s not in out for s in secret.split("|")), out
    assert "[redacted:" in out


@pytest.mark.parametrize("text", PUBLIC)
def test_an_account_name_is_left(text: str) -> None:
    assert scan_inbound(text).text == text
    assert feed([text]) == [text]


@pytest.mark.parametrize(("messages", "secret"), SPLIT)
def test_a_piece_in_its_own_message_is_redacted(messages: list[str], secret: str) -> None:
    assert _split_caught(messages, secret), feed(messages)


@pytest.mark.parametrize(("text", "secret"), KEPT)
def test_a_neighbour_stays_redacted(text: str, secret: str) -> None:
    assert secret not in scan_inbound(text).text


def test_a_password_after_an_account_noun_stays_redacted() -> None:
    out = scan_inbound("my sub-account password is desk-arb-01").text
    assert "desk-arb-01" not in out


@pytest.mark.parametrize("text", LEFT)
def test_a_look_alike_is_left(text: str) -> None:
    assert scan_inbound(text).text == text


def test_a_position_word_without_a_redacted_secret_before_is_no_piece() -> None:
    stored = feed(["my deposit is missing", "second half: 90AB3C4D5E6F7081 of the tx hash"])
    assert "90AB3C4D5E6F7081" in stored[1]


def test_two_halves_without_a_seed_noun_are_no_round20_piece() -> None:
    assert r20_split.continued_piece20(f"part 2 {_HALF2} lol", [f"song lyrics part 1: {_HALF1}"]) is None
    halves = r20_split.continued_piece20(
        f"and the rest {_HALF2}, ok?", [f"my seed words, first half: {_HALF1}"]
    )
    assert halves is not None and len(halves) == 2


def _unhooked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound, "find_round20", no_finds)
    monkeypatch.setattr(inbound, "drop_r20_public", keep_all)
    monkeypatch.setattr(conversation, "continued_piece20", no_piece)


def _cases() -> Iterator[tuple[str, bool]]:
    """(case, passes now) for every case the round claims. A secret is found by the rules alone; a public
    value is left with the scorer on (it is what read them as secrets)."""
    for text, secret in SECRETS:
        out = scan_inbound(text, learnt=False).text
        yield text, all(s not in out for s in secret.split("|"))
    for text in PUBLIC:
        yield text, scan_inbound(text).text == text
    for messages, secret in SPLIT:
        yield " / ".join(messages), _split_caught(messages, secret)


def test_each_case_needs_round20(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [case for case, ok in _cases() if not ok] == []
    _unhooked(monkeypatch)
    still = [case for case, ok in _cases() if ok]
    assert still == [], f"passes without round 20: {still}"
