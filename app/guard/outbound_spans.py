"""Violations as ``check_outbound`` returns them: one per overlapping stretch and code, pointed at
the text as the agent typed it (the phrases are matched on the folded text)."""

from __future__ import annotations

from .fold import Folded, original_span
from .types import Violation


def dedupe(violations: list[Violation]) -> list[Violation]:
    """Drop a violation overlapping an earlier one of the same code."""
    out: list[Violation] = []
    reach: dict[str, int] = {}  # code -> furthest end so far (input sorted by start)
    for v in sorted(violations, key=lambda x: (x.start, -x.end)):
        if v.start < reach.get(v.code, -1):
            continue
        reach[v.code] = v.end
        out.append(v)
    return out


def unfold(v: Violation, folded: Folded, text: str) -> Violation:
    """``v`` (found in the folded text) re-pointed at the original text."""
    start, end = original_span(folded, v.start, v.end)
    at = folded.text.find(v.detail, v.start, v.end) if v.detail else -1
    a, b = original_span(folded, at, at + len(v.detail)) if at >= 0 else (start, end)
    return Violation(v.code, text[a:b], start, end)
