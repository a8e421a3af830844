"""Round 14: safe kinds of reply that name a secret ask and are cleared (``clears14``).

Safe kinds cleared (``clears14``), each found refused in r20 or in our own safe neighbours:
* **a warning conditional**: the ask sits in "if <someone> asks you for …" and the main clause protects
  ("end the conversation", "stop replying", 请直接拉黑/举报/结束);
* **a past act reported**: "you just posted your password here", 您刚才把密码发在聊天里了 — followed by a
  remedy (change it, let it expire, 修改, 新钱包);
* **the customer's own use**: 恢复钱包需要助记词 — the secret needed for the customer's own restore, with
  no hand-over to us in the sentence.

Why a module of its own: ``check_outbound`` asks it of every secret ask the older rounds found;
it reads no ask of its own, only whether the one found is a warning, a report or the customer's
own use.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

# --- safe kinds cleared ---
_IF_ASKS = compile_ascii(
    r"\b(?:if|when|whenever|should)\s+(?!(?:we|i|our|you|u)\b)[^.!?\n,]{0,40}?(?:\b)(?:asks?|requests?|wants?|demands?|tells?|messages?)"
    r"\b(?:\s+(?:you|u))?"
    r"|(?:如果|若|假如|万一|要是|一旦|若有)[^。！？\n，,]{0,16}?(?:索要|索取|要求|向(?:您|你)要|问(?:您|你)要|让(?:您|你)"
    r"|要(?:您|你))"
)
_PROTECT = compile_ascii(
    r"\b(?:stop|end|close|leave|hang\s+up|report|block|ignore|refuse|decline|do\s+not|don'?t|never|walk\s+away"
    r"|cut|quit|exit)\b|结束|停止|举报|拉黑|封锁|挂断|不要|别|拒绝|忽略|退出|报告"
)
_PAST_EN = compile_ascii(
    r"\b(?:you|u)\s+(?:just\s+|already\s+|have\s+(?:just\s+|already\s+)?|accidentally\s+)(?:posted|sent|shared"
    r"|typed|pasted|gave|put|wrote|entered)\b"
)
_PAST_ZH = re.compile(
    r"(?:刚才|刚刚|已经|之前|不小心)[^。！？\n，,]{0,16}?(?:发|贴|输入|给|写|粘贴)[^。！？\n，,]{0,10}?了"
)
_REMEDY = compile_ascii(
    r"\b(?:change|reset|revoke|expire|new\s+one|new\s+wallet|rotate|delete|move)\b"
    r"|修改|更改|重置|过期|新钱包|新建|撤销|作废|删除|转到新"
)
_OWN_USE = compile_ascii(
    r"\b(?:restore|recover|import|set\s+up)\s+(?:the\s+|your\s+|a\s+)?wallet\b|(?:恢复|导入|找回|重装)钱包"
)
_TO_US = compile_ascii(r"\b(?:me|us|we|i|our|here|chat)\b|给我|发我|发给我|我们|这里|这边|我")
# a hand-over refused right before it: "不要发给我们", "never send it to us"
_REFUSED_BEFORE = compile_ascii(
    r"(?:\b(?:never|not|don'?t)\b[^.!?\n]{0,16}|(?:不要|别|勿|不用)[^。！？\n，,]{0,4})$"
)
_KEEP = compile_ascii(
    r"\b(?:keep|store|offline|paper|safe\s+place|never\s+(?:send|share|give))\b|保管|抄|纸上|离线|保存|不要发|别发"
    r"|不要给|不要告诉"
)
_SECRET_CODES: Final = frozenset({ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE})


def clears14(low: str, code: str, start: int, end: int) -> bool:
    """Is the secret ask ``code`` at [start, end) a warning conditional ("if someone asks you for …,
    end the chat"), a past act reported with a remedy ("you just posted your password here; change
    it"), or the customer's own use of the secret (恢复钱包需要助记词) with no hand-over to us?"""
    if code not in _SECRET_CODES:
        return False
    a = max(low.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    stop = re.compile(r"[.!?。！？\n]").search(low, end)
    b = stop.start() if stop else len(low)
    cond = _IF_ASKS.search(low, a, end)
    if cond is not None and cond.start() <= start + 4:
        brk = re.compile(r"[,，;；:：—–]").search(low, end, b)
        if brk is not None and _PROTECT.search(low, brk.end(), b) is not None:
            return True
    if (_PAST_EN.search(low, a, end) or _PAST_ZH.search(low, a, b)) and _REMEDY.search(low, end) is not None:
        return True
    if _OWN_USE.search(low, a, start) is None or _KEEP.search(low, end) is None:
        return False
    for to_us in _TO_US.finditer(low, a, b):
        if _REFUSED_BEFORE.search(low, max(a, to_us.start() - 20), to_us.start()) is None:
            return False
    return True
