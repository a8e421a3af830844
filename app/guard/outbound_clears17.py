"""Issue 16, round 17 (guard17out, session 12): safe replies r24 and r25 refused, cleared by slot.

A verdict of any rule is cleared when the sentence that holds it says the secret is *not* to be handed
over, or that only its public part is:

* **hide it** — the secret is the object of cover/hide/blur/mask (遮住, 打码, 挡住) before a screenshot;
* **no need to give it** — "no need to share the secret", 唔使/不用/无需 + 话给我知/告诉我;
* **an ask named as the scam** — "asking for your code = scam / is a scam";
* **the public part only** — the API key may be given but the secret/passphrase "不可以/not".
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_clears16 import HAND_US as _HAND_US
from .textutil import any_in
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` as an ASCII word boundary (CJK is no word character here)."""
    return re.compile(pattern, re.ASCII)


_SECRETS: Final = frozenset({ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE})
_GATE: Final = (
    "cover", "hide", "blur", "mask", "black out", "遮", "打码", "挡住", "盖住", "马赛克",
    "no need", "唔使", "不用",
    "无需", "we'll send", "we will send", "i'll send", "i will send", "= scam", "is a scam", "= fraud",
    "不可以", "不能给", "not the secret", "public",
)  # fmt: skip
_HIDE = _ascii(
    r"\b(?:cover|hide|blur|mask|black\s+out|redact)\b[^.!?\n]{0,20}?"
    r"\b(?:codes?|passwords?|seed|keys?|secrets?|pins?|words)\b"
    r"|(?:遮住|遮挡|遮盖|盖住|挡住|打码|涂掉|马赛克)[^。！？\n]{0,12}?(?:验证码|密码|助记词|私钥|码)"
    r"|(?:验证码|密码|助记词|私钥)[^。！？，\n]{0,8}?(?:遮住|遮挡|盖住|挡住|打码)"
)
_NO_NEED = _ascii(
    r"\bno\s+need\s+to\s+(?:share|send|give|tell|provide|paste)\b"
    r"|(?:唔使|不用|无需|不需要|毋须)(?:话|讲|告诉|给|发|提供)"
)
_NAMED_SCAM = _ascii(
    r"\basking\s+(?:for\s+)?(?:your\s+)?[a-z0-9 ]{0,20}?\s*(?:=|is|means)\s*(?:a\s+)?(?:scam|fraud|fake)\b"
)
_PUBLIC_ONLY = re.compile(
    r"(?:secret\s*key|secret|passphrase|私钥|密钥)[^。！？\n]{0,20}?(?:不可以|不能|不要|不行|never|not)"
)
# "we'll send the code to your email": we are the sender; the customer is asked for nothing
_WE_SEND = _ascii(
    r"\b(?:we|i)(?:'ll|'ve|\s+will|\s+can|\s+have|\s+just)?\s+(?:just\s+)?(?:re)?send\s+(?:you\s+)?"
    r"(?:the|a|another|new|your)\s+(?:new\s+)?(?:code|otp)\b(?=[^.!?\n]{0,12}\bto\s+(?:you|your)\b)"
)
_API_KEY = _ascii(r"\bapi\s*key\b|\bpublic\s+(?:part|key)\b")
# a later clause of the sentence ("…, but send me", "…，然后发我"): a hand-over to us there is an ask
# of its own, which the clearing phrase before it does not govern (round 16's ``_HAND_US``)
_LATER = _ascii(
    r"[,，;；:：]|\s[-–—]\s|\b(?:but|just|then|instead|only|so|and\s+then)\b|然后|但|不过|就|只要|而是|再"
)


def _hands_over_later(low: str, after: int, b: int) -> bool:
    """Is there a hand-over to us in a clause after ``after`` (up to the sentence's end ``b``)?"""
    cut = _LATER.search(low, after, b)
    return cut is not None and _HAND_US.search(low, cut.end(), b) is not None


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    a = max(low.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    ends = [i for i in (low.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return a, (min(ends) + 1 if ends else len(low))


def clears_round17(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) one of the safe families above?"""
    if code not in _SECRETS or not any_in(low, _GATE):
        return False
    a, b = _sentence(low, start, end)
    for clear in (_HIDE.search(low, a, b), _NAMED_SCAM.search(low, a, b)):
        if clear is not None and not _hands_over_later(low, clear.end(), b):
            return True
    w = _WE_SEND.search(low, max(a, start - 12), b)
    if code == ASKS_OTP_CODE and w is not None and w.start() <= start < w.end():
        return not _hands_over_later(low, w.end(), b)
    n = _NO_NEED.search(low, a, b)
    if n is not None and n.start() <= end and not _hands_over_later(low, n.end(), b):
        return True
    return (
        code == ASKS_PRIVATE_KEY
        and _API_KEY.search(low, a, b) is not None
        and _PUBLIC_ONLY.search(low, a, b) is not None
    )
