"""One-time codes that ``codes`` (digits near a code label) does not read (round 4).

* **Letters and digits**: some codes mix capitals and digits (``Q7K2P9``, 确认码K9TQ2M). Right
  after a code label (a few characters at most, no other label's word in between) a 6-8
  character token of capitals and digits, with at least two of each, is a code. Lower-case mixed
  tokens are left to the password rules; an owner word before the label ("promo code", 邀请码)
  makes it someone else's code.
* **Spoken digits**: six to eight English digit words in a row ("five three nine two zero eight")
  are a code whatever is around them: nobody dictates anything else that long in words in a chat.
* **Digits spaced one by one** (round 9): six to eight single digits between spaces, and a
  message that is only "ddd ddd" (how authenticator apps show a code).
* **Lists of backup codes**: after "backup codes" / 备用码 (an aside in brackets may follow), every
  group of 4-8 digits in the run that follows is a code, however many there are (``codes`` counts
  4-8 digits per value, so a list of four 4-digit codes was one 16-digit "value" and none).

All on the folded text; spans are the text's. Redaction markers already in the text (masked to
private-use characters by ``inbound``) may sit inside a list and do not end it.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .textutil import AsciiFirst, ascii_lower, compile_ascii, literal_alternation, word_start
from .types import OTP_CODE


class CodeShapeHit(NamedTuple):
    kind: str
    start: int
    end: int


# round 5: also two groups of 3-4 joined by a dash ("A7K-29Q"), as codes are shown for reading
_MIXED = re.compile(
    r"(?<![A-Za-z0-9-])(?:[A-Z0-9]{6,8}|[A-Z0-9]{3,4}-[A-Z0-9]{3,4})(?![A-Za-z0-9]|-[A-Za-z0-9])"
)
_MIXED_LABEL = compile_ascii(
    r"(?:\b(?:verification|security|login|confirmation|withdrawal|email|e-mail|sms|2fa|otp|one[- ]time"
    r"|authenticator)\s+code|\bcode|\botp|验证码|确认码|校验码|动态码|安全码|登录码|提币码)"
    # round 5: where it came from between the label and the value ("code from email: X", "码（短信）X")
    r"(?:\s+(?:from|in|via|on)\s+(?:the\s+|my\s+)?(?:e-?mail|sms|text|inbox|phone|app|authenticator)"
    r"|\s*[(（][^()（）\n]{1,12}[)）])?"
    r"\s*(?:is\s+|was\s+|[:：=是为]\s*)?$"
    # round 10: a bare 码 named by where it came from ("邮件里那个码 JX83QP", 短信里的码, 邮箱收到的码)
    r"|(?:邮件|短信|邮箱|验证器|谷歌|手机|app)(?:里|中|上)?(?:的|那个|这个|收到的|发的|发来的)?码\s*(?:是|为|[:：=])?\s*$"
)
_OWNER = compile_ascii(
    r"\b(?:promo|promotion|referral|invite|invitation|coupon|voucher|gift|reward|bonus|discount|redeem|"
    r"activation|tracking|error|status|order|product|reference|ref|anti[- ]?phishing|color|colour|country|"
    r"postal|zip|qr|swift|bic|bank|sort|routing|iban|branch|currency|ticker|sku|model|serial|product|"
    r"discount|promo|coupon)\s*$|(?:邀请|推荐|优惠|兑换|礼品|激活|错误|防钓鱼|订单|二维)$"
)
_EN_DIGIT_WORDS: Final = (
    "zero",
    "oh",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)
_EN_DIGITS: Final = "(?:" + "|".join(_EN_DIGIT_WORDS) + ")"
# literal-first (``re`` skips ahead in C); the word boundaries are checked on the matches
_SPOKEN = re.compile(literal_alternation(_EN_DIGIT_WORDS) + rf"(?:[\s,-]+{_EN_DIGITS}){{5,7}}(?![a-z0-9_])")
_MIXED_LABEL_WORDS = AsciiFirst(
    re.compile(
        literal_alternation(
            ("code", "otp", "验证码", "确认码", "校验码", "动态码", "安全码", "登录码", "提币码")
        )
    )
)
# round 10: a bare 码 after its source (see _MIXED_LABEL); the character before is checked in Python
# (a look-behind alternative would cost ``_MIXED_LABEL_WORDS`` its literal-first scan)
_SOURCE_MA_BEFORE: Final = frozenset("件信箱器歌机里中上的个p")
_BACKUP_HINTS: Final = ("backup", "recovery", "2fa", "emergency", "备用", "备份", "恢复码", "救援码", "紧急")
_BACKUP_LABEL = compile_ascii(
    r"\b(?:backup|recovery|2fa|emergency)\s+codes?\b|备用码|备份码|恢复码|救援码|备用验证码|紧急码"
)
_ASIDE = re.compile(r"\s*[(（][^()（）\n]{0,40}[)）]")
_LIST_ITEM = re.compile(r"[\s,，、;；:：/|\-\ue000]*?(?<![0-9])([0-9]{4,8})(?![0-9])")
_LIST_REACH: Final = 400
# round 9: single digits spaced out, six to eight of them ("I got 3 9 1 0 5 2 on my phone"): read
# aloud or copied digit by digit, as nothing else is written; and a message that is nothing but
# two groups of three ("270 991"), as an authenticator app shows its code
_AUTH_DISPLAY = re.compile(r"\s*([0-9]{3} [0-9]{3})\s*")
# round 10: the same display after a verb of receiving or showing ("got 402 917 just now", "it shows
# 115 620", 收到 402 917): not next to other digits (a phone number "+1 415 555 0148", "0912 345 678")
# nor before a unit ("250 000 USDC"); how else would a six-digit number be spaced in the middle?
# One scan for both spaced shapes: single digits (the first alternative; no digit before it, checked
# on a match) and, round 10, the authenticator's "ddd ddd" (``six``), then read with the verb before it
_SPACED_OR_SIX = re.compile(r"[0-9](?:(?: [0-9]){5,7}(?![0-9]|[.,][0-9])|(?P<six>[0-9]{2} [0-9]{3}))")
_AUTH_DISPLAY_AFTER = compile_ascii(
    r"(?:\b(?:got|get|received|receive|came|arrived|shows?|showed|showing|says|said|displays?|reads)"
    r"(?:\s+(?:me|up|in|on\s+(?:my|the)\s+\w+))?\s*[:：]?|收到了?|显示(?:的是|了|的)?|来了)\s*"
    r"(?P<val>[0-9]{3} [0-9]{3})(?![0-9]| [0-9]|[.,][0-9]|\s*(?:%|usdt|usdc|usd|btc|eth|u\b|元|块|万|k\b))"
)


def _received(low: str) -> bool:
    """A cheap gate for ``_AUTH_DISPLAY_AFTER``: its verbs, by plain ``in`` tests."""
    return (
        "got" in low
        or "get" in low
        or "receiv" in low
        or "came" in low
        or "arrived" in low
        or "show" in low
        or "says" in low
        or "said" in low
        or "displa" in low
        or "reads" in low
        or (not low.isascii() and ("收到" in low or "显示" in low or "来了" in low))
    )


_ASCII_DIGIT = re.compile(r"[0-9]")
# Session 10: what every ``_SPOKEN`` match holds, its second word between two separators, found from the
# separator (one character in six or so) rather than from ``_SPOKEN``'s first letters ([eofnstz]: one
# in three); a text without it is not scanned for spoken digits.
_SPOKEN_HINT = re.compile(rf"[\s,-]{_EN_DIGITS}[\s,-]")


def _spoken(low: str) -> list[CodeShapeHit]:
    """Six to eight digits written as English words ("five five two one nine zero")."""
    if _SPOKEN_HINT.search(low) is None:
        return []
    return [
        CodeShapeHit(OTP_CODE, m.start(), m.end())
        for m in _SPOKEN.finditer(low)  # literal-first: most places fail at the first letter
        if word_start(low, m.start())
    ]


def find_code_shapes(text: str) -> list[CodeShapeHit]:
    """Codes of the three shapes above in (folded) ``text``."""
    low = ascii_lower(text)
    if _ASCII_DIGIT.search(text) is None:
        return _spoken(low)  # every other shape's value holds an ASCII digit (``_MIXED``'s >= 2)
    hits: list[CodeShapeHit] = []
    seen: set[int] = set()
    ends = [w.end() for w in _MIXED_LABEL_WORDS.finditer(low)]
    if "码" in low:
        at = low.find("码")
        while at > 0:
            if low[at - 1] in _SOURCE_MA_BEFORE and at + 1 not in ends:
                ends.append(at + 1)
            at = low.find("码", at + 1)
    for end in ends:
        m = _MIXED.search(text, end, min(len(text), end + 24))
        if m is not None and m.start() not in seen:
            seen.add(m.start())
            token = m.group()
            if sum(c.isdigit() for c in token) < 2 or sum(c.isalpha() for c in token) < 2:
                continue
            lo = max(0, m.start() - 40)
            label = _MIXED_LABEL.search(low, lo, m.start())
            if label is None or _OWNER.search(low, max(0, label.start() - 24), label.start()) is not None:
                continue
            hits.append(CodeShapeHit(OTP_CODE, m.start(), m.end()))
    if " " in text:
        six: list[tuple[int, int]] = []
        for m in _SPACED_OR_SIX.finditer(text):
            if m.group("six") is not None:
                six.append(m.span())
            elif m.start() == 0 or not text[m.start() - 1].isdigit():
                hits.append(CodeShapeHit(OTP_CODE, *m.span()))
        shown = _AUTH_DISPLAY.fullmatch(text) if six else None
        if shown is not None:
            hits.append(CodeShapeHit(OTP_CODE, *shown.span(1)))
        elif six and _received(low):
            for s, e in six:  # the verb sits just before the display: read only there
                m = _AUTH_DISPLAY_AFTER.search(low, max(0, s - 40), min(len(low), e + 24))
                if m is not None and m.span("val") == (s, e):
                    hits.append(CodeShapeHit(OTP_CODE, s, e))
    hits += _spoken(low)
    backup = "backup" in low or "recovery" in low or "2fa" in low or "emergency" in low
    if not backup and not low.isascii():
        backup = any(w in low for w in _BACKUP_HINTS)
    for label in _BACKUP_LABEL.finditer(low) if backup else ():
        pos = label.end()
        aside = _ASIDE.match(low, pos)
        if aside is not None:
            pos = aside.end()
        stop = min(len(low), pos + _LIST_REACH)
        while pos < stop:
            item = _LIST_ITEM.match(low, pos, stop)
            if item is None:
                break
            hits.append(CodeShapeHit(OTP_CODE, item.start(1), item.end(1)))
            pos = item.end()
    return hits
