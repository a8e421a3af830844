"""Asks blind batch r18 showed passing (round 12), and one kind of safe ask it showed refused.

Each rule is one kind of "who must give what to whom", in both languages, not a phrase:

* **a code spoken on our call**: "when I ring, say the digits you get by SMS out loud", 电话里把收到的
  数字念出来 — whatever arrives on the customer's phone, read aloud to the caller, is the code;
* **a signature that "only proves" something**: "sign the transaction, it only proves ownership, no
  funds move", 签一下这笔交易，只是验证所有权，不会动资金 — a wallet signature asked for with a pretext
  that it is harmless (proves, verifies, moves nothing) is the drainer's script: ownership is never
  proved to support by signing a transaction;
* **what arrives, handed over when it arrives**: "the SMS is on its way; once you get it, paste it
  here", 短信马上到，收到后贴在这里 — a message or code announced, then "when you receive it" and a
  hand-back to this chat or to us (typing it into the app passes);
* **the backup words enumerated for us**: "list the backup words in order", "go through them one by
  one", 按顺序列出备份单词, 一个词一个词念给我, "what is written on your backup card?" — asking for
  the words in sequence, or for what the backup paper says, is asking for the seed (writing them on
  paper in order and keeping them offline is advice, and passes);
* **a safe-sounding shape to send it in**: "send the phrase without spaces, then it's encrypted",
  助记词不用加空格直接发, 分两条发 — a form of sending (no spaces, split, reversed) told as what makes it
  safe is still the sending ("不要拆开发给任何人" is a prohibition and passes);
* **a threat for not verifying the secret**: "if you don't verify your recovery phrase today, your
  assets will be lost", 今天不验证助记词，资产将永久丢失 — a harm tied to not handing over the secret;
* **software we send, given the phone's control**: install the file or app *we* send, turn on
  accessibility / USB debugging / unknown sources for it, 安装我发的文件, 允许无障碍权限 — the screen
  reader's permission lets an app read and tap everything, which is remote control;
* **the seed by a slang or variant noun**: 密语, 记忆词, 种子词, 备份词, 密語 (Traditional, folded) asked
  for with a short verb (发一下, 给我) — the same ask as 助记词.

And a safe kind r18 showed refused (``public_part``): **part of a public identifier** — "the last 6
digits of the TXID", "the first 4 characters of your deposit address", 交易哈希的后6位 — a TXID,
an address, an order number or a UID is not a secret, so neither is a piece of it: a code or
hand-back verdict whose digits are those of such an identifier is dropped.

Each ask is cancelled, as round 9's to 11's are, by a negation or warning before it in its sentence
(the caller's sentence reading) and by a refusal inside the match. The genuine replies each must not
stop are in ``tests/guard/test_round12_outbound.py``.
"""

from __future__ import annotations

import re
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_asks10 import search_near
from .textutil import AsciiFirst, any_in, compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
)

_END_EN = r"[^.!?;\n]"
_END_ZH = r"[^。！？\n]"
_SEED_ZH = r"(?:助记词|恢复词|备份词|备份单词|单词|记忆词|种子词|密语|恢复短语|私钥)"
_SEED_EN = (
    r"(?:(?:backup|recovery|seed|secret|wallet|mnemonic|restore)\s+(?:words|phrase)|seed|mnemonic|private\s+key"
    r"|(?:12|24|twelve|twenty-four)\s+words|words|phrase)"
)
_Rule = tuple[str, tuple[str, ...], re.Pattern[str]]
_RULES: Final[tuple[_Rule, ...]] = (
    # 0: a code spoken on our call
    (
        ASKS_OTP_CODE,
        ("loud", "aloud", "call", "ring", "phone", "电话", "通话", "来电", "念出", "读出", "报出", "说出"),
        compile_ascii(
            r"\b(?:say|read|recite|speak|call)\s+(?:out\s+|back\s+)?(?:the|those|these|any|whatever|your)\s+"
            r"(?:[a-z0-9-]+\s+){0,2}?(?:digits|numbers|code|codes|otp)\b"
            + _END_EN
            + r"{0,50}?(?:\b)(?:out\s+loud|aloud|over\s+the\s+phone|on\s+the\s+(?:call|phone)"
            r"|to\s+(?:me|us|him|her|them|the\s+caller"
            r"|the\s+agent))\b"
            r"|\b(?:call|ring|phone)\b"
            + r"[^.!?\n]"  # "our officer will call; recite the digits…": across a semicolon
            + r"{0,50}?(?:\b)(?:say|read|recite|speak)\s+(?:out\s+)?"
            r"(?:the|those|these|any|whatever)\s+(?:[a-z0-9-]+\s+){0,2}?(?:digits|numbers|code|codes|otp)\s+"
            r"(?:you\s+(?:get|got|receive|received|see)|that\s+(?:arrive|arrives|come|comes|show|shows|appear|appears))"
            r"|(?:电话|通话|来电)" + _END_ZH + r"{0,16}?(?:把|将)?(?:收到|手机上|短信里|短信上)的?(?:短信)?"
            r"(?:验证码|数字|号码|那串数字|代码|码)(?:直接)?(?:念|读|报|说)(?:出来|一下|一遍|给我|给客服)"
        ),
    ),
    # 1: a signature that "only proves" something
    (
        TRANSFER_REQUEST,
        ("transaction", "tx", "交易", "签"),
        compile_ascii(
            # "confirm the transaction" is also what support asks of a withdrawal in the app: only in a wallet
            r"(?:\b(?:sign|approve)\s+(?:the|this|that|a|our)\s+(?:[a-z-]+\s+)?(?:transaction|tx)\b"
            r"|\b(?:confirm|accept)\s+(?:the|this|that|a|our)\s+(?:[a-z-]+\s+)?(?:transaction|tx)\s+(?:in|on|with|from)\s+"
            r"(?:your\s+|the\s+)?(?:wallet|metamask|trust\s*wallet|ledger|trezor|phantom)\b)"
            + _END_EN
            + r"{0,80}?(?:\b)(?:prove|proves|proving|verif\w+|ownership|own\s+(?:the|this|your)\s+wallet"
            r"|won'?t\s+(?:move|touch|cost|spend|take)|(?:no|doesn'?t\s+move\s+any)\s+(?:funds|money|coins)"
            r"|nothing\s+(?:moves|leaves)|harmless|formality)\b"
            r"|(?:(?:签名|签署|签|批准)(?:一下)?(?:钱包)?(?:弹出的|里的)?|(?:在钱包里?|钱包(?:里|中)?弹出的?)"
            r"[^。！？\n，,]{0,6}?确认(?:一下)?|确认(?:一下)?钱包(?:里|中)?弹出的)"
            r"(?:这笔|这个|该|那笔)?(?:交易|转账请求|交易请求)(?!前|时|之前|的时候)"
            + _END_ZH
            + r"{0,24}?(?:证明|验证|核验|所有权|归属|不会动|不会转|不会扣|不会影响|不会花|不动"
            r"|只是(?:验证|确认|证明))"
        ),
    ),
    # 2: what arrives, handed over when it arrives
    (
        ASKS_OTP_CODE,
        ("once you", "when you", "as soon as", "after you", "收到"),
        compile_ascii(
            r"\b(?:sms|text|code|otp|e-?mail|message)\b[^\n]{0,60}?(?:\b)(?:once|when|as\s+soon\s+as|after)\s+"
            r"(?:you\s+)?(?:get|receive|see|have)\s+(?:it|that|one|them)\b"
            + _END_EN
            + r"{0,30}?(?:\b)(?:paste|type|send|drop|post|put|copy|forward|share|read|give)\s+"
            r"(?:it|that|them)\s+"
            r"(?:straight\s+|right\s+|directly\s+|over\s+)?(?:here|in(?:to)?\s+(?:the|this)\s+chat|to\s+me|to\s+us"
            r"|back\s+to\s+(?:me|us))\b"
            r"|(?:短信|验证码|邮件|信息|代码|码)" + _END_ZH + r"{0,16}?收到(?:后|以后|之后|了|的话)?[，,]?"
            r"(?:请)?(?:直接|马上|立刻|就)?(?:贴|粘贴|复制|发|打|填|回复|转)(?:在|到|进|给)?"
            r"(?:这里|此处|聊天框?|对话框|我|我们|过来)"
        ),
    ),
    # 3: the backup words enumerated for us
    (
        ASKS_SEED_PHRASE,
        (
            "in order",
            "one by one",
            "word by word",
            "one at a time",
            "written on",
            "顺序",
            "依次",
            "逐个",
            "逐词",
            "一个词",
            "挨个",
            "写的",
            "抄的",
            "记的",
            "in sequence",
            "一词",
        ),
        compile_ascii(
            r"\b(?:list|type\s+out|spell\s+out|tell\s+me|give\s+me|go\s+through|read\s+(?:out|me)|say)\s+"
            r"(?:all\s+)?(?:of\s+)?(?:your|the|those)\s+(?:\d+\s+)?" + _SEED_EN + r"\s+"
            r"(?:in\s+order|one\s+by\s+one|word\s+by\s+word|one\s+at\s+a\s+time|in\s+sequence)\b"
            r"(?!" + _END_EN + r"{0,30}?(?:\b)(?:on\s+paper|offline|keep|store|safe))"
            r"|\bwhat(?:'s|\s+is|\s+did\s+you\s+write|\s+does\s+it\s+say|\s+are\s+the\s+words)\s+(?:written\s+)?"
            r"on\s+(?:your|the)\s+(?:backup|recovery|seed|wallet)\s+(?:paper|card|sheet|note)\b"
            r"|(?:按顺序|依次|逐个|挨个)(?:地)?(?:列出|写出|打出|说出|念|读|报|发|告诉|输入)(?:给我|一下|出来)?"
            r"(?:您的|你的)?(?:备份|恢复)?"
            + _SEED_ZH
            + r"|(?:能|可以|麻烦|请)?(?:按顺序|依次)(?:把)?(?:您的|你的)?"
            + _SEED_ZH
            + r"(?:都)?"
            r"(?:列出|写出|打出|说出|念|读|报|发|告诉)(?!" + _END_ZH + r"{0,12}?(?:纸上|保存|离线|抄))"
            r"|(?:一个词一个词|一词一词|逐词|一个一个词)(?:地)?(?:念|读|报|说|发|打|告诉)"
            r"|(?:备份纸|备份卡|助记词卡|助记词纸|那张纸|纸条)(?:上)?(?:写|抄|记)的(?:是什么|是啥|什么|内容|单词|词)"
            r"(?:是什么|是啥|发|告诉|念|报)?"
        ),
    ),
    # 4: a safe-sounding shape to send it in
    (
        ASKS_SEED_PHRASE,
        (
            "without",
            "no spaces",
            "messages",
            "parts",
            "halves",
            "pieces",
            "backwards",
            "reverse",
            "空格",
            "隔开",
            "分几",
            "分两",
            "分成",
            "拆",
            "分开",
            "倒着",
            "倒序",
            "打乱",
        ),
        compile_ascii(
            r"\b(?:send|type|paste|write|drop)\s+(?:me\s+|us\s+)?(?:your|the|ur)\s+(?:[a-z0-9-]+\s+)?"
            r"(?:phrase|words|seed|key|password|code)\s+(?:without\s+(?:any\s+)?(?:spaces|gaps)|with\s+no\s+spaces"
            r"|backwards|in\s+reverse|in\s+(?:two|2|three|3|several)\s+(?:messages|parts|halves|pieces))"
            r"|\bsplit\s+(?:your|the|ur)\s+(?:[a-z0-9-]+\s+)?(?:phrase|words|seed|key)\s+(?:into|in)\s+"
            r"(?:two|2|three|3|several)\s+(?:messages|parts|halves|pieces)\b"
            r"|(?:" + _SEED_ZH[3:-1] + r"|密码|验证码)" + _END_ZH + r"{0,6}?(?:不用|无需|不必|不需要)?(?:再)?"
            r"(?:加空格|空格|分开|分两条|分成两条|分成几条|分几条|分两次|倒着|倒序|打乱|隔开|拆开|拆成[一二三四两几0-9]段)"
            r"(?:消息|信息|短信|部分)?(?:直接|分别)?(?:发|打出来|贴)(?:给我|过来|我)?(?!给?(?:任何人|别人|他人|陌生人))"
        ),
    ),
    # 5: a threat for not verifying the secret
    (
        ASKS_SEED_PHRASE,
        (
            "lost",
            "lose",
            "frozen",
            "freez",
            "locked",
            "gone",
            "deleted",
            "burned",
            "wiped",
            "seized",
            "closed",
            "丢失",
            "冻结",
            "清空",
            "清零",
            "作废",
            "锁定",
            "注销",
            "没收",
            "损失",
            "消失",
            "找回",
        ),
        compile_ascii(
            r"\b(?:if\s+(?:you|u)\s+(?:don'?t|do\s+not|fail\s+to|haven'?t|can'?t)|unless\s+(?:you|u))\s+"
            r"(?:verify|validate|confirm|submit|sync|re-?enter|check|authenticate)\s+(?:your|the|ur)\s+(?:[a-z-]+\s+)?"
            + _SEED_EN
            + r"\b"
            + _END_EN
            + r"{0,60}?(?:\b)(?:lost|lose|frozen|freeze|locked|gone|deleted|burned"
            r"|wiped|seized|closed)\b"
            r"|(?:不|未|没有?|拒不)(?:在[^。！？\n，,]{0,10}?)?(?:及时)?(?:验证|核验|核对|提交|同步|绑定|上传|确认)"
            r"(?:您的|你的)?"
            + _SEED_ZH
            + _END_ZH
            + r"{0,20}?(?:资产|资金|账户|钱包|币)"
            + _END_ZH
            + r"{0,8}?(?:丢失|冻结|清空|清零|作废|锁定|注销|没收|损失|消失|无法找回)"
        ),
    ),
    # 6: software we send, given the phone's control
    (
        REMOTE_ACCESS,
        (
            "accessibility",
            "usb debugging",
            "unknown sources",
            "unknown apps",
            "无障碍",
            "usb调试",
            "未知来源",
        ),
        compile_ascii(
            r"\b(?:allow|grant|enable|turn\s+on|give|switch\s+on|tick)\b" + _END_EN + r"{0,40}?(?:\b)"
            r"(?:accessibility|usb\s+debugging|unknown\s+sources|install\s+unknown\s+apps)\b"
            r"|\b(?:install|open|run)\s+(?:the\s+)?(?:file|app|apk|package|tool|program|update)\s+(?:that\s+)?(?:i|we)"
            r"(?:'ve|\s+have|\s+just)?\s+(?:sent|send|shared|uploaded|attached)\b"
            + _END_EN
            + r"{0,60}?(?:\b)(?:accessibility|usb\s+debugging|unknown\s+sources)\b"
            r"|(?:允许|开启|打开|授权|启用|勾选|给)(?:它|应用)?"
            + _END_ZH
            + r"{0,6}?(?:无障碍|usb调试|未知来源)"
            r"|(?:无障碍|usb调试|未知来源)(?:权限|服务|功能|选项)?(?:授权|打开|开启|允许)"
            r"|安装(?:我|我们)(?:发|发送|传|给)(?:的|给您的|给你的|过来的)(?:文件|安装包|app|应用|程序|软件|插件|apk)"
        ),
    ),
    # 7: the seed by a slang or variant noun
    (
        ASKS_SEED_PHRASE,
        ("密语", "记忆词", "种子词", "备份词", "秘语"),
        compile_ascii(
            r"(?:密语|秘语|记忆词|种子词|备份词)(?:都|全部)?(?:发|给|报|告诉|说|念|打)(?:一下|我|给我|过来|出来)"
            r"|(?:发|给|告诉|报|说)(?:我|给我)?(?:一下)?(?:您的|你的|钱包的?)(?:密语|秘语|记忆词|种子词|备份词)"
            r"|(?:把|将)(?:您的|你的)?(?:密语|秘语|记忆词|种子词|备份词)[^。！？\n，,]{0,6}?(?:发|给|告诉|报|念)"
        ),
    ),
    # 8: a picture of what holds the seed (the backup paper or card, not only "the seed phrase")
    (
        ASKS_SEED_PHRASE,
        ("photo", "picture", "pic", "snapshot", "image", "拍", "照片", "截图", "截屏"),
        compile_ascii(
            r"\b(?:send|share|upload|attach|forward|give|post|drop)\b" + _END_EN + r"{0,20}?(?:\b)"
            r"(?:photo|picture|pic|snapshot|image|screenshot)s?\s+of\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+)?"
            r"(?:backup|seed|recovery|mnemonic|wallet)\s+(?:paper|card|sheet|note|page|words|phrase)\b"
            r"|\b(?:photo|picture|pic|snapshot|image)s?\s+of\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+)?"
            r"(?:backup|seed|recovery|mnemonic)\s+(?:paper|card|sheet|note|page|words|phrase)\b"
            + _END_EN
            + r"{0,40}?(?:\b)(?:upload|send|share|attach|forward|post)\s+(?:it|them|that)\b"
            r"|(?:拍|截图|截屏|照片|拍照)"
            + _END_ZH
            + r"{0,10}?(?:助记词|私钥|恢复词|备份纸|备份卡|助记词卡)"
            + _END_ZH
            + r"{0,10}?(?:上传|发给|发我|给我|发过来|传给|传上来)(?!别人|他人|任何人|陌生人|对方)"
            r"|(?:助记词|私钥|恢复词|备份纸|备份卡)"
            + _END_ZH
            + r"{0,10}?(?:拍|截图|截屏|照片|拍照)"
            + _END_ZH
            + r"{0,10}?(?:上传|发给|发我|给我|发过来|传给|传上来)(?!别人|他人|任何人|陌生人|对方)"
        ),
    ),
)
_RULE_6_NEEDS: Final = (
    "install",
    "安装",
    "allow",
    "grant",
    "enable",
    "turn on",
    "允许",
    "开启",
    "打开",
    "授权",
)

# the hand-over inside the match is itself refused ("助记词不要拆开发", "don't say the code out loud")
_NEGATED_INSIDE = compile_ascii(
    r"\b(?:don'?t|do\s+not|never|no\s+one|nobody)\b|不要|别|切勿|勿|不会告诉|绝不|从不|任何人"
)
# the sentence goes on to call what it quotes a scam ("…不会动资金的说法常被骗子利用", "…: that's a scam")
_SCAM_AFTER = compile_ascii(r"\b(?:scam\w*|fraud\w*|phish\w*|fake)\b|骗子|诈骗|骗局|话术|钓鱼|假的")
# what an announced message may carry that is no secret
_PUBLIC_ID_NAMED = compile_ascii(
    r"\b(?:ticket|order|case|reference|tracking)\s+(?:number|id|no)\b|\buid\b|\btxid\b"
    r"|\b(?:reference|ticket|case|order|referral|promo|error|tracking|booking|invite|coupon)\s+codes?\b"
    r"|工单号|订单号|单号|编号|uid|txid|交易哈希|邀请码|推荐码"
)
# the sentence is advice about keeping the words, not an ask for them ("…in order, on paper, offline")
_KEEPING_AFTER = compile_ascii(
    r"\b(?:on\s+paper|offline|keep\s+(?:it|them)|store|safe\s+place|write\s+(?:it|them)\s+down)\b"
    r"|纸上|抄写|抄下|保存|离线|存好|记下"
)

# Speed: one literal scan finds every rule's first words (a found word stands for the shorter ones
# inside it); a rule whose first words are present runs only when a word of a second list (``_ALSO``)
# that all its matches hold is there too (a C-level ``in`` each); a long message is searched only
# within ``_REACH`` of the first words' places.
_ALSO: Final[dict[int, tuple[str, ...]]] = {
    0: ("digit", "number", "code", "otp", "码", "数字"),
    1: (
        "prove",
        "proving",
        "verif",
        "own",
        "wont",
        "won't",
        "funds",
        "money",
        "coins",
        "nothing",
        "harmless",
        "formality",
        "证明",
        "验证",
        "核验",
        "所有权",
        "归属",
        "不会",
        "不动",
        "只是",
    ),
    2: ("here", "chat", "to me", "to us", "这里", "此处", "聊天", "对话框", "我", "过来"),
    5: (
        "verify",
        "validate",
        "confirm",
        "submit",
        "sync",
        "enter",
        "check",
        "authenticate",
        "验证",
        "核验",
        "核对",
        "提交",
        "同步",
        "绑定",
        "上传",
        "确认",
    ),
    6: _RULE_6_NEEDS,
    8: ("backup", "seed", "recovery", "mnemonic", "wallet", "助记词", "私钥", "恢复词", "备份纸", "备份卡"),
}
_ALL_FIRST: Final = sorted({lit for _, lits, _ in _RULES for lit in lits}, key=len, reverse=True)
_FIRST_WORDS: Final = AsciiFirst(re.compile(literal_alternation(_ALL_FIRST)))
_RULES_AT: Final = {
    big: frozenset(i for i, (_, lits, _) in enumerate(_RULES) if any(lit in big for lit in lits))
    for big in _ALL_FIRST
}
_ALSO_ASCII: Final = {i: tuple(w for w in words if w.isascii()) for i, words in _ALSO.items()}
_REACH: Final = 220  # no match reaches further from the word that let its rule run
_LONG: Final = 2 * _REACH  # a message shorter than this is searched whole
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def round12_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule. The caller drops
    those under a negation or warning of their sentence."""
    out: list[Ask9] = []
    present: set[int] = set()
    for found in _FIRST_WORDS.finditer(low):
        present |= _RULES_AT[found.group()]
    plain = low.isascii()
    for i in sorted(present):
        code, literals, pattern = _RULES[i]
        also = _ALSO_ASCII.get(i) if plain else _ALSO.get(i)
        if also is not None and not any_in(low, also):
            continue
        m = _search(pattern, low, literals)
        if m is None or (i != 5 and _NEGATED_INSIDE.search(m.group()) is not None):
            continue  # (a threat's "if you don't verify" is its point, not a refusal)
        end_m = _SENTENCE_END.search(low, m.end())
        end = end_m.start() if end_m else len(low)
        if _SCAM_AFTER.search(low, m.end(), end) is not None:
            continue  # the script quoted, then called a scam
        if i in (0, 2) and _PUBLIC_ID_NAMED.search(low, _sentence_start(low, m.start()), m.end()) is not None:
            continue  # "工单号…通过短信发给您，收到后回复给我们", "read out the reference code": no secret
        if i == 3 and _KEEPING_AFTER.search(low, m.end(), end) is not None:
            continue  # "write the words down in order and keep them offline": advice
        out.append(Ask9(_kind(code, m.group()), m.start(), m.end(), False))
    return out


def _sentence_start(low: str, pos: int) -> int:
    return max(low.rfind(c, 0, pos) for c in ".!?。！？\n") + 1


def _kind(code: str, found: str) -> str:
    """A shape or threat rule names its secret: the violation says which."""
    if code != ASKS_SEED_PHRASE:
        return code
    if "private key" in found or "私钥" in found:
        return ASKS_PRIVATE_KEY
    if _names_seed(found):
        return code
    if "password" in found or "密码" in found:
        return ASKS_PASSWORD
    if "code" in found or "验证码" in found:
        return ASKS_OTP_CODE
    return code


def _names_seed(found: str) -> bool:
    return any(w in found for w in ("phrase", "words", "seed", "mnemonic", "key", "词", "密语", "短语"))


def _search(pattern: re.Pattern[str], low: str, literals: tuple[str, ...]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``low``; in a long message, only near ``literals``' places."""
    if len(low) < _LONG:
        return pattern.search(low)
    spots = sorted(p for lit in literals for p in _places(low, lit))
    return search_near(pattern, low, spots, _REACH, _REACH)


def _places(low: str, literal: str) -> list[int]:
    out: list[int] = []
    p = low.find(literal)
    while p >= 0:
        out.append(p)
        p = low.find(literal, p + 1)
    return out


# --- a safe kind: part of a public identifier ---------------------------------------------------

# "the last 6 digits of the TXID", "first 4 characters of your deposit address", 交易哈希的后6位
_PUBLIC_ID_EN = (
    r"(?:txid|tx\s*id|tx\s+hash|transaction\s+(?:hash|id)|hash|(?:deposit|withdrawal|wallet|receiving|sending"
    r"|destination|your|the|that|this)\s+address|address|order\s+(?:id|number|no)|uid|user\s+id|account\s+id"
    r"|ticket\s+number|reference\s+number|phone\s+number|card(?:\s+number)?)"
)
_PUBLIC_PART = compile_ascii(
    r"\b(?:last|first|final|ending|starting|opening)\s+(?:\d{1,2}|four|five|six|eight|ten|few)\s+"
    r"(?:digits|characters|chars|numbers|letters|symbols)\s+(?:of|in|from)\s+(?:the\s+|your\s+|that\s+|this\s+)?"
    r"(?:[a-z0-9-]+\s+)?" + _PUBLIC_ID_EN + r"\b"
    r"|(?:txid|交易哈希|哈希值?|交易id|地址|订单号|订单编号|uid|用户id|手机号码?|卡号|工单号)(?:的)?"
    r"(?:后|前|最后|末|开头)(?:[0-9]{1,2}|[一二三四五六八十几])位"
)
# what a secret's own part would name: the part of the *code* ("last 3 digits of the code") is no id
_SECRET_NEAR = compile_ascii(
    r"\b(?:code|otp|password|pin|phrase|seed|private\s+key)\b|验证码|密码|助记词|私钥"
)


# "请再核对一下转入的地址 0x…，它不是您的充值地址": a transfer verb before 的 names the address (the one
# the funds went to), and the customer is asked to check it, not to pay to it
_CHECKED_ADDRESS = compile_ascii(
    r"(?:核对|检查|核实|确认|比对|查看|看一下|看看|留意|注意|对比)(?:一下|清楚|好)?(?:您|你)?(?:的)?"
    r"(?:转入|转出|充值|提币|提现|转账|收款|汇入|打款)的?(?:目标|收款)?(?:地址|钱包|账户)"
    r"|\b(?:check|double-check|verify|compare|look\s+at)\s+(?:again\s+)?the\s+address\s+(?:you|it|the\s+funds)\s+"
    r"(?:sent|went|were\s+sent|transferred)"
)
_PAY_AGAIN = compile_ascii(
    r"(?:转|充|打|汇|存)(?:入|进|款)?(?:[0-9]|到|至|给|一笔|一点)|\b(?:send|transfer|deposit|pay|move)\b"
)


def clears(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) of ``low`` one of round 12's safe kinds: part of a public
    identifier (a code verdict), or an address the customer is asked to check (a transfer verdict)?"""
    if code == ASKS_OTP_CODE:
        return public_part(low, start, end)
    if code != TRANSFER_REQUEST:
        return False
    m = _CHECKED_ADDRESS.search(low, max(0, start - 12), min(len(low), end))
    if m is None or m.start() > start:
        return False
    end_m = _SENTENCE_END.search(low, m.end())
    return _PAY_AGAIN.search(low, m.end(), end_m.start() if end_m else len(low)) is None


def public_part(low: str, start: int, end: int) -> bool:
    """Does the verdict at [start, end) of ``low`` name digits that are part of a public identifier
    (a TXID, an address, an order number), with no secret named in its sentence?"""
    lo = max(0, start - 20)
    hi = min(len(low), end + 80)
    m = _PUBLIC_PART.search(low, lo, hi)
    if m is None or m.start() > end + 40:
        return False
    a = _sentence_start(low, start)
    b_m = _SENTENCE_END.search(low, m.end())
    b = b_m.start() if b_m else len(low)
    rest = low[a : m.start()] + " " + low[m.end() : b]
    return _SECRET_NEAR.search(rest) is None
