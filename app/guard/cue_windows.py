"""Windows of a text around literal cue words, for rules that must not scan a whole long message.

Round 11's rules each need a literal cue ("login", "too weak", 登不, "you need"): a message without
the cue pays a few ``str.find`` calls; one with it is matched only in windows around the cues
(``pattern.finditer(text, lo, hi)``: look-behinds still see the text before ``lo``, and ``hi`` is
moved to the end of a token so a value is never cut short at the window's edge).

Two ways to find a token's end, one per generation of rules: ``cue_windows`` (rounds 11-12) moves
to the next whitespace; ``near_cues`` (round 13 on) moves over printable ASCII only, at most
``_TOKEN_REACH`` characters, so a window in Chinese text without spaces is not stretched to the
next space (in a 2,000-character Chinese message that made every window nearly the whole message).
Both are kept as they are because the rules of each round were tuned and verified with their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

_TOKEN_REACH: Final = 64


def _windows(
    low: str,
    cues: Iterable[str],
    before: int,
    after: int,
    step_past: bool,
    token_end: Callable[[str, int], int],
) -> list[tuple[int, int]]:
    """Merged windows around every occurrence of every cue; ``token_end`` moves a window's end."""
    n = len(low)
    spans: list[tuple[int, int]] = []
    for cue in cues:
        step = len(cue) if step_past else 1
        pos = low.find(cue)
        while pos >= 0:
            spans.append((max(0, pos - before), min(n, pos + len(cue) + after)))
            pos = low.find(cue, pos + step)
    if not spans:
        return spans
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        hi = token_end(low, hi)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _to_space(low: str, hi: int) -> int:
    n = len(low)
    while hi < n and not low[hi].isspace():
        hi += 1
    return hi


def _over_ascii(low: str, hi: int) -> int:
    stop = min(len(low), hi + _TOKEN_REACH)
    while hi < stop and "!" <= low[hi] <= "~":
        hi += 1
    return hi


def cue_windows(low: str, cues: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` windows of ``low`` around every occurrence of every cue (ends at a space)."""
    return _windows(low, cues, before, after, False, _to_space)


def near_cues(low: str, cues: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Like ``cue_windows``, but a window's end moves over an ASCII token only (round 13's rules)."""
    return _windows(low, cues, before, after, True, _over_ascii)
