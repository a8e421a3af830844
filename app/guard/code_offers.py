"""One-time codes the customer offers to hand over, or gives again (round 11).

A customer who has been asked for a code by someone posing as support often checks with us first,
number in hand: "is 904417 the one you need?", "got 193746, is that for me to give you?", "should I
send you 552 810?", 收到 604218 是要给你吗; or gives the next one when the first expired: "new one
840371 (the first expired)", 又收到一个 771203. Nothing labels the number as a code; the offer (to
give it to "you") or the re-send does. A six-digit number (or 3+3) in the same sentence as:

* an offer to give it: "you need", "you asked for", "you wanted", "(for me) to give/send/tell you",
  "should I give/send", "do you need/want", 要给你, 给你们吗, 是要这个吗, 你们要的;
* or a re-send: "new/another/latest/next one" right before it with an expiry or a repeat in the
  message ("expired", "again", "resent", "first one", 过期, 又, 重新, 再发);

and no public number named in the sentence (order, UID, amount, phone, 订单, 手机 …) nor a unit
after it (an amount). Each rule is gated by its literal cue.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .bare_codes import public_number_before
from .types import OTP_CODE

_NUM = (
    r"(?P<val>(?<![\d.,:/#-])(?:\d{6}|\d{3} \d{3})"
    r"(?![\d%-]|[.,:/]\d|\s*(?:usdt|usd|u\b|btc|eth|元|块|个|次|k\b)))"
)
_END = r"[^.!?。！？\n]"
_OFFER = re.compile(
    _NUM + _END + r"{0,48}?(?:(?<![a-z])(?:you|u)\s+(?:need|want|asked|wanted|meant)(?![a-z])"
    r"|(?<![a-z])(?:to\s+)?(?:give|send|tell|pass)\s+(?:it\s+|this\s+|that\s+)?(?:to\s+)?(?:you|u)(?![a-z])"
    r"|要给你|给你们?吗|是要这个|你们要的|要发给你)"
    r"|(?:(?<![a-z])(?:should|shall|do|can|may)\s+i\s+(?:give|send|tell|pass)(?:\s+(?:it\s+)?(?:to\s+)?(?:you|u))?"
    r"|(?<![a-z])(?:you|u)\s+(?:asked\s+for|wanted|need(?:ed)?)|要给你|要发给你|你们要的)"
    + _END
    + r"{0,24}?"
    + _NUM.replace("val", "val2")
)
_OFFER_CUES: Final = ("you", " u ", "给你", "要这个", "你们要", "要发", " i ")
_THREE_DIGITS = re.compile(r"\d\d\d")
_NUMBER = re.compile(_NUM)
_DIGIT_RUN = re.compile(r"(?<!\d)\d{3}(?:\d{3}| \d{3})")  # where a number may start (a plain class scan)
_BEFORE: Final = 80  # the cue before a number: up to ~50 characters, and the look-back for a public label
_AFTER: Final = 70
_AGAIN = re.compile(
    r"(?<![a-z])(?:new|another|latest|next|fresh|second)\s+(?:one|code)\s*(?:is|was|[:：=-])?\s*"
    + _NUM
    + r"|(?:新的|又来了?一个|又收到(?:一个|了)?|重新发的|再发的|第二个)(?:是|为|[:：])?\s*"
    + _NUM.replace("val", "val2")
)
_AGAIN_CUES: Final = (
    "expire",
    "again",
    "resent",
    "re-sent",
    "resend",
    "first one",
    "old one",
    "timed out",
    "time out",
    "过期",
    "失效",
    "又",
    "重新",
    "再发",
    "超时",
)
_PUBLIC_SENTENCE = re.compile(
    r"(?<![a-z])(?:order|uid|id|ticket|case|phone|mobile|amount|price|balance|invoice|ref|txid|tx|block|account\s+no)"
    r"(?![a-z])|订单|单号|手机|电话|金额|余额|工单|编号|尾号|区块",
    re.IGNORECASE,
)


_LOOK_BACK: Final = 24  # "is order 730914 the one you need?": the label before the number


class OfferHit(NamedTuple):
    kind: str
    start: int
    end: int


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("val") if m.group("val") is not None else m.span("val2")


def find_offered_codes(text: str, low: str) -> list[OfferHit]:
    """Codes offered to "you" or given again (module docstring); ``low`` is ``text`` lower-cased."""
    if _THREE_DIGITS.search(text) is None:
        return []
    # every match holds a six-digit number: windows around the numbers (few), then the cues
    numbers = [m.span() for d in _DIGIT_RUN.finditer(low) if (m := _NUMBER.match(low, d.start())) is not None]
    if not numbers:
        return []
    out: list[OfferHit] = []
    patterns = []
    if any(c in low for c in _OFFER_CUES):
        patterns.append(_OFFER)
    if any(c in low for c in _AGAIN_CUES):
        patterns.append(_AGAIN)
    n = len(low)
    windows = [(max(0, a - _BEFORE), min(n, b + _AFTER)) for a, b in numbers]
    for pattern, (lo, hi) in ((p, w) for p in patterns for w in windows):
        for m in pattern.finditer(low, lo, hi):
            around = low[max(0, m.start() - _LOOK_BACK) : m.end()]
            if _PUBLIC_SENTENCE.search(around) is not None or public_number_before(around):
                continue
            out.append(OfferHit(OTP_CODE, *_span(m)))
    return out
