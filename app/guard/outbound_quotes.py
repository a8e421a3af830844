"""Refusals inside a warning: a quoted scam script, an ask told as someone else's.

Why a module of its own: a warning that quotes the scammer ("if they say 'send your words in two
parts…', that's a scam") holds the same words as the scam. ``review_outbound`` passes a quotation
told as the scammer's words (attributed to a third party, or labelled a scam right after it, in a
message that warns), and holds rather than refuses the other refusals inside quotation marks in a
warning and the asks reported as someone else's ("the person who asked you to move funds …").
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_hand_backs import WARNING
from .textutil import ascii_lower, compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, Violation

_REPORTED = compile_ascii(
    r"\b(?:who|that|which)\s+(?:had\s+)?(?:asked|told|wanted|instructed|requested|pressured|urged)\s+(?:you|u)\s+to\b"
    r"|(?:让|叫|要求|逼)(?:您|你)[^，。！？\n]{0,20}的(?:人|那个人|对方|客服)"
)
_QUOTES: Final = re.compile(r"\"[^\"\n]{4,200}\"|“[^”\n]{4,200}”|「[^」\n]{4,200}」|『[^』\n]{4,200}』")
_QUOTED_CODES: Final = frozenset({ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE})


def quoted_in_warning(text: str, violations: tuple[Violation, ...]) -> list[Violation]:
    """The refusals that sit inside a quotation in a message that warns about a scam."""
    if not violations or WARNING.search(ascii_lower(text)) is None:
        return []
    quotes = [m.span() for m in _QUOTES.finditer(text)]
    return [
        v
        for v in violations
        if v.code in _QUOTED_CODES and any(a <= v.start and v.end <= b for a, b in quotes)
    ]


# round 8: a quotation told as the scammer's words passes (a warning that quotes the script): the
# quote is attributed to someone else ("the scammer wrote:", "an email asking you to", 假客服的原话：,
# 如果对方说) or labelled a scam right after it ("… is a typical impersonation", "…是典型的冒充话术"),
# and the message calls something a scam, not "this is not a scam". "Our system says: '…'" is no
# attribution, so a script that quotes itself is still held.
_TOLD_BEFORE = compile_ascii(
    # a third party said it: scammers, a fake agent, the caller, someone (not "our fraud team", not "the
    # message" alone, which may be ours)
    r"(?:\b(?:scammers?|fraudsters?|impost[oe]rs?|fake\s+\w+|the\s+(?:caller|person)|someone|they|he|she)\b"
    r"[^.!?\"“]{0,25}?(?<![a-z0-9_])(?:said|says|say|wrote|writes|write|asked|asks|told\s+you|claimed|claims)"
    r"|\b(?:scam|phishing|fraud|impersonation)\s+(?:line|script|message|text|e-?mail|sms|pitch|trick)s?"
    r"(?:\s+(?:is|was|goes|reads|like))?"
    r"|\b(?:e-?mails?|messages?|texts?|sms|calls?|dms?)\s+(?:asking|telling|urging)\s+(?:you\s+)?to"
    r"|(?:假客服|骗子|对方|冒充者|诈骗者|有人)[^。！？\"“]{0,12}?(?:说|称|原话(?:是)?|写道|写着|要求|让您|让你)"
    r"|(?:诈骗|冒充|钓鱼)(?:话术|短信|消息|邮件)|(?:收到|接到)(?:要|让|叫)(?:您|你))\s*[:：,，]?\s*$"
)
# the words are ours, whoever is named: "our fraud team wrote:", "系统要求", "we say"
_OURS_IN_FRAME = compile_ascii(r"\b(?:our|we|us|my|i)\b|我们|我司|官方|系统|本平台|客服部|风控")
_TOLD_AFTER = compile_ascii(
    r"\s*[,，]?\s*(?:(?:that|this)\s+is|that'?s|is|are|was)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:scam|impersonation"
    r"|phishing|fraud|fake|lie)"
    r"|\s*[,，]?\s*(?:这|那)?(?:是|就是|属于)[^。！？]{0,8}?(?:诈骗|冒充|钓鱼|骗局|话术|假)"
)
_DENIED_WARNING = compile_ascii(r"\b(?:not|isn'?t|never|no)\s+(?:an?\s+)?$|(?:不是|并非|并不是|绝非|没有)$")
_TOLD_WARNING = compile_ascii(
    r"impersonat|\bscam|(?<!anti-)(?<!anti)\bfraud(?!\s+(?:team|department|dept|desk|unit|prevention|control|check))"
    r"|\bphishing\b|\bfake\b|诈骗|骗子|骗局|话术|假冒|冒充|钓鱼|假客服"
)


def told_quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` told as a scammer's words (see above), in a message that warns."""
    if '"' not in text and "“" not in text and "「" not in text and "『" not in text:
        return []
    low = ascii_lower(text)
    quotes = [m.span() for m in _QUOTES.finditer(text)]
    warned = any(
        not any(a <= w.start() < b for a, b in quotes)
        and _DENIED_WARNING.search(low, max(0, w.start() - 12), w.start()) is None
        for w in _TOLD_WARNING.finditer(low)
    )
    if not quotes or not warned:
        return []
    out = []
    for a, b in quotes:
        frame = _TOLD_BEFORE.search(low, max(0, a - 48), a)
        if frame is not None and _OURS_IN_FRAME.search(low, max(0, frame.start() - 16), a) is not None:
            frame = None
        if frame is not None or _TOLD_AFTER.match(low, b) is not None:
            out.append((a, b))
    return out


def told_quotes(violations: tuple[Violation, ...], told: list[tuple[int, int]]) -> list[Violation]:
    """The refusals that start inside a told quotation: these pass."""
    return [v for v in violations if any(a <= v.start < b for a, b in told)]


def reported(text: str, violations: tuple[Violation, ...]) -> list[Violation]:
    """Refusals told as what someone else asked ("the person who asked you to move funds to a
    'secure wallet' was a scammer", 让您转账的人是骗子): held, since the sentence reports an ask."""
    low = ascii_lower(text)
    out: list[Violation] = []
    for v in violations:
        lo = max(0, *(low.rfind(c, 0, v.start) + 1 for c in ".!?。！？\n"))
        if _REPORTED.search(low, lo, v.start + 4) is not None and WARNING.search(low, lo) is not None:
            out.append(v)
    return out
