"""Codes in wordings round 14's code rules do not read (round 15), each a FAMILY named from r21's misses.

* **Named by its source** (``by_source``): the app that shows it — authenticator, google auth, authy,
  2fa app, 验证器 — before the value ("authenticator shows 227·405") or after it ("448 610 <- that's
  what google authenticator says"); 6-8 digits in any grouping, not public.
* **Referred back** (``referred_back``): the code named earlier in the message, its value given
  later by "it's / it is / here it is / mine is / 是" ("the app asks a code … share it here, it's
  640 219"); 6-8 digits, not a year, not public.
* **Digits in any spelling** (``spelt``): one by one with spaces or dashes ("code 1 9 9 - 4 0 2"),
  keycap emoji (8️⃣4️⃣…) in a message naming a code, radio digits (洞 0, 拐 7, 勾 9) and two
  groups of Chinese numerals joined by a comma (九一五，二零八) — the last two read by round 14's own
  rules on a same-length copy of the text with those characters rewritten.
* **A correction pair** (``corrections``): two 6-8 digit numbers of the same length, at most three
  digits apart, joined by not / instead of / 不是 ("it's 510774 not 510747", 是 340817 不是340871):
  both are the code or a typo of it; and "不是这个 X，是后来那个" / "not this one X, the new one".

Every rule is gated by a literal cue before any pattern runs (most messages hold none).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .r14_codes import Number, find_r14_codes, numbers
from .r14_codes import _public as public_number
from .types import OTP_CODE


class R15CodeHit(NamedTuple):
    kind: str
    start: int
    end: int


def _code_number(low: str, n: Number) -> bool:
    return 6 <= n.digits <= 8 and not public_number(low, n, 20)


# --- named by its source ----------------------------------------------------------------------------
_SOURCE = re.compile(
    r"(?<![a-z])(?:(?:google|g|ms|microsoft)\s+)?(?:authenticator|auth|authy)(?:\s+app)?(?![a-z])"
    r"|(?<![a-z])2fa\s+app(?![a-z])|(?:谷歌|身份)?验证器"
)
_SOURCE_REACH: Final = 40


def _by_source(text: str, low: str) -> list[R15CodeHit]:
    out: list[R15CodeHit] = []
    for m in _SOURCE.finditer(low):
        for n in numbers(text, max(0, m.start() - _SOURCE_REACH), min(len(text), m.end() + _SOURCE_REACH)):
            if _code_number(low, n):
                out.append(R15CodeHit(OTP_CODE, n.start, n.end))
    return out


# --- referred back ------------------------------------------------------------------------------------
_NAMED = re.compile(r"(?<![a-z])(?:code|otp|2fa|passcode)(?![a-z])|验证码|码")
_BACK = re.compile(
    r"(?<![a-z])(?:it'?s|it\s+is|here\s+it\s+is|here|mine\s+is|mine'?s|mine)(?![a-z])\s*[:：]?\s*"
    r"|(?:，|,)\s*是\s*"
)
_BACK_REACH: Final = 100
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _referred_back(text: str, low: str) -> list[R15CodeHit]:
    named = _NAMED.search(low)
    if named is None:
        return []
    out: list[R15CodeHit] = []
    for m in _BACK.finditer(low, named.end(), min(len(low), named.end() + _BACK_REACH)):
        for n in numbers(text, m.end(), min(len(text), m.end() + 16)):
            if n.start == m.end() and _code_number(low, n) and not _YEAR.fullmatch(n.value):
                out.append(R15CodeHit(OTP_CODE, n.start, n.end))
            break
    return out


# --- digits in any spelling -------------------------------------------------------------------------
_CODE_LABEL = re.compile(
    r"(?<![a-z])(?:code|otp|2fa|passcode|pin)(?![a-z])\s*(?:is|was|=|:|：|-)?\s*|(?:验证码|码)\s*(?:是|为|[:：])?\s*"
)
_ONE_BY_ONE = re.compile(r"[0-9](?:\s*[-–·.]\s*[0-9]|\s[0-9]){3,7}(?![0-9])")
_KEYCAPS = re.compile(r"(?:[0-9]\ufe0f?\u20e3){4,8}")
_KEYCAP_NAMED = re.compile(r"(?<![a-z])(?:code|otp|2fa|passcode|auth\w*|verification)(?![a-z])|验证|码")
_RADIO: Final = str.maketrans({"洞": "零", "拐": "七", "勾": "九"})
_ZH_DIGITS: Final = "零〇○一二三四五六七八九幺两壹贰貳叁参肆伍陆柒捌玖洞拐勾"
_ZH_COMMA = re.compile(rf"(?<=[{_ZH_DIGITS}])[，,、](?=[{_ZH_DIGITS}])")
_ZH_COMMA_PAIR = re.compile(rf"[{_ZH_DIGITS}][，,、][{_ZH_DIGITS}]")


def _spelt(text: str, low: str, *, digit: bool) -> list[R15CodeHit]:
    out: list[R15CodeHit] = []
    if digit:
        if "\u20e3" in text and _KEYCAP_NAMED.search(low):
            out += [R15CodeHit(OTP_CODE, m.start(), m.end()) for m in _KEYCAPS.finditer(text)]
        labelled = "code" in low or "otp" in low or "2fa" in low or "pin" in low or "码" in low
        if labelled and _ONE_BY_ONE.search(text) is not None:  # the digits first: a C-level scan
            for m in _CODE_LABEL.finditer(low):
                one = _ONE_BY_ONE.match(text, m.end())
                if one is not None and 4 <= sum(c.isdigit() for c in one.group()) <= 8:
                    out.append(R15CodeHit(OTP_CODE, one.start(), one.end()))
    if text.isascii():
        return out
    radio = "洞" in text or "拐" in text or "勾" in text
    if radio or ((("，" in text) or ("、" in text) or ("," in text)) and _ZH_COMMA_PAIR.search(text)):
        rewritten = _ZH_COMMA.sub(" ", text.translate(_RADIO))
        out += [R15CodeHit(h.kind, h.start, h.end) for h in find_r14_codes(rewritten, rewritten.lower())]
    return out


# --- a correction pair ------------------------------------------------------------------------------
_PAIR = re.compile(
    r"(?<![0-9A-Za-z.,:/#+@_-])(?P<a>[0-9]{6,8})\s*[,，]?\s*(?:not|instead\s+of|rather\s+than|而不是|不是)\s*"
    r"(?P<b>[0-9]{6,8})(?![0-9A-Za-z])"
    r"|(?<![a-z])(?:not|不是)\s*(?P<c>[0-9]{6,8})\s*[,，]?\s*(?:it'?s|it\s+is|but|是|应该是|而是)\s*"
    r"(?P<d>[0-9]{6,8})(?![0-9A-Za-z])"
)
_NOT_THIS = re.compile(
    r"(?:不是|并非)(?:这个|那个|这串|这组)\s*(?P<v>[0-9]{4,8})\s*[,，]?\s*(?:是|要)(?:后来|后面|新|最新|刚|第二|下一)"
    r"|(?<![a-z])not\s+(?:this|that)\s+one\s*[:,]?\s*(?P<w>[0-9]{4,8})\s*[,;]?\s*(?:it'?s\s+)?the\s+(?:new|later|latest|next|second)"
)


def _near(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 3


def _corrections(text: str, low: str) -> list[R15CodeHit]:
    out: list[R15CodeHit] = []
    for m in _PAIR.finditer(low):
        one, two = ("a", "b") if m.group("a") is not None else ("c", "d")
        if not _near(m.group(one), m.group(two)):
            continue
        spans = [m.span(one), m.span(two)]
        if any(public_number(low, Number(s, e, e - s, False, low[s:e]), 20) for s, e in spans):
            continue
        out += [R15CodeHit(OTP_CODE, s, e) for s, e in spans]
    for m in _NOT_THIS.finditer(low):
        s, e = m.span("v") if m.group("v") is not None else m.span("w")
        if not public_number(low, Number(s, e, e - s, False, low[s:e]), 20):
            out.append(R15CodeHit(OTP_CODE, s, e))
    return out


# six digits, at most one separator between two (round 14's gate): every rule but the spelt ones
# wants a 6-8 digit value, so most messages stop at one C-level scan
_SIX_DIGITS = re.compile(r"[0-9]{2}(?:[ ·・•.\-]?[0-9]){4}")
_SIX_PLAIN = re.compile(r"[0-9]{6}")


def find_r15_codes(text: str, low: str, *, digit: bool) -> list[R15CodeHit]:
    """Every round-15 code in the folded ``text`` (``low``: its ASCII lower case, same length);
    ``digit``: the text holds an ASCII digit (the caller knows it already). Literal cues first."""
    out: list[R15CodeHit] = []
    if digit and _SIX_DIGITS.search(text) is not None:
        if "auth" in low or "2fa app" in low or "验证器" in low:
            out += _by_source(text, low)
        named = "code" in low or "otp" in low or "2fa" in low or "码" in low
        if named and ("it" in low or "here" in low or "mine" in low or "是" in low):
            out += _referred_back(text, low)
        corrected = "not" in low or "instead" in low or "rather" in low or "不是" in low or "并非" in low
        if corrected and _SIX_PLAIN.search(text) is not None:
            out += _corrections(text, low)
    if digit or not text.isascii():
        out += _spelt(text, low, digit=digit)
    return out
