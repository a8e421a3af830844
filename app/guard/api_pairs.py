"""Exchange API credentials in the shape many exchanges issue them (round 6).

An API key as a UUID and its secret as 32 hex digits ("api: 8e70…-…-b997 / 57A7…3957",
``{"apiKey":"…","secret":"…"}``, "key <uuid> sec <hex>"). Alone, a UUID is an order or request id
and 32 hex digits are an MD5 or a trace id; together, in a message that names an API key or its
secret, they are a credential pair, and both halves go. A UUID right after an API label, in a
message that also names the secret or passphrase ("子账户API：<uuid>，secret …"), goes too.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .types import API_SECRET

_UUID = re.compile(r"(?<![0-9A-Za-z-])[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?![0-9A-Za-z-])")
_HEX32 = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{32}(?![0-9A-Za-z])"
)
_API_WORDS = re.compile(r"(?i:api|\bkey\b|secret|\bsec\b|passphrase)|密钥|秘钥")
_SECRET_WORDS = re.compile(r"(?i:secret|\bsec\b|passphrase)|密钥|秘钥")
_LABEL_BEFORE = re.compile(r"(?i:api[\s_-]*key|apikey|api|\bkey)[\"'\s]*[:：=]?[\s\"']*$")
_PAIR_REACH: Final = 120
_LABEL_REACH: Final = 16


class ApiHit(NamedTuple):
    kind: str
    start: int
    end: int


def find_api_pairs(text: str) -> list[ApiHit]:
    """UUID + 32-hex API credential pairs, and a labelled UUID key beside a named secret."""
    if "-" not in text or _API_WORDS.search(text) is None:
        return []  # literal tests first: the UUID pattern is tried only in a message naming an API
    uuids = list(_UUID.finditer(text))
    if not uuids:
        return []
    hexes = list(_HEX32.finditer(text))
    hits: list[ApiHit] = []
    for u in uuids:
        partners = [
            h
            for h in hexes
            if abs(h.start() - u.end()) <= _PAIR_REACH or abs(u.start() - h.end()) <= _PAIR_REACH
        ]
        labelled = _LABEL_BEFORE.search(text, max(0, u.start() - _LABEL_REACH), u.start()) is not None
        if partners:
            hits.append(ApiHit(API_SECRET, *u.span()))
            hits += [ApiHit(API_SECRET, *h.span()) for h in partners]
        elif labelled and _SECRET_WORDS.search(text) is not None:
            hits.append(ApiHit(API_SECRET, *u.span()))
    return hits
