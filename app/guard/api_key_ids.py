"""The public half of an API pair: a key id alone is an identifier, beside its secret it is redacted.

Exchanges show an API key's id (a UUID: "key 28094eaa-d4ee-…") in their UI and logs; agents ask for
it to find a key. Round 15 redacted "key <uuid>" always; r22's writer counts it as not secret, r15's
and r21's as secret when the secret half follows. The decision (guard16fp, session 11):

* a key id alone in a message (no other finding in it) is left visible (``drop_lone_key_ids``, the
  inbound guard's last filter);
* with the secret half or the passphrase in the same message, both stay redacted (the safe side);
* when a later message of the conversation carries the secret or passphrase, the key id in one of
  the few messages before it is redacted after the fact (``key_ids_before``), as a pair pasted over
  several messages is.

Only a UUID after a key / api key / key id / access key label counts; 密钥 and "secret" name the
secret half and are never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .textutil import ascii_lower
from .types import API_SECRET, HIGH, OTP_CODE, PASSWORD, TOTP_SECRET, Finding

__all__ = ["drop_lone_key_ids", "key_ids_before"]

_UUID = re.compile(r"(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])")
_KEY_LABEL = re.compile(
    r"(?<![a-z])(?:api[\s_-]?key|apikey|access[\s_-]?key|key)(?:[\s_-]?id)?(?![a-z])(?:\s+id)?\s*(?:is|=|:|：|是)?\s*$"
)
_SECRET_WORD = re.compile(
    r"(?<![a-z])(?:secret|passphrase|pass\s*phrase|password|pwd)|密钥|秘钥|密码|口令|私钥"
)
_BEFORE: Final = 20
_LOOK_BACK: Final = 2  # earlier messages searched for the key id when its secret arrives
_PAIR_KINDS: Final = frozenset({API_SECRET, PASSWORD, TOTP_SECRET, OTP_CODE})


def _key_id(text: str, low: str, f: Finding) -> bool:
    if f.kind != API_SECRET or _UUID.fullmatch(low, f.start, f.end) is None:
        return False
    before = low[max(0, f.start - _BEFORE) : f.start]
    return _KEY_LABEL.search(before) is not None and _SECRET_WORD.search(before) is None


def drop_lone_key_ids(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without a key id when it is all ``found`` holds and nothing names a secret."""
    if not found or "-" not in text or any(f.kind != API_SECRET for f in found):
        return list(found)
    low = ascii_lower(text)
    if not all(_key_id(text, low, f) for f in found) or _SECRET_WORD.search(low) is not None:
        return list(found)
    return []


def key_ids_before(text: str, found: Sequence[Finding], earlier: Sequence[str]) -> list[tuple[int, Finding]]:
    """(index into ``earlier``, span) of each key id left visible in the last messages, when ``text``
    (the customer's new message, with its findings ``found``) carries the secret half or passphrase."""
    if not earlier or not any(f.kind in _PAIR_KINDS for f in found):
        return []
    if _SECRET_WORD.search(ascii_lower(text)) is None:
        return []
    out: list[tuple[int, Finding]] = []
    for index in range(max(0, len(earlier) - _LOOK_BACK), len(earlier)):
        low = ascii_lower(earlier[index])
        for m in _UUID.finditer(low):
            if _KEY_LABEL.search(low[max(0, m.start() - _BEFORE) : m.start()]) is not None:
                out.append((index, Finding(API_SECRET, HIGH, m.start(), m.end())))
    return out
