"""Issue 16, rounds 16 and 17 (guard16out, guard17out, session 12): asks r22-r25 let pass, read by family.

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

Round 17 (guard17out; merged here in round 18, as both rounds read a reply the same way: a literal
gate, then families each giving an ``Ask9``, the first of each code kept). Round 16's families were
phrases; r24/r25 missed them by one slot each, so round 17 reads an ask as *who must give what to
whom*, each slot widened on its own:

* **the hand-over** — to this chat ("type/paste here", 对话框里输, 贴在下面/打在这里), to us (发过来,
  念给我, 私信), to one of ours who calls (可以告诉他, "tell him");
* **what is handed over** — the digits a voice call reads out, the SMS itself (整条短信), a photo of the
  authenticator/recovery card (拍…照片发过来), a ``.env``/config file, a secret by pinyin or slang
  (mima, zhujici, mm), a secret "also needed" (也需要) or the one thing "still missing" (就差…码);
* **what is asked of the account** — funds to a sub-account or wallet "I created for you", to the
  manager's address, the same amount deposited again to verify; a wallet signature to claim; remote
  control opened (开一下远程) or a connection request accepted;
* **Cantonese/Traditional asks** after folding (密码是乜/咩).
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
_CODE_OF: Final = {
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
            out.append(Ask9(_CODE_OF.get(noun) or _code_en(noun), st.start(), st.end(), False))
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
            out.append(Ask9(_CODE_OF[noun], m.start(), m.end(), False))
        f = _SMS_FORWARD.search(low) if "sms" in live else None
        if f is not None:
            out.append(Ask9(ASKS_OTP_CODE, f.start(), f.end(), False))
    if "not" in live:
        r = _REFUSAL_PRICE.search(low)
        if r is not None:
            a, b = _sentence(low, r.start(), r.end())
            n = r.group("n") or next((x.group("n") for x in _NOUN_ANY_ZH.finditer(low, a, b)), None)
            if n is not None:
                out.append(Ask9(_CODE_OF[n], r.start(), r.end(), True))
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


# ==== round 17: asks r24 and r25 let pass, read as slots ====


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` as an ASCII word boundary (CJK is no word character here)."""
    return re.compile(pattern, re.ASCII)


_S = r"[^.!?\n]"  # inside an English sentence
_Z = r"[^。！？\n]"  # inside a Chinese sentence

# --- English ---
_GATE_EN: Final = (
    "here", "to me", "digits", ".env", "config", "photo", "picture", "pic ", "screenshot", "image",
    "code", "again", "same amount", "address", "'s wallet", "created for you", "made for you",
    "opened for you", "generated for you", "set up for you",
)  # fmt: skip
# the hand-over to this chat or to us, and what a call or message gives
_HAND_HERE = _ascii(
    r"\b(?:type|enter|paste|put|write|drop|send|tell|give|read|share)\b" + _S + r"{0,24}?"
    r"\b(?:here|below|in\s+(?:this|the)\s+chat|to\s+me|to\s+us|me|us)\b"
)
_CALL_DIGITS = _ascii(
    r"\b(?:digits|numbers?|code|pin)\b" + _S + r"{0,30}?"
    r"\b(?:reads?\s+out|it\s+(?:says|reads|speaks)|you\s+(?:hear|receive|get)\s+(?:on|during|in)\s+the\s+call)"
)
_CONFIG = _ascii(
    r"\b(?:paste|send|share|upload|give|drop|copy|forward|attach)\b" + _S + r"{0,25}?"
    r"(?:\.env\b|\benv\s+file\b|\bconfig(?:uration)?(?:\.(?:json|ya?ml|toml|ini)|\s+(?:file|json|yaml))\b"
    r"|\bkeystore\b|\bcredentials\s+file\b)"
)
_PHOTO = _ascii(
    r"\b(?:photo|picture|pic|screenshot|image|snap)\b" + _S + r"{0,40}?"
    r"\b(?P<n>authenticator|2fa|seed|recovery|backup\s+(?:card|phrase|codes?)|private\s+key|passwords?)\b"
    # the page a secret is typed or reset on is no secret ("the password reset page")
    r"(?!\s+(?:reset|page|screen|settings|field|change|error|rules|policy|manager|strength))"
)
_PHOTO_GIVE = _ascii(r"\b(?:send|take|upload|share|attach|post|forward)\b")
_HIDE = _ascii(
    r"\b(?:cover|hide|blur|mask|black\s+out|crop|redact|without|remove|except)\b|\bmake\s+sure\b|\bnot\b|n't\b"
)
_SEND_CODE = _ascii(
    r"^\W*(?:please\s+|pls\s+|plz\s+|kindly\s+|now\s+)?(?:send|give|tell)\s+(?:me\s+|us\s+)?"
    r"(?:the|that|ur|your)\s+(?:code|otp|pin)\b(?!\s+(?:to|again|via|by)\b)"
)
_URGENT = _ascii(r"\b(?:pls|plz|please|expires?|fast|quick(?:ly)?|asap|hurry|now)\b")
_AGAIN_DEPOSIT = _ascii(
    r"\b(?:deposit|send|transfer|pay)\b"
    + _S
    + r"{0,30}?\b(?:same\s+amount|again|another)\b"
    + _S
    + r"{0,40}?"
    r"\b(?:verify|verification|confirm|unlock|activate|validate)"
)
_MANAGER_ADDRESS = _ascii(
    r"\b(?:deposit|transfer|send|payment|pay)\b" + _S + r"{0,40}?\bto\s+(?:the\s+|my\s+|our\s+|your\s+)?"
    r"(?:account\s+manager|manager|agent|specialist|officer|advisor|adviser)'?s?\s+(?:address|wallet)"
)
_CREATED_FOR_YOU = _ascii(
    r"\b(?:transfer|move|send|deposit)\b"
    + _S
    + r"{0,40}?\b(?:sub-?account|account|wallet|address)\b"
    + _S
    + r"{0,50}?\b(?:i|we)(?:\s+have|'ve)?\s+(?:just\s+)?"
    + r"(?:created|made|opened|set\s+up|generated)\s+for\s+you"
)


def _en_code(noun: str) -> str:
    if noun.startswith(("seed", "recovery", "backup card", "backup phrase")):
        return ASKS_SEED_PHRASE
    if noun.startswith("private"):
        return ASKS_PRIVATE_KEY
    if noun.startswith("password"):
        return ASKS_PASSWORD
    return ASKS_OTP_CODE


_STOPS = re.compile(r"[.!?]+(?=\s|$)|[。！？\n]+")


def sentence_spans(low: str) -> list[tuple[int, int]]:
    """Sentence spans; a dot inside a word (".env", "v1.2") ends none."""
    out: list[tuple[int, int]] = []
    a = 0
    for m in _STOPS.finditer(low):
        out.append((a, m.end()))
        a = m.end()
    if a < len(low):
        out.append((a, len(low)))
    return out


def _english(low: str) -> list[Ask9]:
    out: list[Ask9] = []
    for a, b in sentence_spans(low):
        h = _HAND_HERE.search(low, a, b)
        if h is not None and _CALL_DIGITS.search(low, a, b) is not None:
            out.append(Ask9(ASKS_OTP_CODE, h.start(), h.end(), False))
        c = _CONFIG.search(low, a, b)
        if c is not None:
            out.append(Ask9(ASKS_PRIVATE_KEY, c.start(), c.end(), False))
        p = _PHOTO.search(low, a, b)
        if p is not None and _PHOTO_GIVE.search(low, a, b) is not None and _HIDE.search(low, a, b) is None:
            out.append(Ask9(_en_code(p.group("n")), p.start(), p.end(), False))
        s = _SEND_CODE.search(low[a:b])
        if s is not None and _URGENT.search(low, a, b) is not None:
            out.append(Ask9(ASKS_OTP_CODE, a + s.start(), a + s.end(), False))
        for rx in (_AGAIN_DEPOSIT, _MANAGER_ADDRESS, _CREATED_FOR_YOU):
            t = rx.search(low, a, b)
            if t is not None:
                out.append(Ask9(TRANSFER_REQUEST, t.start(), t.end(), False))
                break
    return out


# --- Chinese (folded: Traditional and Cantonese read as Simplified where ``fold`` maps them) ---
_NOUN17_ZH = r"(?P<n>助记词|私钥|密码|验证码|短信验证码|口令)"
_GATE_PINYIN: Final = ("zhujici", "mima", "siyao", "yanzhengma")
_GATE_ZH: Final = (
    "zhujici", "mima", "siyao", "yanzhengma", "mm", "请", "乜", "咩", "系", "远程", "连接请求", "再", "钱包",
    "需要", "念", "读给", "报给", "差", "为您", "为你", "给您", "可以", "拍", "对话框",
    "聊天框", "表单",
    "短信",
)  # fmt: skip
_PINYIN = _ascii(
    r"(?<![a-z])(?P<n>zhujici|mima|siyao|yanzhengma)\s*(?:fa|gei|da|chuan)(?![a-z])"
    r"|(?<![a-z])(?:fa|gei)\s*(?:wo\s*)?(?:yi\s*xia\s*)?(?P<m>zhujici|mima|siyao|yanzhengma)(?![a-z])"
    r"|发(?:下|一下|个|来|过来)?\s*(?P<s>mm)(?![a-z])"
)
_ASK_NOUN_ZH = re.compile(
    r"请(?:您|你)?(?:直接|马上|现在)?(?:发|提供|给我|告诉我|发给我|发我|报)(?:一下|下)?(?:您的|你的)?"
    + _NOUN17_ZH
)
_WARN_ZH = re.compile(r"骗子|有人|冒充|如果|若|假如|自称|诈骗")
# Cantonese "what is" (fold reads 咩 as 啥 and 係 as 是, but leaves the Simplified 系)
_WHAT_IS_ZH = re.compile(_NOUN17_ZH + r"(?:(?:是|系)(?:乜|咩|乜嘢|咩嚟|几多)|系(?:啥|什么|多少))")
_REMOTE_ZH = re.compile(
    r"开(?:一下|下|个)?远程|(?:同意|接受|允许|点同意)(?:一下)?(?:连接|远程|控制)(?:请求)?"
)
_AGAIN_ZH = re.compile(r"再(?:充值|转|充|打|存)(?:入)?" + _Z + r"{0,15}(?:验证|核实|激活|解冻|确认)")
_SIGN_ZH = re.compile(r"(?:用|在|于)钱包(?:里|中|内)?(?:签名|签署|签一下|授权)")
_SIGN_WHY_ZH = re.compile(r"领取|赔付|补偿|空投|验证|核实|所有权")
_ALSO_NEED_ZH = re.compile(
    r"(?:您|你)的?" + _Z + r"{0,6}?" + _NOUN17_ZH + r"(?:也|还)(?:需要|要提供|得提供|得给)"
)
_READ_TO_ME_ZH = re.compile(
    r"把(?:那个|这个|收到的)?(?P<n>码|验证码|数字|密码)(?:念|读|报|说)(?:一下)?给我|(?:念|读|报)给我(?:听)?"
    + _Z
    + r"{0,6}(?P<m>码|验证码|数字)"
)
_MISSING_ZH = re.compile(r"(?:就差|只差|还差)" + _Z + r"{0,10}?(?P<n>验证码|密码|助记词|私钥|码)")
_OURS_FOR_YOU_ZH = re.compile(
    r"(?:划转|转|转移|充)(?:到|入|至)?"
    + _Z
    + r"{0,10}(?:我|我们)(?:为|给)(?:您|你)(?:新)?(?:建|开|创建|开通|生成)的"
    + _Z
    + r"{0,4}(?:子账户|账户|钱包|地址)"
)
_TELL_OURS_ZH = re.compile(
    r"(?P<n>验证码|密码|码)(?<!不)(?:可以|能|就)(?:直接)?(?:告诉|给|报给|念给|发给)(?:他|她|专员|同事|对方)"
)
_PHOTO_ZH = re.compile(
    r"拍"
    + _Z
    + r"{0,20}?(?P<n>验证器|验证码|助记词|私钥|密码|恢复)"
    + _Z
    + r"{0,15}?(?:发过来|发给我|发我|传过来|发上来|发一下)"
)
_CHAT_BOX_ZH = re.compile(
    r"(?:对话框|聊天框|聊天窗口|这里|这边|下面|表单|表格)(?:里|中|内)?(?:输|输入|打|填写|填|贴)"
    + _Z
    + r"{0,12}?"
    + _NOUN17_ZH
)
_SMS_ZH = re.compile(r"(?:整条|完整的?|那条|刚收到的)" + _Z + r"{0,8}短信" + _Z + r"{0,12}?转发给(?:我|我们)")


def _chinese17(low: str) -> list[Ask9]:
    out: list[Ask9] = []
    for a, b in sentence_spans(low):
        s = low[a:b]
        m = _PINYIN.search(s)
        if m is not None:
            out.append(
                Ask9(_CODE_OF[m.group("n") or m.group("m") or "mm"], a + m.start(), a + m.end(), False)
            )
        m = _ASK_NOUN_ZH.search(s)
        if m is not None:
            out.append(Ask9(_CODE_OF[m.group("n")], a + m.start(), a + m.end(), _WARN_ZH.search(s) is None))
        for rx in (_WHAT_IS_ZH, _ALSO_NEED_ZH, _TELL_OURS_ZH, _PHOTO_ZH, _CHAT_BOX_ZH):
            m = rx.search(s)
            if m is not None:
                out.append(Ask9(_CODE_OF[m.group("n")], a + m.start(), a + m.end(), False))
        m = _READ_TO_ME_ZH.search(s)
        if m is not None:
            out.append(Ask9(_CODE_OF[m.group("n") or m.group("m")], a + m.start(), a + m.end(), False))
        m = _MISSING_ZH.search(s)
        if m is not None and _WARN_ZH.search(s) is None:
            out.append(Ask9(_CODE_OF[m.group("n")], a + m.start(), a + m.end(), True))
        for rx, code in (
            (_SMS_ZH, ASKS_OTP_CODE),
            (_REMOTE_ZH, REMOTE_ACCESS),
            (_AGAIN_ZH, TRANSFER_REQUEST),
        ):
            m = rx.search(s)
            if m is not None:
                out.append(Ask9(code, a + m.start(), a + m.end(), False))
        m = _OURS_FOR_YOU_ZH.search(s)
        if m is None and _SIGN_WHY_ZH.search(s) is not None:
            m = _SIGN_ZH.search(s)
        if m is not None:
            out.append(Ask9(TRANSFER_REQUEST, a + m.start(), a + m.end(), False))
    return out


# speed: one trie scan of a Chinese reply (``in`` per word costs ~1 µs per 1,000 characters and word)
_GATE_ANY = re.compile(literal_alternation(_GATE_EN + _GATE_ZH))


def intent17_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), at most one per kind."""
    asks: list[Ask9] = []
    if low.isascii():
        if any_in(low, _GATE_EN):
            asks += _english(low)
    elif _GATE_ANY.search(low) is not None:
        asks += _english(low) + _chinese17(low)
    if low.isascii() and any_in(low, _GATE_PINYIN):  # a Chinese ask typed in pinyin is all ASCII
        m = _PINYIN.search(low)
        if m is not None:
            asks.append(Ask9(_CODE_OF[m.group("n") or m.group("m") or "mm"], m.start(), m.end(), False))
    return first_per_code(asks)
