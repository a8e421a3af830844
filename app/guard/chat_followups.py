"""Secrets that only the messages before them make recognisable (round 4, after r10).

``conversation`` joins parts of a phrase or a hex key and finds a value after a message that
names it. Two more shapes, both general:

* **A leak's follow-up.** Right after a customer's message whose password, code or key was
  redacted, the next message or two often carry another one of the same kind: a correction
  ("sorry typo X", 打错了 是 X), the old value ("the old one was X if you need it too", 旧的是 X),
  the second half of a key ("part 2 <token>"). A value of that kind's shape in a short message
  within two messages of the marker, which is the value alone (two words at most) or says it is
  another or a corrected one ("typo", "old", "part", 打错, 旧的), is redacted: for a password a
  strong token (letters and digits and a symbol or both cases), for a code 4-8 digits, for a key
  or API secret a token of 20+ letters and digits. E-mail addresses, links and markup are never
  such values.
* **A code in pieces.** "authenticator says" / "nine one four" / "two two seven", 谷歌验证器上显示 /
  八三一 / 零四六: consecutive messages that are nothing but 2-4 digits (figures, English digit
  words, Chinese digits), together 6-8 digits, right after a message that names a code. Every
  piece is redacted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .fold import fold_inbound, original_span
from .inbound import mask_markers
from .password_near import id_like
from .textutil import ascii_lower, compile_ascii
from .types import API_SECRET, HIGH, OTP_CODE, PASSWORD, PRIVATE_KEY, TOTP_SECRET, Finding

_MARKER = re.compile(r"\[redacted:([a-z_]+)\]")
_SHORT: Final = 100  # a follow-up is a short message
_TOKEN = re.compile(r"(?<![!-~])[!-~]{4,90}(?![!-~])")
_NOT_A_VALUE = re.compile(r"@|://|^www\.|^\[redacted|[<>]", re.I)  # no e-mail, link or markup
# what says a value is another one or a corrected one ("sorry typo", "the old one was", "part 2", 打错了)
_FOLLOW_CUE = compile_ascii(
    r"\b(?:typo|sorry|oops|wrong|mistake|actually|i\s+mean|meant|correct(?:ion|ed)?|old|new|previous|other"
    r"|second|part|half|also|too|instead|or)\b|打错|错了|写错|输错|不对|应该是|旧的|新的|原来|以前|之前|另一|第二"
    r"|后半|还有|也给|或者"
    # round 5: a value that replaced the last one ("it changed", 又变了) or the rest of it ("rest of it")
    r"|\b(?:changed|expired|refreshed|rest|remaining|remainder)\b|变了|换了|刷新|过期|剩下|余下|后面"
)
_KEY_KINDS: Final = frozenset({PRIVATE_KEY, API_SECRET, "wif_key", "extended_private_key", "totp_secret"})
_EDGE = ".,;:!?\"'`)(）（。，！？“”"

_EN_DIGIT: Final = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_ZH_DIGIT: Final = "[零〇一二三四五六七八九幺两]"
_PIECE = re.compile(
    rf"\s*(?P<v>[0-9](?:[\s-]?[0-9]){{1,3}}|{_EN_DIGIT}(?:[\s,-]+{_EN_DIGIT}){{1,3}}|{_ZH_DIGIT}{{2,4}})\s*[.。]?\s*",
    re.I,
)
_CODE_NAMED = compile_ascii(
    r"\b(?:code|codes|otp|2fa|sms|text|authenticator|google\s+auth|authy|digits|says|shows)\b"
    r"|验证码|验证器|谷歌验证|短信|动态码|码|显示"
)
_MAX_PIECES: Final = 4
_DIGITS_ONLY = re.compile(r"\s*(?P<v>[0-9](?:[\s-]?[0-9]){1,7})\s*")
_OTP_ONLY = re.compile(r"\s*\[redacted:otp_code\]\s*")


def _strong_password(value: str) -> bool:
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    symbols = any(not c.isalnum() for c in value)
    cases = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return 6 <= len(value) <= 64 and letters and digits and (symbols or cases)


def _fits(kind: str, value: str) -> bool:
    if kind == PASSWORD:
        return _strong_password(value)
    if kind == OTP_CODE:
        return value.isdigit() and 4 <= len(value) <= 8
    if kind == TOTP_SECRET and _BASE32_HALF.fullmatch(value):
        return True  # round 5: half of a 32-character 2FA key ("VK7E… (rest of it)")
    return len(value) >= 20 and value.isalnum()


_BASE32_HALF = re.compile(r"[A-Z2-7]{16,}|[a-z2-7]{16,}")
# round 5: a code in digit groups after a leak ("wait it changed, 908 337", 又变了 093 558)
_GROUPED_CODE = re.compile(r"(?<![0-9])[0-9]{2,4}(?:[ -][0-9]{2,4}){1,3}(?![0-9])")


def follow_up(text: str, earlier: Sequence[str]) -> Finding | None:
    """A value of the same kind as a secret redacted in the last two messages, if ``text`` has one."""
    if len(text) > _SHORT or not earlier:
        return None
    kinds = [m.group(1) for e in earlier[-2:] if "[redacted:" in e for m in _MARKER.finditer(e)]
    kinds = [k for k in kinds if k in (PASSWORD, OTP_CODE) or k in _KEY_KINDS]
    if not kinds:
        return None
    folded = fold_inbound(mask_markers(text))
    work = folded.text
    rest = _DIGITS_ONLY.fullmatch(work)
    if rest is not None and _OTP_ONLY.fullmatch(earlier[-1]):
        # "sms just came" / "55 21" (redacted) / "90 14": the rest of a code sent in pieces
        s, e = rest.span("v")
        if folded.origin is not None:
            s, e = original_span(folded, s, e)
        return Finding(OTP_CODE, HIGH, s, e)
    if len(work.split()) > 2 and _FOLLOW_CUE.search(ascii_lower(work)) is None:
        return None  # more than the value, and nothing saying it is another or a corrected one
    grouped = _GROUPED_CODE.search(work) if OTP_CODE in kinds else None
    if grouped is not None and grouped.start() > 0 and id_like(work, grouped.start(), grouped.end()):
        grouped = None  # "my order 118 462 changed status": an id after its label
    if grouped is not None and 4 <= sum(c.isdigit() for c in grouped.group()) <= 8:
        s, e = grouped.span()
        if folded.origin is not None:
            s, e = original_span(folded, s, e)
        return Finding(OTP_CODE, HIGH, s, e)
    for m in _TOKEN.finditer(work):
        s, e = m.span()
        while s < e and work[s] in _EDGE:
            s += 1
        while e > s and work[e - 1] in _EDGE:
            e -= 1
        value = work[s:e]
        if not value or _NOT_A_VALUE.search(value) or id_like(work, s, e):
            continue  # "my order ORD-77812x is stuck": an id after its label
        for kind in dict.fromkeys(kinds):
            if _fits(kind, value):
                if folded.origin is not None:
                    s, e = original_span(folded, s, e)
                keyed = kind in _KEY_KINDS and kind not in (API_SECRET, TOTP_SECRET)
                return Finding(PRIVATE_KEY if keyed else kind, HIGH, s, e)
    return None


# round 5: a piece may be followed by a remark without digits ("3 6 4 sorry hit enter", "8 4 0 手滑了")
_REMARK = re.compile(r"[\s,，.。!！]*[^\d\[\]]{0,40}")
# and the first piece may follow the code's label in its message ("code is 5 2 7", "验证码 2 9 1")
_LABELLED_PIECE = compile_ascii(
    r"(?:\b(?:code|codes|otp|2fa|sms|authenticator|authy)\b|验证码|验证器|动态码|谷歌码|码)"
    r"\s*(?:is|was|是|为)?\s*[:：=]?\s*(?P<v>[0-9](?:[\s-]?[0-9]){1,3})\s*[.。]?\s*$"
)


def _piece(text: str, remark: bool = False) -> tuple[int, int, int] | None:
    """(start, end, digits) of a message that is only a piece of a code (with ``remark``: or a piece
    followed by a remark without digits)."""
    low = ascii_lower(text)
    m = _PIECE.fullmatch(low)
    if m is None and remark:
        m = _PIECE.match(low)
        if m is not None and _REMARK.fullmatch(low, m.end()) is None:
            m = None
    if m is None:
        return None
    value = m.group("v")
    digits = sum(c.isdigit() for c in value) or len(re.findall(_EN_DIGIT, value)) or len(value)
    return m.start("v"), m.end("v"), digits


def code_pieces(text: str, earlier: Sequence[str]) -> list[tuple[int, Finding]] | None:
    """The pieces (index in ``earlier``, or -1 for ``text``) of a code sent a few digits at a time."""
    last = _piece(text, remark=True)
    if last is None:
        return None
    pieces = [(-1, last)]
    total = last[2]
    i = len(earlier) - 1
    while i >= 0 and len(pieces) < _MAX_PIECES:
        p = _piece(earlier[i])
        if p is None:
            break
        pieces.append((i, p))
        total += p[2]
        i -= 1
    head = _LABELLED_PIECE.search(ascii_lower(earlier[i])) if i >= 0 else None
    if head is not None and 6 <= total + sum(c.isdigit() for c in head.group("v")) <= 8:
        # "code is 5 2 7" / "3 6 4 sorry hit enter": the label's own message holds the first piece
        v = head.group("v")
        pieces.append((i, (head.start("v"), head.end("v"), sum(c.isdigit() for c in v))))
        return [(index, Finding(OTP_CODE, HIGH, s, e)) for index, (s, e, _) in pieces]
    if len(pieces) < 2 or not 6 <= total <= 8 or i < 0:
        return None
    if _CODE_NAMED.search(ascii_lower(earlier[i])) is None:
        return None
    return [(index, Finding(OTP_CODE, HIGH, s, e)) for index, (s, e, _) in pieces]
