"""A number the message names by a public noun is no code: a block height, a reason or error code.

r22's ordinary messages had "transaction <hash> block 871223" and "KYC rejected, reason code KYC-0042"
redacted as one-time codes: a six-digit number (or a code-like token) after a word a code rule reads
("code", or nothing at all, for the learnt scorer). What the message calls the number decides: a
block (height / number), a reason / error / status / rejection code, 区块高度, 错误码, 原因代码 is
shown on an explorer or a rejection screen and the agent needs to read it.

``drop_named_numbers`` runs with ``link_values`` as the inbound guard's last filter (after every rule
and the learnt scorer): it drops a password or code finding whose value is a number (optionally with a
letter prefix, "KYC-0042", "E2031") right after such a noun. Nothing else is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .textutil import ascii_lower
from .types import OTP_CODE, PASSWORD, Finding

__all__ = ["drop_named_numbers"]

_KINDS: Final = frozenset({PASSWORD, OTP_CODE})
_VALUE = re.compile(r"(?:[A-Za-z]{1,5}[-_]?)?[0-9]{1,12}")
_NOUN = re.compile(
    r"(?:(?<![a-z])(?:block(?:\s*(?:height|number|no\.?|#))?|block\s*height|height"
    r"|(?:reason|error|err|status|rejection|reject|failure|kyc)\s*(?:code|no\.?|number|#))"
    r"\s*(?:is|was|=|:|#)?"
    r"|区块高度|区块号|区块|高度|错误码|错误代码|原因码|原因代码|拒绝代码|状态码)\s*(?:是|为|[:：])?\s*$"
)
_CUES: Final = ("block", "height", "code", "no", "number", "#", "区块", "高度", "码", "代码")
_BEFORE: Final = 30


def drop_named_numbers(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the password and code findings that are a number named by a public noun."""
    if not any(f.kind in _KINDS for f in found):
        return list(found)
    low = ascii_lower(text)
    if not any(c in low for c in _CUES):
        return list(found)
    return [
        f
        for f in found
        if f.kind not in _KINDS
        or _VALUE.fullmatch(text, f.start, f.end) is None
        or _NOUN.search(low[max(0, f.start - _BEFORE) : f.start]) is None
    ]
