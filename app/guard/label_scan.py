"""One literal scan per message for the label words of every inbound detector.

Each inbound detector looks for its own label words first ("password", "验证码", "api", "2fa", …)
and runs its detailed patterns only around them. Before round 4 each word list was a separate
trie scan of the whole message, so a message was read about a dozen times just to find labels
(and a 2,000-character one a dozen times 2,000 characters). Here the lists register with one
``LabelTable``; the first detector that asks about a text triggers a single scan with the union
of all the words, and every list's answer is derived from it:

* the union trie finds the leftmost-longest match at each place a word can start; the words of
  *other* lists inside that match (``密码`` inside ``资金密码``, ``code`` inside ``codes``) come from a
  table made once per word, and the rare word that starts inside the match and runs on past it
  from a walk of a dictionary trie, so nothing a list would have found alone is lost;
* each list then keeps, as its own regex would have, the leftmost-longest non-overlapping run of
  its words, and (for a "bounded" list) only English words that stand as whole words; this is
  worked out only for the lists a detector asks about, once per text.

A list's answer is therefore exactly what its own scan gave (the guard's tests and batches check
it), only the reading of the text is shared. The last text's answers are kept in one tuple,
replaced in one assignment, so threads sharing the table never see each other's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final, NamedTuple

from .textutil import Phrases, literal_alternation, word_start

_CJK: Final = re.compile(r"[\u3400-\u9fff]")
_END: Final = ""  # key of a trie node that ends a word
SHARED_FROM: Final = 400  # characters: shorter texts are scanned list by list (see ``SharedPhrases``)


def _is_alnum(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


class _Compiled(NamedTuple):
    en: re.Pattern[str] | None
    zh: re.Pattern[str] | None
    inner: dict[str, tuple[tuple[int, int, str], ...]]  # word -> words inside it (offsets in it)
    straddle: dict[str, tuple[int, ...]]  # word -> offsets where a longer word may start and run on
    trie: dict[str, Any]  # char -> node; _END -> the word ending there


class _Answers:
    """The occurrences of every registered word in one text; each list's spans on first request."""

    __slots__ = ("found", "low", "memo")

    def __init__(self, low: str, found: dict[str, list[tuple[int, int]]]) -> None:
        self.low = low
        self.found = found
        self.memo: dict[int, list[tuple[int, int]]] = {}


class LabelTable:
    """The registry of word lists whose scans are shared (one per half of the guard)."""

    def __init__(self) -> None:
        self._lists: list[tuple[frozenset[str], bool]] = []
        self._compiled: _Compiled | None = None
        self._last: _Answers | None = None

    def phrases(self, words: Iterable[str], bounded: bool = True) -> SharedPhrases:
        """Register a word list; ``bounded``: English words must stand as whole words."""
        items = frozenset(words)
        self._lists.append((items, bounded))
        self._compiled = None
        self._last = None
        return SharedPhrases(self, len(self._lists) - 1, Phrases(items, bounded))

    def _compile(self) -> _Compiled:
        compiled = self._compiled
        if compiled is None:
            every: set[str] = set().union(*(words for words, _ in self._lists)) if self._lists else set()
            prefixes = {w[:i] for w in every for i in range(1, len(w))}
            trie: dict[str, Any] = {}
            for word in every:
                node = trie
                for ch in word:
                    node = node.setdefault(ch, {})
                node[_END] = word
            inner = {
                w: tuple(
                    (k, j, w[k:j]) for k in range(len(w)) for j in range(k + 1, len(w) + 1) if w[k:j] in every
                )
                for w in every
            }
            straddle = {w: tuple(k for k in range(1, len(w)) if w[k:] in prefixes) for w in every}
            en = sorted(w for w in every if w.isascii())
            zh = sorted(w for w in every if not w.isascii())
            compiled = _Compiled(
                re.compile(literal_alternation(en)) if en else None,
                re.compile(literal_alternation(zh)) if zh else None,
                inner,
                straddle,
                trie,
            )
            self._compiled = compiled
        return compiled

    def answer(self, low: str, index: int) -> list[tuple[int, int]]:
        """List ``index``'s spans in the whole of ``low`` (ASCII-lower-cased text), from one scan."""
        last = self._last
        if last is None or not (last.low is low or last.low == low):
            last = _Answers(low, self._scan(low))
            self._last = last
        spans = last.memo.get(index)
        if spans is None:
            spans = self._select(low, last.found, index)
            last.memo[index] = spans
        return spans

    def _scan(self, low: str) -> dict[str, list[tuple[int, int]]]:
        compiled = self._compile()
        trie = compiled.trie
        found: dict[str, list[tuple[int, int]]] = {}
        n = len(low)
        patterns = [compiled.en]
        if compiled.zh is not None and not low.isascii() and _CJK.search(low) is not None:
            patterns.append(compiled.zh)
        for pattern in patterns:
            if pattern is None:
                continue
            for m in pattern.finditer(low):
                s, e = m.span()
                word = m.group()
                for k, j, w in compiled.inner[word]:
                    found.setdefault(w, []).append((s + k, s + j))
                for k in compiled.straddle[word]:
                    # a word starting inside this one may run on past it ("api" then "pin" in "apin")
                    node: dict[str, Any] | None = trie
                    i = s + k
                    while i < n and node is not None:
                        node = node.get(low[i])
                        if node is None:
                            break
                        i += 1
                        ends = node.get(_END)
                        if ends is not None and i > e:
                            found.setdefault(ends, []).append((s + k, i))
        return found

    def _select(self, low: str, found: dict[str, list[tuple[int, int]]], index: int) -> list[tuple[int, int]]:
        """What list ``index``'s own scan finds: leftmost-longest, not overlapping, whole words."""
        words, bounded = self._lists[index]
        hits = [span for word, spans in found.items() if word in words for span in spans]
        if not hits:
            return []
        hits = sorted(set(hits), key=lambda sp: (sp[0], -sp[1]))
        keep: list[tuple[int, int]] = []
        end = -1
        for s, e in hits:
            if s >= end:
                keep.append((s, e))
                end = e
        if bounded:
            n = len(low)
            keep = [
                (s, e)
                for s, e in keep
                if not (_is_alnum(low[s]) and not word_start(low, s))
                and not (_is_alnum(low[e - 1]) and e < n and _is_alnum(low[e]))
            ]
        return keep


class SharedPhrases:
    """One registered word list; answers like ``textutil.Phrases`` (same ``spans``)."""

    __slots__ = ("_index", "_own", "_table")

    def __init__(self, table: LabelTable, index: int, own: Phrases) -> None:
        self._table = table
        self._index = index
        self._own = own

    def spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sorted (start, end) of every phrase inside [lo, hi) (whole words, for English).

        A short text is scanned by the list's own trie: a few C-level passes over a hundred
        characters cost less than the shared scan's bookkeeping in Python (measured); the answer is
        the same either way."""
        if len(low) < SHARED_FROM:
            return self._own.spans(low, lo, hi)
        spans = self._table.answer(low, self._index)
        if lo == 0 and hi >= len(low):
            return spans
        return [(s, e) for s, e in spans if s >= lo and e <= hi]

    def any(self, low: str) -> bool:
        return bool(self.spans(low, 0, len(low)))


#: the inbound detectors' label words, read once per message
INBOUND: Final = LabelTable()
