"""Round 13: secrets split over two messages with a remark between, and a value's whole token.

r19 showed what the older conversation rules (``conversation``, ``chat_followups``) assume: the
pieces of a key or a code sit in consecutive messages. Customers send a piece, say why ("the chat
cut it, sending the rest", 手机锁屏了，后面是), then send the rest. Three kinds, each a general shape:

* **A hex key in pieces with a remark between** ("key part 1 <32 hex>" / "sending the rest" /
  "part 2 <32 hex>"): messages ending in a run of hex (a letter and a digit in it) that add up to
  64 digits, at most one short message without hex between two of them, and a key named or a
  part labelled in a piece (a transaction hash is pasted whole; two halves of one are not a thing).
* **A WIF key in two halves** (base58): two pieces ending their messages whose concatenation is a
  valid base58check WIF key. The checksum decides: chance text never passes it.
* **A code read out over two messages** ("the sms says seven one four" / "the rest is" /
  "nine nine two", 短信说是三九七 / 零零五): the first piece ends a message that names a code, the
  last is a message of nothing but digits (figures, English or Chinese digit words), 6-8 digits in
  all, one remark without digits allowed between them.

And ``whole_value``: a password found alone in a message after its label ("my password is" /
"Ah-Kuan_1977") is the whole token, punctuation inside it included (a hyphen split it before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .base58 import b58check_decode
from .fold import fold_inbound, original_span
from .inbound import mask_markers
from .keys import about_transactions, key_context
from .textutil import ascii_lower, compile_ascii
from .types import HIGH, OTP_CODE, PASSWORD, PRIVATE_KEY, WIF_KEY, Finding

Pieces = list[tuple[int, Finding]]  # (index in ``earlier``, or -1 for the new message; its span)

_REMARK: Final = 80  # characters: a remark between two pieces is short
# a run of hex at the end of a message (a letter and a digit in it), after at most a short label
_HEX_END = re.compile(
    r"(?<![0-9A-Za-z])(?:0x)?(?P<v>(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{16,48})\s*[.。]?\s*$"
)
_B58_END = re.compile(
    r"(?<![0-9A-Za-z])(?P<v>[1-9A-HJ-NP-Za-km-z]{16,40})\s*[.。]?\s*$"
)
_MAX_LABEL: Final = 60  # characters before a piece in its message
_PART_WORDS = compile_ascii(
    r"\b(?:part|half|halves|piece|rest|first|second|remaining|1/2|2/2)\b|前半|后半|上半|下半|一半|剩下|其余|分两|第[一二12]段"
)
_WIF_VERSIONS: Final = (0x80, 0xEF)
_WIF_LENGTHS: Final = (33, 34)  # payload bytes: version + 32 (+ 0x01 when compressed)

_EN_DIGIT: Final = r"(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)"
_ZH_DIGIT: Final = "[零〇一二三四五六七八九幺两]"
_DIGIT_RUN: Final = (
    rf"(?:[0-9](?:[\s-]?[0-9]){{1,3}}|{_EN_DIGIT}(?:[\s,-]+{_EN_DIGIT}){{1,3}}|{_ZH_DIGIT}{{2,4}})"
)
_LAST_PIECE = re.compile(rf"\s*(?P<v>{_DIGIT_RUN})\s*[.。!！]?\s*", re.I)
_FIRST_PIECE = re.compile(rf"(?<![0-9a-z])(?P<v>{_DIGIT_RUN})\s*[.。…]*\s*$", re.I)
_CODE_NAMED = compile_ascii(
    r"\b(?:code|otp|2fa|sms|text|texted|authenticator|authy|pin|says|shows|digits)\b"
    r"|验证码|验证器|短信|动态码|码|显示"
)
_ANY_DIGIT = re.compile(rf"[0-9零〇一二三四五六七八九]|\b{_EN_DIGIT}\b", re.I)
_TOKEN_EDGE: Final = frozenset(" \t\r\n,;，。；、()（）\"'“”")


def _digits(value: str) -> int:
    low = value.lower()
    return sum(c.isdigit() for c in low) or len(re.findall(_EN_DIGIT, low)) or len(low.replace(" ", ""))


def _in_original(text: str, start: int, end: int) -> tuple[int, int]:
    """A span found in the folded, marker-masked text, in ``text``'s coordinates."""
    folded = fold_inbound(mask_markers(text))
    return original_span(folded, start, end) if folded.origin is not None else (start, end)


def _folded(text: str) -> str:
    return fold_inbound(mask_markers(text)).text


def _piece(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    work = _folded(text)
    m = pattern.search(work)
    if m is None or m.start("v") > _MAX_LABEL:
        return None
    return _in_original(text, m.start("v"), m.end("v"))


def _remark(text: str) -> bool:
    """A message that may sit between two pieces: short, no redaction, no long token of its own."""
    return len(text.strip()) <= _REMARK and "[redacted:" not in text


def _hex_with_remark(text: str, earlier: Sequence[str]) -> Pieces | None:
    last = _piece(_HEX_END, text)
    if last is None:
        return None
    pieces = [(-1, last)]
    total = last[1] - last[0]
    i, skipped = len(earlier) - 1, False
    while i >= 0 and total < 64 and len(earlier) - i <= 4:
        span = _piece(_HEX_END, earlier[i])
        if span is None:
            if skipped or not _remark(earlier[i]):
                return None
            skipped = True
            i -= 1
            continue
        pieces.append((i, span))
        total += span[1] - span[0]
        i -= 1
    if total != 64 or not skipped:  # without a remark between them: ``conversation._hex_chain``
        return None
    texts = [text if index < 0 else earlier[index] for index, _ in pieces]
    named = any(key_context(t) for t in texts)
    parts = sum(1 for t in texts if _PART_WORDS.search(ascii_lower(t)) is not None)
    if not named and (parts < len(texts) or any(about_transactions(t) for t in texts)):
        return None
    return [(index, Finding(PRIVATE_KEY, HIGH, a, b)) for index, (a, b) in pieces]


def _wif_halves(text: str, earlier: Sequence[str]) -> Pieces | None:
    last = _piece(_B58_END, text)
    if last is None:
        return None
    for back in (1, 2):  # the half just before, or with one remark between
        if len(earlier) < back or (back == 2 and not _remark(earlier[-1])):
            return None
        first = _piece(_B58_END, earlier[-back])
        if first is None:
            continue
        joined = earlier[-back][first[0] : first[1]] + text[last[0] : last[1]]
        raw = b58check_decode(joined)
        if raw is not None and raw[0] in _WIF_VERSIONS and len(raw) in _WIF_LENGTHS:
            index = len(earlier) - back
            return [(index, Finding(WIF_KEY, HIGH, *first)), (-1, Finding(WIF_KEY, HIGH, *last))]
    return None


def _spoken_pieces(text: str, earlier: Sequence[str]) -> Pieces | None:
    work = _folded(text)
    m = _LAST_PIECE.fullmatch(ascii_lower(work))
    if m is None:
        return None
    last = _in_original(text, m.start("v"), m.end("v"))
    for back in (1, 2):
        if len(earlier) < back:
            return None
        if back == 2 and (not _remark(earlier[-1]) or _ANY_DIGIT.search(_folded(earlier[-1]))):
            return None
        head = earlier[-back]
        low = ascii_lower(_folded(head))
        f = _FIRST_PIECE.search(low)
        if f is None or _CODE_NAMED.search(low, 0, f.start("v")) is None:
            continue
        if not 6 <= _digits(f.group("v")) + _digits(m.group("v")) <= 8:
            continue
        first = _in_original(head, f.start("v"), f.end("v"))
        index = len(earlier) - back
        return [(index, Finding(OTP_CODE, HIGH, *first)), (-1, Finding(OTP_CODE, HIGH, *last))]
    return None


def split_with_remark(text: str, earlier: Sequence[str]) -> Pieces | None:
    """The pieces of a hex key, a WIF key or a spoken code ending in ``text`` (see the module)."""
    if not earlier:
        return None
    return _hex_with_remark(text, earlier) or _wif_halves(text, earlier) or _spoken_pieces(text, earlier)


def whole_value(text: str, found: Finding) -> Finding:
    """A password's span widened to its whole token ("Ah-" of "Ah-Kuan_1977" is as secret)."""
    if found.kind != PASSWORD:
        return found
    start, end = found.start, found.end
    while start > 0 and text[start - 1].isascii() and text[start - 1] not in _TOKEN_EDGE:
        start -= 1
    while end < len(text) and text[end].isascii() and text[end] not in _TOKEN_EDGE:
        end += 1
    while end > found.end and text[end - 1] in ".!?:":
        end -= 1
    if "[redacted:" in text[start:end] or "@" in text[start:end]:
        return found
    return Finding(found.kind, found.severity, start, end)
