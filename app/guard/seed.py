"""Detect BIP39 seed phrases (English and simplified Chinese) in free text.

Why the rules look the way they do:

* English: a seed phrase is a run of >= 12 wordlist words separated only by
  whitespace, punctuation or numbering ("1. abandon 2) ability #3 able").
  Ordinary prose almost never produces such a run because the most frequent
  English function words ("the", "is", "my", "to", "a", "I", "it", "not", "and",
  "of", ...) are NOT in the BIP39 list and break it. The benchmark
  (bench/guard_false_positives.py) measures this on realistic messages.
* Chinese: the list holds 2048 very common characters, so 12+ consecutive
  wordlist characters are ordinary prose. We therefore require stronger
  evidence: single characters separated by spaces/commas/numbering; or, for a
  run written without separators, a context word (助记词, seed, ...) right
  before it ("助记词：...") plus a checksum-valid phrase starting there or the
  loose randomness test; or, with no context word, a whole run of a valid
  mnemonic length with a valid checksum that also passes the strict
  randomness test below.
* The simplified-Chinese list is ordered by character frequency, which gives a
  second test for runs without separators: prose concentrates on low indices,
  a mnemonic is uniform over 0..2047. ``_looks_random_zh`` is a per-character
  log-likelihood ratio (uniform vs. a Zipf-like prose model). On the corpus it
  lets ~4% of 12-char prose windows through while rejecting ~2% of real
  mnemonics; combined with the 4-bit checksum (1/16) prose almost never passes.
* Runs (< 48 words) that repeat many words ("test result test result ...",
  seen in code and logs) are not seed phrases unless the checksum says
  otherwise; longer runs are always flagged (a phrase pasted many times).
* Label words at the start of a run ("seed phrase: abandon ...") stay visible
  only when a checksum-valid phrase starts right after them.
* A valid checksum anywhere in the run gives severity "high", otherwise
  "medium". Note a random 12-word window passes the 4-bit checksum with
  probability 1/16, so "high" on long runs is a hint, not proof. The whole run is
  always redacted, not only the checksummed window.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Final, NamedTuple

from .textutil import ascii_lower
from .types import HIGH, MEDIUM
from .wordlists import (
    CHINESE,
    ENGLISH,
    VALID_LENGTHS,
    checksum_ok,
    chinese_chars,
    english_words,
    word_index,
)

MIN_WORDS: Final = 12
_MAX_GAP: Final = 16  # chars of numbering/punctuation allowed between two words
_MAX_WINDOW_CHECKS: Final = 4000  # hard bound on checksum work for huge inputs

_LETTERS = re.compile(r"[a-z]+")  # on ASCII-lower-cased text; 2x faster than [^\W\d_]
_GAP_OK = re.compile(r"[\s\d.,;:!?()\[\]{}#*\-_/|\"'`~+=<>•·、，。；：（）【】「」“”‘’]*")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ZH_SEP = r"[\s,，、;；.。:：|/\\\-_#*()（）\[\]【】0-9]"
_CONTEXT = re.compile(
    r"助记词|助记|恢复短语|恢复词|种子短语|种子词|备份短语|钱包短语|私钥|密钥"
    r"|mnemonic|seed|recovery\s+phrase|secret\s+phrase"  # matched on ASCII-lower-cased text
)
_ANY_CJK = re.compile(f"[{_CJK}]")
_LEAD_FILLER = re.compile(r"(?:是|为|如下|就是|[:：\s])+")
_CONNECTOR = re.compile(r"[\s:：,，]*(?:是|为|如下|就是)?[\s:：,，]*")


_LEAD_LABELS: Final = frozenset({"seed", "phrase", "word", "key", "private", "secret"})  # in BIP39
_ZIPF_K: Final = 50
_RANDOMNESS_THRESHOLD: Final = -0.1  # no context word: ~4% prose / ~2% mnemonics beyond
_LOOSE_THRESHOLD: Final = -0.25  # introduced by a context word: ~10% prose / ~0.5% mnemonics
_MIN_DISTINCT_RATIO: Final = 0.75
_REPETITION_MAX_RUN: Final = 48  # longer runs are flagged anyway (a phrase pasted many times)


class SeedHit(NamedTuple):
    """A detected phrase: span in the scanned text and its severity."""

    start: int
    end: int
    severity: str


@cache
def _zh_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile (separated, contiguous) Chinese run patterns once."""
    zh = f"[{re.escape(chinese_chars())}]"
    separated = re.compile(
        rf"(?<![{_CJK}]){zh}(?:{_ZH_SEP}{{1,8}}{zh}){{{MIN_WORDS - 1},}}(?![{_CJK}])"
    )
    contiguous = re.compile(rf"{zh}{{{MIN_WORDS},}}")
    return separated, contiguous


@cache
def _zh_llr() -> dict[str, float]:
    """Per-character log(P_uniform / P_prose) for the frequency-ordered Chinese list."""
    norm = sum(1.0 / (rank + _ZIPF_K) for rank in range(2048))
    return {ch: math.log((rank + _ZIPF_K) * norm / 2048) for ch, rank in word_index(CHINESE).items()}


def _looks_random_zh(chars: Sequence[str], threshold: float = _RANDOMNESS_THRESHOLD) -> bool:
    """Is this run of Chinese wordlist characters more like a mnemonic than prose?"""
    llr = _zh_llr()
    return sum(llr[c] for c in chars) / len(chars) >= threshold


def _repetitive(words: Sequence[str]) -> bool:
    """Many repeated words ("test result test result ..."): code or logs, not a phrase."""
    n = len(words)
    return n < _REPETITION_MAX_RUN and len(set(words)) < _MIN_DISTINCT_RATIO * n


def _severity(words: Sequence[str], language: str) -> str:
    """HIGH if some window of a valid mnemonic length has a valid checksum."""
    n = len(words)
    budget = _MAX_WINDOW_CHECKS
    for length in VALID_LENGTHS:
        for s in range(0, n - length + 1):
            if checksum_ok(words[s : s + length], language):
                return HIGH
            budget -= 1
            if budget <= 0:
                return MEDIUM
    return MEDIUM


_LONG_FLAG_RUN = re.compile(b"\x01{%d,}" % MIN_WORDS)


def _english_runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Yield runs of >= 12 wordlist words joined only by separator gaps.

    Fast path first: membership flags for all tokens as bytes (C-level loop), and
    only stretches of >= 12 consecutive members are examined in detail (offsets,
    gaps). Almost every message stops after the flag string.
    """
    tokens = _LETTERS.findall(ascii_lower(text))
    flags = bytes(map(english_words().__contains__, tokens))
    stretches = [(m.start(), m.end()) for m in _LONG_FLAG_RUN.finditer(flags)]
    if not stretches:
        return
    gaps = _LETTERS.split(ascii_lower(text))  # gaps[i] precedes tokens[i]
    starts: list[int] = []
    pos = 0
    for gap, tok in zip(gaps, tokens, strict=False):
        pos += len(gap)
        starts.append(pos)
        pos += len(tok)
    for lo, hi in stretches:
        run: list[tuple[int, int, str]] = []
        for i in range(lo, hi):
            gap = gaps[i]
            if run and not (len(gap) <= _MAX_GAP and _GAP_OK.fullmatch(gap)):
                if len(run) >= MIN_WORDS:
                    yield run
                run = []
            run.append((starts[i], starts[i] + len(tokens[i]), tokens[i]))
        if len(run) >= MIN_WORDS:
            yield run


def find_english(text: str) -> list[SeedHit]:
    """English seed phrases: runs of >= 12 BIP39 words."""
    hits: list[SeedHit] = []
    for run in _english_runs(text):
        if len(run) < MIN_WORDS:
            continue
        words = [w for _, _, w in run]
        severity = _severity(words, ENGLISH)
        if severity == MEDIUM and _repetitive(words):
            continue
        first = _skip_lead_words(words) if severity == HIGH else 0
        hits.append(SeedHit(run[first][0], run[-1][1], severity))
    return hits


def _skip_lead_words(words: Sequence[str]) -> int:
    """How many leading words ("seed", "phrase", ...) are the customer's label, not the phrase.

    "seed phrase: abandon ..." is one run because "seed" and "phrase" are BIP39
    words. They are left visible only when a checksum-valid phrase starts right
    after them, so a real phrase that happens to start with "seed" is not cut.
    """
    k = 0
    while k < len(words) and words[k] in _LEAD_LABELS:
        k += 1
    while k > 0:
        if any(checksum_ok(words[k : k + n], ENGLISH) for n in VALID_LENGTHS):
            return k
        k -= 1
    return 0


def _context_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CONTEXT.finditer(ascii_lower(text))]


def _introduced_at(text: str, start: int, end: int, ctx: list[tuple[int, int]]) -> int | None:
    """Where the phrase starts if a context word introduces this run, else None.

    The context word must sit right before the run ("助记词：...", "seed: ...")
    or inside it ("我的助记词是的一是在..." is one run because 我/的/助/记/词/是
    are all wordlist characters); a context word elsewhere in the message says
    nothing about this run ("有人问我要助记词，我没给，<more prose>").
    ``ctx`` is sorted by position.
    """
    first_inside = bisect_left(ctx, (start, -1))
    last_inside = first_inside - 1
    while last_inside + 1 < len(ctx) and ctx[last_inside + 1][1] <= end:
        last_inside += 1
    if last_inside >= first_inside:
        inside_end = ctx[last_inside][1]
        lead = _LEAD_FILLER.match(text, inside_end, end)
        return lead.end() if lead else inside_end
    if first_inside > 0:
        before_end = ctx[first_inside - 1][1]
        if before_end <= start and _CONNECTOR.fullmatch(text, before_end, start):
            return start
    return None


def find_chinese(text: str) -> list[SeedHit]:
    """Chinese seed phrases; see the module docstring for the evidence rules."""
    if _ANY_CJK.search(text) is None:
        return []
    separated, contiguous = _zh_patterns()
    hits: list[SeedHit] = []
    for m in separated.finditer(text):
        words = [ch for ch in m.group() if "\u3400" <= ch <= "\ufaff"]
        severity = _severity(words, CHINESE)
        if severity == MEDIUM and _repetitive(words):
            continue
        hits.append(SeedHit(m.start(), m.end(), severity))
    ctx: list[tuple[int, int]] | None = None
    for m in contiguous.finditer(text):
        start, end = m.start(), m.end()
        if ctx is None:
            ctx = _context_spans(text)
        phrase_start = _introduced_at(text, start, end, ctx)
        if phrase_start is not None:
            chars = list(text[phrase_start:end])
            if len(chars) < MIN_WORDS:
                continue
            # The phrase starts right after the context word, so only windows anchored
            # there count (over a long prose run some window passes 4 bits by chance).
            anchored = any(checksum_ok(chars[:n], CHINESE) for n in VALID_LENGTHS)
            if anchored or _looks_random_zh(chars, _LOOSE_THRESHOLD):
                hits.append(SeedHit(phrase_start, end, HIGH if anchored else MEDIUM))
        elif checksum_ok(list(m.group()), CHINESE) and _looks_random_zh(m.group()):
            hits.append(SeedHit(start, end, HIGH))
    return hits


def find_seed_phrases(text: str) -> list[SeedHit]:
    """All seed-phrase hits, English and Chinese (may overlap; caller merges)."""
    return find_english(text) + find_chinese(text)
