"""Literal screens in front of outbound patterns that begin with a look-behind.

Such a pattern is tried by ``re`` at every character of its window; a literal trie skips ahead in C.
Every match of each pattern below holds one of its screen's words, so a window without any cannot
match and the pattern is not run there: the answer is the pattern's own, only sooner.
"""

from __future__ import annotations

import re

from . import outbound_request_words as request_words
from . import outbound_transfer_words as transfer_words
from .textutil import AsciiFirst, literal_alternation

_SCAMMER = AsciiFirst(
    re.compile(
        literal_alternation(
            ("骗子", "诈骗", "骗局", "钓鱼", "scam", "fraud", "phishing", "thie", "criminal", "steal")
        )
    )
)
_IN_PRODUCT = AsciiFirst(re.compile(literal_alternation(("app", "site", "page", "security", "在"))))
_DESTINATION = re.compile(
    literal_alternation(
        ("address", "wallet", "account", "vault", "地址", "账户", "钱包", "账号", "金库", "保险库")
    )
)


def scammer_predicate(low: str, lo: int, hi: int) -> re.Match[str] | None:
    """``request_words.SCAMMER_PREDICATE.search(low, lo, hi)``."""
    return (
        request_words.SCAMMER_PREDICATE.search(low, lo, hi)
        if _SCAMMER.search(low, lo, hi) is not None
        else None
    )


def in_product(low: str, lo: int, hi: int) -> re.Match[str] | None:
    """``request_words.IN_PRODUCT.search(low, lo, hi)``."""
    return (
        request_words.IN_PRODUCT.search(low, lo, hi) if _IN_PRODUCT.search(low, lo, hi) is not None else None
    )


def transfer_destination(low: str, lo: int, hi: int) -> re.Match[str] | None:
    """``transfer_words.TRANSFER_DESTINATION.search(low, lo, hi)``."""
    if _DESTINATION.search(low, lo, hi) is None:
        return None
    return transfer_words.TRANSFER_DESTINATION.search(low, lo, hi)
