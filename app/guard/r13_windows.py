"""Windows around literal cue words for round 13's rules (a long message is read near its cues only).

Like ``cue_windows`` (which the older rounds share), with one difference that matters for Chinese: a
window's end moves to the end of an ASCII token only, at most ``_TOKEN_REACH`` characters, so a
window in Chinese text without spaces is not stretched to the next space (in a 2,000-character
Chinese message that made every window nearly the whole message).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

_TOKEN_REACH: Final = 64


def near_cues(low: str, cues: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` windows of ``low`` around every occurrence of every cue."""
    n = len(low)
    spans: list[tuple[int, int]] = []
    for cue in cues:
        pos = low.find(cue)
        while pos >= 0:
            spans.append((max(0, pos - before), min(n, pos + len(cue) + after)))
            pos = low.find(cue, pos + len(cue))
    if not spans:
        return spans
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        stop = min(n, hi + _TOKEN_REACH)
        while hi < stop and "!" <= low[hi] <= "~":
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
