"""Issue 16, round 16 (guard16out, session 12): asks r22 and r23 let pass, read by family.

Each family is one slot older rounds lacked, in both languages where the batches showed it, read as
who must give what to whom (the caller, ``outbound._script_violations``, drops a conditional ask under
a negation or warning of its sentence, as for rounds 9-15):

* **a number named by its purpose, handed back** — a code or number named by what it is for or how it
  came ("confirmation number", "security code", "the one you got") + a hand-back ("what does it say",
  "read", "share", "…, please");
* **slang nouns and slang hand-overs** — a secret by its slang ("pk", "api creds", 甩过来, 丢过来,
  复制过来, a quoted "密语", Taiwanese 金鑰) or the SMS itself forwarded, handed to us; a bare 码 when a
  hand-over to us follows it;
* **the words one by one** — the seed's words enumerated (按编号, 一个一个, "one per message") + a
  hand-over;
* **a bare secret as the step** — a step ("last step:", 最后一步) whose content is nothing but a secret
  noun;
* **a secret by the wallet screen it shows on** — "the string that starts with 0x … not the address",
  "from the export screen", needed or handed to us;
* **the refusal's price** — not giving a secret "means we can do nothing / are not responsible"
  (不给的话我们也没办法): a threat whose condition is the refusal (unconditional: its 不 is the ask);
* **an account of a made-up purpose** — funds moved to a 核验/保险/安全/监管 account or a
  verification/insurance/safe account;
* **a wallet prompt approved as protection** — approve/sign a transaction or contract in the wallet
  because it "protects your funds" (保护资金, 安全升级): the pretext older rounds read was "free";
* **remote control accepted when prompted** — allow/accept screen or remote control (允许屏幕控制).

Round 17 reads a reply the same way (a literal gate, then families each giving an ``Ask9``) but its
slots are its own: ``outbound_intent17``, which shares ``CODE_OF`` from here.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9, first_per_code
from .textutil import any_in, compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
)

_STOP = re.compile(r"[.!?](?=\s|$)|[。！？\n]")

# a Chinese or pinyin noun's refusal code (both rounds)
CODE_OF: Final = {
    "助记词": ASKS_SEED_PHRASE, "zhujici": ASKS_SEED_PHRASE,
    "私钥": ASKS_PRIVATE_KEY, "siyao": ASKS_PRIVATE_KEY,
    "密码": ASKS_PASSWORD, "mima": ASKS_PASSWORD, "mm": ASKS_PASSWORD, "口令": ASKS_PASSWORD,
    "验证码": ASKS_OTP_CODE, "短信验证码": ASKS_OTP_CODE, "码": ASKS_OTP_CODE, "数字": ASKS_OTP_CODE,
    "yanzhengma": ASKS_OTP_CODE, "验证器": ASKS_OTP_CODE, "短信": ASKS_OTP_CODE, "恢复": ASKS_SEED_PHRASE,
    "记忆词": ASKS_SEED_PHRASE, "恢复词": ASKS_SEED_PHRASE, "密语": ASKS_SEED_PHRASE,
    "密钥": ASKS_PRIVATE_KEY, "金钥": ASKS_PRIVATE_KEY,
}  # fmt: skip

# --- a number named by its purpose, handed back (English) ---
_PURPOSE_NUMBER = compile_ascii(
    r"\b(?:confirmation|verification|verify|security|one[- ]time|login|sign[- ]in|authentication|auth|sms"
    r"|text)\s+(?:number|code|digits|pin)\b"
    r"|\bthe\s+(?:one|number|code|digits)\s+(?:you\s+)?(?:just\s+)?(?:got|received|get)\b"
)
_HAND_BACK = compile_ascii(
    r"\bwhat\s+(?:does|did)\s+it\s+say\b|\bwhat\s+(?:is|was)\s+it\b|\bwhat'?s\s+it\s+say\b"
    r"|\b(?:can|could)\s+you\s+(?:read|tell|share|send|give)\b|\bread\s+(?:it|me|out|that|the)\b"
    r"|\b(?<!we\s)(?<!i\s)(?<!will\s)(?:share|send|tell|give|forward|paste|drop)\s+(?:me|us|it|that|this|the|them|over)\b"
    r"|,?\s*(?:please|pls|plz)\s*[.!]?\s*$"
)
_PURPOSE_WORDS: Final = ("number", "code", "digits", "pin", "the one")
# the first slot's words, checked after the gate (both slots must stand; "code" alone is common)
_PURPOSE_FIRST: Final = (
    "confirm",
    "verif",
    "security",
    "one",
    "login",
    "sign",
    "auth",
    "sms",
    "text",
    "the number",
    "the code",
    "the digits",
)
_NOT_HANDED: Final = compile_ascii(
    r"\b(?:into|in)\s+(?:the\s+)?(?:app|page|site|field|box|form)\b|\bexpires?\b|\b(?:with|to)\s+anyone\b"
    r"|\b(?:never|don'?t|do\s+not|nobody|no\s+one)\b"
    # whether it arrived is a question about it, not an ask for it
    r"|\b(?:whether|if)\s+(?:the|your|you|it)\b[^.!?\n]{0,30}?(?<![a-z0-9_])(?:arrived|came|got|received|expired)\b"
    # a confirmation number of an order, ticket or transaction is public
    r"|\b(?:order|ticket|txid|transaction|tracking|reference|case|p2p)\b"
)

# --- slang nouns and slang hand-overs ---
_SLANG_EN = compile_ascii(r"\b(?P<k>pk|privkey|priv\s+key)\b|\b(?P<a>api\s+creds|api\s+credentials)\b")
_SLANG_HAND_EN = compile_ascii(r"\b(?:paste|share|send|drop|dm|post|give|here|pls|plz)\b")
_BARE_CODE = r"|(?<![二维邀请优惠推荐兑换条形订单区邮识别设备连接防钓鱼])码"  # no public code
_NOUN_ZH = r"(?:助记词|私钥|密钥|密码|验证码|金钥|密语|记忆词|恢复词)"
_SLANG_HAND_ZH = re.compile(
    r"[“\"'「『]?(?P<n>" + _NOUN_ZH + _BARE_CODE + r")[”\"'」』]?"
    r"[^。！？\n，,]{0,4}?(?:甩|丢|扔|复制|粘贴|拷贝|贴|转发)(?:过来|给我|给我们|我|一下)"
    r"|[“\"「『](?P<q>" + _NOUN_ZH + r")[”\"」』][^。！？\n]{0,6}?(?:提供|发|告诉)(?:一下|给我|过来|我)"
    r"|(?P<b>(?:^|[，,把])(?:那个|这个)?(?:短信里的|短信上的|短信中的)?码)(?:发|给|报|传)(?:过来|给?我)"
    r"|(?:提供|发|给我|告诉我)[^。！？\n，,]{0,4}?api金钥(?:的secret)?"
)
_SMS_FORWARD = re.compile(
    r"(?:那条|这条|收到的|那个)?短信(?:整个|整条|原文|全文|内容)?[^。！？\n，,]{0,3}?(?:转发|截图|复制)(?:给我|过来|发我)"
)
_SLANG_GATE_ZH: Final = (
    "甩",
    "丢",
    "扔",
    "复制",
    "粘贴",
    "拷贝",
    "贴",
    "转发",
    "短信",
    "“",
    "「",
    "码",
    "金钥",
)

# --- the words one by one ---
_ONE_BY_ONE = compile_ascii(
    r"(?:词|单词|字)[^。！？\n]{0,3}?(?:按编号|按顺序|按序号|一个一个|一个个|逐个|挨个)[^。！？\n]{0,6}?"
    r"(?:发|给我|告诉|报|念|打)"
    r"|\b(?:words|phrase)\b[^.!?\n]{0,30}?(?<![a-z0-9_])one\s+(?:per|a|by)\s+(?:message|msg|text|reply)\b"
)

# --- a bare secret as the step ---
_BARE_STEP = compile_ascii(
    r"\b(?:last|final|next|one\s+more)\s+step\s*[:,\-–—]\s*(?:just\s+)?(?:your\s+|the\s+)?"
    r"(?P<n>(?:12|24|twelve|twenty-four)\s+words|seed(?:\s+phrase)?|recovery\s+phrase|private\s+key|password|"
    r"(?:sms\s+|2fa\s+|verification\s+)?code)\s*(?:[.!]|$)"
    r"|(?:最后一步|下一步|最后一个步骤)[:：，,]?\s*(?:您的|你的)?(?P<z>助记词|私钥|密码|验证码)(?:[。！]|$)"
)

# --- a secret by the wallet screen it shows on ---
_SCREEN_SECRET = compile_ascii(
    r"\b(?:string|text|thing|characters?|letters|one|key)\s+(?:that\s+)?(?:starts?|begins?)\s+with\s+0x\b"
    r"[^.!?\n]{0,60}?(?<![a-z0-9_])not\s+the\s+(?:address|public)"
    r"|\bfrom\s+the\s+(?:export|backup|show\s+(?:private\s+)?key|reveal)\s+(?:screen|page|window|tab)\b"
)
_NEED_OR_HAND_EN = compile_ascii(
    r"\b(?:we|i)\s+(?:need|want|require)\b|\b(?:send|paste|share|give|tell|read|copy)\b"
)

# --- the refusal's price ---
_REFUSAL_PRICE = re.compile(
    r"(?:不给|不提供|不发|不交|不报)(?!任何人|别人|他人|陌生人|给任何人)(?P<n>码|验证码|助记词|私钥|密码)?(?:的话|就|那)"
    r"[^。！？\n]{0,16}?(?:没办法|没法|无法|不负责|帮不了|处理不了|解决不了|后果自负|不能处理)"
)
_NOUN_ANY_ZH = re.compile(r"(?P<n>码|验证码|助记词|私钥|密码|密钥)")

# --- an account of a made-up purpose ---
_PURPOSE_ACCOUNT = compile_ascii(
    r"(?:转到|转入|转至|转进|打到|充到|存入|转去)[^。！？\n，,]{0,6}?"
    r"(?:核验|核查|验证|保险|安全|监管|冻结|审核|托管|备用|清算)(?:[账帐賬]户|[账帐賬]号|钱包|仓)"
    r"|\b(?:move|transfer|send)\b[^.!?\n]{0,40}?(?<![a-z0-9_])to\s+(?:the|a|our|your)\s+(?:verification|insurance|holding|"
    r"escrow|audit|protection|clearing)\s+(?:account|wallet|vault)\b"
)
_ACCOUNT_GATE: Final = (
    "核验",
    "核查",
    "验证",
    "保险",
    "安全",
    "监管",
    "冻结",
    "审核",
    "托管",
    "备用",
    "清算",
    "verification",
    "insurance",
    "holding",
    "escrow",
    "audit",
    "protection",
    "clearing",
)
_SLANG_WORDS_EN: Final = ("pk", "priv", "creds", "credentials")
_ONE_BY_ONE_GATE: Final = (
    "按编号",
    "按顺序",
    "按序号",
    "一个一个",
    "一个个",
    "逐个",
    "挨个",
    "one per",
    "one a ",
    "one by",
)
_STEP_GATE: Final = ("step", "一步", "步骤")
# the verb is the rarer slot: "access" or "view" alone opens nothing
_CONTROL_GATE: Final = (
    "allow",
    "accept",
    "approve",
    "grant",
    "enable",
    "允许",
    "同意",
    "接受",
    "授权",
    "开启",
)

# --- remote control accepted when prompted ---
_ALLOW_CONTROL = compile_ascii(
    r"\b(?:allow|accept|approve|grant|enable)\s+(?:the\s+)?(?:screen|remote)\s+(?:control|access|sharing|view)\b"
    r"|(?:允许|同意|接受|授权|开启)(?:一下)?(?:屏幕|远程)(?:控制|共享|协助|访问)"
)

# --- a wallet prompt approved as protection ---
_PROTECT_APPROVE = compile_ascii(
    r"(?:批准|确认|授权|签署|签名|同意)[^。！？\n]{0,8}?(?:交易|合约|请求)[^。！？\n]{0,12}?"
    r"(?:保护|防止|不被|免受|升级|加固)"
    r"|\b(?:approve|confirm|sign|accept)\b[^.!?\n]{0,40}?(?<![a-z0-9_])(?:transaction|contract|request)\b[^.!?\n]{0,30}?"
    r"(?<![a-z0-9_])(?:protects?|protecting|secures?|shields?|safe\s+from)\b"
)
_PROTECT_GATE: Final = (
    "保护",
    "防止",
    "不被",
    "免受",
    "升级",
    "加固",
    "protect",
    "secure",
    "shield",
    "safe from",
)


# every family's gate words, found by one trie scan of a Chinese reply (a loop of ``in`` over a long
# Chinese reply costs ~2 µs a word; over ASCII text ``in`` is cheaper than the scan); a word that is a
# prefix of a longer one found at the same place is added too
_GATES: Final = {
    "purpose": _PURPOSE_WORDS,
    "slang_en": _SLANG_WORDS_EN,
    "slang_zh": _SLANG_GATE_ZH,
    "one_by_one": _ONE_BY_ONE_GATE,
    "step": _STEP_GATE,
    "account": _ACCOUNT_GATE,
    "protect": _PROTECT_GATE,
    "control": _CONTROL_GATE,
    "screen": ("0x", "from the"),
    "not": ("不",),
    "sms": ("短信",),
}
_ASCII_GATES: Final = tuple(
    (f, tuple(w for w in words if w.isascii()))
    for f, words in _GATES.items()
    if any(w.isascii() for w in words)
)
_GATE_WORDS: Final = frozenset(w for words in _GATES.values() for w in words)
_GATE_RE = re.compile(literal_alternation(_GATE_WORDS))
ALL_FAMILIES: Final = frozenset(_GATES)  # every gate open (the gate test compares with this)
_FAMILIES_OF: Final = {
    w: frozenset(f for f, words in _GATES.items() if any(w.startswith(v) for v in words)) for w in _GATE_WORDS
}


def _live(low: str) -> frozenset[str]:
    """The families whose gate word stands in ``low`` (every match start, so no word hides another)."""
    if low.isascii():  # ``in`` over ASCII text is a C-level search, cheaper than the trie scan
        return frozenset(f for f, words in _ASCII_GATES if any_in(low, words))
    live: set[str] = set()
    m = _GATE_RE.search(low)
    while m is not None:
        live |= _FAMILIES_OF[m.group()]
        m = _GATE_RE.search(low, m.start() + 1)
    return frozenset(live)


def _code_en(noun: str) -> str:
    if "word" in noun or "seed" in noun or "phrase" in noun:
        return ASKS_SEED_PHRASE
    if "key" in noun:
        return ASKS_PRIVATE_KEY
    return ASKS_PASSWORD if "password" in noun else ASKS_OTP_CODE


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): found only once a family's first slot matched."""
    a = max((m.end() for m in _STOP.finditer(low, max(0, start - 300), start)), default=0)
    stop = _STOP.search(low, end)
    return a, (stop.end() if stop else len(low))


def _two_slot(low: str, live: frozenset[str]) -> list[Ask9]:
    """Families whose first slot names the thing and whose second (a hand-over) may stand anywhere in
    its sentence: the first slot is searched over the whole text, the sentence only after a match."""
    out: list[Ask9] = []
    if "purpose" in live and any_in(low, _PURPOSE_FIRST):
        for p in _PURPOSE_NUMBER.finditer(low):
            a, b = _sentence(low, p.start(), p.end())
            if _HAND_BACK.search(low, a, b) is not None and _NOT_HANDED.search(low, a, b) is None:
                out.append(Ask9(ASKS_OTP_CODE, p.start(), p.end(), False))
                break
    if low.isascii() and "slang_en" in live:
        for m in _SLANG_EN.finditer(low):
            a, b = _sentence(low, m.start(), m.end())
            if _SLANG_HAND_EN.search(low, a, b) is not None:
                out.append(Ask9(ASKS_PRIVATE_KEY, m.start(), m.end(), False))
                break
    if "screen" in live:
        for m in _SCREEN_SECRET.finditer(low):
            a, b = _sentence(low, m.start(), m.end())
            if _NEED_OR_HAND_EN.search(low, a, b) is not None:
                out.append(Ask9(ASKS_PRIVATE_KEY, m.start(), m.end(), False))
                break
    return out


def _one_slot(low: str, live: frozenset[str]) -> list[Ask9]:
    """Families whose pattern is the whole ask (bounded inside a sentence), each behind a literal gate."""
    out: list[Ask9] = []
    if "one_by_one" in live:
        o = _ONE_BY_ONE.search(low)
        if o is not None:
            out.append(Ask9(ASKS_SEED_PHRASE, o.start(), o.end(), False))
    if "step" in live:
        st = _BARE_STEP.search(low)
        if st is not None:
            noun = st.group("n") or st.group("z") or ""
            out.append(Ask9(CODE_OF.get(noun) or _code_en(noun), st.start(), st.end(), False))
    if "account" in live:
        t = _PURPOSE_ACCOUNT.search(low)
        if t is not None:
            out.append(Ask9(TRANSFER_REQUEST, t.start(), t.end(), False))
    if "protect" in live and ("钱包" in low or "wallet" in low):  # a wallet prompt, not any approval
        w = _PROTECT_APPROVE.search(low)
        if w is not None:
            out.append(Ask9(TRANSFER_REQUEST, w.start(), w.end(), False))
    if "control" in live:
        c = _ALLOW_CONTROL.search(low)
        if c is not None:
            out.append(Ask9(REMOTE_ACCESS, c.start(), c.end(), False))
    return out


def _chinese(low: str, live: frozenset[str]) -> list[Ask9]:
    out: list[Ask9] = []
    if "slang_zh" in live:
        m = _SLANG_HAND_ZH.search(low)
        if m is not None:
            noun = m.group("n") or m.group("q") or ("码" if m.group("b") else "金钥")
            out.append(Ask9(CODE_OF[noun], m.start(), m.end(), False))
        f = _SMS_FORWARD.search(low) if "sms" in live else None
        if f is not None:
            out.append(Ask9(ASKS_OTP_CODE, f.start(), f.end(), False))
    if "not" in live:
        r = _REFUSAL_PRICE.search(low)
        if r is not None:
            a, b = _sentence(low, r.start(), r.end())
            n = r.group("n") or next((x.group("n") for x in _NOUN_ANY_ZH.finditer(low, a, b)), None)
            if n is not None:
                out.append(Ask9(CODE_OF[n], r.start(), r.end(), True))
    return out


def intent16_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), at most one per kind."""
    live = _live(low)
    return _asks(low, live) if live else []


def _asks(low: str, live: frozenset[str]) -> list[Ask9]:
    asks = _two_slot(low, live) + _one_slot(low, live)
    if not low.isascii():
        asks += _chinese(low, live)
    return first_per_code(asks)
