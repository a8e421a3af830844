"""What reads like an ask to ``outbound`` but is not one (round 8).

Collected from every false refusal of a safe agent reply over batches r1-r14: the request verb is a
state, a time or "let me know" rather than an ask ("视为钱包已泄露", "发送前请把助记词遮住", "告诉我一声"),
"whoever" makes it a general statement ("谁拿到您的12个单词，就能…"), the product is the asker ("the app
will ask for your authenticator code"), the secret is typed into the authenticator ("在谷歌验证器里
输入密钥"), what 把 takes is only hidden or kept ("把私钥和助记词都遮住"), what an act amounts to
("展示助记词等于把它交出去"), a number reported ("report the caller's number to us"), and a withdrawal
named by its record ("您提现到 0x… 的申请") or by its rule ("提币到新地址需要…"). Each is a pattern
``outbound`` consults at the one point it applies; the scam twins of each are in
``tests/guard/test_round8_false_stops.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

_ZH_STATE_BEFORE: Final = ("已", "被")
# "发送前", "告诉我一声" - but "需要前6个助记词" is "the first 6", an ask
_ZH_TIME_AFTER = re.compile(r"(?:之?前)(?![0-9一二三四五六七八九十几半两])|时|的时候|(?:我们?)?一声")
_LEAK_VERBS: Final = ("泄露", "泄漏", "透露")
_NOT_DONE_BEFORE = re.compile(r"(?:没有|没|未|并未|从未)$")
USELESS_AFTER = re.compile(r"(?:们|我们?|客服|官方|他们?)?(?:也|都)?(?:没有用|没用|无济于事|不起作用)")
_WHOEVER = re.compile(r"谁\S{0,2}$|\bwhoever\s+$")
_PRODUCT_ASKS = re.compile(
    r"\b(?:app|site|website|page|system|platform|exchange|authenticator)\s+(?:to|will|may|can|would|should"
    r"|might)\s+$"
)


def not_an_ask(low: str, lo: int, a: int, b: int) -> bool:
    """Is the request verb at [a, b) of the sentence starting at ``lo`` a state, a time, "let me
    know", a "whoever" clause or the product asking?"""
    if low[a:b].isascii():
        before = low[max(lo, a - 24) : a]
        if low.startswith("ask", a) and _PRODUCT_ASKS.search(before) is not None:
            return True  # "It's normal for the app to ask for your authenticator code"
        return "whoever" in before and _WHOEVER.search(before) is not None
    return (
        (a > lo and low[a - 1] in _ZH_STATE_BEFORE)
        or _ZH_TIME_AFTER.match(low, b) is not None
        # round 9 (r15): "没有泄露助记词" is a state; "把助记词发给我们也没有用" says it is useless
        or (low.startswith(_LEAK_VERBS, a) and _NOT_DONE_BEFORE.search(low, max(lo, a - 3), a) is not None)
        or USELESS_AFTER.match(low, b) is not None
        or _WHOEVER.search(low, max(lo, a - 3), a) is not None
    )


#: a list after a colon is no list when it is a "whoever" clause ("切记：谁拿到您的私钥，就能…")
WHOEVER_IN = re.compile(r"谁|\bwhoever\b|\banyone\s+who\b")
#: typed into the authenticator or the app, named before the verb ("在新手机的谷歌验证器里自己输入密钥")
TYPED_IN_PRODUCT_ZH = re.compile(
    r"在[^，。,;；]{0,10}?(?:验证器|app|应用|官网|客户端)(?:里|中|上|内)[^，。,;；]{0,4}$"
)
#: "report the number to us here": the caller's number, reported
REPORTED_TO_US = re.compile(r"\breport\s+(?:(?:the|this|that|their|his|her)\s+)?(?:\w+\s+)?$|举报\S{0,4}$")
#: "在视频里展示助记词等于把它交出去", "showing it is the same as handing it over": a general statement
AMOUNTS_TO = re.compile(
    r"\s*(?:就|也)?(?:等于|等同于|相当于|意味着)|\s+(?:is|are)\s+(?:the\s+same\s+as|equivalent\s+to|like\s+handing)"
)
#: "您提现到 0x… 的申请处于待处理状态": a transfer made, named by its record
ZH_TRANSFER_AS_NOUN = re.compile(
    r"[^，。！？,;；]{0,60}?的(?:申请|订单|记录|交易|请求|那笔|这笔|款项)(?!发|转|给)"
)
#: "提币到新地址需要先加入白名单": the rule for the customer's own withdrawals
#: round 10 (r16): "您那笔提现是在修改密码后24小时内首次提到新地址，被风控系统拦截": a transfer told as what
#: happened (done before, or undergoing something in the passive), not asked for
REPORTED_TRANSFER_BEFORE = re.compile(r"(?:首次|第一次|已经|已|曾经|曾|刚刚|刚才|之前)$")
REPORTED_TRANSFER_AFTER = re.compile(
    r"[^。！？!?]{0,30}?被\S{0,8}?(?:拦截|冻结|退回|驳回|拒绝|暂停|延迟|审核|处理)"
)
NEW_ADDRESS_RULE = re.compile(r"\s*新的?地址(?:需要|要|会|须|必须|有|将|时)")

_CLAUSE_END_ZH = re.compile(r"[，,；;：:]")
_HANDING_ZH = re.compile(r"发|给我|告诉|过来|贴|输入|填|提供|报|念|读|拍")


class _Verb(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def request(self) -> bool: ...


def ba_to_keep(low: str, lo: int, hi: int, start: int, end: int, verbs: Sequence[_Verb]) -> bool:
    """Is the secret at [start, end) the object of 把 whose verbs in its clause are all safe ones
    ("请把私钥和助记词都遮住", not "把助记词备份截图发过来")?"""
    ba = low.rfind("把", max(lo, start - 12), start)
    if ba < 0 or _CLAUSE_END_ZH.search(low, ba, start) is not None:
        return False
    stop = _CLAUSE_END_ZH.search(low, end, hi)
    clause_end = stop.start() if stop is not None else hi
    after = [v for v in verbs if end <= v.start < clause_end]
    safe_only = bool(after) and not any(v.request for v in after)
    return safe_only and _HANDING_ZH.search(low, end, clause_end) is None
