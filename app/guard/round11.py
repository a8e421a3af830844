"""Round 11's inbound detectors behind one call, so the scan driver (``inbound``) registers one line.

Each detector has its own module and its own reason (``bare_codes``: a code given as a bare answer;
``password_answers``: a password named by what the customer does with it; ``loose_labels``: a label
written short, far or around a clause; ``code_offers``: a code offered to "you" or given again;
``pinyin_labels``: 密码 typed as mm/dlmm or a homophone; ``seed_short_typo``: a phrase with one word
mistyped as two or three letters). They read the folded text; ``low`` is
computed once here.
"""

from __future__ import annotations

import re
from typing import Protocol

from .bare_codes import find_bare_codes
from .code_offers import find_offered_codes
from .loose_labels import find_loose_labels
from .password_answers import find_answered_passwords
from .pinyin_labels import find_pinyin_passwords
from .seed_short_typo import find_short_typo_phrases
from .textutil import ascii_lower

_MARK = re.compile(r"[0-9!#$%&*@^_+=~|<>\\/零〇一二三四五六七八九]")


class Hit(Protocol):
    """What every detector returns (each its own ``NamedTuple`` of these three fields): round 11 named it,
    the later rounds and ``inbound``'s pass lists read it."""

    @property
    def kind(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def find_round11(text: str, again: bool = False) -> list[Hit]:
    """Every round-11 finding in the folded ``text`` (kinds as in ``types``).

    ``again``: a later pass of ``inbound`` (the first pass's redaction): only ``loose_labels``, the one
    rule here that ever found anything there (session 14, guardspeed11)."""
    low = ascii_lower(text)
    if again:
        return list(find_loose_labels(text, low)) if _MARK.search(text) is not None else []
    found: list[Hit] = list(find_short_typo_phrases(low))
    if _MARK.search(text) is None:
        return found  # every other rule's value holds a digit (ASCII or Chinese) or a password symbol
    found += find_bare_codes(text)
    found += find_answered_passwords(text, low)
    found += find_loose_labels(text, low)
    found += find_offered_codes(text, low)
    found += find_pinyin_passwords(text, low)
    return found
