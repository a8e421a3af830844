"""Passwords after a label typed in pinyin initials or with an input-method slip (round 11).

Chinese customers type 密码 as its initials when the input method is off: "mm zhang1990",
"dlmm hh778899" (登录密码), "zjmm 663310" (资金密码), "jymm …" (交易密码), or "mima"; and a slip of
the pinyin input picks a homophone: 蜜码, 秘码, 密吗. ``password_use`` reads "mm是 X" with a
connector; here the label may be followed by a space only, so the value must look like a password
(a letter and a digit or symbol, none of the public shapes; digits alone after the fund and trading
initials, which name a numeric password), and the label must be a whole token not after a number
("5 mm" is a length).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .password_near import id_like
from .password_shape import WEAK, shape, trim
from .types import PASSWORD

_LABEL = re.compile(
    r"(?<![a-z0-9])(?P<label>dlmm|zjmm|jymm|txmm|mima|mm)(?![a-z0-9])\s*(?:是|为|is|[:：=])?\s*"
    r"(?P<val>[!-~]{4,40})(?![!-~])"
    r"|(?:蜜码|秘码|密吗|觅码|密麻)\s*(?:是|为|[:：=])?\s*(?P<zval>[!-~]{4,40})(?![!-~])"
)
_HOMOPHONES = ("蜜码", "秘码", "密吗", "觅码", "密麻")
_NUMERIC_LABELS = frozenset({"zjmm", "jymm", "txmm"})
_DIGITS = re.compile(r"\d{4,8}")


def _has_homophone(text: str) -> bool:
    return any(word in text for word in _HOMOPHONES)


class PinyinHit(NamedTuple):
    kind: str
    start: int
    end: int


def find_pinyin_passwords(text: str, low: str) -> list[PinyinHit]:
    """Values after a pinyin or homophone label for 密码 (module docstring)."""
    if "mm" not in low and "mima" not in low and (text.isascii() or not _has_homophone(text)):
        return []
    out: list[PinyinHit] = []
    for m in _LABEL.finditer(low):
        group = "val" if m.group("val") is not None else "zval"
        start = m.start()
        if re.search(r"\d\s*$", low[max(0, start - 4) : start]):
            continue  # "5 mm" is a length
        s, e = trim(text, *m.span(group))
        if e <= s or id_like(text, s, e):
            continue
        value = text[s:e]
        numeric = m.group("label") in _NUMERIC_LABELS and _DIGITS.fullmatch(value) is not None
        if numeric or (shape(value) >= WEAK and any(c.isdigit() or not c.isalnum() for c in value)):
            out.append(PinyinHit(PASSWORD, s, e))
    return out
