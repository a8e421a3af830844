"""Round 15: r21's Chinese asks by family, read in slots like round 14 (``outbound_intent14``).

r21 (a blind batch) found 16 Chinese asks passing neither refused nor held. Each family below is a
slot round 14 lacked — a word class, not a phrase — read as who must give what to whom:

* **a part of a secret** — a secret + a part of it (前/后/最后 N 位/个, 一半, 前半段; "the last four
  characters of") + a hand-over (发, 告诉, 报, send, tell). Part of a seed or a password is still it;
* **we need it** — one of ours (我, 我们, 我这边, 同事, 老师, 技术部门, 分析师) needs the customer's
  secret (需要您的…, or the secret first: "…的密码我都需要");
* **a pinyin noun** — mima, zhujici, yanzhengma, siyao, miyao + a hand-over to us or "多少";
* **a code by where it shows** — a number or "thing" named by where it appears (手机上显示的, 邮箱里
  那个验证的东西, 语音播报的, 收到的 after 重新发送/重新获取), or by its count (那6个数字), or any
  "…码" that is no public code (取消码) + a hand-over to us (发我, 告诉我们的专员, 念给我, 是多少);
* **a wallet we make** — one of ours creates a wallet or address for the customer + funds moved to it.

Threats with an ask in them ("不马上核验密码，资金会被没收", "今天不提供助记词，资产将全部丢失") are
round 14's ``coercion`` slots, grown by a word class there (a refusal to give as the condition, 丢失 as
the harm).

Safe kinds cleared (``clears15``), each refused in r21: **a prohibition after the noun** (Chinese
puts it last: "谷歌验证器的截图也不要发给任何人", "陌生人发的地址请不要转") with no hand-over to us left
standing; **someone else's ask with a caution** ("不认识的网站让您签名或授权要小心").
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
    TRANSFER_REQUEST,
)

_SECRET_ZH = r"(?P<s>密码|私钥|助记词|恢复词|验证码|动态码|api密钥|密钥|api)"
_HAND_ZH = (
    r"(?:发给?(?:我|我们)|发过来|发来|发一下|发下|给我|告诉(?:我|我们)|报给?(?:我|我们)|报一下|念给?(?:我|我们)"
    r"|念一下|是多少|多少|发出来|打出来|说一下|讲一下)"
)
_HAND_ZH_RE = re.compile(_HAND_ZH)
_NEGATED_BEFORE = re.compile(r"(?:不|别|勿|无需|不用|不必|没|从不|永远不|千万不)[^。！？\n，,]{0,3}$")
_REFUSE = compile_ascii(
    r"\b(?:never|don'?t|do\s+not|not|no\s+one|nobody|scam\w*|fraud\w*|fake)\b"
    r"|不要|别|切勿|请勿|勿|骗|诈|(?<!防)钓鱼|假|不用|无需|不必|不会|不需要|从不|从来不|千万|破解|泄露"
)
_OTHER_ASKER = re.compile(
    r"(?:陌生|不认识|对方|别人|他人|骗子|有人|任何人|不明|第三方|所谓|可疑|钓鱼|自称)[^。！？\n，,]{0,10}?"
    r"(?:让|要|叫|要求|诱导|请)(?:您|你)"
    r"|(?:如果|若|假如|万一|要是|一旦)[^。！？\n，,]{0,12}?(?:让|要|叫|诱导|要求|索要|索取)"
)

# --- a part of a secret ---
_PART_ZH = re.compile(
    r"(?:前|后|最后|末)(?:[一二三四五六七八九十两\d]{1,2})(?:位|个|段|字|词)|一半|前半|后半|半段|几位"
)
_SECRET_ZH_RE = re.compile(_SECRET_ZH)
_PART_HAND_ZH = re.compile(r"发|告诉|报|念|给我|输给|打给")
_PART_EN = compile_ascii(
    r"\b(?:first|last|final|half)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)?\s*"
    r"(?:characters?|digits?|letters?|words?|numbers?|chars?|of)\s+(?:of\s+)?(?:your|the)\s+(?:[a-z]+\s+)?"
    r"(?P<s>password|passcode|seed|phrase|recovery\s+phrase|private\s+key|key|code|otp|pin)\b"
)
_HAND_EN = compile_ascii(
    r"\b(?:send|tell|give|share|type|read|paste|post|drop)\b|\b(?:is|are)\s+enough\b|\bwill\s+do\b|\bfor\s+now\b"
)
# "just the first six words for now": the words alone name the seed
_PART_WORDS_EN = compile_ascii(
    r"\b(?:first|last|final)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+words\b"
)
# --- what arrives, handed over: "tap resend and tell me what you get" ---
_PRODUCT_EN = compile_ascii(r"\b(?:in|into)\s+(?:the|our|your)\s+(?:app|page|site|form|field|box)\b")
_AGAIN_EN = compile_ascii(
    r"\b(?:resend|re-send|send\s+(?:it\s+)?again|again|new\s+code|another\s+code|sms|text|e-?mail|code|otp)\b"
)
_WHAT_ARRIVES_EN = compile_ascii(
    r"\b(?:tell|send|forward|paste|give|read|type|drop|post)\s+(?:it\s+)?(?:me|us|here|back)\s+(?:\w+\s+)?"
    r"(?:what|whatever|everything)\s+(?:you\s+)?(?:get|got|receive|received|arrives?|comes?)\b"
)

# --- we need it ---
_OURS_ZH = r"(?:我|我们|我这边|我方|同事|专员|老师|带单老师|分析师|技术部门|技术|客服|系统|后台)"
_NEED_ZH = re.compile(
    _OURS_ZH
    + r"[^。！？\n，,]{0,6}?(?<![不没])(?:需要|得要|要用|要)(?:一下)?(?:您|你)的?[^。！？\n，,]{0,8}?"
    + _SECRET_ZH
    + r"|"
    + _SECRET_ZH.replace("?P<s>", "?P<s2>")
    + r"[^。！？\n，,]{0,12}?(?:我|我们|我这边|我方)(?:都|也|还|得|必须)?"
    + r"(?<![不没])(?:需要|得要|要)(?:一下|用)?"
)

# --- a pinyin noun ---
_PINYIN = compile_ascii(r"(?<![a-z])(?P<p>mima|zhujici|zhujici|yanzhengma|siyao|miyao)(?![a-z])")

# --- a code by where it shows ---
_WHERE_CODE = re.compile(
    r"(?:手机|app|邮箱|邮件|短信|电话|语音|屏幕|验证器)[^。！？\n，,]{0,8}?(?:显示|收到|来|念|播报|验证|确认|弹出)"
    r"[^。！？\n，,]{0,4}?的[^。！？\n，,]{0,6}?(?:数字|几位数|东西|码|那串|号码)"
    r"|(?:重新发送|重新获取|再发一次|重发)[^。！？]{0,16}?收到的"
    r"|那?(?:[一二三四五六七八两\d])(?:个|位)(?:数字|数|码)"
    # a code named by what it does when it arrives (no coupon, invite or QR code is such)
    r"|(?:取消|确认|校验|认证|授权|安全|解锁|退订|撤销|注销|核验|登录|提现|语音|短信|邮件|邮箱)码"
)
_NOT_THE_CODE = re.compile(r"(?:一声|是否|有没有|结果|成功|能否|能不能|一下结果)")
_INTO_PRODUCT = re.compile(
    r"(?:app|页面|网页|官网|验证器)[^。！？\n，,]{0,4}?(?:里|上|中)?(?:输入|填)|在[^。！？\n，,]{0,8}?(?:输入|填写)"
)
# round 16: an error code is public (r22 zh: "屏幕上显示的错误码是多少", passed only because a gate hid it)
_PUBLIC = re.compile(r"txid|哈希|订单|地址|单号|交易号|hash|工单|uid|手机号|区号|错误码|错误代码|报错码|报错")

# --- a wallet we make ---
_WE_MAKE = re.compile(
    _OURS_ZH
    + r"[^。！？\n，,]{0,6}?(?:帮您|给您|为您|替您|帮你|给你)?(?:新)?(?:建|开|生成|创建|弄|做|准备)(?:了)?"
    r"(?:个|一个|一下)?[^。！？\n，,]{0,6}?(?:钱包|地址|账户)"
)
_MOVE_THERE = re.compile(r"(?:转|充|打|存|移)(?:过去|进去|到那|进|入|到这|到里面)")


def _code_of(word: str) -> str:
    if word in ("私钥", "密钥", "api密钥", "api", "siyao", "miyao") or "key" in word:
        return ASKS_PRIVATE_KEY
    if word in ("密码", "mima") or "pass" in word or word == "pin":
        return ASKS_PASSWORD
    if word in ("验证码", "动态码", "yanzhengma", "code", "otp"):
        return ASKS_OTP_CODE
    return ASKS_SEED_PHRASE


# Speed: each family's first slot is looked for over the whole text (one C-level scan, after a literal
# gate); only the sentences holding one are read further. Most replies open none.
_GATE_EN: Final = ("first", "last", "final", "half")
_GATES_ZH: Final[dict[str, tuple[str, ...]]] = {
    "secret": ("密码", "私钥", "助记词", "恢复词", "验证码", "动态码", "密钥", "api"),
    "pinyin": ("mima", "zhujici", "yanzhengma", "siyao", "miyao"),
    # every match of ``_WHERE_CODE`` holds one (a trie finds "码" only outside 密码, 验证码 …)
    "where": (
        "数字",
        "位数",
        "个数",
        "东西",
        "收到",
        "的码",
        "个码",
        "位码",
        "那串",
        "号码",
        "取消码",
        "确认码",
        "校验码",
        "认证码",
        "授权码",
        "安全码",
        "解锁码",
        "退订码",
        "撤销码",
        "注销码",
        "核验码",
        "登录码",
        "提现码",
        "语音码",
        "短信码",
        "邮件码",
        "邮箱码",
    ),
    "make": ("钱包", "地址", "账户"),
}
# the families' other slots, checked with ``in`` before a scan (short replies: cheaper than a regex)
_SECOND_ZH: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "secret": (("前", "后", "末", "半", "几位", "要"),),
    "make": (("建", "开", "生成", "创建", "弄", "做", "准备"), ("转", "充", "打", "存", "移")),
}
_FIRST_ZH: Final = {"secret": _SECRET_ZH_RE, "pinyin": _PINYIN, "where": _WHERE_CODE, "make": _WE_MAKE}
_GATE_ARRIVES: Final = ("get", "got", "receiv", "arriv", "come")
_FAMILY_OF: Final = (
    {w: f for f, gate in _GATES_ZH.items() for w in gate}
    | {w: "en" for w in _GATE_EN}
    | {w: "arrives" for w in _GATE_ARRIVES}
)
# one literal scan (a trie) for every gate word: a loop of ``in`` over CJK text costs ~2 µs a word
_GATE_WORDS_ZH: Final = re.compile(literal_alternation(sorted(_FAMILY_OF, key=len, reverse=True)))


def _first_slots(low: str, zh: bool) -> tuple[list[int], frozenset[str]]:
    """Where a family's first slot is, over the whole text, and the families whose gate is open."""
    if zh:
        live = frozenset(_FAMILY_OF[w] for w in _GATE_WORDS_ZH.findall(low))
    else:
        live = frozenset(f for f, gate in (("en", _GATE_EN), ("arrives", _GATE_ARRIVES)) if any_in(low, gate))
    hits: list[int] = []
    if "en" in live:
        hits += (m.start() for m in _PART_EN.finditer(low))
        hits += (m.start() for m in _PART_WORDS_EN.finditer(low))
    if "arrives" in live:
        hits += (m.start() for m in _WHAT_ARRIVES_EN.finditer(low))
    for family in live - {"en", "arrives"}:
        if not all(any_in(low, group) for group in _SECOND_ZH.get(family, ())):
            continue
        hits += (m.start() for m in _FIRST_ZH[family].finditer(low))
    return hits, live


def intent15_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased), at most one per kind; the caller drops
    those under a negation or warning of their sentence."""
    zh = not low.isascii()
    hits, live = _first_slots(low, zh)
    if not hits:
        return []
    asks: list[Ask9] = []
    done: set[int] = set()
    for pos in sorted(hits):
        a = max(low.rfind(c, 0, pos) for c in ".!?。！？\n") + 1
        if a in done:
            continue
        done.add(a)
        stop = _STOP.search(low, pos)
        b = stop.end() if stop else len(low)
        in_sentence = _sentence(low, a, b, zh, live)  # the specific slots first: most sentences fill none
        if not in_sentence or _REFUSE.search(low, a, b) is not None:
            continue
        if zh and _OTHER_ASKER.search(low, a, b) is not None:
            continue
        asks += in_sentence
    return first_per_code(asks)


def _sentence(low: str, a: int, b: int, zh: bool, live: frozenset[str]) -> list[Ask9]:
    out: list[Ask9] = []
    # a part of a secret, handed over
    p = _PART_EN.search(low, a, b) if "en" in live else None
    if p is not None and _HAND_EN.search(low, a, b) is not None and "public" not in p.group():
        out.append(Ask9(_code_of(p.group("s")), p.start(), p.end(), False))
    elif "en" in live:
        p = _PART_WORDS_EN.search(low, a, b)
        if p is not None and _HAND_EN.search(low, a, b) is not None:
            out.append(Ask9(ASKS_SEED_PHRASE, p.start(), p.end(), False))
    w = _WHAT_ARRIVES_EN.search(low, a, b) if "arrives" in live else None
    if (
        w is not None
        and _AGAIN_EN.search(low, a, b) is not None
        and _PRODUCT_EN.search(low, w.end(), b) is None
    ):
        out.append(Ask9(ASKS_OTP_CODE, w.start(), w.end(), False))
    if not zh:
        return out
    sec = _SECRET_ZH_RE.search(low, a, b) if "secret" in live else None
    if sec is not None and _PART_ZH.search(low, a, b) is not None:
        hand = _PART_HAND_ZH.search(low, a, b)
        if hand is not None:
            lo, hi = min(sec.start(), hand.start()), max(sec.end(), hand.end())
            out.append(Ask9(_code_of(sec.group("s")), lo, hi, False))
    # we need it
    n = _NEED_ZH.search(low, a, b) if sec is not None else None
    if n is not None:
        out.append(Ask9(_code_of(n.group("s") or n.group("s2") or ""), n.start(), n.end(), False))
    # a pinyin noun, handed over
    py = _PINYIN.search(low, a, b) if "pinyin" in live else None
    if py is not None and _HAND_ZH_RE.search(low, py.end(), b) is not None:
        out.append(Ask9(_code_of(py.group("p")), py.start(), py.end(), False))
    # a code by where it shows, handed over
    w = _WHERE_CODE.search(low, a, b) if "where" in live else None
    if w is not None and _PUBLIC.search(low, a, b) is None:
        hand = _HAND_ZH_RE.search(low, w.end(), b)
        if (
            hand is not None
            and _NEGATED_BEFORE.search(low, a, hand.start()) is None
            and _NOT_THE_CODE.match(low, hand.end()) is None  # "告诉我是否成功": the outcome, not the code
            and _INTO_PRODUCT.search(low, a, b) is None  # "在App里输入…的6位数": typed into the product
        ):
            out.append(Ask9(ASKS_OTP_CODE, w.start(), hand.end(), False))
    # a wallet we make, funds moved to it
    mk = _WE_MAKE.search(low, a, b) if "make" in live else None
    if mk is not None and _MOVE_THERE.search(low, mk.end(), b) is not None and "自己" not in low[a:b]:
        out.append(Ask9(TRANSFER_REQUEST, mk.start(), mk.end(), False))
    return out


# --- safe kinds cleared ---
_PROHIBIT_ZH = re.compile(
    r"(?:不要|别|请勿|切勿|勿|千万不要|千万别|不能|不可以|不得|不应)(?:再|也|随便|轻易|给|把)?"
    r"(?:发|转|给|告诉|透露|提供|截图|分享|签|授权|点|打|交)"
)
_HAND_TO_US = re.compile(
    r"发给?我|给我|告诉我|发过来|报给?我|念给?我|转给我|转到我|这个地址|该地址|下面的地址|我们的地址|念一下|报一下"
)
_CAUTION = re.compile(r"小心|当心|警惕|谨慎|注意|风险|危险|可能|拒绝|不要|别|骗")
_CLEARED: Final = frozenset(
    {ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY, ASKS_PASSWORD, ASKS_OTP_CODE, TRANSFER_REQUEST}
)
_STOP = re.compile(r"[.!?。！？\n]")


def clears15(low: str, code: str, start: int, end: int) -> bool:
    """Is the ask ``code`` at [start, end) advice naming the danger: a prohibition after its noun
    (Chinese order: "…的截图也不要发给任何人") with no hand-over to us standing, or someone else's ask
    with a caution ("不认识的网站让您签名…要小心")?"""
    if code not in _CLEARED or low.isascii():
        return False
    a = max(low.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    stop = _STOP.search(low, end)
    b = stop.start() if stop else len(low)
    prohibit = _PROHIBIT_ZH.search(low, start, b) is not None
    asker = None if prohibit else _OTHER_ASKER.search(low, a, start + 2)
    if not prohibit and asker is None:
        return False  # most verdicts: neither second half, so no hand-over scan
    for hand in _HAND_TO_US.finditer(low, a, b):
        if _NEGATED_BEFORE.search(low, a, hand.start()) is None:
            return False  # "验证码发我，不要告诉别人": the hand-over stands
    if prohibit:
        return True
    return asker is not None and _CAUTION.search(low, asker.end(), b) is not None
