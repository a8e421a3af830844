"""How round 19's intent rules read a sentence (``outbound_off_platform``, ``outbound_round19``).

Both find an act (a move to a messenger, a hand-over of a secret) and then ask the same questions of
its sentence: where its clause starts and ends, and whether the act is advice rather than an ask —
negated in its clause, someone else's ask being reported ("if the merchant asks you to…"), or in a
sentence that names the danger. The questions are one; the words are each rule's own (``CueWords``),
since what counts as a report or a warning differs between a channel move and a secret. Every look
is bounded by ``REACH`` so a huge text stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

REACH: Final = 200  # how far around an act its clause, negation or warning is looked for
_STOP = re.compile(r"[.!?](?=\s|$)|[。！？\n]")
_CLAUSE = re.compile(r"[,，;；:：]|\s[-–—]\s|—")


def sentences(low: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of the lower-cased reply."""
    out: list[tuple[int, int]] = []
    a = 0
    for m in _STOP.finditer(low):
        out.append((a, m.end()))
        a = m.end()
    if a < len(low):
        out.append((a, len(low)))
    return out


def clause_start(low: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (never before ``lo``, at most ``REACH`` back)."""
    start = max(lo, pos - REACH)
    for m in _CLAUSE.finditer(low, start, pos):
        start = m.end()
    return start


def clause_end(low: str, pos: int, hi: int) -> int:
    """Where the clause holding ``pos`` ends (never after ``hi``, at most ``REACH`` on)."""
    m = _CLAUSE.search(low, pos, min(hi, pos + REACH))
    return m.start() if m is not None else min(hi, pos + REACH)


@dataclass(frozen=True, slots=True)
class CueWords:
    """A rule's own words: what negates an act, what reports someone else's ask, what names a danger."""

    negation: re.Pattern[str]
    reported: re.Pattern[str]
    warning: re.Pattern[str]


class Cues:
    """One sentence's reports and warnings, each searched once (a huge sentence stays linear)."""

    __slots__ = ("_report_end", "_warned", "hi", "lo", "low", "words")

    def __init__(self, low: str, lo: int, hi: int, words: CueWords) -> None:
        self.low, self.lo, self.hi, self.words = low, lo, hi, words
        self._report_end: int | None = -1
        self._warned: bool | None = None

    def reported_before(self, pos: int) -> bool:
        """Does a report ("asks you to", 让您, "if someone") end at or before ``pos``?"""
        if self._report_end == -1:
            m = self.words.reported.search(self.low, self.lo, self.hi)
            self._report_end = m.end() if m is not None else None
        return self._report_end is not None and self._report_end <= pos

    @property
    def warned(self) -> bool:
        if self._warned is None:
            self._warned = self.words.warning.search(self.low, self.lo, self.hi) is not None
        return self._warned

    def advice(self, at: int) -> bool:
        """Is the act at ``at`` negated in its clause, someone else's reported ask, or in a sentence that
        names the danger?"""
        if self.words.negation.search(self.low, clause_start(self.low, self.lo, at), at) is not None:
            return True
        return self.reported_before(at + 1) or self.warned
