"""Round 14's inbound detectors behind one call, and its one filter, so ``inbound`` registers two lines.

``find_round14`` runs the new detectors, each a family of wording named from r20's misses (see the
modules): ``r14_codes`` (a code known by its life — typed, rejected, expired, used up, still left,
beside a code already redacted; a value named by its digit count; a code's digits in any grouping or
numeral form) and ``r14_secrets`` (the anti-phishing code under any of its names and on either side of
it, an API key with only its name, a password of several words). ``drop_partial`` removes password
and code findings, of any rule, that the message names as part of a public number ("the last 4
digits are 1628", 尾号 5521, "ending in 8823": part of a card, a document or a phone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .r14_codes import find_r14_codes
from .r14_secrets import find_r14_secrets
from .round11 import Hit
from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD, Finding

__all__ = ["drop_partial", "find_round14"]


def find_round14(text: str, typed: str, again: bool = False) -> list[Hit]:
    """Every round-14 finding in the folded ``text``; ``typed`` is the text before folding (markers
    masked): a value's shape is judged on what the customer typed when both have the same length.
    ``again``: a later pass of ``inbound``: the codes only (``r14_secrets`` never found anything
    there; session 14, guardspeed11)."""
    low = ascii_lower(text)
    if again:
        return list(find_r14_codes(text, low))
    orig = typed if len(typed) == len(text) else text
    found: list[Hit] = list(find_r14_codes(text, low))
    found += find_r14_secrets(text, low, orig, digits=found != [] or _DIGIT.search(text) is not None)
    return found


_DIGIT = re.compile(r"[0-9]")


_KINDS: Final = frozenset({PASSWORD, OTP_CODE})
_PARTIAL = re.compile(
    r"(?<![a-z])(?:last|first|final|ending|trailing|leading)(?:\s+(?:[0-9]|two|three|four|five|six|seven|eight))?"
    r"(?:\s+(?:digits?|numbers?|figures?|characters?|chars?))(?:\s+of\s+(?:my|the|your|his|her)?\s*\w+)?"
    r"\s*(?:are|is|were|was|:|=)?\s*$"
    r"|(?<![a-z])ending\s+(?:in|with)\s*$"
    r"|(?:尾号|后[0-9两二三四五六]位|末[0-9两二三四五六]位|前[0-9两二三四五六]位|最后[0-9两二三四五六]位)(?:数字|数|号码|是|为|[:：])*\s*$"
)
_CUES: Final = ("last", "first", "final", "ending", "trailing", "leading", "尾号", "后", "末", "前", "最后")


def drop_partial(found: Sequence[Finding], work: str) -> list[Finding]:
    """``found`` without the password and code findings named as part of a public number."""
    if not any(f.kind in _KINDS for f in found):
        return list(found)
    low = ascii_lower(work)
    if not any(c in low for c in _CUES):
        return list(found)
    out: list[Finding] = []
    for f in found:
        before = low[max(0, f.start - 60) : f.start]
        digits = sum(c.isdigit() for c in work[f.start : f.end])
        if f.kind in _KINDS and digits <= 6 and _PARTIAL.search(before):
            continue
        out.append(f)
    return out
