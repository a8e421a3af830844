"""Seed phrases (BIP39, English and Chinese) in a customer's message.

The message is folded first (``fold.fold_inbound``): full-width letters, Cyrillic look-alikes,
zero-width characters and Traditional characters are read as a person reads them. The English
rules are in ``seed_en`` (runs of wordlist words, misspellings and words run together allowed),
the Chinese ones in ``seed_zh`` (frequency, checksum and context tell a phrase from prose).

A valid checksum somewhere in the phrase gives severity "high", otherwise "medium"; it is a
confidence signal, never a gate. The whole run is always redacted, not only the checksummed window.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from . import seed_en, seed_zh
from .textutil import AsciiFirst, ascii_lower, literal_alternation
from .types import HIGH, MEDIUM
from .wordlists import english_words

MIN_WORDS: Final = seed_en.MIN_WORDS
# Numbering right before a phrase ("1. abandon", "#1 的", "1)") goes with it: nothing is left
# dangling in front of the marker.
# "Word 1: ivory", "1-balcony", "No. 1 …": the item label and a dash count as numbering too.
_NUMBERING_BEFORE = re.compile(r"(?:(?:(?i:word|no\.?|w)[ \t]*)?#?\d{1,2}[.)、:：-]?[ \t]*)$")


def _with_numbering(text: str, start: int) -> int:
    m = _NUMBERING_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m is not None and m.end() == start and m.start() < start else start


class SeedHit(NamedTuple):
    """A detected phrase: span in the scanned text and its severity."""

    start: int
    end: int
    severity: str


def find_english(text: str) -> list[SeedHit]:
    hits: list[SeedHit] = []
    for run in seed_en.find_runs(text):
        words = run.words
        high = seed_en.run_severity_high(words)
        if (not high and seed_en.repetitive(words)) or seed_en.topical(words):
            continue  # a topical list is not a phrase even when some window passes the checksum
        first = seed_en.lead_labels(words) if high else 0
        start = _with_numbering(text, words[first].start)
        hits.append(SeedHit(start, words[-1].end, HIGH if high else MEDIUM))
    return hits


# A phrase remembered in part ("I only remember 11 of the 12 words: …"): 9 to 11 exact wordlist
# words in a row, after a word that names the phrase, are most of a phrase and as dangerous.
_PARTIAL_MIN: Final = 9
_NAMES_PHRASE = re.compile(r"(?i:words|phrase|seed|mnemonic|recovery|backup)")
_NAMED_BEFORE: Final = 160
_PARTIAL_REACH: Final = 11 * 10  # eleven words after the start
_LOWER_WORDS = re.compile(r"[a-z]+")
_NINE_WORDS: Final = _PARTIAL_MIN * 3 + _PARTIAL_MIN - 1  # (an ASCII text keeps its length lower-cased)


def _made_flags(text: str) -> bytes | None:
    """The wordlist flags of ``_LOWER_WORDS.findall(text.lower())`` if ``find_runs`` just made them.

    When ``text.lower()`` is ``ascii_lower(text)`` (always in an ASCII text; in another one unless a
    character changes length when lowered, and the redaction masks of a second pass do not), and no
    token of ``seed_en``'s ``_LETTERS`` holds a 0 or 1 (``member_flags`` answers only then), its tokens
    are those of ``_LOWER_WORDS``: ``find_runs``, which ran on this text just before, made the same flags."""
    low = ascii_lower(text)
    flags = seed_en.member_flags(low)
    if flags is None or text.isascii() or text.lower() == low:
        return flags
    return None


def _nine_in_a_row(text: str) -> bool:
    if len(text) < _NINE_WORDS and text.isascii():
        return False  # nine words of three letters or more and the eight gaps between them
    flags = _made_flags(text)
    if flags is None:
        flags = bytes(map(english_words().__contains__, _LOWER_WORDS.findall(text.lower())))
    return b"\x01" * _PARTIAL_MIN in flags


def _partial_english(text: str) -> list[SeedHit]:
    """Runs of 9-11 exact words; looked for only in windows after a word that names the phrase."""
    if not _nine_in_a_row(text):
        return []  # one pass over the bare tokens: prose almost never has nine wordlist words in a row
    hits: list[SeedHit] = []
    windows: list[tuple[int, int]] = []
    for m in _NAMES_PHRASE.finditer(text):
        lo, hi = m.start(), min(len(text), m.end() + _NAMED_BEFORE + _PARTIAL_REACH)
        while hi < len(text) and text[hi].isalpha():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        if not _nine_in_a_row(text[lo:hi]):
            continue  # nine wordlist words in a row, tested on bare tokens before any run is built
        hits += [SeedHit(h.start + lo, h.end + lo, h.severity) for h in _partial_runs(text[lo:hi])]
    return hits


def _partial_runs(text: str) -> list[SeedHit]:
    hits: list[SeedHit] = []
    for run in seed_en.find_runs(text, _PARTIAL_MIN):
        words = run.words
        while words and not words[0].exact:
            words = words[1:]  # "the rest: choice …": a corrected word at an end is the sentence's
        while words and not words[-1].exact:
            words = words[:-1]
        if not _PARTIAL_MIN <= len(words) < MIN_WORDS or not all(w.exact for w in words):
            continue
        if seed_en.repetitive(words) or seed_en.topical(words):
            continue
        if _NAMES_PHRASE.search(text, max(0, words[0].start - _NAMED_BEFORE), words[0].start) is None:
            continue
        hits.append(SeedHit(_with_numbering(text, words[0].start), words[-1].end, MEDIUM))
    return hits


# round 5: labels of a phrase's parts inside one message ("前六个 … 后六个 …", "上半：… 下半：…") are
# separators, as the part labels of ``conversation`` are between messages
_ZH_PART_LABEL = re.compile(
    r"(?:(?:前|后|中间|最后|末尾|剩下的?|其余的?)(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})个(?:词|字)?"
    r"|(?:前半|后半|上半|下半)(?:部分|段|截)?|第[一二三四1-4](?:部分|段|组|行|半))(?:是|为)?\s*[:：]?"
)
_ZH_PART_HINT = re.compile(r"[个半第]")


def _without_part_labels(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each part label replaced by one space, and each kept character's position in
    ``text`` (plus the end); None when there is no label."""
    if _ZH_PART_HINT.search(text) is None or _ZH_PART_LABEL.search(text) is None:
        return None
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _ZH_PART_LABEL.finditer(text):
        out.append(text[pos : m.start()])
        where.extend(range(pos, m.start()))
        out.append(" ")
        where.append(m.start())
        pos = m.end()
    out.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(out), where


def find_chinese(text: str) -> list[SeedHit]:
    found = seed_zh.find_chinese(text)
    if not found:
        compact = _without_part_labels(text)
        if compact is not None:
            work, where = compact
            found = [(where[s], where[e - 1] + 1, valid) for s, e, valid in seed_zh.find_chinese(work)]
    return [SeedHit(_with_numbering(text, s), e, HIGH if valid else MEDIUM) for s, e, valid in found]


# round 6: the same labels, and English ones ("first 6:", "last 6:", "words 7-12", "part 2:"),
# between English words break a run (a label word such as "last" is no wordlist word): blanked to
# spaces of the same length, so spans stay
_PART_LABEL_ANY = re.compile(
    _ZH_PART_LABEL.pattern + r"|(?i:(?<![a-z])(?:first|last|next|final|remaining|other|second|1st|2nd)[ \t]+"
    r"(?:\d{1,2}|six|twelve|half)(?:[ \t]+words?)?[ \t]*[:：=-]"
    r"|(?<![a-z])(?:words?[ \t]+)?\d{1,2}[ \t]*[-–~到至][ \t]*\d{1,2}[ \t]*[:：=]"
    r"|(?<![a-z])part[ \t]*[1-4][ \t]*[:：=])"
)
# where a label can start: a literal scan (C speed) instead of the label pattern over the whole text
_PART_LABEL_START = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "first",
                "last",
                "next",
                "final",
                "remaining",
                "other",
                "second",
                "1st",
                "2nd",
                "part",
                "word",
                "前",
                "后",
                "中间",
                "最后",
                "末尾",
                "剩下",
                "其余",
                "上半",
                "下半",
                "第",
            ]
        )
    )
)
_SHORTEST_PHRASE: Final = 47  # twelve words of three letters and the spaces between them
_NUMBERED_LABEL = re.compile(r"[0-9]{1,2}[ \t]*[-–~到至][ \t]*[0-9]{1,2}[ \t]*[:：=]")


def _blank_part_labels(text: str) -> str | None:
    if len(text) < _SHORTEST_PHRASE:
        return None
    flags = _made_flags(text)
    if flags is not None and flags.count(1) < MIN_WORDS:
        return None  # too few wordlist words (the test below), known before any label is looked for
    starts: list[tuple[int, int]] = []
    low = ascii_lower(text)  # same length: positions are the text's
    numbered = _NUMBERED_LABEL.finditer(low) if ":" in low or "：" in low or "=" in low else ()
    found = sorted([*_PART_LABEL_START.finditer(low), *numbered], key=lambda m: m.start())
    for a in found:
        if starts and a.start() < starts[-1][1]:
            continue
        m = _PART_LABEL_ANY.match(text, a.start())
        if m is not None and m.end() > m.start():
            starts.append(m.span())
    if not starts:
        return None
    tokens = _LOWER_WORDS.findall(text.lower())
    if sum(map(english_words().__contains__, tokens)) < MIN_WORDS:
        return None  # too few wordlist words for a phrase: no second pass
    out, pos = [], 0
    for lo, hi in starts:
        out.append(text[pos:lo])
        out.append(" " * (hi - lo))
        pos = hi
    out.append(text[pos:])
    return "".join(out)


# Session 9: what every English rule above needs, tested first. A word of a run or of a partial phrase
# is a ``seed_en._LETTERS`` token of ``ascii_lower(text)`` (or a part of one, words run together) read as
# a wordlist word (three letters or more): exactly, by OCR (a reading is never longer than its token) or
# by correction (only of a token of three or more): three characters of [a-z01] each, and a phrase has
# at least ``_PARTIAL_MIN`` (9) words; part labels are blanked to spaces (fewer such characters, never
# more). Such a character is typed as one of [A-Za-z01] or as one of the two characters whose
# ``lower()`` gives an ASCII letter (U+0130, U+212A KELVIN SIGN). A text with fewer than 27 of them
# holds no English phrase, whatever ``find_english`` would make of it.
_ENGLISH_CHARS: Final = 3 * _PARTIAL_MIN
_ENOUGH_ENGLISH = re.compile(f"(?:[^A-Za-z01\u0130\u212a]*+[A-Za-z01\u0130\u212a]){{{_ENGLISH_CHARS}}}")


def find_seed_phrases(text: str) -> list[SeedHit]:
    """All seed-phrase hits, English and Chinese (may overlap; the caller merges)."""
    if len(text) < _ENGLISH_CHARS or _ENOUGH_ENGLISH.match(text) is None:
        return find_chinese(text)  # too few letters for nine words of three (see ``_ENGLISH_CHARS``)
    english = find_english(text)
    if not english:
        blanked = _blank_part_labels(text)
        english = find_english(blanked) if blanked is not None else []
    if not english:
        english = _partial_english(text)
    return english + find_chinese(text)
