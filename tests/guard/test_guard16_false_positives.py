"""Issue 16 (guard16fp): the inbound guard's false positives, by FAMILY, in our own words.

Written BEFORE the fix, from r22's touched ordinary messages and the link lines of r1-r22 that were
redacted; none of the texts below is a batch's. Each family has 3-5 variations that must be left
alone (``untouched``) and, beside them, the secrets of the same shape that must STAY redacted (the
safe side of each fix):

* values inside a link: a look-alike host, a video id, a referral code, a bare domain someone sent;
* a number named by a public noun: a block height, a reason / error code, 区块高度, 原因代码;
* Chinese words with spaces (a list of symptoms) read as a seed phrase;
* the public half of an API pair: NOT changed here (a key id stayed redacted; see the note by its tests);
  the pair's redaction is pinned in one message; over a conversation, round 16 (the lead's rule) leaves
  the lone key-id message readable and redacts the secret after it.
"""

from __future__ import annotations

import pytest

from tests.guard.inbound_checks import MARKER, feed, stored_without, untouched

# --- values inside a link ------------------------------------------------------------------------------
LINKS = [
    "look at https://www.youtube.com/watch?v=Xk3q9Zp0LwA it says you give a bonus",
    "the tutorial https://youtu.be/watch?v=Qm7Rt2VwZa9 told me to move my coins",
    "got this sms: exchange.exampl3/verify-now is it you?",
    "someone sent me exchange-examp1e.net today",
    "https://exchange.example/invite?code=8H3K2Q9 my friend's link gives 404",
]


@pytest.mark.parametrize("text", LINKS)
def test_a_value_inside_a_link_is_left(text: str) -> None:
    untouched(text)


def test_a_link_naming_a_password_keeps_its_value_redacted_but_not_its_host() -> None:
    text = "the site https://evil-exchange.example/login?password=Tr0ub4dor99x took it"
    stored = stored_without(text, "Tr0ub4dor99x")
    assert "evil-exchange.example" in stored


def test_a_password_after_a_link_is_still_redacted() -> None:
    text = "I logged in at https://exchange.example/login with password Gr33nfield_58"
    stored_without(text, "Gr33nfield_58")


# --- a number named by a public noun -------------------------------------------------------------------
NAMED_NUMBERS = [
    "sent it at block 19234881, still not credited",
    "withdrawal confirmed in block height 845120 but the balance did not change",
    "verification rejected with reason code 3107, what does that mean",
    "提现显示区块高度 871223，还没到账",
    "KYC 被拒，原因代码 4402，怎么处理",
]


@pytest.mark.parametrize("text", NAMED_NUMBERS)
def test_a_number_named_by_a_public_noun_is_left(text: str) -> None:
    untouched(text)


def test_a_code_beside_a_block_number_is_still_redacted() -> None:
    stored_without("my sms code is 482913, the deposit was at block 871223", "482913")


# --- Chinese words with spaces ---------------------------------------------------------------------------
SPACED_WORDS = [
    "问题：页面 打开 卡住 不对 乱码 错误 请 稍后 再 试",
    "问题：打开 没有 验证 显示 繁忙 网络 请 稍后 再 试",
    "问题：空白 超时 不动 显示 头像 界面 请 稍后 再 试",
    "问题：显示 头像 余额 不对 不动 信号 怎么 办",
]


@pytest.mark.parametrize("text", SPACED_WORDS)
def test_spaced_chinese_words_are_no_seed(text: str) -> None:
    untouched(text)


@pytest.mark.parametrize(
    "text",
    [
        "况势 略周 隶贝 办颇 沫孙 软幼",  # a phrase copied in pairs, nothing else
        "助记词 天那 吐跨 湖达 造年 顿堂 前坦 帮 我 看 看",
        "况势略 周隶贝 办颇沫 孙软幼",
    ],
)
def test_a_phrase_in_pairs_or_rows_is_still_redacted(text: str) -> None:
    result = stored_without(text, text.split()[1] if text.startswith("助") else text.split()[0])
    assert "seed_phrase" in MARKER.findall(result)


# --- the public half of an API pair ---------------------------------------------------------------------
_U1, _U2, _U3, _U4 = (
    "48f165d5-7b00-c7f4-781e-f86f5c8cc1ab",
    "017f9ee6-725e-d09d-3a05-62d56abd685a",
    "b6043106-a85f-68b6-daa8-b2a668d605d4",
    "38f12d92-a28f-17d8-3ce4-4e27424458b6",
)
# (Superseded in round 16: the lead's rule makes the key id public and r2-r21 were relabelled; the
# conversation test below now expects the lone key-id message readable.)
# Decision (guard16fp): r22's writer counts a lone "key <uuid>" as public, but r10, r13, r15, r17, r18, r20
# mark the same shape a secret (10 cases across r1-r21 were newly missed when tried): a key id stays
# redacted, alone or beside its secret. These pin the pair's redaction.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (f"apikey {_U1} secret 9B65A50C4642C9FAADF6EDFE3C1D28E1", [_U1, "9B65A50C4642C9FAADF6EDFE3C1D28E1"]),
        (f"API key {_U2} passphrase Quant_Desk_42", [_U2, "Quant_Desk_42"]),
        (f"key: {_U3}\nsecret: F4AF1A1002E3583637F6ACBC072CFE0A", [_U3, "F4AF1A1002E3583637F6ACBC072CFE0A"]),
    ],
)
def test_a_key_id_beside_its_secret_stays_redacted(text: str, values: list[str]) -> None:
    for value in values:
        stored_without(text, value)


@pytest.mark.parametrize(
    "messages",
    [
        ["my trading bot broke", f"key {_U4}", "secret 647F316E727B8EC0248C00CB31D8EB1F"],
        ["量化机器人坏了", f"api key {_U1}", "secret 9B65A50C4642C9FAADF6EDFE3C1D28E1"],
        ["bot down", f"apikey {_U2}", "passphrase gridbot2025"],
    ],
)
def test_a_key_id_followed_by_its_secret_is_redacted(messages: list[str]) -> None:
    # round 16 (guard16in): the lead's rule (session 12) makes the key id public, so the lone key-id
    # message stays readable (``r16_public``); its secret, the next message, is still redacted
    stored = feed(messages)
    assert not MARKER.search(stored[1]), stored
    assert MARKER.search(stored[2]), stored
