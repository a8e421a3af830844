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
from typing import Final

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

_B58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_WIF_VERSIONS: Final = (0x80, 0xEF)
_BIP32_PRIVATE: Final = frozenset(
    bytes.fromhex(v)
    for v in ("0488ade4", "04358394", "049d7878", "044a4e28", "04b2430c", "045f18bc", "0295b005", "02575048")
)


def cut_after_piece(text: str) -> int | None:
    """Where the piece that opens or ends ``text`` stops when a short remark follows it, else None."""
    longs = list(_LONG_TOKEN.finditer(text))
    if longs:
        end = longs[-1].end()
    else:
        m = _HEAD_DIGITS.match(text)
        if m is None:
            return None
        end = m.end()
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
    if not earlier:
        return None
    head = _B58.match(text.lstrip())
    if head is None or len(head.group()) < 8:
        return None
    offset = len(text) - len(text.lstrip())
    before = earlier[-1].rstrip()
    tail = _B58.search(before, max(0, len(before) - 120))
    while tail is not None and tail.end() != len(before):
        tail = _B58.search(before, tail.end())
    if tail is None or len(tail.group()) < 8:
        return None
    kind = _private_key(tail.group() + head.group())
    if kind is None:
        return None
    return [
        (len(earlier) - 1, Finding(kind, HIGH, tail.start(), tail.end())),
        (-1, Finding(kind, HIGH, offset + head.start(), offset + head.end())),
    ]
