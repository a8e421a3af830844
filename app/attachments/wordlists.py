"""BIP39 word lists with OCR-tolerant lookup, and base58 decoding for QR payloads.

The lists come from ``mnemonic`` (already a dependency of the guard), not from the guard's private
modules, so this package uses only ``app.guard``'s public API.

OCR misreads a letter now and then ("abi1ity", "frarne"). Every English BIP39 word is unique in its
first four letters and the list has no two words one edit apart that matter here, so a token within
one edit of exactly one list word is read as that word. Tokens under four letters are never
corrected: too many ordinary short words are one edit from a list word.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from functools import cache
from typing import Final

from mnemonic import Mnemonic

_B58_ALPHABET: Final = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX: Final = {ch: i for i, ch in enumerate(_B58_ALPHABET)}


@cache
def bip39_english() -> frozenset[str]:
    return frozenset(Mnemonic("english").wordlist)


@cache
def bip39_chinese() -> frozenset[str]:
    return frozenset(Mnemonic("chinese_simplified").wordlist)


_ZIPF_K: Final = 50


@cache
def _zh_llr_table() -> dict[str, float]:
    """Per character: log(P_uniform / P_prose), the prose model Zipf-like over the list's order."""
    chars = Mnemonic("chinese_simplified").wordlist
    norm = sum(1.0 / (rank + _ZIPF_K) for rank in range(len(chars)))
    return {ch: math.log((rank + _ZIPF_K) * norm / len(chars)) for rank, ch in enumerate(chars)}


def zh_llr(chars: Iterable[str]) -> float:
    """Mean log-likelihood ratio of listed characters: >= ~-0.25 looks random (a phrase)."""
    table = _zh_llr_table()
    values = [table[ch] for ch in chars if ch in table]
    return sum(values) / len(values) if values else -math.inf


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _deletion_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for word in bip39_english():
        for key in {word, *_deletions(word)}:
            index.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def near_english_word(token: str) -> bool:
    """``token`` is a BIP39 word, or (4+ letters) one insertion, deletion or substitution from one."""
    if token in bip39_english():
        return True
    if len(token) < 4:
        return False
    index = _deletion_index()
    candidates: set[str] = set(index.get(token, ()))  # the token lost a letter, or is a word
    for key in _deletions(token):  # the token gained a letter, or one was substituted
        candidates |= index.get(key, frozenset())
    return any(_one_edit(token, word) for word in candidates)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def b58decode(text: str) -> bytes | None:
    """Plain base58 (no checksum), or None for a character outside the alphabet."""
    value = 0
    for ch in text:
        digit = _B58_INDEX.get(ch)
        if digit is None:
            return None
        value = value * 58 + digit
    body = value.to_bytes((value.bit_length() + 7) // 8, "big") if value else b""
    return bytes(len(text) - len(text.lstrip("1"))) + body


def b58check_ok(text: str) -> bool:
    """Base58Check: the last four bytes are the double-SHA256 checksum of the rest."""
    raw = b58decode(text)
    if raw is None or len(raw) < 5:
        return False
    payload, checksum = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum
