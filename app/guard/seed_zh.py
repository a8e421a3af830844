"""Chinese BIP39 phrases (Simplified, and Traditional folded to Simplified) in free text.

The list holds 2048 very common characters, so runs of wordlist characters are ordinary prose,
and Chinese typed with a space between characters ("我 的 账 户 被 冻 结 了") looks exactly like a
spaced-out phrase. What tells them apart:

* Frequency. The Simplified list is ordered by character frequency: prose concentrates on low
  indices, a mnemonic is uniform over 0..2047. ``looks_random`` is a per-character
  log-likelihood ratio (uniform vs. a Zipf-like prose model): at the strict threshold ~4% of
  12-character prose windows pass and ~2% of mnemonics fail; at the loose one ~10% / ~0.5%.
* The checksum (4 bits for 12 words, a 1/16 chance for prose), as confidence.
* A context word (助记词, seed, ...) right before the run.

A run of single characters separated by spaces, commas or numbering is a phrase when it looks
random at the strict threshold, or at the loose one with a valid checksum or a context word in
the message. One character outside the list (a mistyped word) may sit in such a run. A run
written without separators needs a context word right before it plus a checksum-valid phrase
starting there or the loose test; or, with no context word, a whole run of a valid length with a
valid checksum that passes the strict test.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Final, NamedTuple

from .textutil import ascii_lower
from .wordlists import CHINESE, VALID_LENGTHS, checksum_ok, chinese_chars, word_index

MIN_WORDS: Final = 12
CJK: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SEP = r"[\s,，、;；.。:：|/\\\-_#*()（）\[\]【】0-9]"
_ANY_CJK = re.compile(f"[{CJK}]")
# the first character may end a word ("助记词是俄 鲁 瓷 ..."), the others stand alone
_SEPARATED = re.compile(rf"[{CJK}](?:{_SEP}{{1,8}}[{CJK}](?![{CJK}]))+")
CONTEXT = re.compile(
    r"助记词|助记|恢复短语|恢复词|种子短语|种子词|备份短语|钱包短语|备份词|私钥|密钥"
    r"|mnemonic|seed|recovery\s+phrase|secret\s+phrase"  # matched on ASCII-lower-cased text
)
_LEAD_FILLER = re.compile(r"(?:是|为|如下|就是|[:：\s])+")
_CONNECTOR = re.compile(r"[\s:：,，]*(?:是|为|如下|就是)?[\s:：,，]*")
_ZIPF_K: Final = 50
STRICT: Final = -0.1
LOOSE: Final = -0.25
_MIN_DISTINCT_RATIO: Final = 0.75


class ZhRun(NamedTuple):
    start: int
    end: int
    chars: tuple[str, ...]  # wordlist characters of the run, in order
    unknown: int  # characters of the run outside the list


@cache
def _contiguous() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chinese_chars())}]{{{MIN_WORDS},}}")


@cache
def _llr() -> dict[str, float]:
    """Per-character log(P_uniform / P_prose) for the frequency-ordered list."""
    norm = sum(1.0 / (rank + _ZIPF_K) for rank in range(2048))
    return {ch: math.log((rank + _ZIPF_K) * norm / 2048) for ch, rank in word_index(CHINESE).items()}


def looks_random(chars: Sequence[str], threshold: float = STRICT) -> bool:
    """Is this run of wordlist characters more like a mnemonic than prose?"""
    llr = _llr()
    return bool(chars) and sum(llr[c] for c in chars) / len(chars) >= threshold


def has_checksum(chars: Sequence[str]) -> bool:
    n = len(chars)
    return any(checksum_ok(chars[s : s + k], CHINESE) for k in VALID_LENGTHS for s in range(0, n - k + 1))


def separated_runs(text: str, min_words: int = MIN_WORDS) -> list[ZhRun]:
    """Runs of single CJK characters between separators, at most one outside the list."""
    index = word_index(CHINESE)
    out: list[ZhRun] = []
    for m in _SEPARATED.finditer(text):
        chars = [c for c in m.group() if "\u3400" <= c <= "\ufaff"]
        known = tuple(c for c in chars if c in index)
        unknown = len(chars) - len(known)
        if len(chars) >= min_words and unknown <= (1 if len(chars) >= MIN_WORDS else 0):
            out.append(ZhRun(m.start(), m.end(), known, unknown))
    return out


def context_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in CONTEXT.finditer(ascii_lower(text))]


def _introduced_at(text: str, start: int, end: int, ctx: list[tuple[int, int]]) -> int | None:
    """Where the phrase starts if a context word introduces this run, else None.

    The context word must sit right before the run ("助记词：...") or inside it ("我的助记词是的一
    是在..." is one run because 我/的/助/记/词/是 are all wordlist characters).
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


def _repetitive(chars: Sequence[str]) -> bool:
    n = len(chars)
    return n < 48 and len(set(chars)) < _MIN_DISTINCT_RATIO * n


def find_chinese(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, checksum valid) of every Chinese phrase; see the module docstring."""
    if _ANY_CJK.search(text) is None:
        return []
    hits: list[tuple[int, int, bool]] = []
    ctx: list[tuple[int, int]] | None = None
    for run in separated_runs(text):
        if _repetitive(run.chars):
            continue
        valid = has_checksum(run.chars)
        if looks_random(run.chars):
            hits.append((run.start, run.end, valid))
            continue
        if not looks_random(run.chars, LOOSE):
            continue
        if ctx is None:
            ctx = context_spans(text)
        if valid or ctx:
            hits.append((run.start, run.end, valid))
    for m in _contiguous().finditer(text):
        start, end = m.span()
        if ctx is None:
            ctx = context_spans(text)
        phrase_start = _introduced_at(text, start, end, ctx)
        if phrase_start is not None:
            chars = text[phrase_start:end]
            if len(chars) < MIN_WORDS:
                continue
            # only windows anchored right after the context word count (over a long prose run
            # some window passes 4 bits by chance)
            anchored = any(checksum_ok(chars[:n], CHINESE) for n in VALID_LENGTHS)
            if anchored or looks_random(chars, LOOSE):
                hits.append((phrase_start, end, anchored))
        elif checksum_ok(m.group(), CHINESE) and looks_random(m.group()):
            hits.append((start, end, True))
    return hits
