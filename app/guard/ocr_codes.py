"""Codes read off a screenshot by OCR: the label and the value both misread (round 3).

OCR turns "Verification code: 316058" into "Verlfication c0de: 316O58": letters for digits in the
value (O for 0, l/I for 1, S for 5, B for 8, Z for 2) and digits for letters in the label (0 for o,
1 for i or l, l for i, 5 for s, 3 for e). ``ocr_variant`` returns a copy of the text of the same
length with such tokens read back: a value token of 4-8 characters that is mostly digits (at most
two look-alike letters) becomes digits; a word that becomes a code label once its look-alikes are
read back becomes that label. The code rules then run on the copy as well; spans are the same.
Nothing changes (``None``) when no token needs it, which is almost every message.
"""

from __future__ import annotations

import re
from typing import Final

_VALUE = re.compile(r"(?<![0-9A-Za-z])[0-9OoIlSBZ]{4,8}(?![0-9A-Za-z])")
_TO_DIGIT: Final = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8", "Z": "2"})
_WORD = re.compile(r"[A-Za-z0-9]{3,14}")
_LABELS: Final = frozenset(
    {
        "code",
        "codes",
        "verification",
        "verify",
        "valid",
        "otp",
        "security",
        "login",
        "passcode",
        "confirmation",
        "authenticator",
        "google",
        "sms",
        "minutes",
        "min",
    }
)
# each look-alike and what it may stand for (same length)
_SUBST: Final = {"0": "o", "1": "il", "l": "i", "5": "s", "3": "e", "i": "l", "I": "l"}


def _read_value(token: str) -> str | None:
    digits = sum(c.isdigit() for c in token)
    if digits == len(token) or digits < len(token) - 2 or digits < 3:
        return None
    return token.translate(_TO_DIGIT)


def _read_word(token: str) -> str | None:
    low = token.lower()
    if low in _LABELS or not any(c in _SUBST for c in token):
        return None
    options = [""]
    for c in token:
        alts = _SUBST.get(c, "")
        options = [o + x for o in options for x in {c.lower(), *alts}]
        if len(options) > 64:
            return None
    for o in options:
        if o in _LABELS:
            return o
    return None


_LABEL_REACH: Final = 40
_ZH_LABELS: Final = ("验证码", "校验码", "动态码", "确认码", "安全码", "码", "短信")
_MIXED = re.compile(r"[0-9][OoIlSBZ]|[OoIlSBZ][0-9]")
# A text has a match of _MIXED exactly when it has a digit with a look-alike letter on either side;
# written from the digit, ``re`` skips ahead in C (a pre-check: most messages have none)
_MIXED_ANY = re.compile(r"[0-9](?:(?<=[OoIlSBZ].)|(?=[OoIlSBZ]))")


def ocr_variant(text: str) -> str | None:
    """``text`` with OCR look-alikes read back in code labels and values, or None if none.

    Only a value with a label (read back or not) in the ``_LABEL_REACH`` characters before it is
    read back, and only the words there: the rest of a long message is never looked at word by word.
    """
    if _MIXED_ANY.search(text) is None:
        return None
    out: list[str] | None = None
    seen = -1
    for mixed in _MIXED.finditer(text):
        if mixed.start() < seen:
            continue  # inside a token already looked at (a hash or an address has many such pairs)
        # the token around a digit next to a look-alike letter
        a = b = mixed.start()
        while a > 0 and text[a - 1].isalnum() and mixed.start() - a < 9:
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        seen = b
        if b - a > 8 or (a > 0 and text[a - 1].isalnum()):
            continue
        m = _VALUE.fullmatch(text, a, b)
        if m is None:
            continue
        read = _read_value(m.group())
        if read is None:
            continue
        lo = max(0, m.start() - _LABEL_REACH)
        labels = []
        for w in _WORD.finditer(text, lo, m.start()):
            word = w.group()
            if word.lower() in _LABELS:
                labels.append((w.start(), w.end(), word))
            else:
                fixed = _read_word(word)
                if fixed is not None and len(fixed) == len(word):
                    labels.append((w.start(), w.end(), fixed))
        if not labels and not any(w in text[lo : m.start()] for w in _ZH_LABELS):
            continue
        if out is None:
            out = list(text)
        out[m.start() : m.end()] = read
        for a, b, word in labels:
            out[a:b] = word
    return None if out is None else "".join(out)
