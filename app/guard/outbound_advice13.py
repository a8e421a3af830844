"""Advice about a secret that reads like an ask (round 13): the one safe kind r19 showed refused.

**A statement about codes**: "请确认手机时间是自动同步的，谷歌验证码和时间有关": a verb whose object is
a whole clause (确认…是…) does not reach a code named in the next clause, when that clause says what the code
depends on or does (和…有关, expires, is based on). **A secret checked alone**: "check which words are in
your recovery phrase against the BIP39 list yourself, offline", with nowhere and no one to hand it to.
Why a module of its own: it clears verdicts of every kind of rule (``outbound._phrase_violations`` calls
it last), so it belongs to none of the ask modules.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks13_common import ZC as _ZC
from .textutil import compile_ascii
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _sentence_start(low: str, pos: int) -> int:
    return max(low.rfind(c, 0, pos) for c in ".!?。！？\n") + 1


# the code's own clause says what it depends on or does: advice, not a hand-over
_STATEMENT_ZH = re.compile(
    r"(?:和|跟|与)" + _ZC + r"{0,8}?(?:有关|相关|同步|一致|挂钩)|依赖|取决于|基于|根据" + _ZC + r"{0,8}?生成"
    r"|(?:会|每)" + _ZC + r"{0,8}?(?:过期|失效|变化|更新|刷新|变)|有效期"
)
# what the code does, right after it: "验证码会发到这个邮箱"
_DOES_ZH = re.compile(r"(?:会|将)(?:发|发送|寄|推送)(?:到|给(?:您|你))")
_STATEMENT_EN = compile_ascii(
    r"\b(?:depends?\s+on|is\s+based\s+on|are\s+based\s+on|changes?\s+every|expires?|is\s+tied\s+to"
    r"|are\s+tied\s+to|relies\s+on|rely\s+on)\b"
)
_CLAUSE_BREAK = re.compile(r"[，,；;]")


# the customer does it alone: "check … yourself, offline", 自行核对
_ALONE = compile_ascii(r"\b(?:yourself|on\s+your\s+own|offline)\b|自行|自己|离线")
# …unless the secret still goes somewhere: here, to us, our page, a verb of handing over
_HANDED = compile_ascii(
    r"\b(?:here|chat|to\s+(?:me|us)|with\s+(?:me|us)|our|we|send|share|paste|type|give|tell|provide|reply"
    r"|upload|enter|submit|need|needs|require|requires|want)\b|发|告诉|给我|给我们|这里|提供|我们|输入|上传"
    r"|粘贴|回复"
    r"|需要|要求"
)
# round 14: a hand-over word right after a refusal ("不要发给任何人", "never send") hands nothing over
_NOT_BEFORE = compile_ascii(r"(?:\b(?:never|not|don'?t|no\s+need\s+to)\s+|不要|别|勿|不用|无需|不必)$")
_SECRET_CODES: Final = frozenset({ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE})


def advice_about(low: str, code: str, start: int, end: int) -> bool:
    """Is the secret verdict ``code`` at [start, end) advice rather than an ask: the customer checks the
    secret alone ("check which words are in your recovery phrase against the BIP39 list yourself,
    offline", with nowhere and no one to hand it to in the sentence), or a verb whose clause ends before
    the secret it reaches, in a clause that only states something about that secret ("确认手机时间是自动
    同步的，谷歌验证码和时间有关")?"""
    if code not in _SECRET_CODES:
        return False
    a = _sentence_start(low, start)
    stop_m = _SENTENCE_END.search(low, end)
    b = stop_m.start() if stop_m else len(low)
    if _ALONE.search(low, a, b) is not None and not any(
        _NOT_BEFORE.search(low, max(a, h.start() - 6), h.start()) is None for h in _HANDED.finditer(low, a, b)
    ):
        return True  # (round 14: a hand-over refused, "不要发给任何人", is none)
    brk = _CLAUSE_BREAK.search(low, start, end)
    if brk is None or ("是" not in low[start : brk.start()] and " is " not in low[start : brk.start()]):
        return False
    nxt = _CLAUSE_BREAK.search(low, end)
    stop = _SENTENCE_END.search(low, end)
    hi = min(m.start() for m in (nxt, stop) if m is not None) if (nxt or stop) else len(low)
    if _DOES_ZH.match(low, end, hi) is not None:
        return True
    return _STATEMENT_ZH.search(low, end, hi) is not None or _STATEMENT_EN.search(low, end, hi) is not None
