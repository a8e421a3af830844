"""Round 14: split secrets whose LAST piece has a remark after it, and base58check keys wrapped anywhere.

Round 13's split rules (``r13_split``) want the last piece to end its message. r20's customers sent the
rest and kept typing ("nine nine two sorry voice typing cut off", 二零三 剛才沒發完, "second part <hex>
— can you see the USDT on it?"). Two general shapes:

* **A remark after the last piece** (``cut_after_piece``, called by ``conversation``): the new message
  is a piece (a run of 16+ letters and digits, or digits in figures, English or Chinese words at its
  start) followed by a remark with no digit and no long token; the message cut after the piece is
  scanned again by every split rule of ``conversation``, which decide as before (64 hex digits with a
  key named, a WIF's checksum, a code named and 6-8 digits in all); only a split found that way
  counts.
* **A base58check key wrapped over two messages** (``wrapped_key``): the last token of the message
  before and the first of the new one, joined, are a valid base58check private key — a WIF (0x80,
  0xEF) or a BIP32 extended private key (xprv, tprv, yprv, zprv …: 78-byte payload). The checksum
  decides (a chance join passes with p = 2**-32), so no label or length is needed on either side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from .base58 import b58check_decode
from .r13_split import Pieces
from .types import EXTENDED_PRIVATE_KEY, HIGH, WIF_KEY, Finding

_EN_DIGIT: Final = r"(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)"
_ZH_DIGIT: Final = "[零〇一二三四五六七八九幺两兩貳贰參叁陸陆]"
_HEAD_DIGITS = re.compile(
    rf"\s*(?:[0-9](?:[\s-]?[0-9]){{1,3}}|{_EN_DIGIT}(?:[\s,-]+{_EN_DIGIT}){{1,3}}|{_ZH_DIGIT}{{2,4}})"
    r"(?![0-9a-z])",
    re.I,
)
_LONG_TOKEN = re.compile(r"[0-9A-Za-z]{16,}")
_TAIL_DIGIT = re.compile(rf"[0-9零〇一二三四五六七八九]|\b{_EN_DIGIT}\b", re.I)
_MAX_TAIL: Final = 60  # characters: the remark after a piece is short
_MAX_KEY_LABEL: Final = 40  # characters before a key's piece in its message
_KEY_OR_PART = re.compile(
    r"(?<![a-z])(?:key|wif|xprv|part|half|halves|piece|rest|first|second|remaining|cut|split)(?![a-z])"
    r"|私钥|密钥|一半|前半|后半|上半|下半|剩下|其余|分两|第[一二12]段|太长"
)

_B58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_WIF_VERSIONS: Final = (0x80, 0xEF)
_MIN_JOINED: Final = 50
_BIP32_PRIVATE: Final = frozenset(
    bytes.fromhex(v)
    for v in ("0488ade4", "04358394", "049d7878", "044a4e28", "04b2430c", "045f18bc", "0295b005", "02575048")
)


_EN_DIGITS: Final = frozenset(
    ("zero", "oh", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
)
_ZH_DIGITS: Final = frozenset("零〇一二三四五六七八九幺两兩貳贰參叁陸陆")


class _End(NamedTuple):
    kind: str  # "key" (a token of 16+ letters and digits), "digits" (a digit or a digit word) or ""
    base58: int  # the length of the last token when it is all base58, else 0


_NO_END: Final = _End("", 0)


@lru_cache(maxsize=4096)
def _end_of(text: str) -> _End:
    """What ``text`` ends with (a split has its first piece at the end of one of the last two
    messages). Cached: a message is looked at again as an earlier message of the next two."""
    body = text[-130:].rstrip().rstrip(".。…")
    if not body:
        return _NO_END
    last = body.rsplit(None, 1)[-1]
    b58 = len(last) if len(last) >= 8 and _B58.fullmatch(last) else 0
    if len(last) >= 16 and last[-16:].isalnum():
        return _End("key", b58)
    if last[-1].isdigit() or last[-1] in _ZH_DIGITS or last.lower() in _EN_DIGITS:
        return _End("digits", b58)
    return _End("", b58)


def cut_after_piece(text: str, earlier: Sequence[str]) -> int | None:
    """Where the piece that opens or ends ``text`` stops when a short remark follows it, else None
    (None at once unless one of the last two ``earlier`` messages ends with a piece of that kind)."""
    last = _end_of(earlier[-1]).kind if earlier else ""
    before = _end_of(earlier[-2]).kind if len(earlier) > 1 else ""
    if not last and not before:
        return None
    end: int | None = None
    if "key" in (last, before):
        longs = list(_LONG_TOKEN.finditer(text))
        if (
            longs
            and longs[-1].start() <= _MAX_KEY_LABEL
            and any(_KEY_OR_PART.search(t.lower()) for t in (text, *earlier[-2:]))
        ):
            end = longs[-1].end()  # a key or a part named: addresses and hashes are pasted whole
    if end is None and "digits" in (last, before):
        m = _HEAD_DIGITS.match(text)
        if m is not None:
            end = m.end()
    if end is None:
        return None
    tail = text[end:]
    if not tail.strip() or len(tail) > _MAX_TAIL or _TAIL_DIGIT.search(tail) or _LONG_TOKEN.search(tail):
        return None
    if tail[:1].isalnum():
        return None  # the piece must end at a word's edge
    return end


def _private_key(joined: str) -> str | None:
    raw = b58check_decode(joined)
    if raw is None:
        return None
    if raw[0] in _WIF_VERSIONS and len(raw) in (33, 34):
        return WIF_KEY
    if len(raw) == 78 and raw[:4] in _BIP32_PRIVATE:
        return EXTENDED_PRIVATE_KEY
    return None


def wrapped_key(text: str, earlier: Sequence[str]) -> Pieces | None:
    """A WIF or extended private key whose first part ends the message before and whose rest opens
    this one (see the module)."""
    if not earlier or _end_of(earlier[-1]).base58 == 0:
        return None  # the message before ends with 8+ base58 characters (cached)
    stripped = text.lstrip()
    head = stripped[:120].split(None, 1)[0] if stripped else ""
    if len(head) < 8 or len(head) + _end_of(earlier[-1]).base58 < _MIN_JOINED:
        return None  # a WIF has 51-52 characters, an extended key 111
    before = earlier[-1].rstrip()
    tail = before.rsplit(None, 1)[-1]
    if _B58.fullmatch(head) is None or _B58.fullmatch(tail) is None:
        return None
    kind = _private_key(tail + head)
    if kind is None:
        return None
    offset = len(text) - len(stripped)
    return [
        (len(earlier) - 1, Finding(kind, HIGH, len(before) - len(tail), len(before))),
        (-1, Finding(kind, HIGH, offset, offset + len(head))),
    ]
