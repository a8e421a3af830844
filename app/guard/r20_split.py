"""Round 20 (guard20in): a secret's next piece in its own message, said with words (``conversation``).

r29's split misses, by family (each a way a customer words it, not the batch's line):

* **The rest of a secret, named by position** ("secret starts C954…" / "and ends A1D4… — please
  disable it", "secret前半段 …" / "后半段 …，麻烦先禁用", "second half: …", "剩下的是 …"): one of the last
  two messages holds a redacted API secret or private key, and this one opens (after and / then / 还有)
  with a position word (ends, ending, second half, rest, last part, part 2, 后半段, 后半部分, 剩下的, 结尾)
  and a random token of 8+ letters and digits (both).
* **The next backup code after a joining word** ("and 2338-7282, which one should I use?", 还有
  8829-2285，用哪个): round 19's next backup code (``r19_split.continued_piece``) after "and / or / also /
  plus / 还有 / 和 / 或者 / 另外".
* **A seed phrase in two named halves with chatter on both sides** ("my recovery words, first half:
  <6 words>" / "and the rest <6 words> — wait, should I have done that?"): a message of the last three
  holds a run of 3+ wordlist words after a seed noun (recovery / seed / wallet words, phrase, 助记词 …),
  this one holds the next run, the two make 12, 15, 18, 21 or 24 words, and either a half is named
  (first half / part 1 / the rest / second half / 前半 / 后半 / 剩下 …) or the whole has a valid checksum.

``continued_piece20`` returns the findings for the new message and the earlier ones, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from . import seed_en
from .fold import fold_inbound, original_span
from .inbound import mask_markers
from .r19_split import continued_piece
from .types import API_SECRET, HIGH, MEDIUM, PRIVATE_KEY, SEED_PHRASE, Finding
from .wordlists import ENGLISH, VALID_LENGTHS, checksum_ok, english_words

__all__ = ["continued_piece20"]

Pieces = list[tuple[int, Finding]]  # (index into earlier, or -1 for the new message; finding)

_JOIN = re.compile(r"\s*(?:and|or|also|plus|then|还有|還有|和|或者?|以及|另外)\s*[:：,，]?\s*", re.I)
_REST_OF_SECRET = re.compile(
    r"\s*(?:(?:and|then|plus)\s+)?(?:the\s+|it\s+|還有|还有)?"
    r"(?:ends?(?:\s+with)?|ending\s+(?:with|in)|second\s+half|2nd\s+half|other\s+half|rest(?:\s+of\s+it)?"
    r"|last\s+part|part\s*(?:2|two)|后半段|後半段|后半部分?|後半部分?|剩下的?|结尾|結尾|第二段)"
    r"\s*(?:is|=|:|：|是)?\s*[\"'“‘]?(?P<v>[A-Za-z0-9+/=]{8,88})(?![A-Za-z0-9+/=])",
    re.I,
)
_REDACTED_KEY = re.compile(r"\[redacted:(?P<kind>api_secret|private_key)\]")
_KINDS: Final = {"api_secret": API_SECRET, "private_key": PRIVATE_KEY}
_PUBLIC_REMARK = re.compile(
    r"(?<![a-z])(?:tx|txid|hash|address|addr|order|uid)(?![a-z])|地址|哈希|订单|訂單", re.I
)


def _rest_of_secret(text: str, earlier: Sequence[str]) -> Pieces | None:
    kind = None
    for prev in earlier[-2:]:
        if "[redacted:" in prev and (k := _REDACTED_KEY.search(prev)) is not None:
            kind = _KINDS[k.group("kind")]
    if kind is None:
        return None
    m = _REST_OF_SECRET.match(text)
    if m is None:
        return None
    value = m.group("v")
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return None
    if _PUBLIC_REMARK.search(text, m.end()) is not None:
        return None
    return [(-1, Finding(kind, HIGH, *m.span("v")))]


def _joined_backup_code(text: str, earlier: Sequence[str]) -> Pieces | None:
    j = _JOIN.match(text)
    if j is None or j.end() == 0:
        return None
    found = continued_piece(text[j.end() :], earlier)
    if not found:
        return None
    k = j.end()
    return [(-1, Finding(f.kind, f.severity, f.start + k, f.end + k)) for f in found]


# --- a seed phrase in two named halves ------------------------------------------------------------------
_SEED_NOUN = re.compile(
    r"(?<![a-z])(?:recovery|seed|wallet|backup|secret|mnemonic)\s+(?:words?|phrase)|(?<![a-z])(?:seed|mnemonic)(?![a-z])"
    r"|助记词|助記詞|恢复词|恢復詞|种子词|種子詞",
    re.I,
)
_HALF_NAMED = re.compile(
    r"(?<![a-z])(?:first|second|other|1st|2nd|last)\s+(?:half|part|\d+)|(?<![a-z])(?:the\s+)?rest(?![a-z])"
    r"|(?<![a-z])part\s*(?:1|2|one|two)(?![a-z])|remaining|前半|后半|後半|剩下|前\d+个|后\d+个|第一部分|第二部分",
    re.I,
)
_LEAD_WORDS: Final = frozenset(
    {"first", "half", "second", "other", "rest", "part", "last", "one", "two", "next"}
)
_MAX_MESSAGE: Final = 240
_RUN_MIN: Final = 3


def _seed_named(prev: str) -> bool:
    low = prev.lower()
    named = (
        "seed" in low
        or "phrase" in low
        or "words" in low
        or "mnemonic" in low
        or "词" in prev
        or "詞" in prev
    )
    return named and _SEED_NOUN.search(prev) is not None  # literal tests before the pattern


def _three_words(text: str) -> bool:
    """A cheap gate (a split and set lookups): three wordlist words in a row somewhere in ``text``."""
    words = english_words()
    row = 0
    for token in text.lower().split():
        row = row + 1 if token.strip(".,!?:;'\"()-—") in words else 0
        if row == 3:
            return True
    return False


@lru_cache(maxsize=1024)
def _runs(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    folded = fold_inbound(mask_markers(text))
    out = []
    for run in seed_en.find_runs(folded.text, _RUN_MIN):
        words = list(run.words)
        while words and (
            not words[0].exact or folded.text[words[0].start : words[0].end].lower() in _LEAD_WORDS
        ):
            words.pop(0)  # "the rest enrich …", "first half: gadget …": the half's name is no part of it
        if len(words) < _RUN_MIN or not all(w.exact for w in words):
            continue
        start, end = words[0].start, words[-1].end
        if folded.origin is not None:
            start, end = original_span(folded, start, end)
        out.append((start, end, tuple(w.candidates[0] for w in words)))
    return out


def _named_halves(text: str, earlier: Sequence[str]) -> Pieces | None:
    if len(text) > _MAX_MESSAGE or not _three_words(text) or not any(_seed_named(p) for p in earlier[-3:]):
        return None  # the cheap gates first: three wordlist words in a row here, a seed noun before
    now = _runs(text)
    if len(now) != 1:
        return None
    ns, ne, nwords = now[0]
    for back in range(1, min(3, len(earlier)) + 1):
        index = len(earlier) - back
        prev = earlier[index]
        if len(prev) > _MAX_MESSAGE or "[redacted:" in prev:
            continue
        runs = _runs(prev)
        if len(runs) != 1:
            continue
        ps, pe, pwords = runs[0]
        noun = _SEED_NOUN.search(prev[:ps])
        if noun is None:
            continue
        words = pwords + nwords
        if len(words) not in VALID_LENGTHS:
            continue
        valid = checksum_ok(words, ENGLISH)
        named = (
            _HALF_NAMED.search(prev[noun.end() : ps]) is not None or _HALF_NAMED.search(text[:ns]) is not None
        )
        if not (valid or named):
            continue
        severity = HIGH if valid else MEDIUM
        return [(index, Finding(SEED_PHRASE, severity, ps, pe)), (-1, Finding(SEED_PHRASE, severity, ns, ne))]
    return None


def continued_piece20(text: str, earlier: Sequence[str]) -> Pieces | None:
    """Round 20's split pieces of ``text`` given ``earlier`` (see the module), or None."""
    if not earlier:
        return None
    return (
        _rest_of_secret(text, earlier) or _joined_backup_code(text, earlier) or _named_halves(text, earlier)
    )
