"""Round 18 inbound (guard18in): r24–r26's families, in variations of our own (not the batches').

``PUBLIC``: values a customer shows that are not secrets (``r18_public``, the guard's last filter).
``SECRETS``: values redacted only with ``r18_secrets`` (or ``seed_zh``'s new context word).
``CONVERSATIONS``: secrets over several messages (``r18_split``). ``KEPT`` / ``LEFT``: neighbours the
round must leave as they were. ``test_each_case_needs_round18`` unhooks the round's three modules and
asserts that every case of the first three lists flips: none passes without it (the Traditional context word
has its own test, the same characters without it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app.guard import conversation, inbound, scan_inbound
from app.guard.types import Finding
from tests.support.guard_memos import forget
from tests.support.guard_store import feed

HEX_A = "2d636bff5108d073a5842ea87b0bf8eec907f167a25b8ceaaee505cbc5fb8504"
HEX_B = "1a1ef103ebd8a3e3ece97ebed5d3dd9c085d5b11078b247332b49258d2a188d3"

PUBLIC = [
    # a transaction hash in a sentence written in pinyin, or under a Chinese "has not arrived"
    f"zuo tian chong zhi de {HEX_A} dao xian zai dou mei dao zhang",
    f"wo ti xian le, jiao yi shi 0x{HEX_B}, qing bang wo cha yi xia",
    f"这两笔都没到\n- {HEX_A}\n- {HEX_B}",
    # the anti-phishing code the e-mail shows, also when the customer doubts the e-mail
    "收到一封说要补保证金的邮件，真的假的？上面写着我的防钓鱼码 lvcha88",
    "Got a mail saying my account is frozen. Is that legit? It shows my anti-phishing code Mango21 up top",
    # the name of a standard
    "do you support ed25519 API keys?",
    # a colour code
    "the header is #1f2a3b now, looks weird",
    # a value named as a name
    "我的子账户名是 arb_bot_7",
    "the bot account name is mm_grid_v2",
    # the handle of someone who reaches out
    "someone named Helpdesk_Ana3 messaged me about a refund",
    "有个 Vip_Kefu2 私信我说要验证",
    # a deposit's memo or tag
    "提币的 memo 是 884201",
]

SECRETS = [
    # a Chinese phrase described piece by piece
    ("助记词第一个字是播，接着是储宾霉，最后是 桌 滩 碗 兼 征 酚 牛 耕", "播储宾霉桌滩碗兼征酚牛耕"),
    # a key the customer was told to export
    (f"the guy on the phone had me export this from my wallet: {HEX_B} and then he sent it off", HEX_B),
    # an API secret after "sk"
    ("SK: 9fQ2xLm7Rt4Vb8Nc1Zp6Wy3Hd5Ks0Ja", "9fQ2xLm7Rt4Vb8Nc1Zp6Wy3Hd5Ks0Ja"),
    # a password described by its letters' case
    ("hmm qwRTlmnp with capitals", "qwRTlmnp"),
    ("zPkRmWqa with a capital Z and R", "zPkRmWqa"),
    ("qWmZtrbn 注意大小写", "qWmZtrbn"),
]

EN_WORDS = [
    "cluster",
    "sponsor",
    "fork",
    "medal",
    "mushroom",
    "custom",
    "civil",
    "spoil",
    "desert",
    "spice",
    "menu",
    "obey",
]
ZH_CHARS = ["播", "储", "宾", "霉", "桌", "滩", "碗", "兼", "征", "酚", "牛", "耕"]

CONVERSATIONS = [
    # a seed announced by position, a message per item (en: one word, then ranges)
    [f"{i + 1} {w}" for i, w in enumerate(EN_WORDS[:4])] + ["5-8 " + " ".join(EN_WORDS[4:8])],
    # zh: two characters per item, numbered by their first position
    [f"{2 * i + 1}、{ZH_CHARS[2 * i]} {ZH_CHARS[2 * i + 1]}" for i in range(4)],
    # a 2FA key named as a key, after a message about 2FA
    [
        "I lost the authenticator app with my phone",
        "the key I wrote down back then is GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    ],
]

KEPT = [
    # a key named as one stays a key, whatever the pinyin around it
    (f"wo de si yao {HEX_A} bei dao le, qian mei dao zhang", HEX_A),
    # the code stated as the customer's own setting stays redacted (the lead's ruling)
    ("my anti-phishing code is Mango21, the email I got does not have it", "Mango21"),
    # a standard's name right after a password label is the password
    ("my password is sha256", "sha256"),
    ("my password is #ff6600", "#ff6600"),
    ("my password Tulip2024 messaged me", "Tulip2024"),
    # a name and then a password: only the name is public
    ("登录名 zhangsan88 密码 zs88!!qaz", "zs88!!qaz"),
]

LEFT = [
    "第一个是我，然后是你，最后是他",  # order words around prose
    "I typed Bitcoin with capital B",  # a word, not a token
    "I tried iPhone15 and iPad12, both not working with the app",  # no password named
    "I exported the csv then the tx 0x" + HEX_A + " showed up",  # a transaction word after the verb
]
NUMBERED_LEFT = [
    ["1 open the app", "2 click withdraw", "3 wait"],  # steps, everyday words
    ["1 cluster", "3 sponsor", "4 fork"],  # positions that do not follow on
    ["2 cluster", "3 sponsor", "4 fork"],  # a list that starts nowhere
]


def _covered(text: str, findings: tuple[Finding, ...], secret: str) -> bool:
    """Is every character of ``secret`` (found in order in ``text``, from its first one) redacted?"""
    pos = text.find(secret)
    pos = text.find(secret[0]) if pos < 0 else pos
    for ch in secret:
        pos = text.find(ch, pos)
        if pos < 0 or not any(f.start <= pos < f.end for f in findings):
            return False
        pos += 1
    return True


@pytest.mark.parametrize("text", PUBLIC)
def test_public_values_are_left(text: str) -> None:
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secrets_are_redacted(text: str, secret: str) -> None:
    assert _covered(text, scan_inbound(text).findings, secret), scan_inbound(text).text


# Traditional: 復原短語 (Taiwan's and Hong Kong's word for the recovery phrase) names the phrase; the same
# common characters without it are left (``seed_zh.CONTEXT``: the name is what tells them from prose)
TRADITIONAL = "名 站 角 屬 兵 突 建 然 輕 廣 射 類"


def test_the_traditional_name_of_the_phrase_is_context() -> None:
    named = f"我嘅復原短語係 {TRADITIONAL}，啱唔啱？"
    assert _covered(named, scan_inbound(named).findings, TRADITIONAL.replace(" ", "")), scan_inbound(
        named
    ).text
    assert scan_inbound(f"我抄低咗 {TRADITIONAL}，啱唔啱？").findings == ()


@pytest.mark.parametrize("messages", CONVERSATIONS)
def test_conversation_secrets_are_redacted(messages: list[str]) -> None:
    stored = feed(messages)
    assert "[redacted:" in stored[-1], stored
    if messages[0][:1].isdigit():  # a numbered list: every item's words go, the numbers stay
        assert all(re.match(r"\d", s) and "[redacted:seed_phrase]" in s for s in stored), stored


@pytest.mark.parametrize(("text", "secret"), KEPT)
def test_neighbours_stay_redacted(text: str, secret: str) -> None:
    assert _covered(text, scan_inbound(text).findings, secret), scan_inbound(text).text


@pytest.mark.parametrize("text", LEFT)
def test_look_alikes_are_left(text: str) -> None:
    assert scan_inbound(text).findings == ()


@pytest.mark.parametrize("messages", NUMBERED_LEFT)
def test_numbered_look_alikes_are_left(messages: list[str]) -> None:
    assert feed(messages) == messages


@pytest.fixture
def without_round18(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(inbound, "find_r18_secrets", lambda _text: [])
    monkeypatch.setattr(inbound, "drop_r18_public", lambda _text, found: list(found))
    # round 20 (r20_public) also leaves "我的子账户名是 arb_bot_7": off, as an overlapping round
    monkeypatch.setattr(inbound, "drop_r20_public", lambda _text, found: list(found))
    monkeypatch.setattr(conversation, "numbered_pieces", lambda *_args: None)
    monkeypatch.setattr(conversation, "named_totp_key", lambda *_args: None)
    forget()  # nothing read with the round on answers for it off (conftest forgets again after the test)
    yield


def test_each_case_needs_round18(without_round18: None) -> None:
    """Without the round, every public case is touched, every secret and every conversation leaks."""
    # round 20's scorer (trained on r1-r29) leaves these two by itself: they no longer need round 18
    scorer_leaves = {
        "do you support ed25519 API keys?",
        "someone named Helpdesk_Ana3 messaged me about a refund",
    }
    assert all(scan_inbound(text).findings for text in PUBLIC if text not in scorer_leaves)
    assert not any(_covered(text, scan_inbound(text).findings, secret) for text, secret in SECRETS)
    for messages in CONVERSATIONS:
        assert "[redacted:" not in feed(messages)[-1]
