"""Fold evasive spellings before the outbound lexicon looks at a message.

Fake-support scripts are written to slip past keyword filters: full-width letters
("ｐａｓｓｗｏｒｄ", "２ＦＡ"), zero-width characters inside a word ("pass\u200bword"),
spaced-out letters ("p a s s w o r d", "2 F A", "s.e.e.d"), spaces inside a Chinese
word ("助 记 词") and Cyrillic/Greek look-alike letters ("раsswоrd"). A customer reads
all of these as the plain word, so the guard must too.

Folding keeps, for every folded character, the index of the character it came from,
so a violation found in the folded text still points at what the agent typed (the
composer highlights that span). Messages without any of these features - almost all
of them - come back as they are, with no map: ASCII text costs one scan for spaced-out
runs, other text one more scan for the characters to replace or drop.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Final, NamedTuple

from .confusables import LETTER_HOMOGLYPHS
from .textutil import literal_alternation
from .zhfold import CANTONESE, trad_to_simp

# Characters that render as nothing (soft hyphen, zero-width space/joiners, marks,
# word joiner, invisible operators, BOM). Bidi overrides are left alone: they change
# how a link looks, which the link check handles on the original text.
_INVISIBLE: Final = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"

_WIDE: Final[dict[int, str]] = {
    **{0xFF10 + i: chr(0x30 + i) for i in range(10)},  # ０-９
    **{0xFF21 + i: chr(0x41 + i) for i in range(26)},  # Ａ-Ｚ
    **{0xFF41 + i: chr(0x61 + i) for i in range(26)},  # ａ-ｚ
    0x3000: " ",  # ideographic space
}


# One-for-one replacements only: offsets stay valid. Full-width punctuation (，。？) is kept because
# the Chinese lexicon is written with it. Traditional characters are read as Simplified (``zhfold``;
# 帐 as 账, the usual form in 账户/账号).
def _outbound_table() -> dict[int, str]:
    table: dict[int, str] = {**_WIDE, **{ord(k): v for k, v in LETTER_HOMOGLYPHS.items()}}
    table.update({ord(k): v for k, v in trad_to_simp().items()})
    table.update({ord(k): v for k, v in CANTONESE.items()})
    table[ord("帐")] = table[ord("帳")] = "账"
    return table


_TABLE: Final = _outbound_table()


def _table_char(m: re.Match[str]) -> str:
    ch = m.group()
    return _TABLE.get(ord(ch), ch)


# str.translate is slow on non-ASCII text, so it only runs when one of these is present.
_SPECIAL: Final = re.compile("[" + _INVISIBLE + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")

# Each pattern starts with a character class, so CPython's ``re`` skips ahead in C to the
# next candidate; a leading look-behind would cost a Python-level step per character.
_INVISIBLE_RUN: Final = re.compile(f"[{_INVISIBLE}]+")
# The tail of a spaced-out run ("<sep>a<sep>s<sep>s" of "p a s s", " F A" of "2 F A"); its
# first letter is checked in Python, so the scan can start at the (rarer) separator.
_SPACED_TAIL: Final = re.compile(
    r"(?P<sep>[ .\-_*])[A-Za-z0-9](?P=sep)[A-Za-z0-9](?:(?P=sep)[A-Za-z0-9])*(?![A-Za-z0-9'\u2019])"
)
_SEPARATOR: Final = re.compile(r"[ .\-_*]")
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _spaced_runs(text: str) -> list[tuple[int, int]]:
    """Separators to drop from runs of 3+ single letters/digits ("p a s s w o r d")."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _SPACED_TAIL.search(text, pos)) is not None:
        first = m.start() - 1  # the run's first letter; the one before it must not be a word's
        if (
            first >= 0
            and text[first] in _ALNUM
            and (first == 0 or (text[first - 1] not in _ALNUM and text[first - 1] not in "'\u2019"))
        ):
            out.extend(s.span() for s in _SEPARATOR.finditer(text, m.start(), m.end()))
            pos = m.end()
        else:
            pos = m.start() + 1
    return out


# Label words written in digits and symbols ("p4ssw0rd", "s33d", "pa55word"): a token mixing
# letters with 0/1/3/4/5/@/$ that reads as one of these words is folded to it (same length).
_LEET: Final = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s", "7": "t"})
_LEET_WORDS: Final = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "seed",
        "phrase",
        "code",
        "codes",
        "private",
        "key",
        "secret",
        "mnemonic",
        "wallet",
        "words",
        "login",
        "otp",
        "pin",
    }
)
_LEET_TOKEN: Final = re.compile(r"(?<![A-Za-z0-9@$])[A-Za-z@$]*[0-9@$][A-Za-z0-9@$]*(?![A-Za-z0-9@$])")


# The start of a label word written with a digit or symbol ("p4ss", "pa55", "s33d", "c0de", "k3y"):
# a literal trie on the lower-cased text (CPython skips ahead in C to its first letters), so almost
# every message skips the token pass.
def _leet_hints() -> list[str]:
    hints = [
        "passw0",
        "s33d",
        "s3ed",
        "se3d",
        "c0d",
        "cod3",
        "k3y",
        "pr1v",
        "s3c",
        "mn3m",
        "l0g",
        "p1n",
        "0tp",
        "w0rd",
    ]
    hints += [f"p{a}{b}" for a in "4@" for b in "s5$"] + [f"pa{a}" for a in "5$"] + [f"pas{a}" for a in "5$"]
    hints += [f"{a}eed" for a in "5$"] + [f"w{a}ll" for a in "4@"] + [f"phr{a}" for a in "4@"]
    return hints


_LEET_HINT: Final = re.compile(literal_alternation(_leet_hints()))
# A letter next to a digit or symbol of the table: every leet word has one (a C-level pre-check that
# most messages fail, before the trie). Written from the digit or symbol, the rarer character, with
# the letter looked for on either side: found exactly where "[A-Za-z][013457@$]|[013457@$][A-Za-z]"
# is, and ``re`` skips ahead in C to the next candidate.
_LEET_PAIR: Final = re.compile(r"[013457@$](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")


def fold_leet(text: str) -> str:
    """``text`` with leetspeak label words read as the words (a no-op for almost every message)."""
    if _LEET_PAIR.search(text) is None:
        return text
    low = text.lower()
    if len(low) != len(text) or _LEET_HINT.search(low) is None:
        return text
    out = None
    for m in _LEET_TOKEN.finditer(low):
        token = m.group()
        if not any(c.isalpha() for c in token):
            continue
        plain = token.translate(_LEET)
        if plain in _LEET_WORDS or plain.rstrip("s") in _LEET_WORDS:
            if out is None:
                out = list(text)
            out[m.start() : m.end()] = plain
    return text if out is None else "".join(out)


class Folded(NamedTuple):
    """The folded text and, if characters were removed, where each one came from."""

    text: str
    origin: list[int] | None  # origin[i] = index in the original text; None = same offsets


class Folder:
    """Folds messages for one lexicon.

    A space between two Chinese characters is only removed when the two are adjacent in
    one of the lexicon's words (``cjk_pairs``, e.g. "助记", "记词"): spaces between clauses
    stay, so most Chinese messages need no offset map, and the scan only stops at
    characters that can start such a pair.
    """

    def __init__(self, cjk_pairs: Iterable[str]) -> None:
        self._pairs = frozenset(p for p in cjk_pairs if len(p) == 2)
        self._last: tuple[str, Folded] | None = None
        firsts = "".join(sorted({p[0] for p in self._pairs}))
        seconds = "".join(sorted({p[1] for p in self._pairs}))
        self._gap = (
            re.compile(f"[{re.escape(firsts)}](?P<gap>[ \u00a0]{{1,3}})(?=[{re.escape(seconds)}])")
            if self._pairs
            else None
        )

    def fold(self, text: str) -> Folded:
        """``text`` with evasive spellings folded (see the module docstring).

        The last answer is kept (one tuple, one assignment): the server's reply check reads a reply
        twice (``check_outbound``, then ``review_outbound``)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        folded = self._fold(text)
        self._last = (text, folded)
        return folded

    def _fold(self, text: str) -> Folded:
        special = not text.isascii() and _SPECIAL.search(text) is not None
        # one substitution per special character: ``str.translate`` costs a dictionary lookup for
        # every character of a long Chinese message, most of which stay as they are
        mapped = fold_leet(_SPECIAL.sub(_table_char, text) if special else text)
        drop = _spaced_runs(mapped)
        if special:
            drop.extend(m.span() for m in _INVISIBLE_RUN.finditer(mapped))
        if self._gap is not None and not mapped.isascii():
            drop.extend(
                m.span("gap")
                for m in self._gap.finditer(mapped)
                if mapped[m.start()] + mapped[m.end()] in self._pairs
            )
        if not drop:
            return Folded(mapped, None)
        drop.sort()
        parts: list[str] = []
        origin: list[int] = []
        pos = 0
        for a, b in drop:
            a = max(a, pos)  # a zero-width run inside a spaced-out word may overlap a separator
            parts.append(mapped[pos:a])
            origin.extend(range(pos, a))
            pos = max(pos, b)
        parts.append(mapped[pos:])
        origin.extend(range(pos, len(mapped)))
        return Folded("".join(parts), origin)


# --- inbound: what a customer typed, read as plain text -------------------------------------------
# Full-width forms except the punctuation Chinese is written with (the context words expect it),
# and compatibility letters/digits whose NFKC form is one ASCII character (mathematical bold
# "𝐚𝐛𝐚𝐧𝐝𝐨𝐧", circled, super/subscript): one for one, so offsets stay.
_ZH_PUNCT: Final = frozenset("，：；！？（）")
_COMPAT_RANGES: Final = (
    (0xFF01, 0xFF5E),
    (0x1D400, 0x1D7FF),
    (0x24B6, 0x24E9),
    (0x2070, 0x209F),
    (0x2100, 0x214F),
    (0x2460, 0x2473),
)


@cache
def _inbound_tables() -> tuple[dict[int, str], re.Pattern[str]]:
    table: dict[int, str] = {0x3000: " "}
    for lo, hi in _COMPAT_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if ch not in _ZH_PUNCT and len(folded) == 1 and folded.isascii() and folded != ch:
                table[cp] = folded
    for k, v in LETTER_HOMOGLYPHS.items():
        table[ord(k)] = v
        if k.upper() != k and len(k.upper()) == 1 and not k.upper().isascii():
            table.setdefault(ord(k.upper()), v.upper())  # "АBANDON" with a Cyrillic capital А
    for k, v in trad_to_simp().items():
        table[ord(k)] = v
    for k, v in CANTONESE.items():
        table[ord(k)] = v
    table = {cp: v for cp, v in table.items() if chr(cp) != v}
    # A character class of ranges over the Basic Multilingual Plane only: CPython's ``re`` tests
    # such a class with a bitmap, while one holding astral characters (mathematical letters) or
    # 1,800 single characters costs microseconds per character of text. Astral characters are
    # looked for by ``_ASTRAL`` instead.
    cps = sorted({cp for cp in table if cp < 0x10000} | {ord(c) for c in _INVISIBLE})
    ranges: list[list[int]] = []
    for cp in cps:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    cls = "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)
    return table, re.compile(f"[{cls}]")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


# the last few answers, newest first, keyed on the text object itself (session 10, guardspeed7: one
# entry was lost between ``scan_inbound``'s passes and the conversation rules' fold of the same
# message; with four, 14,185 of 26,955 folds on the r1-r19 chat path are answered here). A key is
# held by the cache, so its ``id`` cannot be reused by another string while it is here.
_RECENT_FOLDS: Final = 4
_recent_inbound: list[tuple[str, Folded]] = []
# Behind it, the last answers by value (session 12, guardspeed9): the conversation rules fold the
# customer's previous message again (``conversation._label_of``) as a string the server read back, not
# the object ``scan_inbound`` folded when it was new, so the identity test above never finds it; it
# was the second of the two folds each chat message paid on its first call (~2-4 µs). ``fold`` is a
# pure function of the text's value, so an equal text's answer is its answer. Oldest out first.
# A text that folds to itself is answered with the caller's own object: the detectors' "last answer"
# caches (``ascii_lower``, ``label_scan``, ``seed_en``) know a text by its object, and a folded text that
# is another object than the one ``_detect`` masked would make them miss each other (measured +10 %).
_VALUE_FOLDS: Final = 32
_by_value: dict[str, tuple[str, Folded]] = {}


def fold_inbound(text: str) -> Folded:
    """A customer's message as a reader sees it, for the detectors (see ``scan_inbound``).

    Full-width and other compatibility letters and digits become ASCII, Cyrillic/Greek look-alike
    letters become Latin, Traditional characters become Simplified, invisible characters go.
    ASCII text and text with none of these (almost every message) come back as they are.
    The last few answers are kept: a chat message is folded by ``scan_inbound`` (each pass) and
    again by the conversation rules, with other texts folded in between.
    """
    recent = _recent_inbound
    for key, folded in recent:
        if key is text:
            return folded
    kept = _by_value.get(text)
    if kept is None:
        folded = _fold_inbound(text)
        if len(_by_value) >= _VALUE_FOLDS:
            _by_value.pop(next(iter(_by_value)), None)
        _by_value[text] = (text, folded)
    elif kept[1].text is kept[0] and kept[1].origin is None:
        folded = Folded(text, None)  # folded to itself (origin None: nothing was dropped)
    else:
        folded = kept[1]
    recent.insert(0, (text, folded))
    del recent[_RECENT_FOLDS:]
    return folded


def _fold_inbound(text: str) -> Folded:
    mapped = fold_leet(text)
    drop = [span for span in _spaced_runs(mapped) if _spaced_letters(mapped, span)]
    if text.isascii():
        return _dropped(mapped, drop)
    table, special = _inbound_tables()
    astral = _ASTRAL.search(text) is not None
    if not astral and special.search(text) is None:
        return _dropped(mapped, drop)
    # one substitution per special character: most messages have only a few to change
    if astral:
        mapped = mapped.translate(table)
    else:
        mapped = special.sub(lambda m: table.get(ord(m.group()), m.group()), mapped)
    drop += [m.span() for m in _INVISIBLE_RUN.finditer(mapped)]
    return _dropped(mapped, drop)


def _spaced_letters(text: str, span: tuple[int, int]) -> bool:
    """Is the separator at ``span`` inside a spaced-out word ("2 f a", "p a s s") rather than in
    spaced-out digits ("5 5 2 1 9 0", which the code detector reads as they are)?"""
    a, b = span
    return (a > 0 and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha())


def _dropped(mapped: str, drop: list[tuple[int, int]]) -> Folded:
    if not drop:
        return Folded(mapped, None)
    drop.sort()
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for a, b in drop:
        a = max(a, pos)
        parts.append(mapped[pos:a])
        origin.extend(range(pos, a))
        pos = max(pos, b)
    parts.append(mapped[pos:])
    origin.extend(range(pos, len(mapped)))
    return Folded("".join(parts), origin)


def original_span(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that folded ``[start, end)`` (non-empty) came from."""
    if folded.origin is None:
        return start, end
    return folded.origin[start], folded.origin[end - 1] + 1
