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
from .types import HIGH, MEDIUM

MIN_WORDS: Final = seed_en.MIN_WORDS
# Numbering right before a phrase ("1. abandon", "#1 的", "1)") goes with it: nothing is left
# dangling in front of the marker.
_NUMBERING_BEFORE = re.compile(r"(?:#?\d{1,2}[.)、:：]?[ \t]*)$")


def _with_numbering(text: str, start: int) -> int:
    m = _NUMBERING_BEFORE.search(text, max(0, start - 6), start)
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
        if not high and seed_en.repetitive(words):
            continue
        first = seed_en.lead_labels(words) if high else 0
        start = _with_numbering(text, words[first].start)
        hits.append(SeedHit(start, words[-1].end, HIGH if high else MEDIUM))
    return hits


def find_chinese(text: str) -> list[SeedHit]:
    return [
        SeedHit(_with_numbering(text, s), e, HIGH if valid else MEDIUM)
        for s, e, valid in seed_zh.find_chinese(text)
    ]


def find_seed_phrases(text: str) -> list[SeedHit]:
    """All seed-phrase hits, English and Chinese (may overlap; the caller merges)."""
    return find_english(text) + find_chinese(text)
