"""Masked numbers are never secrets.

Customers copy what the app shows them: a phone or card number with the middle hidden
(``138****5678``, ``+44 7*** ***219``, ``09**-***-321``, ``尾号****5678``). The visible digits
near "SMS" or "验证码" look like a code to the code rules, but a number someone else masked is
by construction not a secret the customer typed: any finding whose characters all lie inside
such a masked number is dropped.

A masked number is a run of digits, ``*`` (or ``x``/``•``/``●`` masks of three or more), spaces,
dashes, dots and brackets, with at least one mask of two or more characters and at least one
digit. A password like ``abc***123`` has letters outside the run, so it is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_MASK = r"(?:\*{2,}|x{3,}|X{3,}|[•●]{3,})"
_CHEAP = ("**", "xxx", "XXX", "•••", "●●●")
# digits and masks; a space only next to a mask ("+44 7*** ***219"), so "123456 **" is no part
_MASKED_NUMBER = re.compile(
    rf"(?:\+\d{{1,3}}\s?)?(?:\(?\d[\d()-]{{0,8}})?{_MASK}"
    rf"(?:(?<=[*xX•●])[\s.-]?\d+|[\s.-]?{_MASK}|[.-]?\d)*"
)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the masked numbers in ``text`` (cheap: nothing to do without two ``*`` in a row)."""
    if not any(mask in text for mask in _CHEAP):
        return []
    out = []
    for m in _MASKED_NUMBER.finditer(text):
        if any(c.isdigit() for c in m.group()):
            out.append(m.span())
    return out


def drop_masked(findings: Sequence[S], text: str) -> list[S]:
    """``findings`` without those that lie wholly inside a masked number of ``text``."""
    spans = masked_spans(text)
    if not spans:
        return list(findings)
    return [f for f in findings if not any(a <= f.start and f.end <= b for a, b in spans)]
