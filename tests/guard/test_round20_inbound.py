"""Round 20 inbound (guard20in): r29's families, in variations of our own (not the batch's lines).

``SECRETS``: values redacted only since round 20 (``round20``), found by the rules alone.
``PUBLIC``: account names a customer gives, each redacted before round 20 (``r20_public``).
``SPLIT``: a secret's next piece in its own message (``r20_split``).
``test_each_case_needs_round20`` removes the round's hooks and checks that every one of these cases then
fails, so none of them passes for another rule's sake. ``KEPT``: neighbours that must stay redacted;
``LEFT``: look-alikes that must stay untouched (both pass with and without the round).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

import app.guard.conversation as conversation
import app.guard.inbound as inbound
from app.guard import scan_inbound
from app.guard.types import Finding
from tests.support.guard_store import feed

_SEED = "cream collect joke kingdom blade craft elbow buffalo regret lady tube crush"  # valid checksum
_HALF1, _HALF2 = " ".join(_SEED.split()[:6]), " ".join(_SEED.split()[6:])

SECRETS = [
    # a secret set to a value, the other way round (the label first, or "login" as the label)
    ("we reset the login to Marlin_77# before the audit", "Marlin_77#"),
    ("my anti-phishing phrase is now set to Kumquat58, still valid?", "Kumquat58"),
    ("the withdrawal PIN was changed to 8831 by my assistant", "8831"),
    ("防钓鱼短语是我们自己设的Lychee33，邮件里没看到", "Lychee33"),
    ("登录密码我改成的是Pomelo#2291，现在进不去", "Pomelo#2291"),
    # a secret in a config
    ('my bot config: {"apiKey": "k-public-1", "passphrase": "Tr0ut-River-9"} is it ok', "Tr0ut-River-9"),
    ("in settings.yaml I have pwd: 'GreyHeron!42' and it fails", "GreyHeron!42"),
    ('机器人配置 {"pass":"Wn7rTq2Lm"} 哪里错了', "Wn7rTq2Lm"),
    # a login with its value
    ("login: Walrus-Bay31 , still locked out", "Walrus-Bay31"),
    ("team login ops.desk@example.org Puffin88! stopped working", "Puffin88!"),
    # short and spoken labels
    ("交易pw KtyrWmpoQzeL 一直提示错误", "KtyrWmpoQzeL"),
    ("deng lu mi ma: Quail4471 , wang ji le", "Quail4471"),
    ("yan zheng ma shi 662901 , mei shou dao", "662901"),
    # a backup code of letters
    ("recovery codes: hqpz-wmtr and kdfa-zzye, printed last year", "hqpz-wmtr|kdfa-zzye"),
    ("备用码 xkcd-rqwe，纸上抄的", "xkcd-rqwe"),
    # a code glued to its label
    ("otp-557102 came in, is it for login", "557102"),
    ("動態碼718204剛收到", "718204"),
    # the second of two codes
    ("the authenticator showed 551820, and after that 930417, both rejected", "930417"),
    ("短信验证码 551820 还有邮箱的 930417，都不行", "930417"),
    # a value glued to a redacted secret
    (f"助记词和密码：{_SEED} / lemon_4491?z", "4491"),
    # a secret's first part named
    ("API secret begins with 7F3A91C0D2B4E6F8, the rest later", "7F3A91C0D2B4E6F8"),
    ("私钥开头是 9c1e4b7a2d3f5e6a8b9c", "9c1e4b7a2d3f5e6a8b9c"),
]

PUBLIC = [
    "please send the fee report for sub-accounts arb_desk_2 and grid-bot-7",
    "moved 40,000 USDT from master to hedge-fund3 and it is not there",
    "Can sub-account: mm-bot-12 trade options?",
]

SPLIT = [
    # a seed in two named halves with chatter on both sides
    (
        [f"the 'agent' asked for my seed words, part 1: {_HALF1}", f"ok part 2 {_HALF2}, hope that's fine?"],
        "cream|crush",
    ),
    (
        [f"he wants my recovery phrase, here's the first half {_HALF1}", f"the rest {_HALF2} — is that safe??"],
        "cream|crush",
    ),
    # the rest of a secret, named by position
    (
        ["rotating our keys now", "api secret first half: 5E0C7A19B3D2F468", "second half: 90AB3C4D5E6F7081 pls revoke"],
        "5E0C7A19B3D2F468|90AB3C4D5E6F7081",
    ),
    (["密钥泄露了", "secret开头是 5E0C7A19B3D2F468", "剩下的是 90AB3C4D5E6F7081，请先冻结"], "90AB3C4D5E6F7081"),
    # the next backup code after a joining word
    (["locked out, I have the backup codes", "4410-2287", "or 9932-1175? not sure which is unused"], "9932-1175"),
    (["我有备用码", "4410-2287", "另外 9932-1175，哪个能用"], "9932-1175"),
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
    "the promo code failed on order 551820 and 930417",
    "I bought 100000 token then 200000",
    "the tx hash starts with 7F3A91C0D2B4E6F8, where is my deposit?",
    "sub-account password reset: where is the button?",
    "我的子账户fund-7和主账户都看不到对账单",
]

# Variations written for the round that pass WITHOUT its hooks (kept out of the lists above, so the reach of
# each family is not overstated): an older rule or the learnt scorer takes them.
NOT_ROUND20_ALONE: list[str] = []


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


def test_two_halves_without_a_seed_noun_are_left() -> None:
    stored = feed([f"song lyrics part 1: {_HALF1}", f"part 2 {_HALF2} lol"])
    assert _HALF1 in stored[0]


def _unhooked(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_finds(text: str) -> list[object]:
        return []

    def keep_all(text: str, found: Sequence[Finding]) -> list[Finding]:
        return list(found)

    def no_piece(text: str, earlier: Sequence[str]) -> None:
        return None

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
