"""More of the outbound checker's vocabulary: who is warned about, credentials that are not a
password, and payments asked for without an address.

Kept apart from ``outbound_secret_nouns`` and ``outbound_request_words`` (phrases of the original
families) so each stays readable.
Every pattern runs on the folded, ASCII-lower-cased message (``textutil.ascii_lower``).

* Warning words. A warning names someone else as the one who asks ("scammers ask for your code",
  "如果有人让您转账"); a scam names them too, as the pretext ("to stop the hacker's withdrawal I
  need the code", "有人在异地登录，请把验证码发给我"). So an actor word ("scammer", "someone",
  有人, 骗子) only turns the sentence into a warning when it acts as the asker: an asking or
  habitual verb follows it ("scammers often ask", "假客服经常索要", "someone claiming to be"), or
  a conditional or warning cue precedes it ("if someone", "beware of", 如果, 谨防). Universal and
  conditional phrases ("anyone who", "including us", 如果有人, 任何人) always warn.
* Credentials: an exchange API key, secret or passphrase is refused like a private key (it trades
  and withdraws in the customer's name: ``asks_private_key``); a 2FA setup or backup key ("the
  letters under the QR code") like the codes it makes (``asks_otp_code``); the recovery sheet, the
  card or the words written when the wallet was made like the phrase (``asks_seed_phrase``).
* Payments without an address: an amount, a verb of paying and a reason to pay before getting
  one's money ("a verification deposit of 100 USDT is required before we can process your
  withdrawal", "提现前需要先交一笔保证金", "deposit 500 USDT to raise your credit score"); a gift
  card to buy and hand over; "move your balance there" after a made-up safe place named earlier.
"""

from __future__ import annotations

import re
from typing import Final

from .textutil import AsciiFirst, Phrases, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE

# --- who asks: warnings --------------------------------------------------------------------------
ALWAYS_GUARDS = Phrases(
    [
        "no one",
        "nobody",
        "including us",
        "even us",
        "if someone",
        "if somebody",
        "if anybody",
        "if anyone",
        "whoever",
        "any person",
        "anyone who",
        "anybody who",
        "those who",
        "people who",
        "someone's",
        "somebody's",
        "someone else",
        "somebody else",
        "anyone else",
        "third party",
        "third-party",
        "third parties",
        "如果有人",
        "若有人",
        "假如有人",
        "一旦有人",
        "如有人",
        "凡是",
        "没有人",
        "没人",
        "任何人",
        "任何",
        "包括我们",
        "包括客服",
        "包括官方",
        "他人",
        "第三方",
    ]
)
ACTOR_GUARDS = Phrases(
    [
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "others",
        "other people",
        "stranger",
        "strangers",
        "scam",
        "scams",
        "scammer",
        "scammers",
        "fraud",
        "fraudster",
        "fraudsters",
        "phishing",
        "fake",
        "impersonate",
        "impersonates",
        "impersonating",
        "impersonation",
        "impersonator",
        "impersonators",
        "criminal",
        "criminals",
        "hacker",
        "hackers",
        "a caller",
        "callers",
        "the caller",
        "有人",
        "别人",
        "陌生人",
        "自称",
        "声称",
        "假装",
        "骗子",
        "诈骗",
        "冒充",
        "假冒",
        "钓鱼",
        "盗号",
        "假客服",
        "黑客",
        "坏人",
        "不法分子",
    ]
)
# an actor that asks, claims, or habitually does something: the sentence describes them
ACTOR_ACTS = compile_ascii(
    r"\b(?:asks?|asking|asked|requests?|requesting|requested|wants?|wanted|demands?|demanding|tells?|told"
    r"|contacts?|contacted|contacting|messages?|messaged|dms?|calls?|called|calling|claims?|claiming|claimed"
    r"|pretends?|pretending|poses?|posing|offers?|offering|sends?\s+you|may|might|will|would|could|often"
    r"|usually|always|sometimes|try|tries|trying|tried|gets?|got|say|says|said|account|accounts|sites?"
    r"|websites?|links?|apps?|support|agents?|staff|emails?|texts?)\b"
    r"|索要|索取|要求|问您要|问你要|向您要|向你要|让|叫|(?<!需)要您|(?<!需)要你|自称|声称|冒充|假装|假扮|联系|常"
    r"|私信|打电话|来电|会|经常|常常|往往|可能|都是|就是|一律|客服|网站|链接|电话|短信|邮件"
)
# a cue before the actor that makes the sentence a warning or a condition
ACTOR_CUE_BEFORE = compile_ascii(
    r"(?:\b(?:if|when|whenever|any|beware(?:\s+of)?|watch\s+out\s+for|avoid|report|block|ignore|with|to"
    r"|never|not|no|careful|warning|alert|about)\s+(?:a\s+|an\s+|the\s+|any\s+)?"
    r"|如果|若|假如|一旦|谨防|警惕|小心|防范|提防|举报|不要理会|别理|给|向|和|跟|注意)$"
)
_ACTOR_AFTER: Final = 50
_ACTOR_BEFORE: Final = 20
_NOT_ACTOR_BEFORE: Final = frozenset("持所拥私")  # 持有人, 所有人, 拥有人: an owner, not "someone"


# "不用打开任何网页", "no need for any app": "any" right after a negation is the negation's object
# ("no page at all"), not "anyone" (a warning about someone else's asks)
_ANY_WORDS: Final = frozenset({"任何"})
_NEGATED_ANY = compile_ascii(r"(?:不用|不需要|无需|不必|没有|没|不)\S{0,4}$")


# "he is not a scammer", "isn't fake", 他不是骗子: a warning word denied right before it warns of nothing
_DENIED = compile_ascii(r"(?:\bnot|n't|\bnever)\s+(?:an?\s+|the\s+)?$|(?:不是|并非|并不是|绝非|不算)$")


def _denied(low: str, start: int, a: int) -> bool:
    return _DENIED.search(low, max(start, a - 12), a) is not None


def warning_ends(low: str, start: int, end: int) -> list[int]:
    """Ends of the warning words of the sentence [start, end) (see the module docstring)."""
    out = [
        e
        for a, e in ALWAYS_GUARDS.spans(low, start, end)
        if not (low[a:e] in _ANY_WORDS and _NEGATED_ANY.search(low, max(start, a - 6), a))
        and not _denied(low, start, a)
    ]
    for a, b in ACTOR_GUARDS.spans(low, start, end):
        if low[a:b] == "有人" and a > 0 and low[a - 1] in _NOT_ACTOR_BEFORE:
            continue
        if _denied(low, start, a):
            continue
        acts = ACTOR_ACTS.search(low, b, min(end, b + _ACTOR_AFTER))
        # "scammers ask", "fake support often asks", "假客服经常索要": the actor's verb comes soon
        acts_ok = acts is not None and _no_request_between(low, b, acts.start())
        if acts_ok or ACTOR_CUE_BEFORE.search(low, max(start, a - _ACTOR_BEFORE), a) is not None:
            out.append(b)
    return sorted(out)


_OUR_REQUEST = compile_ascii(r"\b(?:i|we)\s+(?:need|want|require)|\bplease\b|请|麻烦")


def _no_request_between(low: str, a: int, b: int) -> bool:
    """No request of ours between the actor and its verb ("the hacker's withdrawal, I need …")."""
    return _OUR_REQUEST.search(low, a, b) is None


# --- credentials that are not a password ----------------------------------------------------------
CREDENTIAL_NOUNS: Final[dict[str, tuple[str, re.Pattern[str]]]] = {
    "api_secret": (
        ASKS_PRIVATE_KEY,
        compile_ascii(
            r"\bapi[\s_-]*(?:keys?|secrets?|secret[\s_-]*keys?|credentials?|pass\s?phrases?|tokens?)\b"
            r"(?:\s*(?:and|&|\+|/|,|with|together\s+with)\s*(?:its\s+|the\s+|your\s+)?(?:api\s+)?"
            r"(?:secret(?:\s*key)?|pass\s?phrase)\b)?"
            r"|\b(?:its|their|the\s+api|your\s+api)\s+secret\b"
            # "create an API key … send me both the key and the secret": a key with its secret is a credential
            r"|\b(?:both\s+)?(?:the\s+|your\s+)?(?:access\s+)?key\s+(?:and|&|\+|/)\s+(?:the\s+|its\s+|your\s+)?secret\b"
            r"|api\s*(?:key|密钥|秘钥|私钥|口令|密码)(?:\s*(?:和|与|及|跟|、|/)\s*(?:api\s*)?(?:secret(?:\s*key)?|密钥"
            r"|私钥|密码短语|口令))?|api的(?:密钥|秘钥|私钥|secret)|密码短语|口令短语"
            # "把 Key 和 Secret 都发给我": an API key named with its secret
            r"|(?<![a-z])key\s*(?:和|与|及|跟|、)\s*(?:api\s*)?secret\b"
        ),
    ),
    "totp_secret": (
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:2fa|mfa|totp|authenticator|google\s+auth(?:enticator)?|ga)\s+(?:setup\s+|backup\s+|recovery\s+"
            r"|secret\s+)?(?:keys?|secrets?|seeds?)\b"
            r"|\b(?:setup|backup)\s+keys?\b"
            # a 2FA key is 16 to 32 characters; a 64-character string is a hash (round 11: a TXID ask)
            r"|\b(?:1[0-9]|2[0-9]|3[0-2]|sixteen|thirty[- ]two)[- ]char(?:acter)?s?\s+"
            r"(?:backup\s+|setup\s+|secret\s+)?(?:key|code|string)\b"
            r"|\b(?:text|letters|code|string|characters|key)\s+(?:shown\s+|printed\s+|written\s+)?(?:under|below"
            r"|beneath|next\s+to|above)\s+the\s+qr(?:\s*code)?"
            r"|(?:谷歌|google|身份)?验证器?的?(?:备份|恢复|绑定)?(?:密钥|秘钥|私钥)|(?:备份|绑定)密钥"
            r"|二维码(?:下面|下方|旁边|上面)的?(?:那串|这串|那个|这个|一串)?(?:字母|字符|密钥|代码|文字|英文)"
            r"|(?:16|十六|32)位(?:的)?(?:备份)?(?:密钥|字母|字符)"
            r"|(?:2fa|mfa|谷歌|google|ga|身份验证器?|验证器)?的?(?:备用码|恢复码|备份码|救援码)"
        ),
    ),
    "seed_sheet": (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\b(?:recovery|backup|seed|mnemonic|wallet)\s+(?:sheet|card|paper|note|notebook|plate)s?\b"
            r"|\b(?:paper|card|sheet|note|page)\s+(?:where|on\s+which|that)\s+you\s+(?:wrote|noted|copied|saved)"
            r"|\b(?:secret|restore|restoration|recovery|backup|seed|mnemonic)\s+words\b"
            r"|\bwallet'?s?\s+(?:secret\s+|backup\s+|restore\s+|recovery\s+)?words\b"
            r"|\bwords\s+(?:that\s+|which\s+)?you\s+(?:got|were\s+given|received|saw|wrote)\s+when\s+you"
            r"|\bwords\s+(?:on|from)\s+(?:the|your)\s+(?:card|sheet|paper|plate|backup)"
            r"|\b(?:those|these|the|your)\s+(?:12|24|twelve|twenty[- ]four)\s+words\b"
            r"|(?:抄|写|记)(?:下|在)?(?:助记词|单词|词)?的(?:那张|这张)?(?:纸|卡片|卡)"
            r"|(?:抄下|写下|记下|备份)的?(?:那|这)?(?:几个|些|串|组)?(?:英文)?(?:单)?词"
            # words described by how they were kept: "抄下来的那组词", "钢板上刻的那些词"
            r"|(?:抄|写|记|刻|印|誊)(?:下来?|在[^，。,]{0,6}?上)?的(?:那|这)?(?:几个|些|串|组|十二个|二十四个|\d+个)?"
            r"(?:英文)?(?:单)?词(?!典|汇|语|条)"
            r"|(?:钢板|铁板|金属板|纸条?|卡片?|本子|笔记本)上(?:面)?(?:刻|写|抄|记|印)?(?:着|下)?的(?:那|这)?"
            r"(?:几个|些|串|组)?(?:英文)?(?:单)?词(?!典|汇|语|条)"
            r"|\bwords\s+(?:that\s+)?(?:you\s+)?(?:engraved|stamped|etched|punched|written|wrote|copied|noted"
            r"|printed|scribbled)\b"
            r"|(?:12|24|十二|二十四)\s*个(?:英文|助记)?词|备份卡|助记词卡|恢复卡"
        ),
    ),
}

# --- payments asked for without an address ---------------------------------------------------------
# Reasons to pay before getting one's money (searched in a sentence that has an amount).
PAYMENT_PRETEXT = compile_ascii(
    r"\bbefore\s+(?:we\s+can\s+|you\s+can\s+)?(?:process(?:ing)?\s+|releas(?:e|ing)\s+|approv(?:e|ing)\s+)?"
    r"(?:your\s+|the\s+|any\s+)?withdraw"
    # a fee alone is ordinary ("the network fee is 0.0002 BTC"); a tax or a penalty to be paid to
    # us is not something an exchange collects by transfer
    r"|\b(?:tax|taxes|levy|penalty|fine)\b|\b(?:unfreez\w*|unlock\w*|release|clearance|processing|insurance)\s+fees?\b"
    r"|\bcredit\s+score|\b(?:verification|security|guarantee|refundable|activation|unlock|margin\s+call)"
    r"\s+deposit|\bupgrad\w*\s+(?:to\s+)?vip|\bunlock\s+(?:your\s+|the\s+)?withdrawals?"
    r"|\brelease\s+(?:the\s+|your\s+)?(?:funds|withdrawal|balance)|\b(?:we'?ll|we\s+will)\s+(?:return|refund)\b"
    r"|\b(?:will\s+be|is|are|gets?)\s+"
    r"(?:returned|refunded|released)|\bnegative\s+balance|\bcompliance\s+pool"
    r"|保证金|押金|税|激活费|解冻费|验证费|信用分|流水|提现前|提现之前|才能提现|才能放款|放款|释放|解锁|解冻"
    r"|升级vip|可退还|会退还|退还|合规池"
    # a fee paid before the service: "recovery fee is 10% upfront", "先收10%服务费"
    r"|\bup-?front\b|\bin\s+advance\b|\badvance\s+(?:fee|payment)|\bfees?\s+(?:first|before)\b"
    r"|\bfirst\s+(?:a|an|the)?\s*(?:[0-9.,%]+\s*(?:usdt|btc|eth|u)?\s+)?(?:\w+\s+)?fee\b"
    r"|先(?:收|付|交|缴|支付)|预付|提前(?:支付|缴纳|交|付)|(?:服务|追回|找回|处理|解冻)费"
)
PAYMENT_VERBS = compile_ascii(
    r"\b(?:pay|pays|paid|paying|deposit|top[- ]?up|stake|staking|send|transfer|wire|buy|purchase)\b"
    r"|充值|缴纳|交纳|交(?=一笔|\s*[0-9])|质押|支付|付款|转账|转入|购买|买"
)
GIFT_CARD = compile_ascii(
    r"\b(?:gift|steam|itunes|apple|google\s+play|amazon|prepaid)\s*cards?\b|礼品卡|充值卡|点卡|购物卡|京东卡|苹果卡"
    r"|(?:京东|苹果|天猫|超市|游戏|话费)?e卡|卡密|京东e卡|游戏卡|话费卡|超市卡"
)
# A made-up safe place for the customer's money, named anywhere in the message.
SAFE_PLACE = compile_ascii(
    r"\b(?:protected|safe|safety|secure|insured|escrow|compliance|settlement|holding|temporary|isolated|audit)\s+"
    r"(?:vault|pool|account|wallet|address)\b"
    r"|(?:保护|安全|托管|合规|结算|隔离|临时)(?:金库|池|账户|钱包|地址)|我们的\S{0,4}?(?:钱包|地址|账户|账号)"
)
# "move your balance there", "转进去": the destination is the place named before
THERE = compile_ascii(r"\b(?:there|into\s+it|to\s+it|over\s+there)\b|进去|过去|进来|到那里|到那个")


# --- a request after the secret that asks for something else ---------------------------------------
# "改好后告诉我" (tell me once you have changed it), "然后告诉我是否成功" (tell me whether it worked): the
# customer reports an outcome; the secret was named for what they must do with it in the product.
_CHANGED_BETWEEN = compile_ascii(
    r"修改|改好|改掉|改完|更改|重置|更换|换掉|换成|设置好|开启|完成|"
    r"\b(?:chang(?:e|ed|ing)|reset|update[ds]?|enabled?|turn(?:ed)?\s+on|finish(?:ed)?|done)\b"
)
_OUTCOME_AFTER = compile_ascii(
    r"\s*(?:我|一下)?\s*(?:是否|有没有|能否|能不能|可不可以|结果|进展|情况|成功|好了没|一声|\b(?:whether|if|how)\b)"
)
# "修改密码后请告诉我", "改完密码后告诉我": the secret is the object of a change, the request comes after it
_CHANGED_BEFORE = compile_ascii(
    r"(?:修改|更改|改完|改好|改|重置|设置好|更换|换)(?:了|完|好)?(?:您的|你的|一下)?\S{0,4}$"
    r"|\b(?:chang(?:e|ed|ing)|reset|update[ds]?)\s+(?:your\s+|the\s+)?\S{0,12}$"
)
_AFTER_DONE = compile_ascii(r"后|之后|以后|\b(?:after|once|when)\b")


def done_then_tell(low: str, sentence_start: int, noun_start: int, noun_end: int, ask_end: int) -> bool:
    """Is the request after the secret ("…后告诉我") about a change of it done first?"""
    if _OUTCOME_AFTER.match(low, ask_end) is not None:
        return True
    changed = _CHANGED_BEFORE.search(low, max(sentence_start, noun_start - 14), noun_start) is not None
    return changed and _AFTER_DONE.search(low, noun_end, ask_end) is not None


def reports_outcome(low: str, noun_end: int, ask_start: int, ask_end: int) -> bool:
    """Does a request found after the secret ask for an outcome rather than for the secret?"""
    return (
        _CHANGED_BETWEEN.search(low, noun_end, ask_start) is not None
        or _OUTCOME_AFTER.match(low, ask_end) is not None
    )


def asks_outcome(low: str, lo: int, noun_start: int, noun_end: int, ask_start: int, ask_end: int) -> bool:
    """Either reading above ("改好后告诉我", "修改密码后请告诉我"; ``lo``: the sentence's start): the
    request after the secret asks how a change went, not for the secret."""
    return reports_outcome(low, noun_end, ask_start, ask_end) or done_then_tell(
        low, lo, noun_start, noun_end, ask_end
    )


# --- round 5: small word lists ---------------------------------------------------------------------
# 别 inside a word is no "don't": 分别 (each), 区别 (difference), 特别, 告别, 级别, 类别, 个别, 性别, 识别
BIE_WORDS: Final = frozenset("分区特告级类个性差识鉴辨派")
# A web page, link or QR code as the place a wallet secret is to be typed: nothing of ours takes one,
# so "enter your words on the page" is an ask however it is worded (the customer's own wallet app is
# not such a place)
WEB_PLACE = compile_ascii(
    r"\b(?:web\s*page|page|site|website|link|url|form|qr(?:\s*code)?)\b|页面|网页|网站|链接|二维码|表单"
)


# --- an ask reported about someone we disown -------------------------------------------------------
# "The specialist on Telegram who asked for your seed is not us", 要您助记词的那个人不是我们的员工: the
# ask sits in a relative clause of a past request, and the sentence then says that its subject is not
# us (or a fake, or to be blocked). The clause is a description, not our request.
_REPORTED_ASK = compile_ascii(
    r"\b(?:who|that)\s+(?:had\s+|has\s+)?(?:just\s+|already\s+|earlier\s+|then\s+)?(?:asked|requested"
    r"|demanded|wanted|needed)\b"
    r"|(?:向|找|跟)(?:您|你)(?:要|索要|索取|要求)[^，。！？,;；]{0,12}?的(?:那个|那位|这个|这位)?"
    r"(?:人|账号|帐号|对方|客服|专员|群|网站)"
    r"|(?:要|索要|索取)(?:您|你)(?:的)?[^，。！？,;；]{0,12}?的(?:那个|那位|这个|这位)?"
    r"(?:人|账号|帐号|对方|客服|专员|群|网站)"
)
# Every match of _REPORTED_ASK holds one of these: a window without any is not scanned by it.
_REPORTED_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            (
                "asked",
                "requested",
                "demanded",
                "wanted",
                "needed",
                "您要",
                "你要",
                "您索",
                "你索",
                "要您",
                "要你",
                "取您",
                "取你",
            )
        )
    )
)
# round 8: what the customer told us someone else asked ("you mentioned that an 'agent' asked for your
# code", 您提到有"客服"在电话里要您的验证码), disowned after; tried only where its literals are
_TOLD_HINT = re.compile(r"said|mentioned|told|reported|wrote|explained|有[人个一\"“「]")
_TOLD_ASK = compile_ascii(
    r"\b(?:you|u)\s+(?:said|mentioned|told\s+(?:me|us)|reported|wrote|explained)\s+(?:that\s+)?"
    r"(?:someone|somebody|a|an|the|some|they|he|she)\b[^.!?;]{0,40}?(?<![a-z0-9_])(?:asked|requested|demanded|wanted)\b"
    r"|有(?:人|个人|一个人|[\"“「][^\"”」]{1,8}[\"”」])[^，。！？,;；]{0,12}?(?:要|索要|索取|问)(?:您|你)"
)
_DISOWNED = compile_ascii(
    r"(?:\b(?:is|was|are|were)\s+(?:not|never)|\b(?:isn't|wasn't|aren't|weren't))\s+(?:us|from\s+(?:us|our)"
    r"|(?:one|part)\s+of\s+(?:us|our)|affiliated|(?:an?\s+|our\s+)?(?:official|real|genuine|legit)|our\b"
    r"|an?\s+(?:employee|agent|member|staff))"
    r"|(?<!not\s)(?<!not\sa\s)(?<!not\san\s)(?<!n't\s)(?<!n't\sa\s)(?<!n't\san\s)"
    r"(?<![a-z0-9_])(?:fake|impostors?|imposters?|scam|scammers?|fraud|fraudsters?)\b"
    r"|\b(?:block|report|ignore)\s+(?:them|him|her|it|that|this)\b"
    r"|\b(?:is|was|are|were)\s+not\s+from\s+(?:the\s+)?(?:exchange|support|official)|\bthat\s+(?:wasn't|was\s+not)\s+us\b"
    r"|不是(?:我们|我司|官方|本平台|平台|客服)|(?<!不是)(?<!不)(?:假冒|冒充|骗子|诈骗)|拉黑|举报"
)


def disowned_asks(low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of past asks in relative clauses whose subject the sentence then disowns."""
    # round 8: the disowning may open the next sentence ("… asked for your code. That wasn't us.")
    reach = min(len(low), hi + _DISOWN_NEXT)
    out = []
    found = list(_REPORTED_ASK.finditer(low, lo, hi)) if _REPORTED_HINT.search(low, lo, hi) else []
    if _TOLD_HINT.search(low, lo, hi) is not None:
        found += _TOLD_ASK.finditer(low, lo, hi)
    for m in found:
        disowned = _DISOWNED.search(low, m.end(), reach)
        if disowned is not None:
            # the whole told ask up to the disowning ("who asked you to move funds to a 'secure
            # wallet' was a scammer"), not only its verb
            out.append((m.start(), max(m.end(), min(disowned.start(), hi))))
    return out


_DISOWN_NEXT: Final = 24


# --- a self-check of what was typed -----------------------------------------------------------------
# "请核对登录密码和资金密码是否输入正确", "double-check whether you typed the password correctly": the
# customer checks their own typing; nothing is asked back (核对你的助记词 alone still is a request)
_SELF_CHECK_VERB = compile_ascii(r"核对|核实|检查|确认|\b(?:check|double[- ]check|verify|make\s+sure)\b")
_TYPED_RIGHT = compile_ascii(
    r"[^，。！？,.!?\n]{0,16}?(?:是否|有没有|是不是|\bwhether\b|\bif\b|\bthat\b)[^，。！？,.!?\n]{0,16}?"
    r"(?:输入|输|填写|填|打|键入|\btyped\b|\bentered\b|\bspelled\b)[^，。！？,.!?\n]{0,6}?"
    r"(?:正确|对|错|\bcorrect(?:ly)?\b|\bright\b|\bproperly\b)"
)


def checks_own_typing(low: str, verb_start: int, verb_end: int, noun_end: int, hi: int) -> bool:
    """Is the verb before the secret a self-check of how it was typed?"""
    return (
        _SELF_CHECK_VERB.match(low, verb_start, verb_end) is not None
        and _TYPED_RIGHT.match(low, noun_end, hi) is not None
    )


# --- whether it came, not what it says --------------------------------------------------------------
# "tell me whether the SMS code arrived", "tell me if the code came through": the verb's object is a
# yes/no question about the secret's delivery
_WHETHER_BEFORE = compile_ascii(
    r"\b(?:whether|if)\s+(?:the\s+|your\s+|our\s+|an?\s+)?(?:[a-z0-9-]+\s+){0,2}$"
)
_ARRIVAL_AFTER = compile_ascii(
    r"(?:\s+(?:code|message|text|e-?mail)s?)?\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|did\s+|actually\s+|ever\s+|already\s+|just\s+)?"
    r"(?:arrived?|came|come|reached\s+you|got\s+through|came\s+through|went\s+through|was\s+delivered"
    r"|been\s+delivered|showed\s+up|show\s+up|worked|work)\b"
)


def whether_delivered(low: str, verb_end: int, noun_start: int, noun_end: int, hi: int) -> bool:
    """Is the secret after the verb the subject of a whether-question about its delivery?"""
    return (
        _WHETHER_BEFORE.search(low, verb_end, noun_start) is not None
        and _ARRIVAL_AFTER.match(low, noun_end, hi) is not None
    )


# --- an incoming ask as a condition -----------------------------------------------------------------
# "if u get a call from 'support' asking for the sms code, hang up", 如果您接到要求提供验证码的电话: the ask
# belongs to a caller the sentence describes; the clause ends at its comma
_INCOMING_ASK = compile_ascii(
    r"\b(?:if|when|whenever|should)\s+(?:you|u)\s+(?:ever\s+)?(?:get|receive|see|got|are\s+sent)\s+(?:a|an|any"
    r"|some)\s+(?:[a-z'\"]+\s+){0,2}?(?:call|calls|message|messages|text|texts|sms|e-?mails?|dms?|pms?|links?"
    r"|requests?)\b(?:[^.,;:!?\n]{0,60}?\s)?(?:asking|requesting|demanding|wanting|that\s+asks?|which\s+asks?)\b"
    r"[^.,;:!?\n]*"
    r"|(?:如果|若|要是|一旦)(?:您|你)?(?:接到|收到|看到)[^，。！？,;；\n]{0,20}?(?:要求|索要|索取|让您|让你|叫您|叫你|要您|要你)"
    r"[^，。！？,;；\n]*"
)


# round 6: a call or message already received, reported ("I've noted that you received a suspicious
# message asking for your recovery phrase", 已记录您收到索要恢复短语的可疑消息)
_REPORTED_INCOMING = compile_ascii(
    r"\b(?:you|u)\s+(?:have\s+|'ve\s+|just\s+)?(?:got|received|reported|were\s+sent)\s+(?:a|an|some|the)\s+"
    r"(?:[a-z'\"]+\s+){0,2}?(?:call|calls|message|messages|text|texts|sms|e-?mails?|dms?|pms?)\b"
    r"(?:[^.,;:!?\n]{0,60}?\s)?(?:asking|requesting|demanding|that\s+asked|which\s+asked)\b[^.,;:!?\n]*"
    r"|收到(?:了)?(?:一[条个封通])?(?:要求|索要|索取|问您要|问你要|要)[^，。！？,;；\n]{0,20}?的(?:可疑|陌生|诈骗)?"
    r"(?:消息|信息|短信|电话|邮件|私信)"
)
# round 10 (r16): the asker is a message or a person the sentence names, not us: "the message that
# asked for your code", "the caller who wanted your password"
_ASKED_BY = compile_ascii(
    r"\b(?:message|messages|text|texts|sms|e-?mails?|call|calls|caller|person|guy|site|page|link|dm|bot|account"
    r"|number|someone)\s+(?:that|which|who)\s+(?:had\s+|has\s+)?(?:asked|requested|demanded|wanted|asks|requests"
    r"|demands|wants)\b[^.,;:!?\n]*"
)
# round 11 (r17): the asker is a message, a caller or a page the sentence names, asking in a participle
# ("That message asking for your 2FA code didn't come from us") or in a Chinese relative clause on it
# (那条要您提供谷歌验证码的短信不是我们发的, 让你报验证码的电话): an ask someone else made
_ASKING_NOUN = compile_ascii(
    r"\b(?:message|messages|text|texts|sms|e-?mails?|call|calls|caller|callers|person|people|site|sites|page"
    r"|pages|link|links|dm|dms|bot|bots|account|accounts|number|someone|anyone|popup|pop-up|form|app|website"
    r"|letter|notification)\s+(?:that'?s\s+|which\s+is\s+|who'?s\s+)?(?:asking|requesting|demanding|wanting"
    r"|telling\s+you\s+to|urging\s+you\s+to)\b[^.,;:!?\n]*"
    r"|(?<![需只])(?:要求|索要|索取|问(?:您|你)要|(?:要|让|叫|请)(?:您|你))[^，。！？,;；\n]{0,20}?的(?:可疑|陌生|诈骗|假)?"
    r"(?:消息|信息|短信|电话|来电|邮件|私信|链接|网站|网页|页面|人|客服|账号|号码|弹窗|群)"
)
_ASKING_HINTS = ("asking", "requesting", "demanding", "wanting", "telling", "urging", "的")
# round 10 (r15): something done at someone else's request ("did you install any software at
# someone's request?", 是否应他人要求安装了软件)
_AT_REQUEST = compile_ascii(
    r"\b(?:did|have|has|had)\s+(?:you|u)\s+[^.;:!?\n]{0,80}?(?:\b)at\s+(?:someone|somebody|anyone|anybody|a\s+stranger"
    r"|their|his|her)(?:\s+else)?(?:'s|’s)?\s+request\b"
    r"|(?:是否|有没有)(?:应|按|按照)(?:他人|别人|陌生人|对方)的?(?:要求|指示)[^，。！？,;；\n]*"
)
# round 10 (r15): "If a "support agent" tells you to move your funds to a safe wallet, that's a scam":
# someone else's instruction, as a condition
_IF_SOMEONE_TELLS = compile_ascii(
    r"\b(?:if|when|whenever|should)\s+(?:someone|somebody|anyone|anybody|they|he|she|a|an|any|some|the)\b"
    r"[^.,;:!?\n]{0,40}?\s(?:tells?|asks?|instructs?|wants?|pressures?|urges?|pushes|says)\s+(?:you|u)\s+to\b"
    r"[^.,;:!?\n]*"
)


def incoming_asks(low: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of conditional clauses about a call or message that asks for something."""
    out: list[tuple[int, int]] = []
    if any(w in low for w in ("if", "when", "should", "如", "若", "要", "一")):
        out = [m.span() for m in _INCOMING_ASK.finditer(low, lo, hi)]
    sentence = low[lo:hi]
    if any(w in sentence for w in ("asking", "requesting", "demanding", "asked", "索要", "索取", "要求")) or (
        "收到" in sentence and "要" in sentence
    ):
        out += [m.span() for m in _REPORTED_INCOMING.finditer(low, lo, hi)]
    if ("that " in sentence or "which " in sentence or "who " in sentence) and any(
        w in sentence for w in ("ask", "request", "demand", "want")
    ):
        out += [m.span() for m in _ASKED_BY.finditer(low, lo, hi)]
    if "request" in sentence or "要求" in sentence or "指示" in sentence:
        out += [m.span() for m in _AT_REQUEST.finditer(low, lo, hi)]
    if any(w in sentence for w in _ASKING_HINTS):
        out += [m.span() for m in _ASKING_NOUN.finditer(low, lo, hi)]
    if " you to " in sentence or " u to " in sentence:
        out += [m.span() for m in _IF_SOMEONE_TELLS.finditer(low, lo, hi)]
    return out


# round 6: a hand-over to anyone at all is a general statement, not an ask ("把私钥发给任何人（包括客服）都
# 等于交出资产控制权"): the recipient a scammer names is themself
TO_ANYONE = compile_ascii(
    r"\s*(?:to\s+|with\s+)?(?:anyone|anybody|任何人|任何一个人|任何第三方|任何其他人)"
    r"|给?(?:别人|他人|陌生人|任何人)"  # round 8: "把私钥截图发给别人就等于…"
)
