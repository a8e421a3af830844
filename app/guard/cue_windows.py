"""Windows of a text around literal cue words, for rules that must not scan a whole long message.

Round 11's rules each need a literal cue ("login", "too weak", 登不, "you need"): a message without
the cue pays a few ``str.find`` calls; one with it is matched only in windows around the cues
(``pattern.finditer(text, lo, hi)``: look-behinds still see the text before ``lo``, and ``hi`` is
moved to the end of a token so a value is never cut short at the window's edge).
"""

from __future__ import annotations

from collections.abc import Iterable


def cue_windows(low: str, cues: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` windows of ``low`` around every occurrence of every cue."""
    n = len(low)
    spans: list[tuple[int, int]] = []
    for cue in cues:
        pos = low.find(cue)
        while pos >= 0:
            spans.append((max(0, pos - before), min(n, pos + len(cue) + after)))
            pos = low.find(cue, pos + 1)
    if not spans:
        return spans
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        while hi < n and not low[hi].isspace():
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
