"""Round 14's word gates: which of its ask families a reply can open at all (speed only).

Why a module of its own: the gates are a speed device, not a rule; each family of
``outbound_intent14`` runs only when a word of each of its groups is in the text, and
``test_round14_outbound`` checks that a gate never hides a match. Kept apart so that the words
of a gate can be read beside the family they open without the family's patterns between them.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import any_in, literal_alternation

# Speed: a family runs only when a word of each of its groups is in the text (a C-level ``in`` per word,
# far cheaper than the sentence patterns); each group holds a word of every match of the family's
# patterns (``test_round14_outbound`` checks it on every test and r1-r20 text). Most replies open none.
GATES: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "prompt": (
        (
            "transaction",
            "request",
            "prompt",
            "pop",
            "contract",
            "setapprovalforall",
            "approval",
            "signature",
            "permission",
            "message",
            "asks",
            "shows",
            "displays",
            "pops",
            "prompts",
            "requests",
            "消息",
            "交易",
            "请求",
            "弹",
            "跳出",
            "合约",
            "授权",
            "签名",
            "签个名",
            "permit",
        ),
        (
            "confirm",
            "approve",
            "accept",
            "sign",
            "allow",
            "ok",
            "yes",
            "确认",
            "同意",
            "批准",
            "授权",
            "签名",
            "允许",
            "确定",
            "签",
        ),
    ),
    "prompt_wallet": (
        ("wallet", "metamask", "phantom", "ledger", "setapprovalforall", "dapp", "permit", "钱包", "小狐狸"),
    ),
    "place": (
        (
            "protected",
            "secure",
            "safe",
            "shielded",
            "insured",
            "isolated",
            "quarantine",
            "holding",
            "escrow",
            "sub",
            "安全",
            "保护",
            "隔离",
            "保险",
            "托管",
            "临时",
            "子",
        ),
        ("wallet", "account", "vault", "address", "钱包", "账户", "帐户", "地址"),
    ),
    "required": (
        ("needed", "required", "necessary", "mandatory", "需要", "必须", "须", "要"),
        (
            "key",
            "seed",
            "phrase",
            "words",
            "mnemonic",
            "code",
            "otp",
            "password",
            "passcode",
            "私钥",
            "助记词",
            "恢复词",
            "密码",
            "验证码",
        ),
    ),
    "phish": (("phish", "钓鱼"),),
    "described_otp": (
        ("chang", "refresh", "rotat", "updat", "roll", "flip", "变", "刷新", "跳", "更新"),
        ("number", "digit", "code", "figure", "数字", "号码", "码"),
    ),
    "described_pw": (
        ("log", "登录"),
        ("character", "string", "letter", "thing", "stuff", "word", "字符", "东西", "字母", "密语"),
    ),
    "described_key": (("钥匙", "key"), ("wallet", "钱包")),
    "compare": (
        (
            "verify",
            "check",
            "compare",
            "match",
            "confirm",
            "read",
            "go through",
            "核对",
            "对一下",
            "对下",
            "比对",
            "校对",
            "核实",
            "核验",
        ),
        ("words", "phrase", "seed", "key", "password", "词", "私钥", "密码"),
    ),
    "api": (("api",),),
}


# one literal scan (a trie) finds every family's first group; a found word stands for the shorter ones
# inside it ("signature" for "sign")
_ALL_FIRST: Final = sorted({w for groups in GATES.values() for w in groups[0]}, key=len, reverse=True)
_FIRST_WORDS: Final = re.compile(literal_alternation(_ALL_FIRST))
_FIRST_WORDS_ASCII: Final = re.compile(literal_alternation(w for w in _ALL_FIRST if w.isascii()))
_FAMILIES_AT: Final = {
    big: frozenset(f for f, groups in GATES.items() if any(w in big for w in groups[0])) for big in _ALL_FIRST
}


def live_families(low: str) -> frozenset[str]:
    """The families whose every gate group has a word in ``low``."""
    present: set[str] = set()
    words = (_FIRST_WORDS_ASCII if low.isascii() else _FIRST_WORDS).findall(low)  # C-level: no match objects
    for word in set(words):
        present |= _FAMILIES_AT[word]
    return frozenset(f for f in present if all(any_in(low, g) for g in GATES[f][1:]))
