"""Where a learnt scorer may look in a customer's message: spans with a secret's shape, and words.

The inbound rules find a secret by its label ("password:", 验证码) or by a shape no ordinary text has
(a seed phrase, a 64-hex key). Seventeen batches showed what they miss most: a value with no label a
rule knows ("it's LunaMoon7788 I never changed it", 就是Feng.Yun.77这个), a code given bare as an
answer ("its 940011", 零八八 三五一). Such a value still has a secret's SHAPE; whether it is one is
then a question of the words around it, which ``inbound_model`` weighs. This module only proposes
the spans (a cheap scan of the folded text) and names their shape; it decides nothing.

Candidates:

* ``tok`` - a run of ASCII letters, digits and the symbols passwords use, 5-24 characters, holding
  a letter and a digit (a digit-less "LunaMoon" or "Feng.Yun" never scored above the threshold, and
  scanning every word for them was most of the cost); not a link, an e-mail address, a handle or a
  hex run (longer key-shaped runs are the key rules' domain: ordinary messages hold addresses,
  hashes and public keys, and the conversation rules join a key's parts across messages by their
  shape);
* ``dig`` - digits in one to six groups (space or hyphen between), 4-8 digits in all;
* ``zhd`` - 4-8 digits written as Chinese digit characters (English digit words, ``end``, never
  scored above the threshold either: the code rules read them after a label);

and none that ``inbound_model_gates`` calls public (a product or policy name, a value after an order,
invite, model, user-name or example word).
"""

from __future__ import annotations

import math
import re
from typing import Final, NamedTuple

from .inbound_model_gates import is_public

TOKEN: Final = "tok"
DIGITS: Final = "dig"
ZH_DIGITS: Final = "zhd"
EN_DIGITS: Final = "end"

_SYMBOLS: Final = "!#$%&*+?@^_~.\\-"  # not "=", ":" or "/": they part a label from its value
# A run of token characters holding a digit (what the scorer ever redacted: session 8 found no
# digit-less token or English digit words above its threshold, and they were most of its cost).
_ANY_DIGIT: Final = re.compile(r"[0-9]")
# (possessive: a word with no digit fails at its first character, without backtracking)
_TOKEN_RE: Final = re.compile(f"(?<![A-Za-z0-9{_SYMBOLS}])[A-Za-z{_SYMBOLS}]*+[0-9][A-Za-z0-9{_SYMBOLS}]*+")
_MAX_TOKEN: Final = 24
_HEX_RUN: Final = re.compile(r"[0-9a-fA-F]{12,}")
_DIGITS_RE: Final = re.compile(
    r"(?<![A-Za-z0-9.,:/$#@+])\d{1,8}(?:[ \-]\d{1,4}){0,5}(?![A-Za-z0-9]|[.,:/]\d)"
)
_ZH_DIGIT_CHARS: Final = "零〇一二三四五六七八九幺两"
_ZH_DIGITS_RE: Final = re.compile(f"[{_ZH_DIGIT_CHARS}](?:[ ,，、]?[{_ZH_DIGIT_CHARS}]){{3,9}}")
_EDGE_PUNCT: Final = ".,;:?!-/\\'"
_EMAIL_OR_LINK: Final = re.compile(
    r"@[A-Za-z0-9\-]+\.[A-Za-z]|://|^www\.|\.(?:com|net|org|io|example)\b", re.I
)
_NOT_SECRET_TOKEN: Final = re.compile(
    r"^(?:0x|bc1|T[1-9A-HJ-NP-Za-km-z]{33}$)|\d+(?:\.\d+)?(?:[a-z%]{1,4})?$", re.I
)


class Span(NamedTuple):
    """A candidate: its kind of shape and where it is (folded text's offsets)."""

    shape: str
    start: int
    end: int


def candidates(work: str, public: bool = False) -> list[Span]:
    """The spans of ``work`` (folded) shaped like a password, a code or a key, in text order; with
    ``public``, also those ``inbound_model_gates`` calls public (for a caller that tests them later)."""
    out: list[Span] = []
    if _ANY_DIGIT.search(work) is not None:
        for m in _TOKEN_RE.finditer(work):
            tok = m.group()
            if len(tok) < 5 or tok.isdigit():
                continue
            start, end = m.start(), m.end()
            while start < end and work[start] in _EDGE_PUNCT:
                start += 1
            while end > start and work[end - 1] in _EDGE_PUNCT:
                end -= 1
            if not 5 <= end - start <= _MAX_TOKEN or work[start] == "@" or _truncated(work, start, end):
                continue
            if start and work[start - 1] == "/" and "://" in work:  # a link's path
                continue
            tok = work[start:end]
            if tok.isdigit() or not any(c.isalpha() for c in tok) or _EMAIL_OR_LINK.search(tok):
                continue
            if ("/" in tok and "." in tok) or _HEX_RUN.fullmatch(tok):
                continue
            if _NOT_SECRET_TOKEN.match(tok) and not tok[:2].isalpha():
                continue
            out.append(Span(TOKEN, start, end))
        for m in _DIGITS_RE.finditer(work):
            g = m.group()
            if 4 <= len(g) - g.count(" ") - g.count("-") <= 8:
                out.append(Span(DIGITS, m.start(), m.end()))
    if not work.isascii():
        out += [Span(ZH_DIGITS, m.start(), m.end()) for m in _ZH_DIGITS_RE.finditer(work)]
    kept = _drop_inside(out)
    return kept if public else [s for s in kept if not is_public(work, s.start, s.end)]


def _truncated(work: str, start: int, end: int) -> bool:
    """A hash or address shown shortened ("a3f9e1…c21d", "0x3f9a...c21d"): public, not secret."""
    return "…" in work[max(0, start - 1) : end + 1] or "..." in work[max(0, start - 3) : end + 3]


def _drop_inside(spans: list[Span]) -> list[Span]:
    """Sorted; a span inside another (the digits of a token) goes."""
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for s in spans:
        if kept and s.end <= kept[-1].end:
            continue
        kept.append(s)
    return kept


_ALPHA3: Final = re.compile(r"[A-Za-z]{3,}")
_YEAR_IN: Final = re.compile(r"(?:19|20)\d\d(?!\d)")
_YEAR_AT: Final = re.compile(r"(?:19|20)\d\d")
_HEX: Final = re.compile(r"[0-9a-fA-F]+")
_B32: Final = re.compile(r"[A-Z2-7]+=*")
_GROUP_SEP: Final = re.compile(r"[ \-]")
# ASCII characters by class for ``pattern``: digit 9, capital A, small a, anything else "."
_CLASS: Final = {
    c: "9" if chr(c).isdigit() else "A" if chr(c).isupper() else "a" if chr(c).isalpha() else "."
    for c in range(128)
}
_CLASS_RUN: Final = re.compile(r"A+a*|a+|9+|\.+")
_NO_DIGITS: Final = {ord(c): None for c in "0123456789"}

# --- the shape of a value ------------------------------------------------------------------------


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if n < edge:
            return i
    return len(edges)


def classes(tok: str) -> str:
    """The classes ``tok`` holds, in the order "aA9." (small, capital, digit, other)."""
    if tok.isascii():  # every token candidate: whole-string tests instead of four loops
        return (
            ("a" if tok.upper() != tok else "")
            + ("A" if tok.lower() != tok else "")
            + ("9" if _ANY_DIGIT.search(tok) is not None else "")
            + ("." if tok and not tok.isalnum() else "")
        )
    return classes_by_char(tok)


def classes_by_char(tok: str) -> str:
    """``classes`` character by character (any text; the definition the ASCII path is tested on)."""
    return "".join(
        c
        for c, ok in (
            ("a", any(x.islower() for x in tok)),
            ("A", any(x.isupper() for x in tok)),
            ("9", any(x.isdigit() for x in tok)),
            (".", any(not x.isalnum() for x in tok)),
        )
        if ok
    )


def pattern(tok: str) -> str:
    """Runs of character classes: "LunaMoon7788" -> "Aa Aa 9", "Feng.Yun.77" -> "Aa . Aa . 9"."""
    if tok.isascii():  # every token candidate: one translate and one scan instead of a loop
        found = _CLASS_RUN.findall(tok.translate(_CLASS))
        runs = ["Aa" if r[-1] == "a" and r[0] == "A" else r[0] for r in found]
        return " ".join(runs[:6]) + (" +" if len(runs) > 6 else "")
    return pattern_by_char(tok)


def pattern_by_char(tok: str) -> str:
    """``pattern`` character by character (any text; the definition the ASCII path is tested on)."""
    out: list[str] = []
    prev = ""
    for c in tok:
        cls = "9" if c.isdigit() else "A" if c.isupper() else "a" if c.isalpha() else "."
        if cls == "a" and prev == "A":
            out[-1] = "Aa"
        elif cls != prev:
            out.append(cls)
        prev = cls
    return " ".join(out[:6]) + (" +" if len(out) > 6 else "")


def _digit_count(tok: str) -> int:
    return sum(c.isdigit() for c in tok)


def entropy(tok: str) -> float:
    counts: dict[str, int] = {}
    for c in tok:
        counts[c] = counts.get(c, 0) + 1
    n = len(tok)
    return -sum(k / n * math.log2(k / n) for k in counts.values())


def shape_features(shape: str, value: str, words: frozenset[str]) -> list[str]:
    """What the value itself looks like (class mix, length, entropy, digit groups, words in it)."""
    feats = ["t:" + shape]
    if shape == TOKEN:
        feats += [
            "cls:" + classes(value),
            "pat:" + pattern(value),
            f"len:{_bucket(len(value), (7, 9, 12, 16, 24, 40))}",
        ]
        feats.append(f"ent:{_bucket(entropy(value), (2.5, 3.0, 3.5, 4.0, 4.5))}")
        alpha = _ALPHA3.findall(value)
        if alpha:
            share = sum(len(w) for w in alpha if w.lower() in words) / sum(len(w) for w in alpha)
            feats.append(f"dict:{_bucket(share, (0.01, 0.5, 0.99))}")
        ndigits = len(value) - len(value.translate(_NO_DIGITS)) if value.isascii() else _digit_count(value)
        feats.append(f"tdig:{_bucket(ndigits, (1, 2, 3, 4, 5, 7, 9))}")
        if _YEAR_IN.search(value):
            feats.append("year")
        if _HEX.fullmatch(value):
            feats.append("hex")
        elif _B32.fullmatch(value):
            feats.append("b32")
        if value[:1].isupper() and value[1:].islower() is False:
            feats.append("cap1")
    elif shape == DIGITS:
        groups = _GROUP_SEP.split(value)
        digits = "".join(groups)
        feats += [f"n:{len(digits)}", "g:" + "-".join(str(len(g)) for g in groups[:4])]
        if "-" in value:
            feats.append("hyphen")
        if len(digits) in (4, 8) and _YEAR_AT.match(digits):
            feats.append("year")
        if len(set(digits)) <= 2:
            feats.append("repeat")
        if digits[0] == "0":
            feats.append("lead0")
    else:
        n = len(re.findall(r"[^ ,，、-]+", value)) if shape == EN_DIGITS else len(value.replace(" ", ""))
        feats.append(f"n:{n}")
    return feats
