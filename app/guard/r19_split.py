"""Round 19 (guard19in): a secret's next piece in its own message, with a remark (``conversation``).

r27 and r28's split misses, by family:

* **The rest of a key that got cut** ("secret 84F7…" / "AC2020F7F79E1365 sorry it got cut", "Secret
  Key …" / "49377E5DCEC6693A 刚才没粘贴完"): the message before ends with a redacted API secret or private
  key, and this one opens with a random token (8+ letters and digits, both; no dash: a UUID is a key
  id) followed by nothing or a short remark with no digit and no public noun (tx, hash, order,
  地址 …). Alone, ``label_value`` already reads it; the remark hid it.
* **The next backup code** ("I have the backup codes" / <code> / "10709331 that one maybe", 我有备用码 /
  <code> / 55890844, "03497 79261"): a message naming backup / recovery codes within the last four,
  every message since it (if any) a redacted code or a code, and this one opens with a backup code's shape
  (8-10 digits, two groups of 4-5 digits, xxxx-xxxx, 8-12 letters and digits with both) followed by
  nothing or a short remark with no digit.

``continued_piece`` returns the findings for the new message (merged by the caller with what the
message's own scan found), or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .types import API_SECRET, HIGH, OTP_CODE, PRIVATE_KEY, Finding

__all__ = ["continued_piece"]

_MAX_REMARK: Final = 60
_CUT_AFTER = re.compile(r"\[redacted:(?P<kind>api_secret|private_key)\]\s*$")
_TOKEN = re.compile(
    r"\s*(?P<v>(?=[A-Za-z0-9+/=_]*[A-Za-z])(?=[A-Za-z0-9+/=_]*[0-9])[A-Za-z0-9+/=_]{8,88})(?![A-Za-z0-9+/=_\-])"
)
_PUBLIC_REMARK = re.compile(
    r"(?<![a-z])(?:tx|txid|hash|order|uid|id|address|addr|deposit|withdrawal|ticket|memo|tag)(?![a-z])"
    r"|地址|订单|訂單|交易|哈希|充值|提现|提币|工单"
)
_DIGIT = re.compile(r"\d")
_KINDS: Final = {"api_secret": API_SECRET, "private_key": PRIVATE_KEY}

_BACKUP_NAMED = re.compile(
    r"(?<![a-z])(?:backup|recovery|emergency|rescue)\s+(?:codes?|keys|key\s+list|list|numbers)(?![a-z])"
    r"|备用(?:码|碼|密钥|密鑰|代码|代碼)|備用(?:碼|密鑰)|恢复码|恢復碼|救援码|救援碼",
    re.I,
)
_BACKUP_CODE = re.compile(
    r"\s*(?P<v>\d{8,10}|\d{4,5} \d{4,5}|[0-9A-Za-z]{4,5}-[0-9A-Za-z]{4,5}"
    r"|(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[0-9A-Za-z]{8,12})(?![0-9A-Za-z_\-])"
)
_HEAD_DIGIT = re.compile(r"\s*[0-9A-Za-z -]{0,11}[0-9]")
_REDACTED_ONLY = re.compile(r"\s*(?:\[redacted:[a-z_]+\]\s*)+")
_BACKUP_WINDOW: Final = 4


def _remark_ok(tail: str) -> bool:
    tail = tail.strip()
    if not tail:
        return True
    return (
        len(tail) <= _MAX_REMARK
        and _DIGIT.search(tail) is None
        and _PUBLIC_REMARK.search(tail.lower()) is None
    )


def _rest_of_key(text: str, earlier: Sequence[str]) -> Finding | None:
    if not earlier[-1].rstrip().endswith("]"):
        return None
    cut = _CUT_AFTER.search(earlier[-1][-40:])
    if cut is None:
        return None
    m = _TOKEN.match(text)
    if m is None or not _remark_ok(text[m.end() :]):
        return None
    return Finding(_KINDS[cut.group("kind")], HIGH, *m.span("v"))


def _is_code_message(text: str) -> bool:
    if _REDACTED_ONLY.fullmatch(text) is not None:
        return True
    m = _BACKUP_CODE.match(text)
    return m is not None and _remark_ok(text[m.end() :])


def _next_backup_code(text: str, earlier: Sequence[str]) -> Finding | None:
    if _HEAD_DIGIT.match(text) is None:
        return None  # every backup code's shape holds a digit among its first characters
    m = _BACKUP_CODE.match(text)
    if m is None or not _remark_ok(text[m.end() :]):
        return None
    for prev in reversed(earlier[-_BACKUP_WINDOW:]):
        if _BACKUP_NAMED.search(prev) is not None:
            return Finding(OTP_CODE, HIGH, *m.span("v"))
        if not _is_code_message(prev):
            return None
    return None


def continued_piece(text: str, earlier: Sequence[str]) -> list[Finding] | None:
    """The new message's piece of a secret begun in the messages before it (module docstring)."""
    if not earlier:
        return None
    found = _rest_of_key(text, earlier)
    if found is None:
        found = _next_backup_code(text, earlier)
    return None if found is None else [found]
