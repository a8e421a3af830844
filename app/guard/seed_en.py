"""English BIP39 phrases in (folded) free text: runs of wordlist words, misspellings allowed.

A phrase is a run of >= 12 words joined only by separators (spaces, punctuation, numbering:
"1. abandon 2) ability #3 able"). Ordinary prose almost never makes such a run because the most
frequent English words ("the", "is", "my", "to", "a", "I", "it", "and", "of") are not in the
list. People mistype, so a run may hold a few words one edit away from a wordlist word
(``bip39_fuzzy.corrections``): at most one in six, never a common English word. Words run
together ("INVITEEQUIPWHEEL...", CamelCase, zero-width spaces dropped by the fold) are split back
first (``bip39_fuzzy.split_joined``).

The checksum is a confidence signal, not a gate: a run whose some window of a valid length (with
the misspelt words read as their candidates) has a valid checksum is "high", otherwise "medium".
Short runs (``min_words`` below 12) are what a conversation joins: half a phrase in each message.

Speed: tokens are flagged as members with one C-level pass; only stretches of members broken by
single non-members are looked at further, so ordinary messages stop after the flag string.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from typing import Final, NamedTuple

from .bip39_fuzzy import common_non_words, corrections, ocr_exact, split_joined
from .textutil import ascii_letter_count, ascii_lower
from .wordlists import ENGLISH, VALID_LENGTHS, checksum_ok, english_words, word_index

MIN_WORDS: Final = 12
_MAX_GAP: Final = 16
# Letters, and the digits 0 and 1 between letters: OCR and people read "m0ment", "c1iff" as words.
# (written possessively: the tokens of ``[a-z](?:[a-z01]*[a-z])?``, a maximal stretch of letters, 0 and
# 1 that begins and ends with a letter, without the backtracking off each token's end; session 10)
_LETTERS = re.compile(r"[a-z]++(?:[01]++[a-z]++)*+")
_GAP_OK = re.compile(
    r"(?:[\s\d.,;:!?()\[\]{}#*\-_/|\"'`~+=<>•·、，。；：（）【】「」“”‘’]|(?<=\s)and(?=\s))*"  # "x, y and z"
)
# members, broken by one or two non-members (misspellings are checked in Python)
_STRETCH = re.compile(rb"\x00{0,2}\x01+(?:\x00{1,2}\x01+)*\x00{0,2}")
_LONG = 10  # tokens this long that are not members may be words run together
_LEAD_LABELS: Final = frozenset({"seed", "phrase", "word", "words", "key", "private", "secret", "recovery"})
_MAX_COMBOS: Final = 64
_MAX_WINDOW_CHECKS: Final = 2000
_REPETITION_MAX_RUN: Final = 48
_MIN_DISTINCT_RATIO: Final = 0.75


class Word(NamedTuple):
    """One word of a run: its span in the text and the wordlist words it may stand for."""

    start: int
    end: int
    candidates: tuple[str, ...]  # one word if exact; several if a misspelling is ambiguous
    exact: bool  # typed as in the wordlist


class Run(NamedTuple):
    words: tuple[Word, ...]
    fuzzy: int  # how many words are corrections


_OCR_SLACK: Final = 3  # OCR readings are tried in a stretch this many members short of dense
_LONG_TOKEN = re.compile(r"[a-z]{10,}")  # tokens this long may be words run together
# _FEWEST_FLAGS: a text of n characters holds at most (n + 1) // 2 tokens: two tokens have a
# character between them, and a token of words run together (``split_joined``) gives one word per
# three letters or more; so fewer than 2 * min_words - 1 characters make no run of min_words.


def _joined(low: str) -> dict[int, tuple[str, ...]]:
    """Start -> wordlist words, for the long tokens that are words run together."""
    words = english_words()
    return {
        m.start(): parts
        for m in _LONG_TOKEN.finditer(low)
        if m.group() not in words and (parts := split_joined(m.group()))
    }


def _any_joined(tokens: list[str]) -> bool:
    """Would ``_joined`` find anything? Read from ``_LETTERS``' tokens instead of the whole text again.

    Every letter is in one ``_LETTERS`` token and a token is bounded by characters that are not letters,
    so the ``[a-z]{10,}`` runs of the text are those of its tokens of ten characters or more: the token
    itself when it holds no 0 or 1, its own ``[a-z]{10,}`` runs when it does (``split_joined`` is
    cached, so ``_joined`` asking again costs a look-up)."""
    words = english_words()
    for token in tokens:
        if len(token) < _LONG:
            continue
        pieces = _LONG_TOKEN.findall(token) if "0" in token or "1" in token else (token,)
        if any(piece not in words and split_joined(piece) for piece in pieces):
            return True
    return False


def _tokens(
    low: str, joined: dict[int, tuple[str, ...]], read: dict[str, str] | None = None
) -> tuple[list[tuple[int, int, str]], bytes]:
    """Letter tokens (words run together split up) and their membership flags (a token with an OCR
    reading in ``read`` is a member)."""
    words: frozenset[str] | set[str] = english_words()
    if read:
        words = set(words) | set(read)
    toks: list[tuple[int, int, str]] = []
    for m in _LETTERS.finditer(low):
        parts = joined.get(m.start()) if joined else None
        if parts:
            pos = m.start()
            for p in parts:
                toks.append((pos, pos + len(p), p))
                pos += len(p)
        else:
            toks.append((m.start(), m.end(), m.group()))
    flags = bytes(tok[2] in words for tok in toks)
    return toks, flags


def _dense_stretches(flags: bytes, min_words: int, slack: int = 0) -> list[tuple[int, int]]:
    """Stretches of members (broken by one or two non-members) with a window of ``min_words``
    tokens holding enough members to be a phrase; prose has wordlist words, never this dense.
    ``slack``: that many members fewer (a first look before OCR readings are tried)."""
    need = min_words - max(1, min_words // 6) - slack
    if need <= 1:
        # every stretch holds a member (``_STRETCH``: ``\x01+``), so when it has ``min_words`` tokens one of
        # its windows holds that member: dense; the window test below would say so at every stretch
        # (session 11, guardspeed8: ``conversation``'s two-word parts ask with need 1)
        return [m.span() for m in _STRETCH.finditer(flags) if m.end() - m.start() >= min_words]
    out: list[tuple[int, int]] = []
    acc: list[int] | None = None
    for m in _STRETCH.finditer(flags):
        lo, hi = m.span()
        if hi - lo < min_words:
            continue
        if acc is None:
            acc = [0, *accumulate(flags)]
        if any(acc[i + min_words] - acc[i] >= need for i in range(lo, hi - min_words + 1)):
            out.append((lo, hi))
    return out


def _gap_ok(low: str, a: int, b: int) -> bool:
    return b - a <= _MAX_GAP and _GAP_OK.fullmatch(low, a, b) is not None


# The last plain flag string ``find_runs`` made (its lower-cased text, one flag per ``_LETTERS`` token),
# replaced in one assignment: ``seed``'s partial-phrase test reads the same tokens of the same text.
# Kept only when no token holds a 0 or 1 (``_INNER_01``: a token's 0 and 1 sit between its letters), so
# that the tokens are exactly the text's ``[a-z]+`` runs.
_last_flags: tuple[str, bytes] = ("", b"")
# (found from the rarer 0/1 with the letter before it looked behind for: matches where
# ``[a-z][01]+[a-z]`` does, and ``re`` skips ahead in C to a 0 or 1; session 10)
_INNER_01 = re.compile(r"[01](?<=[a-z][01])[01]*+[a-z]")


def member_flags(low: str) -> bytes | None:
    """The membership flags of ``low``'s ``[a-z]+`` runs (= its ``_LETTERS`` tokens, which hold no 0 or 1)
    if ``find_runs`` just made them, else None."""
    last = _last_flags
    return last[1] if last[0] is low else None


def _may_hold(tokens: list[str], flags: bytes, stretches: list[tuple[int, int]], need: float) -> bool:
    """Could a run built from ``stretches`` of the plain ``tokens`` hold ``need`` letters or more?

    An upper bound, never too low (session 10, guardspeed7): a run's words are consecutive tokens of
    one stretch, each as long as its token; a token that is no member and has no OCR reading and no
    correction ends every run (``find_runs``' loop: no candidates, the run is closed); "and" is
    counted, as the loop may step over it. A non-member shorter than three letters or a common word
    has no correction (``corrections``' first tests), so such a token without an OCR reading ends a
    run and its letters are not counted."""
    common = common_non_words()
    for lo, hi in stretches:
        if sum(map(len, tokens[lo:hi])) < need:
            continue  # not even every token of the stretch (one C pass before the loop below)
        # the tokens between two run-enders, added up in C: only the non-members are looked at in
        # Python (a run-ender is one). "held" grew by each token's length (>= 1) and was compared
        # after each, so it reached ``need`` in a stretch of tokens exactly when that stretch is not
        # empty and its sum reaches ``need`` (session 11, guardspeed8)
        seg = lo
        i = flags.find(0, lo, hi)
        while i != -1:
            t = tokens[i]
            if t != "and" and (len(t) < 3 or t in common) and ocr_exact(t) is None:
                if seg < i and sum(map(len, tokens[seg:i])) >= need:
                    return True
                seg = i + 1
            i = flags.find(0, i + 1, hi)
        if seg < hi and sum(map(len, tokens[seg:hi])) >= need:
            return True
    return False


# The last text ``_prefix`` read (by object) and its answer. ``find_runs`` reads one folded message several
# times with different ``min_words`` (a phrase in ``seed``, a part of one in ``conversation``); what
# comes before ``min_words`` is used is the same every time (session 10, guardspeed7).
_last_prefix: tuple[str, tuple[str, list[str], dict[int, tuple[str, ...]], bytes, bool]] | None = None


def _prefix(text: str) -> tuple[str, list[str], dict[int, tuple[str, ...]], bytes, bool]:
    """(lower-cased text, ``_LETTERS`` tokens, words run together, membership flags, plain): what
    ``find_runs`` decides on before ``min_words`` matters. ``plain``: no words run together and no
    token holds a 0 or 1, so the flags are those of the text's ``[a-z]+`` runs (``member_flags``)."""
    global _last_prefix
    last = _last_prefix
    if last is not None and (last[0] is text or last[1][0] is text):
        # the same text, or the lower case of it that this answer was read from (round 16's
        # ``_short_phrase`` asks with ``ascii_lower`` of the text ``seed`` asked with): the answer is a
        # function of ``ascii_lower(text)`` alone, and ``ascii_lower`` of a lower-cased text is that
        # text (``str.lower`` is idempotent on every code point; session 13, guardspeed10: one
        # ``_prefix`` less, and ``ascii_lower``'s last answer is no longer evicted mid-scan)
        return last[1]
    low = ascii_lower(text)
    tokens = _LETTERS.findall(low)
    # words run together hide only in a token of ten letters or more
    joined = _joined(low) if tokens and max(map(len, tokens)) >= _LONG and _any_joined(tokens) else {}
    # decide on the bare tokens (C-level passes) before building any offsets
    words = english_words()
    plain = False
    if not joined:
        flags = bytes(map(words.__contains__, tokens))
        plain = ("0" not in low and "1" not in low) or _INNER_01.search(low) is None
    else:
        split = {low[p : p + sum(map(len, parts))]: len(parts) for p, parts in joined.items()}
        flags = b"".join(
            b"\x01" * split[t] if t in split else (b"\x01" if t in words else b"\x00") for t in tokens
        )
    answer = (low, tokens, joined, flags, plain)
    _last_prefix = (text, answer)
    return answer


def find_runs(text: str, min_words: int = MIN_WORDS, share: float = 0.0) -> list[Run]:
    """Runs of >= ``min_words`` wordlist words (with few misspellings) in ``text``.

    ``share`` > 0: the caller keeps nothing unless some run holds at least that share of the text's
    ASCII letters; ``[]`` is then returned as soon as no run can (``_may_hold``; only on the plain
    path, without OCR readings or words run together)."""
    if len(text) < 2 * min_words - 1:
        return []  # too short for min_words tokens (see _FEWEST_FLAGS)
    low, tokens, joined, flags, plain = _prefix(text)
    if plain:
        global _last_flags
        _last_flags = (low, flags)  # the tokens are those of ``[a-z]+`` (see ``member_flags``)
    if len(flags) < min_words or flags.count(1) < min_words - max(1, min_words // 6) - _OCR_SLACK:
        return []  # no stretch can be dense, not even with OCR's slack (``_dense_stretches``)
    words = english_words()
    read: dict[str, str] = {}
    dense = _dense_stretches(flags, min_words)
    if not dense:
        # round 4: a photo read by OCR ("actuaI", "Iock", "svffer"): tokens in a nearly dense stretch
        # that read as a wordlist word once OCR's confusions are undone count as that word
        near = _dense_stretches(flags, min_words, slack=_OCR_SLACK) if not joined else []
        if not near:
            return []
        for lo, hi in near:
            for i in range(lo, hi):
                if not flags[i] and (reading := ocr_exact(tokens[i])) is not None:
                    read[tokens[i]] = reading
        flags = bytes(t in words or t in read for t in tokens) if read else flags
        if not read or not _dense_stretches(flags, min_words):
            return []
    if joined or read:
        toks, flags = _tokens(low, joined, read)
        stretches = _dense_stretches(flags, min_words)
    else:
        # plain, no OCR reading: ``flags`` are those ``dense`` was read from (the branch above, which
        # alone changes them, returned or set ``read``), so these stretches are ``dense`` (session 11)
        stretches = dense
        if share and not _may_hold(tokens, flags, stretches, share * ascii_letter_count(text)):
            return []  # the caller would keep none of the runs (see ``_may_hold``)
        # session 10: the plain tokens are ``tokens`` (``findall`` and ``finditer`` of one pattern) and
        # ``flags`` is already theirs: only the offsets are new
        toks = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(low)]
    runs: list[Run] = []
    for lo, hi in stretches:
        current: list[Word] = []
        fuzzy = 0
        for i in range(lo, hi):
            s, e, w = toks[i]
            if w == "and" and current and i + 1 < hi and flags[i + 1]:
                continue  # "…, eternal and hurt": a list's last "and" is a gap, not a word
            exact = bool(flags[i])
            if exact:
                cands: tuple[str, ...] = (read.get(w, w),)
            elif (reading := ocr_exact(w)) is not None:
                cands, exact = (reading,), True  # an OCR reading ("Iumber") is the word, not a guess
            else:
                cands = corrections(w)
            joinable = bool(cands) and (not current or _gap_ok(low, current[-1].end, s))
            if not joinable:
                _close(current, fuzzy, min_words, runs)
                current, fuzzy = [], 0
                if not cands:
                    continue
            current.append(Word(s, e, cands, exact))
            fuzzy += 0 if exact else 1
        _close(current, fuzzy, min_words, runs)
    return runs


def _close(words: list[Word], fuzzy: int, min_words: int, out: list[Run]) -> None:
    """Keep a finished run if long enough and not too misspelt.

    A corrected word at an end may be the customer's prose ("...got removed: group damage ..."
    reads "removed" as "remove"): with too many corrections, those ends go first.
    """
    lo, hi = 0, len(words)
    while fuzzy > max(1, (hi - lo) // 6) and hi - lo > min_words:
        if not words[lo].exact:
            lo += 1
        elif not words[hi - 1].exact:
            hi -= 1
        else:
            break
        fuzzy -= 1
    n = hi - lo
    if n < min_words or fuzzy > max(1, n // 6):
        return
    out.append(Run(tuple(words[lo:hi]), fuzzy))


def run_severity_high(words: Sequence[Word]) -> bool:
    """Does some window of a valid mnemonic length have a valid checksum?

    A window of words with one known candidate each (almost every window) is one check, made on
    the run's indices packed once into an integer (BIP39's rule as ``checksum_ok``); any other
    window goes through ``checksum_ok`` combination by combination. Checks are made and counted
    against the budget in the same order either way."""
    budget = _MAX_WINDOW_CHECKS
    n = len(words)
    index = word_index(ENGLISH)
    packed = 0
    not_plain = [0]  # prefix counts of words that are not one known candidate
    for w in words:
        i = index.get(w.candidates[0]) if len(w.candidates) == 1 else None
        packed = (packed << 11) | (i or 0)
        not_plain.append(not_plain[-1] + (i is None))
    for length in VALID_LENGTHS:
        cs_bits = length // 3  # length * 11 // 33
        ent_bytes = (length * 11 - cs_bits) // 8
        mask = (1 << (length * 11)) - 1
        for s in range(0, n - length + 1):
            if not_plain[s + length] == not_plain[s]:
                acc = (packed >> (11 * (n - s - length))) & mask
                expected = hashlib.sha256((acc >> cs_bits).to_bytes(ent_bytes, "big")).digest()[0]
                if (acc & ((1 << cs_bits) - 1)) == expected >> (8 - cs_bits):
                    return True
                budget -= 1
                if budget <= 0:
                    return False
                continue
            window = words[s : s + length]
            combos = itertools.islice(itertools.product(*(w.candidates for w in window)), _MAX_COMBOS)
            for combo in combos:
                if checksum_ok(combo, ENGLISH):
                    return True
                budget -= 1
                if budget <= 0:
                    return False
    return False


def repetitive(words: Sequence[Word]) -> bool:
    """Many repeated words ("test result test result ..."): code or logs, not a phrase."""
    n = len(words)
    return n < _REPETITION_MAX_RUN and len({w.candidates for w in words}) < _MIN_DISTINCT_RATIO * n


# Words of one everyday topic. A random phrase takes its words uniformly from 2048: six or more of
# twelve from one topic of ~70 words has a chance of about 1e-6. A shopping list, the animals of a
# game, a list of colours is made of them. (Filtered to the wordlist at first use.)
_TOPICS_TEXT: Final = (
    """apple avocado bacon banana bean beef bread broccoli butter cabbage cake candy carrot cereal cheese
    cherry chicken chili coconut coffee cookie corn cream cucumber egg fruit garlic ginger grape honey
    juice ketchup lemon lettuce lobster mango meat melon milk mushroom noodle olive onion orange oyster
    peanut pear pepper pizza potato pudding pumpkin rice salad salmon salt sauce sausage shrimp soup
    spice spinach squash steak sugar tomato tuna vanilla wine water tea beer soda bottle kitchen dinner
    lunch breakfast""",
    """ant ape bird camel cat chicken crab deer dog dolphin donkey eagle elephant fish fox frog giraffe
    goat gorilla horse kangaroo kitten lion lizard monkey mouse mule owl panda parrot penguin pig
    pigeon rabbit shark sheep snake spider squirrel tiger turkey turtle whale wolf zebra bear bee
    butterfly cattle cow duck hamster insect lamb leopard oyster puppy""",
    """black blue brown gray green orange pink purple red silver gold white yellow""",
)


@cache
def _topics() -> tuple[frozenset[str], ...]:
    words = english_words()
    return tuple(frozenset(w for w in text.split() if w in words) for text in _TOPICS_TEXT)


def topical(words: Sequence[Word]) -> bool:
    """Half the words or more from one everyday topic ("milk bread apple banana …"): a list, not a
    phrase, even if some window of it passes the checksum (1 in 16 for each window)."""
    exact = [w.candidates[0] for w in words if len(w.candidates) == 1]
    return any(sum(w in topic for w in exact) * 2 >= len(words) for topic in _topics())


def lead_labels(words: Sequence[Word]) -> int:
    """How many leading words ("seed", "phrase", ...) are the customer's label, not the phrase.

    "seed phrase: abandon ..." is one run because "seed" and "phrase" are wordlist words. They stay
    visible only when a checksum-valid phrase starts right after them, so a real phrase that
    happens to start with "seed" is not cut.
    """
    k = 0
    while k < len(words) and len(words[k].candidates) == 1 and words[k].candidates[0] in _LEAD_LABELS:
        k += 1
    while k > 0:
        rest = words[k:]
        if any(len(rest) >= n and run_severity_high(rest[:n]) for n in VALID_LENGTHS):
            return k
        k -= 1
    return 0
