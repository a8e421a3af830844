"""A bare number in a conversation answers what the customer's message before it named (round 11).

``bare_codes`` reads "330285" or "its 940011" alone as a one-time code: nothing else in the message
says what it is, and a six-digit number given bare is a code far more often than anything else. In
a conversation the message before may say what it is: "my order number" / "330285", 订单号 / 123456
give a public number, not a code ("UID 5142405643" / "email code 802113" still gives a code: the
message names it). This module takes back that one reading (the other detectors'
findings stay), and only when the message before names a public number and no code.
"""

from __future__ import annotations

from .bare_codes import find_bare_codes, names_a_code, public_number_before
from .fold import fold_inbound, original_span
from .inbound import redact
from .types import OTP_CODE, InboundResult


def _bare_spans(text: str) -> list[tuple[int, int]]:
    folded = fold_inbound(text)
    return [original_span(folded, h.start, h.end) for h in find_bare_codes(folded.text)]


def public_number_answers(text: str, current: InboundResult, before: str) -> InboundResult:
    """``current`` (the scan of ``text``) without a bare code that answers ``before``'s public number.

    Only a one-time code can be taken back: a scan without one is returned before ``before`` is
    read (most scans with findings; the public-number search over ``before`` is the cost here)."""
    if not any(f.kind == OTP_CODE for f in current.findings):
        return current
    if not public_number_before(before) or names_a_code(text):
        return current
    spans = _bare_spans(text)
    bare = [
        f for f in current.findings if f.kind == OTP_CODE and any(f.start < e and s < f.end for s, e in spans)
    ]
    if not bare:
        return current
    keep = [f for f in current.findings if f not in bare]
    return redact(text, keep) if keep else InboundResult(text, ())
