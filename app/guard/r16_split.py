"""Round 16 (guard16in): a 2FA key's next part in its own message (r23's conversation misses).

r23: "I want to reset 2FA" / "I have the backup key from before" / "KEXF FOUF PBQW JQ5S" (redacted) /
"RWMH SQMM 35TK 4FC5" (the second half, left); "我要改绑谷歌验证" / "当时的密钥我抄了" / "UCWTSKYFCFUOBEEV"
(left). A message that is only a base32 key (4-8 groups of four, or 16 / 32 solid, one case; what
``r16_secrets`` takes with a 2FA word beside it) is a 2FA key when one of the customer's last two messages
names 2FA (the same cues) or was itself redacted as a 2FA key. A short remark around it ("后面还有一截",
"and the rest") is allowed: at most 16 other characters.

``totp_part`` is asked by ``conversation`` next to ``chat_followups.follow_up`` (only when the message has
no finding of its own).
"""

from __future__ import annotations

from collections.abc import Sequence

from .r16_secrets import grouped_or_solid_base32, names_2fa
from .types import HIGH, TOTP_SECRET, Finding, marker

__all__ = ["totp_part"]

_TOTP_MARK = marker(TOTP_SECRET)
_OTHER_MAX = 16
_SHORTEST, _LONGEST = 16, 40 + _OTHER_MAX + 4


def totp_part(text: str, earlier: Sequence[str]) -> Finding | None:
    """The 2FA key that ``text`` holds as the next part of one named in the last two messages, or None."""
    if not earlier or not _SHORTEST <= len(text) <= _LONGEST:  # a key of 16-40 characters and a remark
        return None
    span = grouped_or_solid_base32(text)
    if span is None or len(text.strip()) - (span[1] - span[0]) > _OTHER_MAX:
        return None
    recent = earlier[-2:]
    if not any(_TOTP_MARK in e or names_2fa(e.lower()) for e in recent):
        return None
    return Finding(TOTP_SECRET, HIGH, span[0], span[1])
