"""Scam scripts whose ask names no secret next to its verb (round 3).

The noun-centred checker (``outbound``) finds "send me the code"; scripts told as a procedure
put the secret and the ask in different clauses, or ask for the *way* a secret is sent:

* a code announced, then asked back: "you'll get a code, just paste it back to me", "刚有个码
  发到您的手机上了，麻烦打在这里", "您会收到一个码，直接复制给我". The announcement alone is what
  real support says too ("you'll get a code by SMS"); the ask to hand it back is the scam.
* a phrase asked for in pieces, which only makes sense to get around a filter: "one word per
  message", "word by word", "the first six words, then the rest", "先发前六个", "分两次发".

Each hit is checked by the caller like any other ask (negations, warning words: "never paste
it back to anyone", "scammers ask for it word by word"). All patterns run on the folded,
ASCII-lower-cased message; a cheap literal test skips messages without the needed words.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .outbound_asks import round6_asks
from .textutil import AsciiFirst, LiteralGate, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

_CODE_ANNOUNCED = compile_ascii(
    r"\b(?:you(?:'ll|\s+will|\s+should|'re\s+going\s+to|\s+are\s+going\s+to|\s+may)?|u)\s+(?:get|receive|see)"
    r"\s+(?:a|an|the|one|our|my)?\s*(?:[a-z0-9-]+\s+){0,2}?(?:code|otp|pin|sms|text|message|digits|number)s?\b"
    r"|\b(?:a|the|one|an)\s+(?:[a-z0-9-]+\s+){0,2}?(?:code|otp|pin|sms|text)\s+(?:is|was|has\s+been|will\s+be"
    r"|just|should\s+be)\s+(?:\w+\s+)?(?:coming|sent|texted|arriving|on\s+its\s+way|going\s+out|came|arrive)"
    r"|\b(?:there'?s|there\s+is|here'?s)\s+(?:a|an|one)\s+(?:[a-z0-9-]+\s+){0,2}?(?:code|otp|pin|sms|text|message)"
    r"|\bcheck\s+(?:your\s+)?(?:phone|inbox|e-?mail|sms|messages|texts|authenticator)\b"
    r"|(?:短信|验证码|码)(?:到了|来了|收到了)|(?:收到|有|来)(?:一个|一条|个|条)(?:[^，。！？,.!?\s]{0,6}?)(?:码|短信|数字)"
    r"|(?:码|短信|验证码)[^，。！？,.!?]{0,4}?(?:发到|发给|发送到|发至|到)(?:了)?[您你]"
    r"|(?:给|向)[您你](?:发|发送)了?(?:一个|一条|个|条)?[^，。！？,.!?]{0,4}?(?:码|短信)"
)
_HAND_BACK = compile_ascii(
    r"\b(?:paste|copy|read|type|send|forward|give|tell|repeat|share|reply\s+with|drop)\s+(?:me\s+|us\s+)?"
    r"(?:it|that|them|this|those|the\s+(?:code|digits|numbers?|text|otp|pin|message))"
    r"(?:\s+(?:back|straight|right|over|out))?\s*(?:back\b|to\s+(?:me|us)\b|here\b|in\s+(?:this|the|our)\s+chat\b"
    r"|below\b|over\b)"
    r"|(?:念|读|报|说)(?:一下|一遍|出来)|发(?:过来|一下)"
    r"|(?:复制|粘贴|贴|打|填|写|发|念|告诉|报|读|回复|输入)(?:一下|一遍|下)?(?:给我|在这里|到这里|在这儿|在这|在此"
    r"|到这|过来|上来|我(?![们的]))"
)
_SPLIT_DELIVERY = compile_ascii(
    r"\b(?:one|two|three|four|a\s+few|[1-4])\s+words?\s+(?:per|each|in\s+each|at\s+a)\s+(?:message|line|time|msg"
    r"|reply|text)\b|\bword\s+by\s+word\b|\bone\s+word\s+at\s+a\s+time\b"
    r"|\b(?:first|last)\s+(?:six|6|three|3|four|4|eight|8|twelve|12|half)\s+(?:words|of\s+(?:the|your|it))\b"
    r"|\bin\s+(?:two|three|four|several|2|3|4)\s+(?:parts|halves|messages|pieces|chunks)\b"
    r"|\b(?:split|break)\s+(?:it|them|the\s+\w+)\s+(?:up|into)\b"
    r"|先(?:发|打|给|报)(?:前|一半)|前(?:六|6|三|3|四|4|八|8|半)(?:个|部分)?[^，。！？,.!?]{0,6}?(?:发|给|打|报)"
    r"|后(?:六|6)个(?:再)?(?:发|给|打)|分(?:两|2|三|3|几|多)(?:次|条|段|部分)(?:发|打|给|报)"
    r"|一个一个(?:地)?(?:发|打)|一个(?:词|字)一条|逐(?:个|字|词)(?:发|打)"
    r"|每(?:条|次|行)(?:消息|信息)?(?:只)?(?:发|打|写)?[一二三四两1-4几]个(?:词|字|单词)?"
    r"|(?:拆开|分开|拆成|分成|分段)(?:[一二三四两几多]?(?:次|条|段|部分))?(?:来)?(?:发|打|给|报)"
)
# "generate an API key … and paste both values here": the pair, named by the API key before it
_BOTH_VALUES = compile_ascii(
    r"\b(?:paste|send|share|give|provide|forward|copy|tell)\s+(?:me\s+|us\s+)?(?:both|all\s+(?:three|two)|the\s+two"
    r"|each)(?:\s+(?:of\s+them|values|strings|keys|parts|fields|codes|lines))?\b"
    r"|(?:两个|两串|三个)(?:值|字符串|都|一起)?(?:都)?(?:发|给|贴|复制)"
)
_TO_US = re.compile(
    r"[^.;!?\n]{0,20}?(?:\bhere\b|\bthis\s+chat\b|\bto\s+(?:me|us)\b|\bbelow\b|这里|给我|发我|过来)"
)
_API_BEFORE = compile_ascii(r"\bapi\b|api")
_SEED_CONTEXT = compile_ascii(
    # what a phrase is called (not "words" or 字 alone: "a few words about the error", "文字")
    r"\b(?:phrase|seed|mnemonic|recovery|backup|private\s+key|(?:secret|restore|wallet'?s?|your|the|12|24|twelve"
    r"|twenty[- ]four)\s+words)\b|助记|单词|备份词|恢复词|短语|私钥|密钥|备份卡|卡上的字|钱包词"
)
_REACH: Final = 200
_OWNED = compile_ascii(
    r"\b(?:ticket|reference|ref|error|order|case|tracking|transaction|tx|txid|invoice|receipt"
    r"|(?:account|phone|card)\s+number|bank|confirmation\s+number|id)\b|工单|订单|单号|编号|流水|卡号|交易号|哈希"
)
_CODE_WORDS: Final = (
    "code",
    "otp",
    "pin",
    "sms",
    "text",
    "message",
    "digits",
    "number",
    "码",
    "短信",
    "数字",
)  # the hand-back follows its announcement within this many characters
# Literal anchors (one trie pass each): the detailed patterns run only in small windows around them.
_HAND_BACK_ANCHORS = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "back",
                "to me",
                "to us",
                "here",
                "chat",
                "below",
                "over",
                "给我",
                "在这",
                "到这",
                "在此",
                "过来",
                "上来",
                "发我",
                "告诉我",
                "报我",
                "念我",
                "读我",
                "回复我",
                "打我",
                "写我",
                "一下",
                "一遍",
                "出来",
            ]
        )
    )
)
_SPLIT_WORDS: Final = (
    "word",
    "first",
    "last",
    "in two",
    "in three",
    "in four",
    "in several",
    "in 2",
    "in 3",
    "in 4",
    "split",
    "break",
    "先发",
    "先打",
    "先给",
    "先报",
    "前六",
    "前6",
    "前三",
    "前3",
    "前四",
    "前4",
    "前八",
    "前8",
    "前半",
    "后六",
    "后6",
    "分两",
    "分2",
    "分三",
    "分3",
    "分几",
    "分多",
    "一个一个",
    "一个词",
    "一个字",
    "逐个",
    "逐字",
    "逐词",
    "每条",
    "每次",
    "每行",
    "拆开",
    "分开",
    "拆成",
    "分成",
    "分段",
)
_SPLIT_ANCHORS = AsciiFirst(re.compile(literal_alternation(_SPLIT_WORDS)))
# every English word above holds one of these (``LiteralGate``: an ASCII text without them is not scanned)
_SPLIT_GATE: Final = LiteralGate(_SPLIT_WORDS, ("word", "first", "last", "in ", "split", "break"))
_BOTH_WORDS: Final = ("both", "all three", "all two", "the two", "each", "两个", "两串", "三个")
_BOTH_ANCHORS = AsciiFirst(re.compile(literal_alternation(_BOTH_WORDS)))
_BOTH_GATE: Final = LiteralGate(_BOTH_WORDS, ("both", "all t", "the two", "each"))
_CONDITION_ANCHORS = AsciiFirst(
    re.compile(literal_alternation(["if", "in case", "如果", "若", "假如", "万一", "要是"]))
)
_BEFORE: Final = 30
_AFTER: Final = 40


class ScriptHit(NamedTuple):
    code: str
    start: int  # where the ask is (checked for negations there)
    end: int


def script_hits(low: str) -> list[ScriptHit]:
    """Asks of the scripts above in ``low`` (folded, ASCII-lower-cased)."""
    out: list[ScriptHit] = []
    n = len(low)
    for a in _HAND_BACK_ANCHORS.finditer(low):
        back = _HAND_BACK.search(low, max(0, a.start() - _BEFORE), min(n, a.end() + 4))
        if back is None:
            continue
        before = low[max(0, back.start() - _REACH) : back.start()]
        if not any(w in before for w in _CODE_WORDS):
            continue
        # "you'll receive a ticket number, send it to us": the number announced or handed back is
        # some other thing's, not a one-time code
        announced = [
            m
            for m in _CODE_ANNOUNCED.finditer(before)
            if _OWNED.search(before, max(0, m.start() - 12), m.end()) is None  # 工单号…通过短信发给您
        ]
        tail = re.split(r"[;,.:!?，。；：！？]", before[-12:])[-1]  # the hand-back's own clause
        if announced and _OWNED.search(tail) is None:
            out.append(ScriptHit(ASKS_OTP_CODE, back.start(), back.end()))
            break
    for a in _BOTH_ANCHORS.finditer(low) if _BOTH_GATE.may_hold(low) else ():
        both = _BOTH_VALUES.search(low, max(0, a.start() - 20), min(n, a.end() + 20))
        if both is None:
            continue
        # to us: "send me both", "paste both values here" (not "copy both into your bot's config")
        to_us = (
            re.search(r"\b(?:me|us)\b|给我|发我", both.group()) is not None
            or _TO_US.match(low, both.end(), min(n, both.end() + 30)) is not None
        )
        if to_us and _API_BEFORE.search(low, max(0, both.start() - _REACH), both.start()):
            out.append(ScriptHit(ASKS_PRIVATE_KEY, both.start(), both.end()))
            break
    for a in _SPLIT_ANCHORS.finditer(low) if _SPLIT_GATE.may_hold(low) else ():
        split = _SPLIT_DELIVERY.search(low, max(0, a.start() - 12), min(n, a.end() + _AFTER))
        if split is not None and _SEED_CONTEXT.search(low) is not None:
            out.append(ScriptHit(ASKS_SEED_PHRASE, split.start(), split.end()))
            break
    out += [ScriptHit(*hit) for hit in round6_asks(low)]
    return out


def past_conditions(low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``PAST_CONDITION`` clauses in [lo, hi), matched only where a condition word starts."""
    out = []
    for a in _CONDITION_ANCHORS.finditer(low, lo, hi):
        m = PAST_CONDITION.match(low, a.start(), hi)
        if m is not None:
            out.append(m.span())
    return out


# "If a 'refund agent' asked you for your password, …": a condition about what already happened
PAST_CONDITION = compile_ascii(
    r"\b(?:if|in\s+case)\b[^.,;:!?]{0,50}?(?<![a-z])(?:asked|requested|demanded|told|got|obtained|took|received|made"
    r"|convinced|tricked|persuaded)\b[^,;:!?]*"
    r"|(?:如果|若|假如|万一|要是)[^，。！？,;；]{0,20}?(?:已经|已|曾经|曾)[^，。！？,;；]*"
    r"|(?:如果|若|假如|万一|要是)[^，。！？,;；]{0,20}?(?:给了|告诉了|发给了|透露了|泄露了|交出了)[^，。！？,;；]*"
)
# The customer's own new wallet as where funds go ("请自己新建一个钱包，把剩余资产转过去")
OWN_PLACE = compile_ascii(
    r"(?:自己|亲自|您自己|你自己)(?:新建|创建|新开|生成|重新创建)|(?:新建|创建)(?:的)?(?:一个)?新?钱包"
    r"|\byour\s+own\s+(?:new\s+)?wallet\b|\bnew\s+wallet\s+(?:that\s+)?you\s+(?:create|created|control|own|made)\b"
    r"|\bwallet\s+you\s+(?:create|created|made|set\s+up)\s+yourself\b|\bcreate\s+a\s+new\s+wallet\s+yourself\b"
)
