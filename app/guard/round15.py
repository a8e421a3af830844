"""Round 15's inbound detectors behind one call, so ``inbound`` registers one line.

``find_round15`` runs the new detectors, each a family of wording named from r21's misses (see the
modules): ``r15_codes`` (a code named by the app that shows it, referred back to after its name,
spelt digit by digit / as keycaps / in radio digits or comma-joined numerals, a correction pair) and
``r15_secrets`` (a grouped backup code or 2FA key with all its groups, the key half of an API pair,
a password by another name or of several words, the anti-phishing code in other shapes).
"""

from __future__ import annotations

import re

from .r15_codes import find_r15_codes
from .r15_secrets import find_r15_secrets
from .round11 import Hit
from .textutil import ascii_lower

__all__ = ["find_round15"]

_DIGIT = re.compile(r"[0-9]")


def find_round15(text: str) -> list[Hit]:
    """Every round-15 finding in the folded ``text``."""
    low = ascii_lower(text)
    digit = _DIGIT.search(text) is not None
    found: list[Hit] = list(find_r15_codes(text, low, digit=digit))
    found += find_r15_secrets(text, low, digit=digit)
    return found
