"""A secret named, then asked back: the hand-backs ``review_outbound`` holds for a second look.

Why a module of its own: ``check_outbound`` refuses an ask only when a request verb governs a secret
noun; the asks that got through unseen batches were told as events and hand-backs ("a code should pop
up in your app. Copy it here", "验证码已发到您的手机，是多少呢"). This reads a sentence (and the one
before it) for a named secret and a hand-back to us, and clears the hand-backs of something else:
an outcome, whether a code arrived, what support may ask for (``SUPPORT_MAY_ASK``), a negated or
hidden secret. ``outbound_held_actions`` and ``outbound_quotes`` share its sentence, negation and
warning words.
"""

from __future__ import annotations

import re
from typing import Final

from . import outbound_secret_nouns as secret_nouns
from .outbound_asks12 import public_part
from .outbound_cues import reports_outcome
from .outbound_review18 import others_ask, public_api_key
from .outbound_secret_asks import FORBIDDEN_AFTER
from .textutil import AsciiFirst, compile_ascii, literal_alternation
from .types import ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, Violation

SENTENCE = re.compile(r"[^.!?。！？；;\n]+[.!?。！？；;\n]*")

# What names a secret, with the violation code a hand-back of it would be (first match wins).
_SECRETS: Final = (
    (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\b(?:seed|mnemonic|recovery|restore|secret|backup)\s+(?:phrase|words?)\b|\b(?:12|24|twelve|"
            r"twenty[- ]four)\s+words\b|\bphrase\b|助记词|注记词|助記詞|注記詞|恢复词|救援词|那几个词"
        ),
    ),
    (
        ASKS_PRIVATE_KEY,
        compile_ascii(
            r"\bprivate\s+key\b|\bapi\s*(?:key|secret)\b|\bsecret\s+key\b|\bsecret\b|\bkeystore\b|私钥|私鑰|密钥"
            r"|秘钥|(?<![a-z])key(?![a-z])"
        ),
    ),
    (ASKS_PASSWORD, compile_ascii(r"\bpass(?:word|wd|code)?s?\b|\bpwd\b|\bpin\b|密码|密碼|口令")),
    (
        ASKS_OTP_CODE,
        compile_ascii(
            r"\b(?:code|codes|otp|2fa|digits|number\s+(?:it|we|you)\s+(?:sent|texted|shows?))\b|验证码|驗證碼"
            r"|校验码|动态码|确认码|[一个个]码|码[，,。]|二次验证|谷歌验证|两步验证|六位数"
        ),
    ),
)
# The customer handing something back to us (or to "our" specialist) in this chat.
_HAND_BACK = compile_ascii(
    r"\b(?:copy|paste)\s+(?:it|them|that|this|the\s+\w+)?\s*(?:here|back|in\s+(?:here|the\s+chat|this\s+chat)"
    r"|to\s+(?:me|us))\b"
    r"|\b(?:repeat|read|tell|send|give|forward|share|type)\s+(?:it|them|(?:that|this|those|the|your)(?:\s+\w+){0,2})?"
    r"\s*(?:back\s+)?(?:to\s+)?(?:me|us)\b"
    r"|\breply\s+with\b|\b(?:type|write|put|drop)\s+(?:it|them|that|the\s+\w+)\s+(?:here|in\s+(?:the|this)\s+chat)\b"
    r"|\bwhat\s+(?:does\s+it|did\s+it|do\s+they)\s+say\b"
    r"|\blet\s+(?:me|us)\s+know\s+what\s+(?:it|they|the\s+new\s+one|the\s+\w+)\s+(?:is|are|was|were|says?)\b"
    r"|发给我|发我|给我|告诉我|发过来|發過來|过嚟|過嚟|打在这里|打在這裡|在这里回复|回复我|回复一下|回复给我"
    r"|贴上来|貼上來|复制过来|複製過來|念一下|报一下|发给他|发给她|发给专员|是多少|发到这里|发在这里"
)
# Literal words every pattern above holds one of: a sentence without any is skipped at once (the
# patterns begin with look-behinds, which ``re`` tries at every character).
_HAND_BACK_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "copy",
                "paste",
                "repeat",
                "read",
                "tell",
                "send",
                "give",
                "forward",
                "share",
                "type",
                "reply",
                "write",
                "put",
                "drop",
                "what",
                "发",
                "给我",
                "告诉",
                "过来",
                "過來",
                "过嚟",
                "過嚟",
                "打在",
                "回复",
                "贴上",
                "貼上",
                "复制",
                "複製",
                "念一下",
                "报一下",
                "是多少",
            ]
        )
    )
)
_SECRET_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "code",
                "otp",
                "2fa",
                "digit",
                "number",
                "phrase",
                "word",
                "mnemonic",
                "key",
                "secret",
                "pass",
                "pwd",
                "pin",
                "助记",
                "注记",
                "助記",
                "注記",
                "词",
                "私钥",
                "私鑰",
                "密钥",
                "秘钥",
                "密码",
                "密碼",
                "口令",
                "验证",
                "驗證",
                "码",
                "六位数",
            ]
        )
    )
)
NEGATION = compile_ascii(
    r"\b(?:never|not|don'?t|doesn'?t|won'?t|no\s+one|nobody|cannot|can'?t|no\s+need)\b|请勿|不要|别|不会|切勿|千万|绝不|从不|不需要"
    r"|不用|无需|無需|没必要|不必"
    r"|唔使|唔洗|唔駛|唔需要|毋须|毋需"  # round 18: Cantonese "no need" (``outbound_review18``)
)
WARNING = compile_ascii(
    r"\b(?:scam|scams|scammer|scammers|fraud|fraudster|fake|phishing|impostor|imposter)\b"
    r"|诈骗|骗子|骗局|话术|假冒|冒充|钓鱼|假客服|仿冒|詐騙|騙子"
)
# whose code it is when it is no secret: "error code", "promo code", 邀请码, 订单号码
_OWNED_BY = compile_ascii(
    r"\b(?:error|promo(?:tion)?|referral|invite|invitation|coupon|voucher|gift|reward|bonus|discount|country"
    r"|area|zip|postal|tracking|order|reference|status|qr|memo|tag|swift|bic|bank|sort|routing|branch"
    r"|product|activation|redeem|redemption|anti[- ]?phishing|promotional)[\s-]*$"
    r"|(?:错误|邀请|推荐|优惠|兑换|礼品|激活|防钓鱼|订单|二维|国家|区号|邮编)代?$"  # 错误代码
)
_DIGITS_OF = compile_ascii(
    r"\s+of\s+(?:the|your|that|this)\s+(?:card|phone|mobile|account|number|id|uid|address)\b"
)
_HIDE = compile_ascii(
    r"\b(?:hide|cover|mask|blur|black\s+out|crop\s+out|redact)\b|遮住|遮挡|挡住|打码|盖住|隐藏|涂掉"
)
_IF_NOT = compile_ascii(
    r"(?:如果|若|要是|假如)(?:您|你)?(?:还是)?(?:没|没有|未|不)"
    r"|\bif\s+(?:you\s+)?(?:didn'?t|don'?t|haven'?t|did\s+not|do\s+not|never)\b"
)
# the secret then whether it came, with nothing between: 验证码有没有收到, "the code arrived or not"
#: "如果这些登录尝试并非您本人操作，请立即告诉我们", "if this wasn't you, tell us": the customer is
#: asked to report something they did not do (the demo's own vetted canned reply was held on it)
_NOT_YOU = compile_ascii(
    r"(?:并非|不是|非)(?:您|你)(?:本人)?(?:的)?(?:操作|所为|做的|发起|本人)"
    r"|\bif\s+(?:this|these|it|that)\s+(?:was|were)(?:n'?t|\s+not)\s+you\b"
)
_ARRIVED = compile_ascii(
    r"(?:码|短信|邮件|\bcode|\bsms|\bemail)\s*(?:有没有|是否|是不是|有无)(?:已经)?(?:收到|到了|到达|送达|发到)"
    r"|\bwhether\s+(?:the\s+|your\s+)?(?:\w+\s+)?(?:code|sms|email)\s+(?:has\s+|have\s+)?(?:arrived|came|come)\b"
)
_CLAUSE_BREAKS: Final = (",", "，", "、", ":", "：", " - ", " – ", "—", " but ", "但")
_OTHER_OBJECT = re.compile(r"\s*(?:which|what|how|when|where|whether|if|why|who)\b|哪|什么|怎么|为什么|是否")


def clause_start(low: str, lo: int, pos: int) -> int:
    found = [i + len(c) for c in _CLAUSE_BREAKS if (i := low.rfind(c, lo, pos)) >= 0]
    return max(found, default=lo)


def _named_secret(low: str, lo: int, hi: int) -> str | None:
    """The kind of the first secret named in [lo, hi) outside a negated clause ("don't send the
    seed phrase here - just tell me which app": the phrase is what is NOT to be sent), and not some
    other thing's code or digits ("the error code", "promo code", "the last 4 digits of the card")."""
    for kind, pattern in _SECRETS:
        for m in pattern.finditer(low, lo, hi):
            clause = clause_start(low, lo, m.start())
            if NEGATION.search(low, clause, m.start()) is not None or _HIDE.search(low, clause, m.start()):
                continue  # "(hide any codes first)", "（请遮住验证码）": what to keep out of the picture
            if FORBIDDEN_AFTER.match(low, m.end(), hi) is not None:
                continue  # round 11: "只是钱包的单词和私钥千万不要发": named as what must not be sent
            if public_api_key(low, m.start(), m.end()):
                continue  # round 18: "tell me the API key (the public part)": not the secret
            if kind == ASKS_OTP_CODE and (
                _OWNED_BY.search(low, max(0, m.start() - 24), m.start()) is not None
                or _DIGITS_OF.match(low, m.end()) is not None
            ):
                continue
            return kind
    return None


# "After you change your password, tell me and …": a clause of what is done first (after/once/when)
# holds the change of the secret; a bare "tell me / let me know" (no object) follows it
_DONE_FIRST = compile_ascii(r"\b(?:after|once|when|as\s+soon\s+as)\b")
_BARE_TELL = compile_ascii(
    r"\b(?:tell|notify|ping|message)\s+(?:me|us)\b(?!\s*(?:the|it|what|your|which|that|this)\b)"
    r"|\blet\s+(?:me|us)\s+know\b(?!\s*(?:the|it|what|your|which|that|this)\b)"
)


_BARE_BACK_ZH: Final = ("回复我", "回复一下", "告诉我", "回复给我")


def _changed_then_told(low: str, lo: int, back_start: int, back_end: int) -> bool:
    """Does a clause opening with after/once/when before a bare "tell me" change the secret first?"""
    done = _DONE_FIRST.search(low, lo, back_start)
    return (
        done is not None
        and _BARE_TELL.match(low, back_start, back_end + 40) is not None
        and _changed_before_secret(low, done.end(), back_start)
    )


def _changed_before_secret(low: str, lo: int, hi: int) -> bool:
    """Is there a change verb between ``lo`` and the first secret named before ``hi``?"""
    first = min((m.start() for _, p in _SECRETS if (m := p.search(low, lo, hi)) is not None), default=-1)
    return first >= 0 and reports_outcome(low, lo, first, first)


def _not_a_hand_back(low: str, lo: int, hi: int, back: re.Match[str]) -> bool:
    """Does the hand-back ``back`` (in the sentence [lo, hi)) ask for something other than a secret?"""
    if NEGATION.search(low, clause_start(low, lo, back.start()), back.start()) is not None:
        return True  # "不用去任何网站，直接…打在这里": a negation counts in the hand-back's own clause
    if _OTHER_OBJECT.match(low, back.end()) is not None:
        return True  # "just tell me which wallet app you use": something else is asked for
    if reports_outcome(low, clause_start(low, lo, back.start()), back.start(), back.end()):
        return True  # "改好后告诉我", "tell me whether it worked": an outcome, not the secret
    if _ARRIVED.search(low, back.end(), hi) is not None:
        return True  # "告诉我验证码有没有收到", "tell me whether the code arrived": whether, not what
    if _IF_NOT.search(low, lo, back.start()):
        return True  # "如果没收到请告诉我": tell me if it did not come, not what it says
    if _NOT_YOU.search(low, lo, back.start()):
        return True  # "如果并非您本人操作，请告诉我们": report what you did not do
    if _if_event_told(low, lo, back):
        return True  # round 9: "如果还出现429报错，请随时告诉我": tell me if it happens again
    if public_part(low, back.start(), back.end()):
        return True  # round 12: "tell me the last 4 digits of your deposit address": a public id's part
    if _other_thing_handed_back(low, lo, hi, back):
        return True  # "reply with the order ID (19 digits)", "把交易哈希发给我们", "把号码告诉我们"
    bare = back.group() in _BARE_BACK_ZH or _BARE_TELL.match(low, back.start()) is not None
    bare = bare and _BARE_END.match(low, back.end()) is not None and _BA not in low[lo : back.start()]
    if bare and _changed_before_secret(low, lo, back.start()):
        return True  # round 11: "请在App里修改密码并重置谷歌验证，然后回复我": the change is reported
    if _changed_before_secret(low, back.end(), hi):
        return True  # "tell me once you've changed your password": the change is what is reported
    # "after you change your password, tell me": likewise, the change told first
    return _changed_then_told(low, lo, back.start(), back.end())


# round 8: the object of the hand-back is named and is no secret: what support may ask for after it
# ("reply with the order ID (19 digits)"), or, in Chinese, between 把 and the hand-back (把交易哈希发给我们,
# 把号码告诉我们) when nothing there names a secret ("把它发给我", "把验证码发给我" stay hand-backs)
_OBJECT_AFTER = re.compile(r"\s*(?:me\s+|us\s+)?(?:the\s+|your\s+|ur\s+)?")
_BA = "把"
# a secret named by its own word (not "digits", which an order id has too)
_SECRET_WORD: Final = secret_nouns.SECRET_WORD  # the words that name a secret (one list, the lexicon's)
_PRONOUN_OBJECT = re.compile(r"\s*(?:它|它们|这个|那个|这些|那些|其|这串|那串|这组|那组|刚才|收到|上面|后面)")


# round 9: a sentence opening with an if-clause, then a bare "tell me" (nothing after it): the event
# is what is reported ("如果还出现429报错，请随时告诉我", "if the error comes back, let me know") - unless
# the if-clause itself names a secret ("如果收到验证码，请告诉我")
_IF_OPEN = compile_ascii(r"\s*(?:如果|若|要是|假如|万一|\bif\b)")
_BARE_END = re.compile(r"\s*(?:一声|一下)?\s*(?:[。！.!]|$)")


def _if_event_told(low: str, lo: int, back: re.Match[str]) -> bool:
    if _IF_OPEN.match(low, lo) is None or _BARE_END.match(low, back.end()) is None:
        return False
    return _named_secret(low, lo, back.start()) is None and _SECRET_WORD.search(low, lo, back.start()) is None


def _other_thing_handed_back(low: str, lo: int, hi: int, back: re.Match[str]) -> bool:
    after = _OBJECT_AFTER.match(low, back.end())
    may = SUPPORT_MAY_ASK.match(low, after.end()) if after is not None else None
    if may is not None:
        # "reply with the order ID (19 digits)" - but not "… the order ID and your SMS code"; round 9:
        # what follows in "(not the secret)" is what is not asked for
        rest = _NOT_ASIDE.sub(" ", low[may.end() : hi])
        return _SECRET_WORD.search(rest) is None
    clause = clause_start(low, lo, back.start())
    ba = low.rfind(_BA, clause, back.start())
    if ba < 0 or back.start() - ba > 16:
        return False
    obj = low[ba + 1 : back.start()]
    if not obj.strip() or _PRONOUN_OBJECT.match(obj) is not None:
        return False
    # only what support may ask for is named (blind r15: "把验证器的二维码拍照发我" — the 2FA secret as
    # a picture, no secret's own word — passed when anything unnamed was cleared)
    if SUPPORT_MAY_ASK.search(obj) is None and _CALLER_NUMBER.fullmatch(obj.strip()) is None:
        return False
    return _named_secret(low, ba + 1, back.start()) is None and _SECRET_WORD.search(obj) is None


#: a caller's or sender's number, reported to us ("在这里把号码告诉我们", "把对方的电话号码发给我们")
_CALLER_NUMBER = re.compile(
    r"(?:对方|来电|骗子|那个人|他|她)?的?(?:来电|电话|手机)?号码|(?:对方|骗子)的?(?:账号|链接|网址)"
)


def hand_backs(text: str, low: str) -> tuple[list[Violation], bool]:
    """The hand-backs held, and whether the rules saw a hand-back near a named secret and cleared
    it ("tell me whether the code arrived", "send me the promo code", "don't paste the phrase
    here — just tell me which wallet"): the classifier then does not overrule them."""
    if _SECRET_HINT.search(low) is None or _HAND_BACK_HINT.search(low) is None:
        return [], False
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(low)]
    found: list[Violation] = []
    cleared = False
    for i, (lo, hi) in enumerate(sentences):
        if _HAND_BACK_HINT.search(low, lo, hi) is None or WARNING.search(low, lo, hi) is not None:
            continue
        scopes = [lo]
        # round 18: not when it speaks of someone else's ask ("Did someone ask you for …? If so, tell me")
        if i and NEGATION.search(low, *sentences[i - 1]) is None and not others_ask(low, *sentences[i - 1]):
            scopes.append(sentences[i - 1][0])  # "a code should pop up in your app. Copy it here."
        # every hand-back of the sentence: "tell me whether the code came, then paste it here"
        for back in _HAND_BACK.finditer(low, lo, hi):
            if _not_a_hand_back(low, lo, hi, back):
                cleared = cleared or _SECRET_HINT.search(low, lo, hi) is not None
                continue
            code = None
            for scope_lo in scopes:
                code = _named_secret(low, scope_lo, hi)
                if code is not None:
                    break
            if code is not None:
                found.append(Violation(code, text[back.start() : back.end()], back.start(), back.end()))
                break
            cleared = cleared or _SECRET_HINT.search(low, lo, hi) is not None
    return found, cleared


#: what support may ask a customer for: a reply that names one of these is not the classifier's to
#: hold ("Could you send me your UID please, so I can check?" read as an ask to it). Over r1-r14 no
#: scam the classifier held names one; an ask for a secret beside them is the rules' to catch.
SUPPORT_MAY_ASK = re.compile(
    r"\buid\b|\border (?:id|number|no)\b|\btxid\b|\btransaction hash\b|\btx hash\b|\bticket number\b"
    # round 9 (the demo): "the label of the API key (not the secret)"; an API key's label or name
    r"|\b(?:label|name|nickname|note) of (?:the |your |this |that )?api key\b|api ?key的(?:备注|名称|名字)"
    r"|\bscreenshot of the (?:order|error|withdrawal|deposit)"
    r"|订单号|订单编号|工单号|交易哈希|提现记录|訂單號|工單號"
)


_NOT_ASIDE = re.compile(r"[(（]\s*(?:not|不是|并非|而非)[^)）]{0,30}[)）]")
