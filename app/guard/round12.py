"""Round 12's inbound detectors behind one call, so the scan driver (``inbound``) registers one line.

Each detector has its own module (``r12_passwords``: a password after a label with no connector, in
leetspeak, offered to try, an anti-phishing phrase, Chinese values named after them or made of
Chinese characters; ``r12_codes``: a code the customer received, grouped backup codes, grouped hex
keys, a UUID + hex API pair). Every value they find holds a digit, as typed (a leetspeak value the
fold turned into a word had one), so one C search rules out a message without one (most ordinary
chat) before any rule looks. The seed-word correction needs the conversation: ``seed_corrections``,
called from ``conversation``.
"""

from __future__ import annotations

import re

from .r12_codes import find_r12_codes
from .r12_passwords import find_r12_passwords
from .round11 import Hit
from .textutil import ascii_lower

_DIGIT = re.compile(r"[0-9]")  # on the typed text too: the fold reads "Pa55w0rd" as a word


def find_round12(text: str, typed: str, again: bool = False) -> list[Hit]:
    """Every round-12 finding in the folded ``text``; ``typed`` is the text before folding (markers
    masked): a value's shape is judged on what the customer typed when both have the same length.
    ``again``: a later pass of ``inbound``: the codes only (``r12_passwords`` never found anything
    there; session 14, guardspeed11)."""
    if _DIGIT.search(text) is None and (typed == text or _DIGIT.search(typed) is None):
        return []
    low = ascii_lower(text)
    if again:
        return list(find_r12_codes(low))
    orig = typed if len(typed) == len(text) else text
    found: list[Hit] = list(find_r12_codes(low))
    found += find_r12_passwords(text, orig, low)
    return found
