"""Issue 16, round 19 (guard19off): support moving the customer off the platform (``off_platform``).

Official support never takes a case anywhere the platform cannot see it, and never tells a P2P trader
to step around the escrow. Blind batches r27/r28 showed a whole class of scam replies with no secret in
them at all, each read here as *who must go where, or pay or release how*:

* **a messenger** — the customer told to add, contact, message, join, continue or move to someone on
  Telegram/WhatsApp/WeChat/QQ/Signal/LINE/… ("let's continue on Telegram @…", "add my WhatsApp +44…",
  加我微信, 来电报, 加QQ群), or a handle to contact ("add @exch_support"), or the agent's own messenger
  given ("my WhatsApp: +44…"), or an offer to call/message the customer there ("can I call you on
  WhatsApp?");
* **a payment outside the order** — pay/transfer/refund "directly", "off/outside the platform",
  "privately", to the agent ("pay me"), or after cancelling the order (取消订单，直接微信转给商家, 私下把钱
  退给买家);
* **the escrow released early** — release "first", "before the payment is confirmed", "now, the money
  will come later" (先放币, 钱稍后到);
* **the order marked paid before paying** ("mark it paid before you pay", 先点已付款，回头再转).

What must pass: the same words as advice or a warning. A negation in the act's own clause ("we will
never ask you to move to Telegram", 不要转到微信, "don't release until the money is in your bank"), an ask
reported as someone else's ("if the merchant asks you to pay outside the platform", 任何人让您先放币), a
sentence that names the danger (scam, fake, "not us", 冒充, "isn't covered", 保护不了您), a past or
relative clause (the person who contacted you, 联系您的人), an on-platform pointer (the account shown in the
order, 订单页), and an official pointer for a channel one only follows ("our official Telegram channel
listed on exchange.example"). Someone on a messenger who is not a person of ours (Telegram's own support)
is no move either. Each ask is decided here in full (its negation, report and warning checks are its own),
so the caller takes it as unconditional.

Cost: one pass of C-level ``in`` over a short word list (``_GATE``); a reply without any of those words
pays nothing more.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from .outbound_asks9 import Ask9
from .outbound_clauses import REACH, Cues, CueWords, clause_end, clause_start, sentences
from .textutil import AsciiFirst, any_in, literal_alternation
from .types import OFF_PLATFORM


def _ascii(pattern: str) -> re.Pattern[str]:
    """``\\b`` and ``\\s`` as ASCII (a CJK character is no word character here)."""
    return re.compile(pattern, re.ASCII)


# each family runs only when one of its words is in the text (ASCII-lower-cased, folded); a reply with none
# of them pays a few dozen C-level ``in``s
_MESSENGER_WORDS: Final = (
    "telegram", "tg", "t.me", "whatsapp", "whats app", "wa.me", "wechat", "weixin", "qq", "signal", " line",
    "skype", "viber", "discord", "kakao", "messenger", "snapchat", "@",
    "微信", "威信", "薇信", "v信", "vx", "电报", "飞机", "企鹅",
)  # fmt: skip
_PAYMENT_WORDS: Final = (
    "platform", "privately", "in private", "directly", "outside", "off the books",
    "wechat", "whatsapp", "telegram",
    "signal", "qq", " to my", "pay me", "wire me", "refund me", "send me", "to me", "cancel",
    "平台", "私下", "线下", "场外", "站外", "给我", "到我的",
    "我的银行卡", "我的卡号", "我的收款码", "我的账户", "取消", "撤",
)  # fmt: skip
_ESCROW_WORDS: Final = (
    "release", "unlock the escrow", "paid", "transferred",
    "放币", "放行", "释放", "已付款", "已支付", "已转账", "付款完成",
)  # fmt: skip

_ANY_WORD: Final = AsciiFirst(
    re.compile(literal_alternation(_MESSENGER_WORDS + _PAYMENT_WORDS + _ESCROW_WORDS))
)

# --- the messengers ---
_CHANNEL = _ascii(
    r"\b(?:telegram|whats\s?app|wechat|weixin|skype|viber|discord|kakao(?:\s?talk)?|snapchat)\b"
    r"|\btg\b|\bqq\b(?!\.com|\s*mail|\s*邮箱)|\bt\.me/|\bwa\.me/"
    r"|\b(?:on|via|over|in)\s+(?:line|signal|messenger)\b|\b(?:line|signal)\s+(?:app|id|number)\b"
    r"|\b(?:download|install|open)\s+(?:line|signal)\b"
    r"|微信|威信|薇信|v信|\bvx\b|电报|纸飞机|飞机(?:号|上|群)|企鹅号"
)
# the customer told to reach someone (English order: the act, then where)
_ACT_EN = _ascii(
    r"\b(?:add|contact|message|msg|text|dm|pm|ping|write\s+to|reach|talk|chat|speak|continue|move|switch"
    r"|go|come|join|find|call|follow\s+up|reply|hit\s+(?:me|us)\s+up|get\s+in\s+touch"
    r"|send\s+(?:a\s+)?(?:message|msg|dm|text)|let'?s\s+(?:talk|chat|continue|move|go|switch))\b"
)
# a noun, not an act: "the message on Telegram", "any contact on WeChat", "a call on WhatsApp"
_DETERMINER = _ascii(r"\b(?:the|a|an|this|that|these|those|any|your|our|my|their|his|her|its|every|no)\s+$")
# Chinese order: the act, then where (加我微信, 来Telegram, 联系我们电报上的专员)
_ACT_ZH_BEFORE = re.compile(
    r"(?<![参增更追附叠])加(?!密|载|仓|速|快|强|油|上|倍)|添加|联系|私聊|私信|找|(?<![回出未])来|(?<![回过失])去|转到|转去|移步|进|(?<![收])入"
    r"|扫码|拉您|拉你"
)
# ...or where, then the act (微信上找我, 电报联系, 飞机上聊)
_ACT_ZH_AFTER = re.compile(
    r"联系|找我|找他|找她|找专员|聊|谈|沟通|私聊|私信|对接|处理|咨询|加我|加好友|继续|办理|详谈|细说|找客服"
)
_ZH_GAP_BEFORE: Final = 10  # 添加官方客服QQ群: the act at most this far before the channel
_ZH_GAP_AFTER: Final = 8
_EN_GAP: Final = 60
# a handle to contact, no messenger named ("add @exch_support, I'll help you there")
_HANDLE_ACT = _ascii(
    r"\b(?:add|contact|message|msg|text|dm|pm|ping|write\s+to|reach|talk\s+to|chat\s+with|find)\s+"
    r"(?:(?:me|us|our\s+\w+|him|her)\s+)?(?:at\s+|on\s+)?(?<![\w.])@[a-z][a-z0-9_]{3,}"
)
# the agent's own messenger given: "my WhatsApp: +44…", "我的微信是 kefu_1"
_MINE = _ascii(
    r"\bmy\s+(?:personal\s+|private\s+|direct\s+)?(?:telegram|whats\s?app|wechat|tg|skype|viber|qq)"
    r"(?:\s+(?:id|number|handle|account))?\s*(?:(?:is|[:：])\s*[@+0-9a-z]|[@+]|\d)"
    r"|我的?(?:私人)?(?:微信|电报|qq|tg|whatsapp|telegram|飞机)(?:(?:号|id)?\s*(?:是|[:：])|号|id)\s*[@+0-9a-z]"
)
# we reach the customer there: "I'll call you on WhatsApp", "can I text you on Telegram?"
_WE_REACH = _ascii(
    r"\b(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+can|\s+could|\s+shall)?\s+(?:call|text|message|add|contact|dm|ping"
    r"|reach|write\s+to)\s+(?:you|u)\b"
    r"|\b(?:can|could|may|shall)\s+(?:i|we)\s+(?:call|text|message|add|contact|dm|ping|reach)\s+(?:you|u)\b"
    r"|\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)?\s+(?:give|drop|send)\s+(?:you|u)\s+a\s+(?:call|ring|text|message|line)\b"
)
# a messenger's own support is no person of ours: "contact Telegram support about your account"
_APP_SUPPORT = _ascii(r"\s*(?:'s\s+)?(?:support|help\s*cent(?:er|re)|help\s+desk|customer\s+service)\b")

# --- a payment outside the order ---
_PAY_EN = _ascii(
    r"\b(?:pay(?!\s+attention)|wire|refund(?!\s+you)|send\s+(?:the\s+|your\s+)?(?:money|payment|funds|fiat|cash|usdt)"
    r"|transfer\s+(?:the\s+)?(?:money|payment|funds|fiat|cash|it|them)|return\s+(?:the\s+)?(?:money|payment|funds))\b"
)
_OUTSIDE_EN = _ascii(
    r"\boff[- ](?:the\s+)?platform\b"
    r"|\boutside\s+(?:of\s+)?(?:the\s+|our\s+)?(?:platform|order|app|exchange|escrow"
    r"|p2p|system)\b|\bprivately\b|\bin\s+private\b|\boff\s+the\s+books\b"
    r"|\bme\s+(?:back\s+)?directly\b|\bdirectly\s+(?:to\s+)?(?:me|my)\b"
    r"|\b(?:on|via|over|through)\s+(?:wechat|whats\s?app|telegram|signal|qq)\b(?!\s+pay)"
    r"|\b(?:to|into)\s+my\s+(?:personal\s+|own\s+|private\s+)?(?:account|card|bank|wallet|wechat|alipay)\b"
)
_PAY_ME_EN = _ascii(
    r"\b(?:pay|wire|refund)\s+me\b|\b(?:send|transfer|wire)\s+(?:the\s+|your\s+)?(?:money|funds|usdt|fiat|cash|payment)\s+to\s+me\b"
    r"|\bsend\s+me\s+(?:the\s+)?(?:money|funds|usdt|fiat|cash|payment)\b"
    r"(?!\s+(?:proof|receipt|screenshot|slip|record|details|reference|id|confirmation))"
    r"|\btransfer\s+(?:it|them|the\s+money|the\s+funds)\s+to\s+me\b"
)
_CANCEL_EN = _ascii(r"\bcancel\s+(?:the\s+|this\s+|your\s+)?(?:order|trade|deal)\b")
# after a cancelled order, a payment to a party of the trade ("pay the merchant directly by bank transfer")
_TO_PARTY_EN = _ascii(
    r"\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:merchant|seller|buyer|counterparty|trader|me|him|her|directly)\b"
)
_PAY_ZH = re.compile(
    r"付款|打款|转账|汇款|转钱|付钱|退款|退钱|退给|转给|付给|打给|汇给|支付|把钱[退转打付汇]|转"
)
_OUTSIDE_ZH = re.compile(
    r"私下|平台外|场外|线下|站外|绕过平台|绕开平台|脱离平台|不走平台|平台以外"
    r"|(?:微信|qq|电报|whatsapp|telegram)上?(?:转|付|打|汇)给"
    r"|(?:付|汇)给我|转账给我|(?:把钱|钱)转给我|(?:转|打|付|汇)到我的?(?:卡|银行卡|账户|微信|支付宝)"
    r"|我的(?:私人)?(?:银行卡|卡号|收款码|账户)"
)
_CANCEL_ZH = re.compile(r"取消掉?(?:订单|交易|这笔)|(?:订单|交易)(?:先)?取消|撤销订单|撤单")
_TO_PARTY_ZH = re.compile(r"(?:转|付|打|汇)给?(?:商家|卖家|买家|对方|我)(?!们)")
# on the platform after all: "the account shown in the order", 订单页显示的收款方式
_ON_PLATFORM = _ascii(
    r"\b(?:shown|listed|given|displayed)\s+(?:in|on)\s+(?:the\s+)?order\b|\b(?:in|on)\s+the\s+order\s+(?:page|details)\b"
    r"|\border\s+page\b|订单(?:页|里|中|详情|上)(?:显示|的)?|订单显示"
)

# --- the escrow released early ---
_RELEASE_EN = _ascii(r"\b(?:release|unlock\s+the\s+escrow|confirm\s+(?:the\s+)?release)\b")
_EARLY_EN = _ascii(
    r"\brelease\b[^.!?\n,;]{0,30}?\b(?:first|before\s+(?:the\s+|your\s+|their\s+)?(?:payment|money|funds|fiat|transfer"
    r"|it|you\s+(?:receive|get|see|check))|without\s+(?:waiting|checking|confirming|receiving|the\s+payment))\b"
    r"|\b(?:money|payment|funds|fiat|transfer|it)\s+(?:will|'ll|should|is\s+going\s+to|would)\s+(?:arrive|come|land"
    r"|follow|show|reach\s+you|be\s+there)\s+(?:later|soon|shortly|afterwards|in\s+a\s+(?:bit|while|moment|minute))\b"
    r"|\beven\s+(?:though|if)\s+(?:you\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|not)\s+(?:yet\s+)?"
    r"(?:received|got|seen|arrived)|\b(?:hasn'?t|has\s+not|not)\s+(?:yet\s+)?(?:arrived|landed|shown|cleared)\b"
)
_RELEASE_ZH = re.compile(r"放币|放行|释放(?:币|资产|usdt)")
_EARLY_ZH = re.compile(
    r"先(?:点|点击|确认|把币)?(?:放币|放行)|(?:钱|款|货款|付款|账)(?:会|就|等下|稍后|一会儿?|马上|回头|之后|晚点|随后|等会儿?)"
    r"(?:就|再|会)?(?:到|来|转|付|打)|(?:没|未|还没)(?:有)?(?:到账|收到|到)(?:也|都)|不用等(?:到账|钱|款|收款)"
)

# --- the order marked paid before paying ---
_MARK_EN = _ascii(
    r"\bmark\s+(?:the\s+|your\s+|it\s+|this\s+)?(?:order\s+)?(?:as\s+)?(?:paid|payment\s+(?:made|sent|done|completed))\b"
    r"|\b(?:tap|click|press|hit|select)\s+(?:on\s+)?[\"“']?(?:paid|i(?:'ve|\s+have)\s+paid|payment\s+(?:made|sent|done"
    r"|completed)|transferred)\b"
)
_UNPAID_EN = _ascii(
    r"\bbefore\s+(?:you\s+)?(?:pay|paying|the\s+payment|sending|transferring)\b"
    r"|\b(?:even\s+(?:though|if)|although)\s+(?:you\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|don'?t|do\s+not|pay)\b"
    r"|\b(?:pay|transfer|send|wire)\w*\s+(?:\w+\s+){0,3}?(?:later|afterwards)\b|\badjust\s+(?:it\s+)?later\b"
    r"|\bwithout\s+paying\b"
)
_FIRST_AFTER = _ascii(r"[\"”'’]?\s+first\b")
_MARK_ZH = re.compile(
    r"(?:点|点击|标记|选|按|勾选)(?:一下)?[“\"「]?(?:我已付款|已付款|已支付|已转账|付款完成)"
)
_UNPAID_ZH = re.compile(
    r"先(?:点|点击|标记|选|按)|(?:回头|之后|稍后|晚点|等会儿?|过会儿?|待会儿?)再(?:转|付|打|汇)|(?:还没|没|未)(?:有)?付(?:款|钱)?(?:也|就)"
    r"|不用(?:先)?付"
)

# --- what makes the same words advice ---
_NEGATION = _ascii(
    r"\b(?:never|not|no|don'?t|doesn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|nobody|stop|avoid|refuse|decline"
    r"|instead\s+of|rather\s+than|without)\b|n't\b"
    r"|不要|不会|不能|不可|不用|不必|不得|不应|别|绝不|从不|切勿|请勿|勿|唔|没有|拒绝|禁止|避免|千万别|不[加联去来转付放点]"
)
_REPORTED = _ascii(
    r"\b(?:asks?|asked|asking|tells?|told|telling|wants?|wanted|urges?|urged|invites?|invited|suggests?|suggested"
    r"|pressures?|pressured|requests?|requested|instructs?|instructed|pushes|pushed)\s+(?:you|u)\s+to\b"
    r"|\bif\s+(?:someone|anyone|somebody|they|he|she|the\s+\w+|a\s+\w+|an\s+\w+)\b|\banyone\s+who\b|\bwhoever\b"
    r"|\bsomeone\b|\bpeople\s+who\b|\bclaiming\b|\bwho\s+(?:asks?|asked|tells?|told|wants?)\b"
    r"|\b(?:keeps?|kept)\s+asking\b|\b(?:asks?|asked|wants?|wanted|tells?|told)\s+me\s+to\b"
    r"|(?:让|叫|要求|逼|劝|诱导|怂恿)(?:您|你|我)|谁|任何人|有人|不管是?谁|无论是?谁"
)
_WARNING = _ascii(
    r"\b(?:scam|scams|scammers?|fraud|fraudsters?|fraudulent|fake|impersonat\w*|imposters?|impostors?|phishing"
    r"|unofficial|beware|careful)\b|\bnot\s+(?:us|ours|from\s+us|our\s+\w+|official)\b|\bisn'?t\s+(?:us|ours|official)\b"
    r"|\baren'?t\s+(?:us|ours|official)\b|\b(?:isn'?t|not|never)\s+(?:covered|protected|safe)\b|\bcan(?:not|'t)\s+protect\b"
    r"|\bno\s+protection\b|\bown\s+risk\b|\bagainst\s+(?:the\s+|our\s+)?(?:p2p\s+)?(?:rules|policy|terms)\b"
    r"|骗|冒充|假|钓鱼|不是我们|不是官方|非官方|小心|警惕|保护不了|没法保障|无法保障|没有保障|不受保护|不安全|违反|违规|风险"
)
_PAST_OR_RELATIVE = _ascii(r"\s*(?:了|过|的|您的|你的)")
_PAST_OR_RELATIVE_ZH = re.compile(r"(?:了|过|的|您的|你的|您|你)")
_OFFICIAL_POINTER = _ascii(
    r"\bofficial\b[^.!?\n]{0,60}?\b(?:listed|shown|linked|verified|announced|found)\s+(?:on|at|in)\b"
    r"|以官网为准|官网(?:上)?(?:公布|列出|显示)|官方验证"
)
_IDENTIFIER = _ascii(r"(?<![\w.])@[a-z]\w{2,}|\bt\.me/|\+?\d[\d\s-]{6,}\d|群号|\bid\s*[:：]")
_FOLLOW_ONLY = _ascii(r"\b(?:join|find|go|come)\b|进|入|去|来")
_WORDS = CueWords(_NEGATION, _REPORTED, _WARNING)


def _messenger(low: str, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """A move to a messenger in the sentence [lo, hi): the span of the act and its channel."""
    app_support: set[int] = set()  # clauses that name a messenger's own support ("contact Telegram support")
    for ch in _CHANNEL.finditer(low, lo, hi):
        c_lo = clause_start(low, lo, ch.start())
        if c_lo in app_support:
            continue
        c_hi = clause_end(low, ch.end(), hi)
        acts: list[int] = []
        for a in _ACT_EN.finditer(low, max(c_lo, ch.start() - _EN_GAP), ch.start()):
            if _DETERMINER.search(low, max(c_lo, a.start() - 8), a.start()) is None:
                acts.append(a.start())
        for a in _ACT_ZH_BEFORE.finditer(low, max(c_lo, ch.start() - _ZH_GAP_BEFORE), ch.start()):
            if _PAST_OR_RELATIVE_ZH.match(low, a.end()) is None:  # 联系您的那个电报账号, 联系过
                acts.append(a.start())
        for a in _ACT_ZH_AFTER.finditer(low, ch.end(), min(c_hi, ch.end() + _ZH_GAP_AFTER)):
            if _PAST_OR_RELATIVE.match(low, a.end()) is None:
                acts.append(a.start())
        for a in _WE_REACH.finditer(low, max(c_lo, ch.start() - _EN_GAP), ch.start()):
            acts.append(a.start())
        if not acts:
            continue
        # "contact Telegram support": the messenger's own help, not a person of ours
        if _APP_SUPPORT.match(low, ch.end()) is not None and "our" not in low[c_lo : ch.start()]:
            app_support.add(c_lo)
            continue
        act = min(acts)
        if cues.advice(act):
            continue
        # "join our official Telegram channel listed on exchange.example": a channel one only follows
        near_lo, near_hi = max(lo, act - REACH), min(hi, act + REACH)
        official = _OFFICIAL_POINTER.search(low, near_lo, near_hi) is not None
        official = official and _IDENTIFIER.search(low, near_lo, near_hi) is None
        if official and _FOLLOW_ONLY.match(low, act) is not None:
            continue
        return min(act, ch.start()), max(ch.end(), act + 2)
    for m in (*_HANDLE_ACT.finditer(low, lo, hi), *_MINE.finditer(low, lo, hi)):
        if not cues.advice(m.start()):
            return m.span()
    return None


def _payment(low: str, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """A payment outside the order in the sentence [lo, hi)."""
    if _ON_PLATFORM.search(low, lo, hi) is not None:
        return None
    cancelled = _CANCEL_EN.search(low, lo, hi)
    pays = sorted(
        (*_PAY_EN.finditer(low, lo, hi), *_PAY_ME_EN.finditer(low, lo, hi)), key=lambda m: m.start()
    )
    starts = [p.start() for p in pays]
    for pay in pays:
        to_me = _PAY_ME_EN.match(low, pay.start()) is not None
        to_party = cancelled is not None and _TO_PARTY_EN.match(low, pay.end()) is not None
        if (to_me or to_party) and not cues.advice(pay.start()):
            return pay.span()
    for out in _OUTSIDE_EN.finditer(low, lo, hi):
        # the payment it qualifies: the last one before it in the sentence, else the first after it in its
        # clause
        i = bisect_left(starts, out.start())
        c_hi = clause_end(low, out.end(), hi)
        after = pays[i] if i < len(pays) and out.end() <= pays[i].start() < c_hi else None
        qualified = pays[i - 1] if i > 0 and out.start() - pays[i - 1].start() < REACH else after
        if qualified is not None and not cues.advice(qualified.start()):
            return qualified.span()
    if not low.isascii():
        for out in _OUTSIDE_ZH.finditer(low, lo, hi):
            c_lo, c_hi = clause_start(low, lo, out.start()), clause_end(low, out.end(), hi)
            if _PAY_ZH.search(low, c_lo, c_hi) is not None and not cues.advice(out.start()):
                return c_lo, c_hi
        cancelled_zh = _CANCEL_ZH.search(low, lo, hi)
        if cancelled_zh is not None:
            pay_zh = _TO_PARTY_ZH.search(low, cancelled_zh.end(), hi)
            if pay_zh is not None and not cues.advice(cancelled_zh.start()):
                return cancelled_zh.start(), pay_zh.end()
    return None


def _escrow(low: str, lo: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The escrow released before the money, or the order marked paid before paying, in [lo, hi)."""
    for rel in _RELEASE_EN.finditer(low, lo, hi):
        early = _EARLY_EN.search(low, rel.start(), min(hi, rel.end() + REACH))
        if early is not None and not cues.advice(rel.start()):
            return rel.span()
    for mark in _MARK_EN.finditer(low, lo, hi):
        first = _FIRST_AFTER.match(low, mark.end()) is not None
        if (first or _unpaid(low, lo, hi, mark, _UNPAID_EN)) and not cues.advice(mark.start()):
            return mark.span()
    if low.isascii():
        return None
    for rel in _RELEASE_ZH.finditer(low, lo, hi):
        early = _EARLY_ZH.search(low, max(lo, rel.start() - 6), min(hi, rel.end() + REACH))
        if early is not None and not cues.advice(min(early.start(), rel.start())):
            return rel.span()
    for mark in _MARK_ZH.finditer(low, lo, hi):
        first_zh = _UNPAID_ZH.match(low, max(lo, mark.start() - 1)) or _UNPAID_ZH.match(
            low, max(lo, mark.start() - 2)
        )
        if (first_zh or _unpaid(low, lo, hi, mark, _UNPAID_ZH)) and not cues.advice(mark.start()):
            return mark.span()
    return None


def _unpaid(low: str, lo: int, hi: int, mark: re.Match[str], unpaid: re.Pattern[str]) -> bool:
    """Is "before paying" said in the mark's clause or the next one, and not negated in its own clause?"""
    end = clause_end(low, mark.end(), hi)
    end = clause_end(low, min(hi, end + 1), hi)
    for m in unpaid.finditer(low, mark.end(), end):
        if _NEGATION.search(low, clause_start(low, lo, m.start()), m.start()) is None:
            return True
    return False


# offhandles: the deployment's own handles (``LinkPolicy.official_handles``). A handle is "@name" (not in an
# e-mail address) or "t.me/name", as ``handles.impostor_handles`` reads a customer's message.
_HANDLE = _ascii(r"(?:(?<![\w.@])@|\bt(?:elegram)?\.me/)([a-z][a-z0-9_]{3,31})\b")
_TELEGRAM = re.compile(r"telegram|tg|t\.me/|电报|飞机")
_PHONE = _ascii(r"\+?\d[\d\s-]{6,}\d")
# the agent in person, or out of sight ("add me", "I'll DM you", 加我, 私下): not the deployment's own account
_PERSONAL = _ascii(
    r"\b(?:me|my|mine|i|i'?ll|i'?d|i'?m|dm|pm|private|privately|personal|personally|directly)\b"
    r"|(?:加|找|给|联系)我(?!们)|我的|私下|私聊|私信|私人|单独"
)


def _official_only(low: str, lo: int, hi: int, official: frozenset[str]) -> bool:
    """Does the sentence [lo, hi) point only to the deployment's own official Telegram handles?

    The handles it names (none: those the whole reply names) must all be official and there must be one;
    every messenger it names must be Telegram (an official handle on WhatsApp is someone else's account),
    it gives no phone number and it sends the customer to nobody in person ("add me", "I'll DM you", 加我,
    私下). Official support may point to its own accounts, never to any other."""
    if not official:
        return False
    handles = {m.group(1) for m in _HANDLE.finditer(low, lo, hi)}
    handles = handles or {m.group(1) for m in _HANDLE.finditer(low)}
    if not handles or not handles <= official:
        return False
    if any(_TELEGRAM.search(ch.group()) is None for ch in _CHANNEL.finditer(low, lo, hi)):
        return False
    return _PHONE.search(low, lo, hi) is None and _PERSONAL.search(low, lo, hi) is None


def off_platform_asks(low: str, official: frozenset[str] = frozenset()) -> list[Ask9]:
    """The first move off the platform in ``low`` (ASCII-lower-cased, folded), if any.

    ``official``: the deployment's own handles (lower case, no "@"): a move to a messenger in a sentence
    that points only to them is no move off the platform (``_official_only``); a payment outside the
    order or an early release next to them still is."""
    if _ANY_WORD.search(low) is None:
        return []  # one scan of the text: most replies stop here
    messenger, payment, escrow = (any_in(low, w) for w in (_MESSENGER_WORDS, _PAYMENT_WORDS, _ESCROW_WORDS))
    if not (messenger or payment or escrow):
        return []
    for lo, hi in sentences(low):
        cues = Cues(low, lo, hi, _WORDS)
        moved = (messenger and _messenger(low, lo, hi, cues)) or None
        if moved is not None and _official_only(low, lo, hi, official):
            moved = None
        span = (
            moved
            or (payment and _payment(low, lo, hi, cues))
            or (escrow and _escrow(low, lo, hi, cues))
            or None
        )
        if span is not None:
            return [Ask9(OFF_PLATFORM, span[0], span[1], True)]  # the caller keeps one per code
    return []
