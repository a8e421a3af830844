"""BIP39 wordlists (from the ``mnemonic`` package) and a fast checksum test.

The lists are loaded lazily once per process and kept as dict/set so that
membership tests are O(1): the scanner runs on every chat message, so the
O(2048) ``list.index`` that ``Mnemonic.check`` uses is avoided. The checksum
rule is exactly BIP39's (same result as ``Mnemonic(lang).check``; the tests
cross-check that).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from typing import Final

from mnemonic import Mnemonic

ENGLISH: Final = "english"
CHINESE: Final = "chinese_simplified"
VALID_LENGTHS: Final = (12, 15, 18, 21, 24)


@cache
def word_index(language: str) -> dict[str, int]:
    """Map word -> 11-bit index for one BIP39 language."""
    return {w: i for i, w in enumerate(Mnemonic(language).wordlist)}


@cache
def english_words() -> frozenset[str]:
    """The 2048 English BIP39 words (lower case ASCII)."""
    return frozenset(word_index(ENGLISH))


@cache
def chinese_chars() -> str:
    """The 2048 simplified-Chinese BIP39 words (single characters), concatenated.

    Returned as a string so it can be dropped into a regex character class.
    """
    return "".join(word_index(CHINESE))


def checksum_ok(words: Sequence[str], language: str) -> bool:
    """True if ``words`` is a BIP39 mnemonic with a valid checksum.

    ``words`` must already be normalised (lower-case English / single Chinese
    characters). Unknown words or wrong lengths simply return False.
    """
    n = len(words)
    if n not in VALID_LENGTHS:
        return False
    index = word_index(language)
    acc = 0
    for w in words:
        i = index.get(w)
        if i is None:
            return False
        acc = (acc << 11) | i
    total_bits = n * 11
    cs_bits = total_bits // 33
    ent_bits = total_bits - cs_bits
    entropy = (acc >> cs_bits).to_bytes(ent_bits // 8, "big")
    expected = hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits)
    return (acc & ((1 << cs_bits) - 1)) == expected
