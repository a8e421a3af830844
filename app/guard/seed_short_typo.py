"""A seed phrase with one word mistyped too short to correct by itself (round 11).

``bip39_fuzzy`` never corrects a two-letter token ("ft" could be "fit", "aft", "gift" …, and two
letters are what prose is made of), so "ready salad dash ft blouse … satoshi" leaves two runs of
wordlist words, three and eight long, neither a phrase. What makes it one is the whole: every other
token of a phrase-length window (12, 15, 18, 21 or 24) is a wordlist word, the odd one is one edit
from a wordlist word, and some such reading gives a valid BIP39 checksum (one chance in sixteen for
words that are not a phrase). The checksum cannot be the gate: a two-letter token has a dozen
readings, so one of them passes by chance half the time. The gate is the run itself: eleven wordlist
words or more around one short token that is not a word of prose ("to", "of", "my" …: what breaks a
run of wordlist words in a sentence) and is one edit from a wordlist word, with only spaces, commas
or dashes between (no sentence break). A phrase with a longer misspelt word is ``seed_en``'s.

Only texts with eleven wordlist words or more are read (a count over the tokens).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, NamedTuple

from .confusables import osa_distance
from .seed_en import member_flags
from .types import SEED_PHRASE
from .wordlists import VALID_LENGTHS, english_words

_TOKEN = re.compile(r"[a-z]+")
_SEPARATOR = re.compile(r"[\s,，、\-|/]{1,4}")  # between the words of one phrase (no sentence break)
_SHORT: Final = 3
_MIN_CHARS: Final = 12 * 3 + 11  # twelve words of three letters and their spaces
# a non-member with members on both sides (found over the flags, one byte a token)
_GAP = re.compile(rb"(?<=\x01)\x00(?=\x01)")  # the mistyped token's longest length handled here
# short words of prose: they break a run of wordlist words in a sentence, they are no mistyped word
_PROSE: Final = frozenset(
    {
        "a",
        "i",
        "to",
        "of",
        "in",
        "is",
        "it",
        "at",
        "on",
        "my",
        "me",
        "we",
        "an",
        "or",
        "as",
        "by",
        "so",
        "up",
        "do",
        "go",
        "no",
        "if",
        "be",
        "he",
        "us",
        "am",
        "ok",
        "the",
        "and",
        "for",
        "you",
        "are",
        "but",
        "not",
        "was",
        "his",
        "her",
        "its",
        "our",
        "has",
        "had",
        "can",
        "may",
        "did",
        "got",
        "get",
        "let",
        "put",
        "say",
        "see",
        "too",
        "two",
        "one",
        "own",
        "off",
        "out",
        "how",
        "who",
        "why",
        "yes",
        "yet",
        "via",
        "per",
        "etc",
        "pls",
        "plz",
        "thx",
        "btw",
        "lol",
        "idk",
        "im",
        "ive",
        "dont",
        "cant",
        "wont",
        "isnt",
    }
)


class SeedHit(NamedTuple):
    kind: str
    start: int
    end: int


@cache
def _candidates(token: str) -> tuple[str, ...]:
    """Wordlist words one edit from a short ``token``."""
    near = [w for w in sorted(english_words()) if abs(len(w) - len(token)) <= 1]
    return tuple(w for w in near if osa_distance(token, w, 2) == 1)


def _members_around(flags: bytes, p: int) -> int:
    """How many members run on both sides of the token at ``p`` (up to the next non-member)."""
    return (p - flags.rfind(0, 0, p) - 1) + (flags.find(0, p + 1) % (len(flags) + 1) - p - 1)


def _joined(low: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return _SEPARATOR.fullmatch(low, a.end(), b.start()) is not None


def find_short_typo_phrases(low: str) -> list[SeedHit]:
    """Phrases with one short mistyped word in ``low`` (ASCII-lower-cased folded text)."""
    if len(low) < _MIN_CHARS:
        return []
    gaps_needed = VALID_LENGTHS[0] - 1
    if low.count(" ") < gaps_needed and low.count(" ") + low.count(",") + low.count("\n") < gaps_needed:
        return []
    # the flags ``seed_en.find_runs`` has just made for this text, when it has (session 10: the same
    # ``[a-z]+`` tokens and the same wordlist, so the same bytes; see ``member_flags``)
    made = member_flags(low)
    if made is not None and (len(made) < VALID_LENGTHS[0] or made.count(1) < VALID_LENGTHS[0] - 1):
        return []
    words = english_words()
    plain = _TOKEN.findall(low)
    if len(plain) < VALID_LENGTHS[0]:
        return []
    # one flag a token (C-level passes); a short non-member between members is looked at in Python
    flags = made if made is not None else bytes(map(words.__contains__, plain))
    if flags.count(1) < VALID_LENGTHS[0] - 1:
        return []
    gaps = [m.start() for m in _GAP.finditer(flags) if len(plain[m.start()]) <= _SHORT]
    gaps = [p for p in gaps if plain[p] not in _PROSE and _members_around(flags, p) >= VALID_LENGTHS[0] - 1]
    gaps = [p for p in gaps if _candidates(plain[p])]
    if not gaps:
        return []
    tokens = list(_TOKEN.finditer(low))
    hits: list[SeedHit] = []
    n = len(tokens)
    for p in gaps:
        lo = p
        while lo > 0 and flags[lo - 1] and _joined(low, tokens[lo - 1], tokens[lo]):
            lo -= 1
        hi = p
        while hi < n - 1 and flags[hi + 1] and _joined(low, tokens[hi], tokens[hi + 1]):
            hi += 1
        if lo == p or hi == p or hi - lo + 1 < VALID_LENGTHS[0]:
            continue
        if hits and tokens[lo].start() < hits[-1].end:
            continue
        hits.append(SeedHit(SEED_PHRASE, tokens[lo].start(), tokens[hi].end()))
    return hits
