"""Round 13's inbound detectors behind one call, and its one filter, so ``inbound`` registers two lines.

``find_round13`` runs the new detectors (``r13_codes``: codes with letters or read with "nought", a
number that came to the phone, a PIN in two groups, recovery codes with letters and in pairs, an API
key id beside its secret; ``r13_passwords``: a password named by what the customer does with it, an
e-mail and its password, a value typed with spaces, an anti-phishing phrase with words between).
``drop_public`` (``r13_public``) then removes password and code findings, of any rule, that the
message names as public (a product, a handle in a scam report, a date, a ticket number, a destination
tag, the example of a password-rules question). The split secrets of r19 are ``r13_split``, called
from ``conversation``.

Every value the detectors look for holds a digit (as typed) or is spoken digits with "nought", so one
C search rules out most ordinary chat before any rule looks.
"""

from __future__ import annotations

import re

from .r13_codes import find_r13_codes
from .r13_passwords import find_r13_passwords
from .r13_public import drop_public
from .round11 import Hit
from .textutil import ascii_lower

__all__ = ["drop_public", "find_round13"]

_DIGIT = re.compile(r"[0-9]")


def find_round13(text: str, typed: str, again: bool = False) -> list[Hit]:
    """Every round-13 finding in the folded ``text``; ``typed`` is the text before folding (markers
    masked): a value's shape is judged on what the customer typed when both have the same length.
    ``again``: a later pass of ``inbound``: the codes only (``r13_passwords`` never found anything
    there; session 14, guardspeed11)."""
    low = ascii_lower(text)
    if _DIGIT.search(text) is None and (typed == text or _DIGIT.search(typed) is None):
        return list(find_r13_codes(text, low)) if "ught" in low else []
    if again:
        return list(find_r13_codes(text, low))
    orig = typed if len(typed) == len(text) else text
    found: list[Hit] = list(find_r13_codes(text, low))
    found += find_r13_passwords(text, orig, low)
    return found
