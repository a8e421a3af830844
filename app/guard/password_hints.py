"""Passwords told by a hint other than a label (round 9).

* **Full-width in Latin text**: "it's Ｍｙｐａｓｓ２０２４ (typed on chinese keyboard)". A customer
  writing English does not type full-width letters and digits except when the input method was
  left in full-width mode for one value; a full-width token that folds to a password shape (letters
  with digits, a lower-case letter, none of the public shapes) in a message without Chinese is that value.
  Read on the ORIGINAL text (folding erases the hint); a Chinese message is left alone, where
  full-width characters are ordinary typing (ＵＩＤ１２３４５).
* **A change and a failed login** (Chinese): "昨天改成了Newpass2025，今天又登不上": the value right
  after 改成/改为/换成/设成 with a password shape (a letter and a digit or symbol), in a message that
  talks about logging in or a password. An address, an id or a ticker is a public shape.
"""

from __future__ import annotations

import re
from typing import Final

from .password_shape import NONE, ShapeHit, shape
from .types import PASSWORD

_FULLWIDTH_ANY = re.compile(r"[\uff01-\uff5e]")
_FULLWIDTH_TOKEN = re.compile(r"[\uff01-\uff5e]{6,40}")
_CJK = re.compile("[\u3400-\u9fff]")
_CHANGED_ZH = re.compile(
    r"(?:改成|改为|换成|设成|设置成|设置为|改了成)了?\s*[:：]?\s*(?P<val>[!-~]{6,40})(?![!-~])"
)
_LOGIN_ZH: Final = ("登不上", "登录", "登陆", "登不进", "进不去", "密码", "上不去", "登入")
_CHANGED_HINTS: Final = ("改成", "改为", "换成", "设成", "设置")


def _fold_fullwidth(token: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) for c in token)


def find_hinted_passwords(original: str, folded: str) -> list[ShapeHit]:
    """Password values in a message (spans of ``folded``, which has the same length here: full-width
    characters fold one for one)."""
    hits: list[ShapeHit] = []
    cjk: bool | None = None
    if _FULLWIDTH_ANY.search(original) is not None and len(original) == len(folded):
        cjk = not original.isascii() and _CJK.search(original) is not None
        if not cjk:
            for m in _FULLWIDTH_TOKEN.finditer(original):
                value = _fold_fullwidth(m.group()).rstrip(".,;:!?")
                # a lower-case letter too: ids and codes are written in capitals (ＡＢＣ１２３４５６)
                if shape(value) != NONE and any(c.isdigit() for c in value) and not value.isupper():
                    hits.append(ShapeHit(PASSWORD, m.start(), m.start() + len(value)))
    if cjk is None:
        cjk = not folded.isascii() and _CJK.search(folded) is not None
    if cjk and any(h in folded for h in _CHANGED_HINTS) and any(w in folded for w in _LOGIN_ZH):
        for m in _CHANGED_ZH.finditer(folded):
            value = m.group("val").rstrip(".,;:!?")
            if shape(value) != NONE:
                hits.append(ShapeHit(PASSWORD, m.start("val"), m.start("val") + len(value)))
    return hits
