"""One literal scan per message for the label words of every inbound detector.

Each inbound detector looks for its own label words first ("password", "验证码", "api", "2fa", …)
and runs its detailed patterns only around them. Before round 4 each word list was a separate
trie scan of the whole message, so a message was read about a dozen times just to find labels
(and a 2,000-character one a dozen times 2,000 characters). Here the lists register with one
``LabelTable``; the first detector that asks about a text triggers a single scan with the union
of all the words, and every list's answer is derived from it:

* the union trie finds the leftmost-longest match at each place a word can start; the words of
  *other* lists that start inside that match (``密码`` inside ``资金密码``, ``code`` inside
  ``codes``) are enumerated from there by walking a dictionary trie, so nothing a list would have
  found alone is lost;
* each list then keeps, as its own regex would have, the leftmost-longest non-overlapping run of
  its words, and (for a "bounded" list) only English words that stand as whole words.

A list's answer is therefore exactly what its own scan gave (the guard's tests and batches check
it), only the reading of the text is shared. The last text's answers are kept in one tuple,
replaced in one assignment, so threads sharing the table never see each other's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .textutil import literal_alternation, word_start

_CJK: Final = re.compile(r"[\u3400-\u9fff]")
_END: Final = ""  # key of a trie node that ends a word


def _is_alnum(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


class LabelTable:
    """The registry of word lists whose scans are shared (one per half of the guard)."""

    def __init__(self) -> None:
        self._lists: list[tuple[frozenset[str], bool]] = []
        self._compiled: tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict] | None = None
        self._last: tuple[str, list[list[tuple[int, int]]]] | None = None

    def phrases(self, words: Iterable[str], bounded: bool = True) -> SharedPhrases:
        """Register a word list; ``bounded``: English words must stand as whole words."""
        self._lists.append((frozenset(words), bounded))
        self._compiled = None
        self._last = None
        return SharedPhrases(self, len(self._lists) - 1)

    def _compile(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict]:
        compiled = self._compiled
        if compiled is None:
            every = set().union(*(words for words, _ in self._lists)) if self._lists else set()
            en = sorted(w for w in every if w.isascii())
            zh = sorted(w for w in every if not w.isascii())
            trie: dict = {}
            for word in every:
                node = trie
                for ch in word:
                    node = node.setdefault(ch, {})
                node[_END] = word
            compiled = (
                re.compile(literal_alternation(en)) if en else None,
                re.compile(literal_alternation(zh)) if zh else None,
                trie,
            )
            self._compiled = compiled
        return compiled

    def answers(self, low: str) -> list[list[tuple[int, int]]]:
        """Every list's spans in the whole of ``low`` (ASCII-lower-cased text), from one scan."""
        last = self._last
        if last is not None and (last[0] is low or last[0] == low):
            return last[1]
        out = self._scan(low)
        self._last = (low, out)
        return out

    def _scan(self, low: str) -> list[list[tuple[int, int]]]:
        en, zh, trie = self._compile()
        found: dict[str, list[tuple[int, int]]] = {}
        n = len(low)

        def walk(p: int) -> None:
            node = trie
            i = p
            while i < n:
                node = node.get(low[i])
                if node is None:
                    return
                i += 1
                word = node.get(_END)
                if word is not None:
                    found.setdefault(word, []).append((p, i))

        for pattern in (en, zh if zh is not None and _CJK.search(low) is not None else None):
            if pattern is None:
                continue
            for m in pattern.finditer(low):
                for p in range(m.start(), m.end()):
                    walk(p)
        answers: list[list[tuple[int, int]]] = []
        for words, bounded in self._lists:
            occ = sorted(
                {span for word, spans in found.items() if word in words for span in spans},
                key=lambda s: (s[0], -s[1]),
            )
            keep: list[tuple[int, int]] = []
            end = -1
            for s, e in occ:
                if s < end:
                    continue
                keep.append((s, e))
                end = e
            if bounded:
                keep = [
                    (s, e)
                    for s, e in keep
                    if not (_is_alnum(low[s]) and not word_start(low, s))
                    and not (_is_alnum(low[e - 1]) and e < n and _is_alnum(low[e]))
                ]
            answers.append(keep)
        return answers


class SharedPhrases:
    """One registered word list; answers like ``textutil.Phrases`` (same ``spans``)."""

    __slots__ = ("_index", "_table")

    def __init__(self, table: LabelTable, index: int) -> None:
        self._table = table
        self._index = index

    def spans(self, low: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Sorted (start, end) of every phrase inside [lo, hi) (whole words, for English)."""
        spans = self._table.answers(low)[self._index]
        if lo == 0 and hi >= len(low):
            return spans
        return [(s, e) for s, e in spans if s >= lo and e <= hi]

    def any(self, low: str) -> bool:
        return bool(self._table.answers(low)[self._index])


#: the inbound detectors' label words, read once per message
INBOUND: Final = LabelTable()
