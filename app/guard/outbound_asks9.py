"""Asks blind batch r15 showed passing (round 9), told in ways the noun-and-verb reading misses:

* **remote control without a brand**: a program we send to run ("ExchangeGuard.exe, run it as
  administrator", 用管理员身份运行), a profile or certificate to install on the phone (描述文件), an
  app from an apk link, "accept all permissions" (所有权限都点允许). Support has nothing to install.
* **a picture or a reading of the authenticator**: "screenshot the authenticator app screen and
  send it", "send the code shown in your Authy app", 您的身份验证器现在显示的是多少.
* **slang**: "what r the 12 words", "gimme the 2fa code".
* **a threat instead of a verb**: 如果5分钟内不提供验证码，您的账户将被永久冻结 / 不提供恢复短语的话验证会
  失败 / 密码加验证码马上发，不然号就封了: not giving the secret is said to have a cost.
* **a transfer named by its destination**: "withdraw your full balance to the cold-storage address
  0x…, controlled by our security department"; an unlimited approval called normal (无限授权…正常).

``UNCONDITIONAL`` asks are wrapped in a warning on purpose ("support never asks for your code...
except now", 请不要把助记词告诉其他任何人，只发给我): the warning is the bait, so they are not
cancelled by the negation or warning word before them as other asks are.

All patterns run on the folded, ASCII-lower-cased message, each only when one of its literals is
in it (one ``in`` test per literal).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final, NamedTuple, Protocol, TypeVar

from .textutil import compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
)


class Ask9(NamedTuple):
    code: str
    start: int
    end: int
    unconditional: bool


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


_A = TypeVar("_A", bound=_Coded)


def first_per_code(
    asks: Iterable[_A], found: set[str] | None = None, keep: Callable[[_A], bool] | None = None
) -> list[_A]:
    """The first ask of each code, in order: one refusal per kind is all a reply needs, and a later
    ask of a kind already found adds nothing. ``found`` (codes already refused) is skipped and grows
    with each ask kept; ``keep`` (a negation test, say) drops an ask without taking its code, so a
    later ask of that code may still stand."""
    seen: set[str] = set() if found is None else found
    out: list[_A] = []
    for ask in asks:
        if ask.code not in seen and (keep is None or keep(ask)):
            out.append(ask)
            seen.add(ask.code)
    return out


_SECRET_ZH = r"(?:验证码|谷歌验证码|短信验证码|密码|助记词|恢复短语|私钥|密钥|2fa)"
_SECRET_EN = (
    r"(?:code|otp|2fa|password|pass|seed(?:\s+phrase)?|recovery\s+phrase|private\s+key|pk|12\s+words|words)"
)
_RULES: Final[tuple[tuple[str, tuple[str, ...], re.Pattern[str], bool], ...]] = (
    # remote control without a brand name
    (
        REMOTE_ACCESS,
        (".exe", ".apk", ".msi", ".dmg", "apk", "exe"),
        compile_ascii(
            r"\b(?:run|open|launch|install|execute|start|double[- ]click)\b"
            r"[^.!?\n]{0,60}?\.(?:exe|msi|dmg|apk)\b"
            r"|\.(?:exe|msi|dmg|apk)\b[^.!?\n]{0,60}?(?:\b)(?:run|open|launch|install|execute)\b"
            r"|\b(?:install|download)\b[^.!?\n]{0,40}?(?:\b)apk\b|\bapk\s+(?:link|file)\b"
            r"|\.(?:exe|msi|apk)[^。！？\n]{0,30}?(?:运行|安装|打开|双击)|(?:运行|安装|打开|双击)[^。！？\n]{0,30}?\.(?:exe|msi|apk)"
        ),
        False,
    ),
    (
        REMOTE_ACCESS,
        ("administrator", "管理员"),
        compile_ascii(
            r"\brun\s+(?:it|this|the\s+\w+)\s+as\s+(?:an\s+)?admin(?:istrator)?\b|(?:用|以)管理员(?:身份|权限)运行"
        ),
        False,
    ),
    (
        REMOTE_ACCESS,
        ("permission", "权限"),
        compile_ascii(
            r"\b(?:accept|allow|grant|approve|enable)\s+(?:all|every|each)\s+(?:the\s+)?(?:permissions?|access)\b"
            r"|(?:所有|全部)(?:的)?权限(?:都)?(?:点|选)?(?:允许|同意|打开|开启|授权)"
        ),
        False,
    ),
    (
        REMOTE_ACCESS,
        ("profile", "certificate", "描述文件", "证书"),
        compile_ascii(
            r"\binstall\b[^.!?\n]{0,40}?(?:\b)(?:profile|certificate|cert)\b[^.!?\n]{0,40}?(?:\b)(?:iphone|phone|device|link|mac)"
            r"|安装[^。！？\n]{0,20}?(?:描述文件|证书|配置文件)|(?:描述文件|证书|配置文件)[^。！？\n]{0,12}?安装"
        ),
        False,
    ),
    # the authenticator shown or read
    (
        ASKS_OTP_CODE,
        ("screenshot", "截图", "screen shot"),
        compile_ascii(
            r"\bscreen\s*shot\s+(?:of\s+)?(?:the\s+|your\s+|ur\s+)?(?:google\s+)?(?:authenticator|authy|2fa|ga)\b"
            r"|(?:截图|截屏)[^。！？\n]{0,8}?(?:验证器|谷歌验证|身份验证器)[^。！？\n]{0,10}?(?:发|给)"
            r"|(?:验证器|谷歌验证)[^。！？\n]{0,10}?(?:截图|截屏)[^。！？\n]{0,4}?(?:发|给)"
        ),
        False,
    ),
    (
        ASKS_OTP_CODE,
        ("shown", "displayed", "showing", "显示"),
        compile_ascii(
            r"\b(?:send|tell|give|read|type)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:code|number|digits)\s+"
            r"(?:shown|displayed|showing)\s+(?:in|on)\s+(?:your\s+|the\s+)?(?:google\s+)?(?:authy|authenticator|2fa|ga)\b"
            r"|(?:验证器|谷歌验证|令牌)[^。！？\n]{0,6}?(?:现在|当前|目前)?显示(?:的)?(?:是)?(?:多少|什么|几)"
        ),
        False,
    ),
    # slang
    (
        ASKS_SEED_PHRASE,
        ("words",),
        compile_ascii(
            r"\bwhat\s+(?:r\s+(?:the|ur|your|ya)|(?:are|were)\s+(?:ur|your|ya))\s+"
            r"(?:12|24|twelve|twenty[- ]four|seed|recovery)\s+words\b"
        ),
        False,
    ),
    (
        ASKS_OTP_CODE,
        ("gimme", "lemme", "hmu"),
        compile_ascii(
            r"\b(?:gimme|lemme\s+(?:get|have|see))\s+(?:the\s+|ur\s+|your\s+|that\s+)?(?:2fa|otp|sms|ga|verification|auth)?\s*code\b"
        ),
        False,
    ),
    (
        ASKS_PASSWORD,
        ("gimme", "lemme"),
        compile_ascii(
            r"\b(?:gimme|lemme\s+(?:get|have|see))\s+(?:the\s+|ur\s+|your\s+)?(?:pass(?:word)?|pw|login)\b"
        ),
        False,
    ),
    (
        ASKS_PRIVATE_KEY,
        ("key",),
        compile_ascii(
            r"\b(?:need|send|give|want|share|tell)\s+(?:me\s+|us\s+)?(?:the\s+|your\s+)?[\"“']?key[\"”']?\s+"
            r"(?:to|for|of)\s+(?:your|ur|the)\s+wallet\b"
            r"|\bthe\s+long\s+one\s+that\s+starts\s+with\s+0x\b"
        ),
        False,
    ),
    (
        ASKS_PASSWORD,
        ("什么都不用", "全帮", "都帮", "全替"),
        compile_ascii(
            r"(?:账号|账户|帐号|登录)(?:信息|资料|密码)[^。！？\n]{0,4}?(?:给我|发我|发给我|告诉我)[^。！？\n]{0,24}?"
            r"(?:(?:全|都)(?:帮|替)(?:您|你)|什么都不用)"
        ),
        False,
    ),
    # a polite opener with a "not" in it is no negation of the ask
    (
        ASKS_OTP_CODE,
        ("trouble", "mind"),
        compile_ascii(
            r"\bif\s+(?:it\s+is|it'?s|you\s+don'?t|you\s+do\s+not)\s+(?:not\s+)?(?:too\s+much\s+trouble|mind)\b"
            r"[^.!?\n]{0,20}?(?:could|would|can|will)\s+you\s+(?:please\s+)?(?:share|send|provide|give|tell|read)\s+"
            r"(?:me\s+|us\s+)?(?:the\s+|your\s+)?(?:[a-z0-9-]+\s+)?(?:code|otp|password|seed\s+phrase|private\s+key)\b"
        ),
        True,
    ),
    # a threat for not giving it
    (
        ASKS_OTP_CODE,
        ("不提供", "不发", "不给", "不然", "否则"),
        compile_ascii(
            r"(?:不提供|不发|不给|没有提供)[^。！？\n]{0,6}?"
            + _SECRET_ZH
            + r"[^。！？\n]{0,20}?(?:冻结|封|失败|关闭|注销|无法|清空)"
            r"|" + _SECRET_ZH + r"[^。！？\n]{0,12}?(?:马上|立刻|赶紧|快点?|现在)?(?:发|给我|告诉我)"
            r"[^。！？\n]{0,6}?(?:不然|否则)"
        ),
        False,
    ),
    (
        ASKS_OTP_CODE,
        ("if you don't", "unless you", "if you do not"),
        compile_ascii(
            r"\b(?:if\s+you\s+(?:don'?t|do\s+not)|unless\s+you)\s+(?:send|provide|give|share)\s+(?:me\s+|us\s+)?"
            r"(?:the\s+|your\s+)?"
            + _SECRET_EN
            + r"\b[^.!?\n]{0,60}?(?:\b)(?:frozen|locked|closed|suspended|banned|lost|fail)"
        ),
        False,
    ),
    # a transfer named by where it goes
    (
        TRANSFER_REQUEST,
        ("withdraw", "move", "transfer"),
        compile_ascii(
            r"\b(?:withdraw|move|transfer)\s+(?:your\s+|the\s+)?(?:full\s+|entire\s+|whole\s+|total\s+)?"
            r"(?:balance|funds|assets|holdings|coins|crypto)\s+to\s+(?:the\s+|our\s+|this\s+|a\s+)?"
            # an address we write out: "the cold-storage address 0x03c2…" (not "a new wallet you create")
            r"(?:[a-z-]+\s+){0,2}?(?:address|wallet|account)\s*[:：]?\s*"
            r"(?:0x[0-9a-f]{8}|bc1[0-9a-z]{8}|t[1-9a-z]{20}|[13][1-9a-z]{20})"
        ),
        False,
    ),
    (
        TRANSFER_REQUEST,
        ("无限授权", "unlimited"),
        compile_ascii(
            r"无限授权[^。！？\n]{0,16}?(?:正常|没关系|没事|放心)"
            r"|\bunlimited\b[^.!?\n]{0,40}?(?:that'?s|it'?s|is)\s+(?:normal|fine|ok|okay|expected|standard)\b"
        ),
        False,
    ),
    # an ask wrapped in the warning that should have stopped it
    (
        ASKS_OTP_CODE,
        ("except",),
        compile_ascii(
            r"\b(?:never|not|don'?t|doesn'?t)\b[^\n]{0,40}?(?:\b)(?:code|otp|2fa|password)\b[^\n]{0,12}?(?:\b)except\s+"
            r"(?:in\s+|for\s+)?(?:this|now|today|here|me|us)\b"
        ),
        True,
    ),
    (
        ASKS_SEED_PHRASE,
        ("only with me", "only to me", "except me", "只发给我", "只告诉我", "只给我", "除了我"),
        compile_ascii(
            r"\b(?:seed|recovery\s+phrase|mnemonic|words|private\s+key|code|password)\b[^\n]{0,60}?"
            r"(?:only\s+(?:with|to)\s+me|except\s+(?:with\s+|to\s+)?me)\b"
            r"|(?:助记词|私钥|验证码|密码)[^\n]{0,30}?(?:只发给我|只告诉我|只给我|除了我)"
        ),
        True,
    ),
)
_SEED_WORDS = re.compile(r"seed|recovery\s+phrase|mnemonic|words|助记词")
_KEY_WORDS = re.compile(r"private\s+key|私钥")
_CODE_WORDS = re.compile(r"code|otp|2fa|验证码")


# the same sentence goes on to refuse what it named
_REFUSED_AFTER = compile_ascii(
    r"\b(?:don'?t|do\s+not|never|uninstall|refuse|decline)\b|不要|别|切勿|卸载|拒绝"
)
_END = re.compile(r"[.!?。！？\n]")


def _sentence_end(low: str, pos: int) -> int:
    m = _END.search(low, pos)
    return m.start() if m else len(low)


def _secret_kind(text: str, default: str) -> str:
    """The kind an ask wrapped in a warning is about (what it names first)."""
    for pattern, kind in (
        (_SEED_WORDS, ASKS_SEED_PHRASE),
        (_KEY_WORDS, ASKS_PRIVATE_KEY),
        (_CODE_WORDS, ASKS_OTP_CODE),
    ):
        if pattern.search(text):
            return kind
    return default


def threat_kind(text: str) -> str:
    """The kind of secret a threat or short ask names (a password when it names none of the others)."""
    return _threat_kind(text)


def _threat_kind(text: str) -> str:
    if "助记词" in text or "恢复短语" in text or "seed" in text or "words" in text or "phrase" in text:
        return ASKS_SEED_PHRASE
    if "私钥" in text or "密钥" in text or "private key" in text:
        return ASKS_PRIVATE_KEY
    if "验证码" in text or "code" in text or "2fa" in text or "otp" in text:
        return ASKS_OTP_CODE
    return ASKS_PASSWORD


# a second literal some rules also need (a C-level ``in`` is far cheaper than their patterns)
_ALSO: Final = {
    ("profile", "certificate", "描述文件", "证书"): ("install", "安装"),
    ("withdraw", "move", "transfer"): ("0x", "bc1", "address", "wallet", "account"),
}


_ALL_LITERALS: Final = sorted({lit for _, lits, _, _ in _RULES for lit in lits}, key=len, reverse=True)
# one scan finds every literal present (a found literal also stands for the shorter ones inside it:
# ".exe" for "exe", "except me" for "except")
# as a trie (``literal_alternation``): the same matches (the longest literal at the leftmost place), and
# ``re`` skips ahead in C
_LITERALS = re.compile(literal_alternation(_ALL_LITERALS))
_INSIDE: Final = {big: frozenset(lit for lit in _ALL_LITERALS if lit in big) for big in _ALL_LITERALS}


LITERALS9: Final = tuple(_ALL_LITERALS)


def round9_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule."""
    present: set[str] = set()
    for found in _LITERALS.finditer(low):
        present |= _INSIDE[found.group()]
    return round9_asks_with(low, present)


def round9_asks_with(low: str, present: set[str]) -> list[Ask9]:
    """``round9_asks`` given the set of its literals in ``low`` (round 10 finds them in its own scan)."""
    out: list[Ask9] = []
    if not present:
        return out
    for code, literals, pattern, unconditional in _RULES:
        if present.isdisjoint(literals):
            continue
        also = _ALSO.get(literals)
        if also is not None and not any(lit in low for lit in also):
            continue
        m = pattern.search(low)
        if m is None:
            continue
        if not unconditional and _REFUSED_AFTER.search(low, m.end(), _sentence_end(low, m.end())):
            continue  # "if an app asks you to accept all permissions, don't: uninstall it"
        kind = code
        if unconditional:
            kind = _secret_kind(m.group(), code)
        elif code == ASKS_OTP_CODE and literals[0] in ("不提供", "if you don't"):
            kind = _threat_kind(m.group())
        out.append(Ask9(kind, m.start(), m.end(), unconditional))
    return out
