"""Asks the noun-and-verb reading of ``outbound`` misses (round 6), told as a script:

* a phrase asked for in counted pieces ("send me the first 6 words now and the remaining 6
  after", 您先发前六个词，我确认后再发后六个): a count of words is what a phrase has, so no word
  naming the phrase is needed beside it;
* a picture of the 2FA secret ("a screenshot of the QR code / setup key from your authenticator",
  请截图您谷歌验证器的二维码或密钥): the QR code and the setup key *are* the secret;
* slang for a key or the words ("DM me the pk", "drop ur priv key", 词对一下 / 对一下词);
* money told to go somewhere we name or to come back more ("move ur usdt to this addr for
  protection, we'll send it back", "send any amount and we'll return double", "send 0.1 ETH gas
  fee to activate the refund, address below"): a transfer ask with a promise of return, a fee to
  unlock money, or a destination we give.

Each hit is checked by the caller like the other scripts (negations, warning words, reported
asks), so "scammers promise to return double if you send any amount" stays a warning.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .textutil import AsciiFirst, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, TRANSFER_REQUEST

_COUNTED_PIECES = compile_ascii(
    r"\b(?:send|give|type|paste|tell|share)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:first|last)\s+(?:six|6|three|3|four|4"
    r"|eight|8|twelve|12)\s+words?\b(?!\s+of\b)"
    r"|(?:先)?(?:发|打|给|报|告诉我)(?:前|后)(?:六|6|三|3|四|4|八|8|十二|12)个(?:词|单词)"
)
_QR_PICTURE = compile_ascii(
    r"\b(?:screenshot|screen\s*shot|photo|picture|pic|image|snapshot)\s+of\s+(?:the\s+|your\s+|ur\s+)?"
    r"(?:[a-z0-9-]+\s+){0,2}?(?:qr(?:\s*code)?|setup\s+key|secret\s+key|backup\s+key)\b"
    r"|截图[^，。！？,.!?]{0,12}?(?:验证器|谷歌|2fa|ga)[^，。！？,.!?]{0,8}?(?:二维码|密钥|秘钥)"
    r"|(?:验证器|谷歌|2fa|ga)[^，。！？,.!?]{0,8}?(?:二维码|密钥|秘钥)[^，。！？,.!?]{0,6}?截图"
)
_SLANG_KEY = compile_ascii(
    r"\b(?:dm|pm|send|give|share|drop|paste|text|shoot|hand\s+over)\s+(?:me|us)\s+(?:the\s+|your\s+|ur\s+)?"
    r"(?:pk|priv(?:\s*key)?|privkey|keys)\b"
)
_SLANG_WORDS = compile_ascii(
    r"(?:助记词|单词|词)(?:对|核对|报|念)(?:一下|下)|对(?:一下|下)(?:助记词|单词|词)"
)
_MOVE = compile_ascii(
    r"\b(?:send|move|transfer|deposit|pay)\s+(?:ur\s+|your\s+|all\s+(?:of\s+)?(?:ur\s+|your\s+|the\s+)?|any\s+|the\s+"
    r"|some\s+)?(?:amount|funds?|coins?|money|crypto|assets?|balance|usdt|usdc|btc|eth|bnb|trx|sol"
    r"|[0-9][0-9.,]*\s*(?:usdt|usdc|btc|eth|bnb|trx|sol|u)\b)"
    r"|(?:转|充|打)(?:入|到|给|进)?(?:一笔|任意金额|[0-9.]+\s*(?:usdt|u|btc|eth))"
)
_PROMISE = compile_ascii(
    # our promise to give it back ("we'll send it back after the upgrade"), not "send the funds back to
    # your own address"
    r"\b(?:we|i)(?:'ll|\s+will|\s+would|'d|\s+can)?\s+(?:then\s+|just\s+)?(?:send|give|pay|transfer|move|return)"
    r"\s+(?:it|them|everything|the\s+(?:funds?|coins?|money))\s+back\b"
    r"|\breturn\s+(?:you\s+)?(?:double|twice|2x)\b|\b(?:double|2x)\s+(?:back|return)"
    r"|\bgas\s+fee\b|\bfee\s+to\s+(?:activate|unlock|release|receive|process|claim)"
    # round 8: not the customer's own wallet named as lost ("treat that wallet as compromised")
    r"|\b(?:this|that|the\s+following|our|my)\s+(?:addr|address|wallet)\b(?!\s+(?:as\s+)?(?:is\s+|was\s+)?"
    r"(?:compromised|exposed|leaked|unsafe))|\baddress\s+(?:below|above|here)\b"
    r"|\bfor\s+(?:protection|safe\s*keeping|safety)\b"
    r"|(?:翻倍|双倍)(?:返还|返回|退还|退回)|(?:原路)?(?:返还|退回)给(?:您|你)|(?:这个|以下|下面的?|我们的)(?:地址|钱包)"
    r"|(?:激活|解冻)[^，。！？,.!?]{0,6}?(?:手续费|gas)|(?:手续费|gas费?)[^，。！？,.!?]{0,8}?(?:激活|解冻|到账)"
)
_CONDITION_BEFORE = compile_ascii(
    r"\b(?:if|when|unless|once)\s+(?:you|u)\s+(?:ever\s+)?$|(?:如果|若|假如|要是)(?:您|你)?$"
)
# the sentence tells a scam ("scammers promise to return double"): a warning, not an ask
_SCAM_TOLD = compile_ascii(r"scam|fraud|\bfake\b|impersonat|phishing|骗|诈|冒充")
_PROMISE_KIND: Final = "promise"
# each literal -> the patterns tried around it (the promise: the transfer ask around it)
_BY_LITERAL: Final[dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    **dict.fromkeys(("word", "个词", "个单词"), ((ASKS_SEED_PHRASE, _COUNTED_PIECES),)),
    **dict.fromkeys(
        ("qr", "setup key", "secret key", "backup key", "二维码", "秘钥"), ((ASKS_OTP_CODE, _QR_PICTURE),)
    ),
    "密钥": ((ASKS_OTP_CODE, _QR_PICTURE),),
    **dict.fromkeys(("pk", "priv", "keys"), ((ASKS_PRIVATE_KEY, _SLANG_KEY),)),
    **dict.fromkeys(("词对", "对一下", "对下"), ((ASKS_SEED_PHRASE, _SLANG_WORDS),)),
    # the literals of ``_PROMISE`` (not "wallet" or "fee" alone: replies name them all the time)
    **dict.fromkeys(
        (
            "back",
            "double",
            "2x",
            "gas",
            "fee to",
            "addr",
            "this wallet",
            "that wallet",
            "our wallet",
            "my wallet",
            "protection",
            "safe",
            "返还",
            "退",
            "翻倍",
            "双倍",
            "地址",
            "钱包",
            "手续费",
            "激活",
            "解冻",
        ),
        ((_PROMISE_KIND, _PROMISE),),
    ),
}
_ANCHOR = AsciiFirst(re.compile(literal_alternation(list(_BY_LITERAL))))
_BEFORE_ANCHOR: Final = 60  # "screenshot of the QR code / setup key": the ask starts before the noun
_AFTER_ANCHOR: Final = 40
_REACH: Final = 160


class AskHit(NamedTuple):
    code: str
    start: int
    end: int


def _transfer_near(low: str, promise: re.Match[str]) -> AskHit | None:
    """A transfer ask within reach of a promise, not told as a condition or a scam."""
    lo, hi = max(0, promise.start() - _REACH), min(len(low), promise.end() + _REACH)
    if _SCAM_TOLD.search(low, lo, hi) is not None:
        return None
    for m in _MOVE.finditer(low, lo, hi):
        if _CONDITION_BEFORE.search(low, max(0, m.start() - 16), m.start()) is None:
            return AskHit(TRANSFER_REQUEST, m.start(), m.end())
    return None


def round6_asks(low: str) -> list[AskHit]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one of each kind.

    One literal scan finds where each pattern can match; a pattern runs only in a window around its
    literals (a long reply is never scanned whole by a pattern that starts with a word boundary)."""
    out: list[AskHit] = []
    done: set[int] = set()
    n = len(low)
    for a in _ANCHOR.finditer(low):
        lo, hi = max(0, a.start() - _BEFORE_ANCHOR), min(n, a.end() + _AFTER_ANCHOR)
        for code, pattern in _BY_LITERAL[a.group()]:
            if id(pattern) in done:
                continue
            m = pattern.search(low, lo, hi)
            if m is None:
                continue
            hit = _transfer_near(low, m) if code == _PROMISE_KIND else AskHit(code, m.start(), m.end())
            if hit is not None:
                out.append(hit)
                done.add(id(pattern))
    return out
