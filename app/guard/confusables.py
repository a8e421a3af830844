"""Look-alike ("confusable") comparison of domain labels.

Scam links rely on the eye, not on exact strings: Cyrillic "е" for Latin "e",
"0" for "o", "rn" for "m", a swapped pair of letters. We reduce a label to a
*skeleton* (in the spirit of Unicode UTS #39, with a compact hand-made table
covering the homoglyphs actually used against exchange domains) and compare
skeletons with an optimal-string-alignment edit distance (a transposition
counts as one edit).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

# Non-ASCII letters that render like ASCII letters (Cyrillic, Greek, Armenian,
# Latin extensions, IPA). Anything with a decomposition (é, ü, ...) is handled
# by stripping combining marks instead.
_HOMOGLYPHS: Final = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "ɡ": "g",
    "ո": "n",
    "ս": "u",
    "օ": "o",
    "ց": "g",
    "հ": "h",
    "ı": "i",
    "ȷ": "j",
    "ᴠ": "v",
    "ʏ": "y",
    "п": "n",
    "г": "r",
    "ь": "b",
    "з": "3",
    "ч": "4",
    "ɑ": "a",
    "ɩ": "i",
    "ǀ": "l",
    # Greek
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "γ": "y",
    "μ": "u",
    # Latin extensions that have no decomposition
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ŧ": "t",
    "ƅ": "b",
    "ß": "ss",
}
# The one-for-one letter part of the table: the outbound check folds these inside words
# ("раsswоrd" with Cyrillic "р", "о") without moving any offset.
LETTER_HOMOGLYPHS: Final = {k: v for k, v in _HOMOGLYPHS.items() if len(v) == 1 and v.isalpha()}
# ASCII digit/symbol-for-letter substitutions; "i", "1" and "|" all become "l".
_ASCII_SUBST: Final = str.maketrans(
    {"0": "o", "1": "l", "i": "l", "|": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_MULTI: Final = (("rn", "m"), ("vv", "w"), ("cj", "g"))


@lru_cache(maxsize=4096)
def skeleton(label: str) -> str:
    """Canonical look-alike form of a domain label (or dotted host)."""
    text = unicodedata.normalize("NFKC", label).casefold()
    text = "".join(_HOMOGLYPHS.get(ch, ch) for ch in text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.translate(_ASCII_SUBST)
    for seq, rep in _MULTI:
        text = text.replace(seq, rep)
    return text


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, capped at ``limit`` (early exit)."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        row_min = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            row_min = min(row_min, cur[j])
        if row_min >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def max_edits(brand: str) -> int:
    """How many edits still count as "looks like ``brand``".

    Short brands get less slack, otherwise every 3-letter word would match.
    """
    if len(brand) >= 6:
        return 2
    if len(brand) >= 4:
        return 1
    return 0
