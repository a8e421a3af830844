"""The learnt scorer as the inbound guard's last pass: what it adds after every rule has decided.

``inbound_model`` scores values with a secret's shape and no label a rule knows ("its 940011",
"password hint says pet+year so Biscuit2016"). It runs once, AFTER the rules (``scan_inbound``'s
fixpoint, and in ``scan_conversation`` after the conversation rules, which know the question a
value answers and so decide first): its spans only add to theirs, at medium severity, and a span the
rules redacted is masked before it reads the text (the marker stands for it, as in training).

Cost: most chat messages hold no candidate at all. A message with no digit and no two Chinese digit
characters in a row is answered by one precompiled search and never folded or scanned; nor is one
whose digits the rules redacted already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .fold import fold_inbound, original_span
from .inbound_model import MASK, load_model
from .inbound_model_gates import public_label_before
from .types import MEDIUM, Finding

# Everything a candidate (``inbound_model_spans``) needs at least one of, in the text as typed: a
# digit (any script's: full-width ones fold to ASCII) or two Chinese digit characters in a row.
_GATE: Final = re.compile(r"\d|[零〇一二三四五六七八九幺两][ ,，、]?[零〇一二三四五六七八九幺两]")
# An authenticator app's screen (a photo's text: issuers, accounts, codes with their countdown) is
# the image check's to name as a two-factor secret, and chat about one carries the label the code
# rules read: the scorer, which learnt chat messages, keeps out of both.
_AUTHENTICATOR: Final = re.compile(r"(?i:authenticator)|身份验证器|验证器")
_ACK: Final = 6  # "ok", "yes", "好的": what may stand before a value that answers the last message


def _names_authenticator(text: str) -> bool:
    """``_AUTHENTICATOR`` found in ``text``; an ASCII text by one ``in`` test on its lower case (the
    case-blind pattern's every match there; its Chinese words need other characters)."""
    if text.isascii():
        return "authenticator" in text.lower()
    return _AUTHENTICATOR.search(text) is not None


def gate(text: str) -> bool:
    """Whether ``text`` may hold a candidate at all (a cheap test, before any folding)."""
    return _GATE.search(text) is not None


def learnt_findings(text: str, found: Sequence[Finding] = (), earlier: Sequence[str] = ()) -> list[Finding]:
    """The scorer's spans of ``text`` (original offsets) outside the rules' ``found`` spans.

    ``earlier``: the customer's previous messages (``scan_conversation``): a value alone at the start
    of a message that answers a public label ending the one before ("my order number" / "330285")
    is that ID, not a secret."""
    if not gate(text) or _names_authenticator(text):
        return []
    if found:
        parts: list[str] = []
        pos = 0
        for f in sorted(found, key=lambda x: x.start):
            start = max(pos, f.start)
            if f.end > start:
                parts += (text[pos:start], MASK * (f.end - start))
                pos = f.end
        work_in = "".join(parts) + text[pos:]
        if not gate(work_in):
            return []  # the rules redacted every candidate
    else:
        work_in = text
    folded = fold_inbound(work_in)
    out: list[Finding] = []
    for hit in load_model().hits(folded.text):
        start, end = original_span(folded, hit.start, hit.end)
        if not any(f.start < end and start < f.end for f in found):
            out.append(Finding(hit.kind, MEDIUM, start, end))
    if out and earlier and _answers_public_label(earlier[-1]):
        out = [f for f in out if len(text[: f.start].strip()) > _ACK]
    return out


def _answers_public_label(before: str) -> bool:
    folded = fold_inbound(before.rstrip(" ?:：？")).text + " "
    return public_label_before(folded, len(folded))
