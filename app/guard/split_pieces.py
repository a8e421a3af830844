"""Secrets sent in pieces too small for ``conversation``'s fragment rules (round 6).

* One seed word per message ("I'll type them one at a time" / "cigar" / "visa" / ...): a single
  word is no fragment (two everyday words make short chat too), and a 12-word phrase sent so does
  not fit in the conversation window. So a run of ``MIN_SINGLES`` consecutive messages that are
  each one BIP39 word, few of them everyday words, is taken as the start of a phrase, and each
  next one-word message after two redacted ones continues it: the window accumulates the words.
* A Solana key pair in halves (44 + 44 base58 characters, each alone looking like an address):
  consecutive messages of nothing but base58 that decode together to 64 bytes, named as a key in
  the message before them or forming a valid ed25519 key pair.

Both return ``(index, Finding)`` pairs: index into ``earlier``, or -1 for the new message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .base58 import b58decode
from .keys import key_pair_ok, names_key
from .textutil import ascii_lower
from .types import HIGH, MEDIUM, PRIVATE_KEY, SEED_PHRASE, Finding
from .wordlists import english_words

MIN_SINGLES: Final = 6  # one-word messages in a row that start a phrase
_SEED_MARKER: Final = "[redacted:seed_phrase]"
_ONE_WORD = re.compile(r"\s*(?:\d{1,2}\s*[.:)、-]?\s*)?(?P<w>[A-Za-z]{3,8})\s*[.,;]?\s*")
_B58_PIECE = re.compile(r"\s*(?P<b>[1-9A-HJ-NP-Za-km-z]{20,60})\s*")


def _one_word(text: str, everyday: frozenset[str]) -> tuple[int, int] | None:
    """The span of the BIP39 word a message is made of (an optional number before it)."""
    m = _ONE_WORD.fullmatch(text)
    if m is None:
        return None
    word = m.group("w").lower()
    if word not in english_words() or word in everyday:
        return None
    return m.span("w")


def _marker_only(text: str) -> bool:
    return text.strip() == _SEED_MARKER


def word_by_word(
    text: str, earlier: Sequence[str], window: int, everyday: frozenset[str]
) -> list[tuple[int, Finding]] | None:
    """A seed phrase typed one word per message (see the module docstring)."""
    if len(earlier) >= 2 and _marker_only(earlier[-1]) and _marker_only(earlier[-2]):
        # the phrase goes on: any wordlist word now ("when" is an everyday word and a seed word)
        cont = _one_word(text, frozenset())
        return None if cont is None else [(-1, Finding(SEED_PHRASE, MEDIUM, *cont))]
    span = _one_word(text, everyday)
    if span is None:
        return None
    found = [(-1, Finding(SEED_PHRASE, MEDIUM, *span))]
    for i in range(len(earlier) - 1, max(0, len(earlier) - window) - 1, -1):
        prev = _one_word(earlier[i], everyday)
        if prev is None:
            break
        found.append((i, Finding(SEED_PHRASE, MEDIUM, *prev)))
    return found if len(found) >= MIN_SINGLES else None


def base58_halves(text: str, earlier: Sequence[str], window: int) -> list[tuple[int, Finding]] | None:
    """A 64-byte base58 key pair sent as consecutive messages of nothing but base58."""
    m = _B58_PIECE.fullmatch(text)
    if m is None:
        return None
    pieces = [(-1, m.span("b"), m.group("b"))]
    i = len(earlier) - 1
    while i >= max(0, len(earlier) - window) and len(pieces) < 4:
        prev = _B58_PIECE.fullmatch(earlier[i])
        if prev is None:
            break
        pieces.append((i, prev.span("b"), prev.group("b")))
        i -= 1
        joined = "".join(p[2] for p in reversed(pieces))
        if not 85 <= len(joined) <= 90:
            continue
        raw = b58decode(joined)
        if raw is None or len(raw) != 64:
            continue
        named = i >= 0 and names_key(ascii_lower(earlier[i]))
        if named or key_pair_ok(raw):
            return [(index, Finding(PRIVATE_KEY, HIGH, a, b)) for index, (a, b), _ in pieces]
    return None
