"""Issue 16, round 20 (guard20out): r27–r29's outbound misses left after round 19, read as slots.

Asks (``round20_asks``; each decided here with its own negation, report and warning checks, so the caller
takes it as unconditional):

* **off the platform by phone or private e-mail** (``off_platform``) — the customer told to call, ring,
  text or message a phone number the reply writes out, when the number is the agent's own ("my personal
  number", 私人手机), a "hotline"/"direct line"/专线/热线 of a team, a messenger's ("only handles this on
  WhatsApp, message +852…"), or the move is sold as quicker than this chat or "have your authenticator
  ready"; the agent's private or personal e-mail (私人邮箱, "my personal address") given as where to
  reply or where details will come from. A callback *we* make ("we'll call you on the number on file")
  is the product's own feature and no move;
* **the numbers a voice call reads out, handed back** — "the call will read you some digits, repeat them
  to me here", 把语音电话念的数字告诉我: an automated call is how a one-time code is delivered;
* **"what code did you get?"** — a short question about the code the customer just received (with no
  "error", "promo", "referral" or "order" before it), 您刚收到的是哪个码;
* **pinyin questions** — "yan zheng ma duo shao", "mi ma shi shen me" (round 19 read only pinyin with a
  hand-over verb);
* **a bond before a withdrawal** (``transfer_request``: an advance-fee ask is a payment we ask for, the
  existing code's meaning) — a security bond, collateral, guarantee or refundable deposit with an amount,
  to unlock, activate or release withdrawals (缴纳…保证金/押金…解冻/提现);
* **a secret pasted (贴)** — 请贴热钱包私钥, 把助记词粘贴过来: 贴 is a hand-over in Chinese as "paste" is.

Clears (``clears_round20``), for the safe replies r27–r29 refused:

* **the API key as the public half** — "share the API key (the public part) … never the secret", "API Key
  可以发给我们，API Secret 绝对不要给": every mention of the secret or passphrase in the reply is denied or
  kept ("keep the secret to yourself", "the secret stays with you");
* **secrets blurred out** — a screenshot "with any codes or passwords blurred out", 验证码和密码打码;
* **the API passphrase in one's own bot** — "enter the API key, secret and passphrase in your bot's
  settings": an API passphrase is no seed phrase, and one's own software is no place of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_clauses import REACH, Cues, CueWords, clause_start, sentences
from .outbound_review18 import public_api_key
from .textutil import AsciiFirst, any_in, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    OFF_PLATFORM,
    TRANSFER_REQUEST,
)


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` and ``\\s`` as ASCII (a CJK character is no word character here)."""
    return re.compile(pattern, re.ASCII)


_NEGATION = _ascii(
    r"\b(?:never|not|no|don'?t|doesn'?t|won'?t|can'?t|cannot|shouldn'?t|nobody|stop|avoid|refuse|ignore)\b|n't\b"
    r"|不要|不会|不能|不可|不用|不必|不得|别|绝不|绝对不|从不|切勿|请勿|勿|没法|无法|拒绝|禁止|千万别|忽略"
)
_REPORTED = _ascii(
    r"\b(?:if\s+(?:someone|anyone|they|he|she|a\s+caller)|anyone\s+(?:who|asking|telling)|someone\s+(?:who|asking)"
    r"|asks?\s+you\s+to|tells?\s+you\s+to|claim\w*)\b"
    r"|如果有人|任何人|有人|谁|对方|陌生人|让您|让你|要求您|叫您"
)
_WARNING = _ascii(
    r"\b(?:scam\w*|fraud\w*|fake|impersonat\w*|phishing|hang\s+up|report\s+it|not\s+(?:us|ours|from\s+us|official))\b"
    r"|骗|冒充|假|钓鱼|不是我们|不是官方|挂断|举报"
)
_WORDS: Final = CueWords(_NEGATION, _REPORTED, _WARNING)

# --- off the platform by phone or private e-mail ---
_PHONE = (
    r"(?:\+|00)\d{1,3}[\s\-]?\(?\d{1,4}\)?(?:[\s\-]?\d{2,5}){2,4}"
    r"|(?<![\d\-])1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}(?![\d\-])"  # a mainland mobile number, 138 0013 8000
)
_PHONE_RE = _ascii(_PHONE)
_CALL_EN = _ascii(
    r"\b(?:call|ring|phone|dial|text|sms|message|whatsapp|reach|contact|buzz|try)\b(?:\s+(?:me|us|him|her|them))?"
    r"(?:\s+back)?|\bgive\s+(?:me|us)\s+a\s+(?:ring|call|buzz)\b"
)
_CALL_ZH = re.compile(
    r"拨打|拨|打给|打到|打(?=我|我们|这个|此|[^，。！？\n]{0,6}(?:热线|专线|号码|手机|电话))|致电|联系|来电|发短信到|短信"
)
# whose number it is, or what makes the move the point: the agent's own line, a team's hotline, "faster"
_OWN_LINE = _ascii(
    r"\b(?:my|our)\s+(?:own\s+|personal\s+|private\s+|direct\s+|work\s+)?(?:personal|private|direct|own|mobile|cell"
    r"|work\s+phone|whatsapp|number|phone)\b|\bvip\s+(?:desk|team|manager|service|line|department)\b|\b(?:personal|private|direct)\s+(?:number|line|mobile|phone|cell)\b"
    r"|\b(?:hotline|hot\s+line|direct\s+line|vip\s+line|priority\s+(?:line|desk)|emergency\s+line)\b"
    r"|\b(?:quicker|faster|easier)\s+than\s+(?:this|the|our)\s+(?:chat|platform|app)|\binstead\s+of\s+(?:this\s+)?chat"
    r"|\bhave\s+your\s+(?:authenticator|2fa|phone|code|seed|recovery|wallet)"
    r"|\b(?:on|via|over|through)\s+(?:whatsapp|telegram|signal|wechat|viber|imessage)\b"
    r"|私人|个人(?:手机|号码|电话|号)|我的(?:手机|号码|电话)|热线|专线|直线|比这里快|比在线客服快|更快|准备好"
)
_SAVE_AND_CALL = _ascii(
    r"\bsave\s+(?:this|my|the)\s+(?:number|contact)\s*:?\s*$"
    r"|^\s*(?:\)\s*)?,?\s*(?:and|then)\s+(?:whatsapp|text|call|message|ring|dm|telegram|signal)\s+(?:me|us)\b"
)
_MAIL_OWNED = _ascii(
    r"\b(?:my|our)\s+(?:own\s+)?(?:personal|private|gmail|outlook|home)\s+(?:e-?mail|mail|mailbox|inbox|address)\b"
    r"|(?<!your\s)(?<!their\s)\b(?:private|personal)\s+(?:e-?mail|mailbox|inbox)\b"
    r"|私人邮箱|个人邮箱|私人邮件|私人邮址|私人电邮|私人信箱"
)
# a free-mail address the customer is told to write to ("email … to my colleague at x@gmail.com",
# 发到x@qq.com)
_FREE_MAIL = _ascii(
    r"[a-z0-9._%+-]+@(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton|protonmail|icloud|qq|163|126|foxmail"
    r"|sina|aol|gmx)\.(?:com|me|cn|net|ru)\b"
)
_WRITE_TO = _ascii(
    r"(?:\b(?:send|e-?mail|write|reply|forward|mail|contact|reach)\b[^.!?\n]{0,60}?\b(?:to|at|via)|发到|发送到|发至|寄到"
    r"|发邮件到|邮件发到|联系)\s*(?:the\s+address\s+|邮箱\s*)?$"
)
_OURS_TO_SEND = _ascii(
    r"\b(?:we|i)(?:'ll|'ve|'d|\s+will|\s+have|\s+had|\s+can|\s+just|\s+already)?\s+(?:sent|send|emailed|e-mailed|mailed"
    r"|forwarded|wrote|replied|reached)\b|\b(?:was|were|been|is|are)\s+(?:sent|emailed|forwarded)\b"
    r"|我们(?:已|已经|会|将)?(?:发|发送|寄)|已(?:发|发送)"
)
_YOUR_ADDRESS = _ascii(
    r"(?:\byour\s+(?:own\s+|registered\s+|personal\s+)?(?:e-?mail|address|inbox|mailbox)|(?:您|你)的(?:注册)?(?:邮箱|邮件地址|电邮))"
    r"[^.!?\n]{0,6}$"
)
_YOUR_MAIL = re.compile(r"(?:your|您的|你的)\s*(?:\w+\s+){0,2}$")
_MAIL_ACT = _ascii(
    r"\b(?:reply|respond|answer|write|send|e-?mail|mail|contact|forward|get\s+in\s+touch)\b|\bthere\b"
    r"|回复|回覆|回信|发邮件|写邮件|发送|发至|发您|发给您|发到|寄给|寄到|联系|写信|在那边|那里"
)

# --- the numbers a voice call reads, handed back ---
_VOICE_EN = _ascii(
    r"\b(?:voice|robot|automated|automatic|phone|verification)\s+call\b|\bcall\s+(?:we|i)\s+(?:just\s+)?"
    r"(?:triggered|placed|made|started)|\b(?:incoming|our)\s+call\b"
)
_READS_EN = _ascii(
    r"\b(?:numbers?|digits|code)\b[^.!?\n]{0,40}?\b(?:it|the\s+call|the\s+voice|the\s+robot|they|you)\s+"
    r"(?:reads?|says?|speaks?|tells?|gives?|announces?|hear)|\b(?:reads?|speaks?|says?|announces?)\s+(?:you\s+)?"
    r"(?:out\s+)?(?:some|a\s+few|the|\d|six|6)?\s*(?:numbers?|digits|code)"
)
_BACK_EN = _ascii(
    r"\b(?:repeat|say|read|type|tell|give|send|write|enter|put|key|punch|drop|share|post)\b[^.!?\n]{0,30}?\b(?:here|to\s+me|to\s+us|in\s+"
    r"(?:this|the)\s+chat|back\s+to\s+me|for\s+me|into\s+(?:this|the)\s+chat)\b|\b(?:repeat|tell|give|send|read)\s+(?:them|it|those|these)?"
    r"\s*(?:to\s+)?(?:me|us)\b"
)
# what the call reads ("念的数字", "播报的数字") handed back; the call named earlier in the sentence
# (语音来电后，…)
_VOICE_ZH = re.compile(
    r"(?:念|读|播报|报(?!错)|说)(?:出|出来|的)?[^，。！？\n]{0,6}?(?:数字|号码|码|验证码)"
    r"[^。！？\n]{0,12}?(?:告诉我|发给我|发我|给我|打在这里|打到这里|重复给我|报给我|念给我|回复|发过来|输入到这里)"
)
_CALL_NAMED_ZH = re.compile(r"语音|电话|来电|外呼|机器人")

# --- "what code did you get?" ---
_WHAT_CODE = _ascii(
    r"\b(?:what|which)\s+(?:code|otp|digits|numbers?)\s+(?:did|have|has)\s+(?:you|u)\s+(?:just\s+)?"
    r"(?:get|got|receive|received|see|have)\b|\b(?:what|which)\s+(?:code|otp)\s+(?:came|come|arrived|showed\s+up"
    r"|popped\s+up)\b|\b(?:what|which)\s+(?:numbers?|digits)\s+(?:came|arrived|showed\s+up)\b"
    r"|\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:[\w-]+\s+){0,2}?(?:code|otp)\s+(?:(?:that\s+)?(?:you|u)\s+(?:just\s+)?"
    r"(?:got|received|have|see)|(?:that\s+)?(?:just\s+)?(?:came|arrived))\b"
)
_NOT_SECRET_CODE = _ascii(
    r"\b(?:error|status|promo\w*|referral|invite|invitation|reward|coupon|voucher|order|tracking|reference"
    r"|country|zip|postal|area|qr|bank|swift|response|http)\s*$"
)
_OPTIONS = _ascii(r"\b\d{3,8}\b[^.!?\n]{0,6}?\bor\b")
_NO_SECRET_NEAR = _ascii(
    r"\b(?:error|errors|promo\w*|referral|invite|coupon|voucher|status|http|country|discount|gift)\b"
    r"|错误|报错|邀请|推荐|优惠|兑换|状态码|返回码"
)
_WHAT_CODE_ZH = re.compile(
    r"(?:收到|刚收到|收到了)的?(?:是)?(?:哪个|什么|几位|几个)?(?:码|验证码|数字|六位数|6位数)(?:是)?(?:多少|什么|哪个|几位)"
    r"|(?:收到|刚收到)的是(?:哪个|什么)(?:码|验证码|数字)"
)
_WHAT_CODE_GUARD_ZH = re.compile(r"错误码|报错码|邀请码|推荐码|优惠码|兑换码|订单|状态码|返回码|区号|邮编")

# --- pinyin questions ---
_PINYIN_ASK = _ascii(
    r"\b(yan\s?zheng\s?ma|yzm|mi\s?ma|zhu\s?ji\s?ci|si\s?yao)\s+(?:shi\s+)?(?:duo\s?shao|shen\s?me|sha|ji\s?wei)\b"
)
_PINYIN_CODE: Final = {"y": ASKS_OTP_CODE, "m": ASKS_PASSWORD, "z": ASKS_SEED_PHRASE, "s": ASKS_PRIVATE_KEY}

# --- a bond before a withdrawal ---
_BOND_EN = _ascii(
    r"\b(?:deposit|pay|put\s+down|put\s+up|lodge|post|transfer|send|top\s+up|provide|place)\b[^.!?\n]{0,30}?"
    r"\b(?:security\s+bond|bond|collateral|guarantee(?:\s+deposit|\s+fee)?|surety|(?:security|refundable|risk|unlock"
    r"|verification|insurance|good[\s-]faith)\s+deposit|margin\s+bond)\b"
    r"|\b(?:security\s+bond|collateral|guarantee\s+deposit|refundable\s+deposit|security\s+deposit)\b[^.!?\n]{0,40}?"
    r"\b(?:is\s+required|required|must\s+be\s+(?:paid|deposited)|needed)\b"
)
_AMOUNT = _ascii(r"\d[\d,.]*\s*(?:k\b|usdt|usdc|btc|eth|usd|bnb|trx|sol|u\b|dollars)|(?:\$|usd\s?)\d")
_PURPOSE_EN = _ascii(r"\b(?:unlock\w*|unfreez\w*|withdraw\w*|payout|cash\s+out)\b")
# a product that takes collateral or margin (a loan, futures) is no advance fee
_PRODUCT_EN = _ascii(
    r"\b(?:loan|borrow\w*|margin\s+(?:trading|call|ratio)|futures|liquidat\w*|leverage\w*)\b"
)
_PRODUCT_ZH = re.compile(r"合约|杠杆|强平|爆仓|借贷|借币|质押借|期货")
_BOND_ZH = re.compile(
    r"(?:缴纳|缴|支付|交|存入|充值|转入|打入|先交|先付|付)(?:一笔|一下)?[^，。！？\n]{0,12}?(?:保证金|押金|担保金|解冻金|激活金|风险金|验证金|验证资金|解冻资金|保证资金)"
)
_AMOUNT_ZH = re.compile(r"\d[\d,.]*\s*(?:usdt|usdc|btc|eth|u\b|美元|元|刀|万)|\d{3,}")
_PURPOSE_ZH = re.compile(r"解冻|解锁|解除|激活|提现|提币|出金|放款|到账|额度|释放")

# --- a secret pasted (贴) ---
_PASTE_ZH = re.compile(
    r"(?:请|麻烦|需要|直接|先)?(?:贴|贴上|贴出|贴出来|粘贴|贴一下|贴过来|粘过来|复制过来)(?:一下)?(?:您的|你的)?"
    r"(?:热钱包|冷钱包|托管钱包|钱包|账户|账号|登录|交易|主账户|子账户)?的?(私钥|助记词|密码|验证码|资金密码)"
    r"|(私钥|助记词|密码|验证码|资金密码)[^，。！？\n]{0,6}?(?:复制|粘贴|贴)(?:到|在|过来|上来|出来)?"
    r"(?:这里|这儿|这边|聊天框|对话框|聊天里|对话里|上来|过来|给我)"
)
_ZH_CODE: Final = {
    "私钥": ASKS_PRIVATE_KEY, "助记词": ASKS_SEED_PHRASE, "密码": ASKS_PASSWORD, "资金密码": ASKS_PASSWORD,
    "验证码": ASKS_OTP_CODE,
}  # fmt: skip

# each family runs only when its words are in the text; words common in any reply ("call", "deposit", "what")
# are paired with what the family cannot do without (a phone number, a bond's noun, a code's noun)
_FAMILY_WORDS: Final = (
    ("mail", ("mail", "inbox", "邮箱", "邮件", "电邮", "信箱", "@")),
    ("voice", ("voice call", "robot call", "automated call", "automatic call", "phone call",
               "verification call", "incoming call", "our call", "call we", "call i ",
               "语音", "电话", "来电", "外呼", "机器人")),
    ("what", ("what", "which", "收到")),
    ("pinyin", ("yan", "yzm", "mi ma", "mima", "zhu", "si yao", "siyao")),
    ("bond", ("bond", "collateral", "guarantee", "surety", "security deposit", "refundable deposit",
              "risk deposit", "unlock deposit", "verification deposit", "insurance deposit",
              "good faith deposit", "good-faith deposit", "保证金", "押金", "担保金", "解冻金", "激活金",
              "风险金", "验证金", "验证资金", "解冻资金", "保证资金")),
    ("paste", ("贴", "粘", "复制过来")),
)  # fmt: skip
_ANY_WORD: Final = AsciiFirst(re.compile(literal_alternation([w for _, ws in _FAMILY_WORDS for w in ws])))
_MAINLAND_HINT = re.compile(r"1[3-9]\d")  # a literal first character: ``re`` skips to each "1"
_CODE_NOUNS: Final = ("code", "otp", "digit", "number")


def _families(low: str) -> frozenset[str]:
    found = set()
    if "+" in low or "00" in low or _MAINLAND_HINT.search(low) is not None:
        found.add("phone")  # the phone family needs a number written out
    if _ANY_WORD.search(low) is not None:
        found.update(name for name, words in _FAMILY_WORDS if any_in(low, words))
    if "what" in found and "收到" not in low and not any_in(low, _CODE_NOUNS):
        found.discard("what")  # "what"/"which" without a code's noun
    return frozenset(found)


_WE_CALL = _ascii(r"\b(?:we|i)(?:'ll|\s+will|\s+can|\s+may)?\s+$")


def _phone_moves(low: str, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    """A call/text to a number the reply writes, when the number is the agent's own or a team's line."""
    for num in _PHONE_RE.finditer(low, lo, hi):
        if sum(c.isdigit() for c in num.group()) < 7:
            continue
        saved = _SAVE_AND_CALL.search(low[max(lo, num.start() - 24) : num.start()]) or _SAVE_AND_CALL.match(
            low[num.end() : min(hi, num.end() + 30)]
        )
        if saved is not None:  # "save this number +44… and WhatsApp me"
            yield (OFF_PLATFORM, max(lo, num.start() - 24), num.end())
            continue
        clause_lo = clause_start(low, lo, num.start())
        before = max(lo, num.start() - 80)
        act = None
        for m in (*_CALL_EN.finditer(low, before, num.start()), *_CALL_ZH.finditer(low, before, num.start())):
            if act is None or m.start() > act.start():
                act = m
        if act is None or re.match(r"\s*(?:you|u)\b", low[act.end() : act.end() + 4]):
            continue  # "we'll call you at +…": a callback we make
        if _WE_CALL.search(low[max(lo, act.start() - 12) : act.start()]):
            continue  # "we will call …": ours to make
        own = _OWN_LINE.search(low, max(lo, act.start() - 40), min(hi, num.end() + 60))
        if own is None:
            continue
        yield (OFF_PLATFORM, min(act.start(), clause_lo), num.end())


_LOCAL_PART: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")


def _free_mail(low: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The free-mail addresses in [lo, hi), tried only where an "@" is (a scan of the character class at
    every place cost ~0.1 ms on a 2,000-character reply)."""
    at = low.find("@", lo, hi)
    while at >= 0:
        start = at
        while start > max(lo, at - 64) and low[start - 1] in _LOCAL_PART:
            start -= 1
        m = _FREE_MAIL.match(low, start, hi)
        if m is not None and start < at:
            yield m
        at = low.find("@", at + 1, hi)


# every alternative of ``_MAIL_OWNED`` holds one of these: the pattern (slow: a look-behind at every place)
# runs only in a sentence that has one
_OWNED_WORDS: Final = ("private", "personal", "gmail", "outlook", "home", "私人", "个人")


def _mail_moves(low: str, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    owned = any(low.find(w, lo, hi) >= 0 for w in _OWNED_WORDS)
    for m in _MAIL_OWNED.finditer(low, lo, hi) if owned else ():
        if _YOUR_MAIL.search(low, max(lo, m.start() - 24), m.start()) is not None:
            continue  # "your personal e-mail on file": the customer's own address
        act = _MAIL_ACT.search(low, max(lo, m.start() - 40), m.start()) or _MAIL_ACT.search(
            low, m.end(), min(hi, m.end() + 80)
        )
        if act is not None:
            yield (OFF_PLATFORM, min(m.start(), act.start()), max(m.end(), act.end()))
            return
    for m in _free_mail(low, lo, hi):
        to = _WRITE_TO.search(low, max(lo, m.start() - 80), m.start())
        if to is None or _OURS_TO_SEND.search(low, max(lo, to.start() - 24), to.start() + 12) is not None:
            continue  # "we will send the link to x@gmail.com": the customer's address, written to by us
        if _YOUR_ADDRESS.search(low, max(lo, m.start() - 30), m.start()) is None:
            yield (OFF_PLATFORM, to.start(), m.end())
            return


def _voice_hand_backs(low: str, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    for v in _VOICE_EN.finditer(low, lo, hi):
        reads = _READS_EN.search(low, v.start(), min(hi, v.end() + 80))
        if reads is None:
            continue
        back = _BACK_EN.search(low, max(lo, v.start() - 40), min(hi, reads.end() + 60))
        if back is not None:
            yield (ASKS_OTP_CODE, min(v.start(), back.start()), max(reads.end(), back.end()))
            return
    for m in _VOICE_ZH.finditer(low, lo, hi):
        if _CALL_NAMED_ZH.search(low, max(lo, m.start() - 40), m.start() + 1) is not None:
            yield (ASKS_OTP_CODE, m.start(), m.end())


def _what_code(low: str, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    for m in _WHAT_CODE.finditer(low, lo, hi):
        head = low[max(lo, m.start() - 20) : m.start()]
        noun = re.search(r"(?:code|otp|digits|numbers?)", m.group())
        between = low[m.start() : m.start() + (noun.start() if noun else 0)]
        if _NOT_SECRET_CODE.search(head) or re.search(r"error|promo|referral|status", between):
            continue
        if _OPTIONS.search(low, m.end(), hi) is not None:
            continue  # "which code did you get: 50113 or 50114?": the codes are ours to name
        if _NO_SECRET_NEAR.search(low, max(0, lo - REACH), min(len(low), hi + REACH)) is not None:
            continue  # "which code did you get? the error page shows two": a code that is no secret
        yield (ASKS_OTP_CODE, m.start(), m.end())
    for m in _WHAT_CODE_ZH.finditer(low, lo, hi):
        if _WHAT_CODE_GUARD_ZH.search(low, lo, hi) is None:
            yield (ASKS_OTP_CODE, m.start(), m.end())


def _bonds(low: str, lo: int, hi: int) -> Iterator[tuple[str, int, int]]:
    for m in _BOND_EN.finditer(low, lo, hi):
        if _PRODUCT_EN.search(low, lo, hi) is not None:
            break
        if _AMOUNT.search(low, lo, hi) is not None and _PURPOSE_EN.search(low, lo, hi) is not None:
            yield (TRANSFER_REQUEST, m.start(), m.end())
            return
    for m in _BOND_ZH.finditer(low, lo, hi):
        if _PRODUCT_ZH.search(low, lo, hi) is not None:
            return
        if _AMOUNT_ZH.search(low, lo, hi) is not None and _PURPOSE_ZH.search(low, lo, hi) is not None:
            yield (TRANSFER_REQUEST, m.start(), m.end())
            return


def _candidates(low: str, lo: int, hi: int, live: frozenset[str]) -> Iterator[tuple[str, int, int]]:
    if "phone" in live:
        yield from _phone_moves(low, lo, hi)
    if "mail" in live:
        yield from _mail_moves(low, lo, hi)
    if "voice" in live:
        yield from _voice_hand_backs(low, lo, hi)
    if "what" in live:
        yield from _what_code(low, lo, hi)
    if "pinyin" in live:
        for m in _PINYIN_ASK.finditer(low, lo, hi):
            yield (_PINYIN_CODE[m.group(1)[0]], m.start(), m.end())
    if "bond" in live:
        yield from _bonds(low, lo, hi)
    if "paste" in live:
        for m in _PASTE_ZH.finditer(low, lo, hi):
            yield (_ZH_CODE[m.group(1) or m.group(2)], m.start(), m.end())


ALL_FAMILIES: Final = frozenset({"phone", "mail", "voice", "what", "pinyin", "bond", "paste"})


def round20_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (ASCII-lower-cased, folded), one per code."""
    live = _families(low)
    return asks_of(low, live) if live else []


def asks_of(low: str, live: frozenset[str]) -> list[Ask9]:
    """The asks of the families ``live`` (``ALL_FAMILIES``: every gate open, for the gates' test)."""
    out: list[Ask9] = []
    seen: set[str] = set()
    for lo, hi in sentences(low):
        cues = Cues(low, lo, hi, _WORDS)
        for code, a, b in _candidates(low, lo, hi, live):
            if code in seen or cues.advice(a) or _negated_in(low, lo, a, b):
                continue
            seen.add(code)
            out.append(Ask9(code, a, b, True))
    return out


def _negated_in(low: str, lo: int, a: int, b: int) -> bool:
    """A negation inside the ask itself ("call no personal number", "不要贴私钥")."""
    return _NEGATION.search(low, max(clause_start(low, lo, a), a), b) is not None


# --- clears ---
_SECRETS: Final = frozenset({ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE})
_API_KEY = _ascii(r"\bapi[\s-]*key\b|\bapikey\b")
_PUBLIC_HALF = _ascii(
    r"\s*(?:'s\s+)?[(（]?\s*(?:the\s+|its\s+|which\s+is\s+|it'?s\s+|is\s+)?(?:public|公开|公共)"
    r"|\s*(?:only\s+)?[(（]\s*(?:it'?s|it\s+is)\s+public"
)
_PUBLIC_BEFORE = _ascii(r"(?:public|公开的?|公共的?)\s*$")
_SECRET_WORD = _ascii(r"\bsecret(?:\s+key)?\b|\bpassphrase\b|secret|密钥")
_KEPT = _ascii(r"\b(?:never|not|don'?t|no\s+need|do\s+not)\b[^.!?;。！？；]{0,30}?$")
_KEPT_AFTER = _ascii(
    r"^[^.!?;。！？；]{0,40}?(?:\b(?:to\s+yourself|stays?\s+(?:with\s+you|private|secret)|must\s+stay|private\b|never\b"
    r"|not\b)|不要|别|不能|不可以|绝对不|千万|自己保管|保密)"
)
# blurred, covered or masked: a participle right after the secret (no clause break, no negation, not
# "打码以外")
_BLURRED_AFTER = _ascii(
    r"^(?:(?!\b(?:not|no|nothing|never)\b|n't|不|别)[^,，.!?;。！？；]){0,20}?"
    r"(?:\b(?:blurred|covered|hidden|masked|redacted|blacked\s+out|pixelated|censored|crossed\s+out)\b"
    r"|打码|遮住|遮挡|遮盖|涂掉|涂黑|马赛克|盖住)(?!以外|之外|除外)"
)
# the verb governs the secret: "cover (up) any passwords", "blur out the codes", 遮住验证码
_BLURRED_BEFORE = _ascii(
    r"(?:\b(?:blur|cover|hide|mask|redact|black|crop|censor|cross)(?:\s+(?:up|out))?\s+(?:(?:any|all|the|your|those"
    r"|these|both)\s+)?(?:[\w-]+\s+)?|(?:打码|遮住|遮挡|遮盖|涂掉|盖住)(?:您的|你的|所有的?)?)"
    r"(?:passwords?|codes?|otps?|seed|keys?|验证码|密码)"
)
_HAND_TO_US = _ascii(
    r"\b(?:tell|read|type|give)\s+(?:it\s+|them\s+)?(?:to\s+)?(?:me|us)\b|告诉我|念给我|报给我"
)
_OWN_SOFTWARE = _ascii(
    r"\b(?:in|into|on)\s+(?:your|the)\s+(?:own\s+)?(?:trading\s+)?(?:bot|script|software|tool|vendor|provider|app)"
    r"(?:'s)?\s*(?:settings|config\w*|dashboard|page|panel)?|(?:量化软件|机器人|第三方|交易软件|脚本)(?:的)?(?:后台|设置|配置)?(?:里|中|上)"
)
_WALLET_SECRET = _ascii(r"\bseed\b|recovery|mnemonic|private\s+key|助记词|私钥|wallet|钱包")


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    a = max(low.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    ends = [i for i in (low.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return a, (min(ends) + 1 if ends else len(low))


def _api_key_public(text: str, start: int, end: int) -> bool:
    """The refused span names the API key, meant as the public half, and every secret mention is kept.

    Read in a window of ``REACH`` around the span's sentence, so a huge reply stays linear."""
    a, b = _sentence(text, start, end)
    w0 = max(0, a - REACH)
    low = text[w0 : min(len(text), b + REACH)]
    start, end = start - w0, end - w0
    keys = list(_API_KEY.finditer(low, start, min(len(low), end + 2)))
    if not keys or _SECRET_WORD.search(low, start, keys[-1].start()) is not None:
        return False
    key = keys[-1]
    if public_api_key(low, key.start(), key.end()):
        return True
    public = (
        _PUBLIC_HALF.match(low, key.end()) is not None
        or _PUBLIC_BEFORE.search(low[max(0, key.start() - 12) : key.start()]) is not None
    )
    mentions = [m for m in _SECRET_WORD.finditer(low) if not (key.start() <= m.start() < key.end())]
    kept = all(
        _KEPT.search(low[max(0, m.start() - 40) : m.start()]) is not None
        or _KEPT_AFTER.search(low[m.end() : m.end() + 50]) is not None
        for m in mentions
    )
    return kept and (public or bool(mentions))


def _blurred(low: str, start: int, end: int) -> bool:
    a, b = _sentence(low, start, end)
    if _HAND_TO_US.search(low, a, b) is not None:
        return False
    if _BLURRED_AFTER.search(low[end : min(b, end + 40)]) is not None:
        return True
    return any(m.end() > start for m in _BLURRED_BEFORE.finditer(low, max(a, start - 40), end))


def _api_passphrase_in_own_bot(low: str, code: str, start: int, end: int) -> bool:
    if code not in (ASKS_SEED_PHRASE, ASKS_PRIVATE_KEY):
        return False
    a, b = _sentence(low, start, end)
    if "passphrase" not in low[a:b] and "api" not in low[a:b]:
        return False
    if _WALLET_SECRET.search(low, a, b) is not None or _HAND_TO_US.search(low, a, b) is not None:
        return False
    return _OWN_SOFTWARE.search(low, a, b) is not None


def clears_round20(low: str, code: str, start: int, end: int) -> bool:
    """Is the verdict ``code`` at [start, end) one of the safe families above?"""
    if code not in _SECRETS:
        return False
    if code == ASKS_PRIVATE_KEY and _api_key_public(low, start, end):
        return True
    return _blurred(low, start, end) or _api_passphrase_in_own_bot(low, code, start, end)


__all__ = ["REACH", "clears_round20", "round20_asks"]
