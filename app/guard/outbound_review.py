"""``review_outbound``: which agent messages are refused, and which are held for a second look.

``check_outbound`` refuses a reply only when it reads as a request with confidence: a request
verb governs a secret noun, nothing negates it, no warning frames it. Three rounds of unseen
batches showed where that model stops: the asks that get through are told as events and hand-backs
("a code should pop up in your app. Copy it here", "验证码已发到您的手机，是多少呢", "把Key和Secret都
发过来"), and the false refusals are warnings that quote the scammer ("if they say 'send your
words in two parts…', that's a scam"). More fixed phrases only move the boundary. So the guard
now has a second, looser reading whose answer is not "refuse" but "hold": the message is not
sent until the agent who wrote it looks at the reason and confirms (the server records who
confirmed; ``docs/server.md``).

Held (low confidence), per sentence:

* **a hand-back**: a secret is named (in the sentence or the one before it: "a code should pop
  up. Copy it here") and the customer is asked to give something back to us ("copy it here",
  "repeat it to me", "reply with", 发过来, 给我, 是多少, 打在这里, 回复, 贴上来) — with no negation
  before the hand-back and no warning word ("scam", 骗子) in the sentence;
* **a quoted request in a warning**: a refusal whose words lie inside quotation marks, in a
  message that calls something a scam, fake or phishing ("如果对方说“助记词分两次发…”，这是典型的
  诈骗话术"): most likely a warning that quotes the script, possibly a script that quotes itself.

Round 8: a quotation told as the scammer's words (attributed to someone else, or labelled a scam
right after it, in a message that warns) is a warning, and passes; a hand-back of something support
may ask for (the order ID, TXID, 交易哈希) is no hand-back of a secret.

Everything ``check_outbound`` refuses that is not such a quote stays refused (``blocked``); a hold
never turns a refusal into a pass. Callers with no way to ask the agent (bulk macros, VIP
outreach, incident notices) keep using ``check_outbound`` alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from . import outbound_secret_nouns as secret_nouns
from . import outbound_triggers as trigger_words
from .fold import Folder, original_span
from .links import LinkPolicy
from .outbound import check_outbound
from .outbound_asks12 import public_part
from .outbound_cues import reports_outcome
from .outbound_intent14 import coercion
from .outbound_model import load_model, normalise
from .outbound_review18 import others_ask, public_api_key
from .outbound_secret_asks import FORBIDDEN_AFTER
from .textutil import AsciiFirst, ascii_lower, compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    RESEMBLES_SCAM,
    TRANSFER_REQUEST,
    Violation,
)

_FOLDER: Final = Folder(trigger_words.CJK_PAIRS)
_SENTENCE = re.compile(r"[^.!?。！？；;\n]+[.!?。！？；;\n]*")

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
# Asks that name no secret but give the game away (held, per sentence, same exclusions):
_ACTIONS: Final = (
    # a secret disguised for the filter ("with a dash between each word so our system doesn't flag it")
    (
        ASKS_SEED_PHRASE,
        compile_ascii(
            r"\b(?:so|then)\s+(?:that\s+)?(?:our|the|my)\s+(?:system|filter|bot|chat)\s+(?:doesn'?t|does\s+not|won'?t|"
            r"will\s+not|can'?t|cannot)\s+(?:flag|block|catch|detect|stop|see)|\b(?:dash|space|dot|comma)\s+between\s+"
            r"(?:each|every)\s+word|系统就?不会拦截?|不会被(?:系统)?拦截?|绕过(?:系统|过滤|拦截)|躲过(?:系统|检测)"
        ),
    ),
    # a payment first: a fee, a tax or a deposit before anything is done
    (
        TRANSFER_REQUEST,
        compile_ascii(
            r"\b(?:first|upfront|up\s+front|in\s+advance|beforehand)\s+(?:pay|send|transfer|deposit)\b[^.!?\n]{0,40}"
            r"(?<![a-z0-9_])(?:fee|fees|tax|taxes|deposit|margin|charge|commission)\b|\bpay\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:fee|fees|tax|deposit|"
            r"margin|charge|commission)\b[^.!?\n]{0,20}(?<![a-z0-9_])(?:first|upfront|up\s+front|in\s+advance|beforehand)\b"
            r"|先(?:支付|付|交|缴|转)[^。！？\n]{0,12}(?:费|税|保证金|押金|手续费)"
        ),
    ),
    # a token approval on a page we send (it lets the page's owner move the funds)
    (
        TRANSFER_REQUEST,
        compile_ascii(
            r"\b(?:approve|sign|authori[sz]e|confirm)\s+(?:the\s+|this\s+|a\s+)?(?:spending\s+|token\s+)?(?:permission|approval"
            r"|allowance|contract|signature\s+request)\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:page|link|site|dapp)\b"
            # round 5: the link first, then "connect your wallet and approve the transaction"
            r"|\b(?:link|page|site|dapp)\b[^.!?\n]{0,40}(?<![a-z0-9_])connect\s+(?:your\s+)?wallet\b[^.!?\n]{0,30}"
            r"(?<![a-z0-9_])(?:approve|sign|authori[sz]e|confirm)\b"
            r"|(?:链接|页面|网页)[^。！？\n]{0,12}连接钱包[^。！？\n]{0,12}(?:授权|签名|批准)"
            r"|(?:页面|链接|网页)上?[^。！？\n]{0,8}(?:点|点击|确认)一?下?[“\"「]?(?:授权|签名|批准)"
        ),
    ),
    # an app we send to install ("the APK from the link I'll send", 我发您一个APK)
    (
        REMOTE_ACCESS,
        compile_ascii(
            r"\binstall\b[^.!?\n]{0,40}(?<![a-z0-9_])(?:apk|plugin|extension)\b|\b(?:apk|plugin|extension)\b[^.!?\n]{0,40}"
            r"(?<![a-z0-9_])(?:i\s*'?ll\s+send|i\s+will\s+send|i\s+sent|we\s+sent|we\s*'?ll\s+send)\b"
            r"|(?:发您|发你|发给您|发给你)[^。！？\n]{0,16}(?:apk|安装包|插件)|(?:apk|安装包|插件)[^。！？\n]{0,12}安装"
        ),
    ),
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
_ACTION_HINT = AsciiFirst(
    re.compile(
        literal_alternation(
            [
                "so ",
                "then ",
                "dash",
                "space",
                "dot",
                "comma",
                "fee",
                "tax",
                "deposit",
                "margin",
                "charge",
                "commission",
                "approv",
                "sign",
                "authori",
                "confirm",
                "install",
                "apk",
                "plugin",
                "extension",
                "拦",
                "绕过",
                "躲过",
                "先",
                "授权",
                "签名",
                "批准",
                "安装",
                "插件",
            ]
        )
    )
)
_NEGATION = compile_ascii(
    r"\b(?:never|not|don'?t|doesn'?t|won'?t|no\s+one|nobody|cannot|can'?t|no\s+need)\b|请勿|不要|别|不会|切勿|千万|绝不|从不|不需要"
    r"|不用|无需|無需|没必要|不必"
    r"|唔使|唔洗|唔駛|唔需要|毋须|毋需"  # round 18: Cantonese "no need" (``outbound_review18``)
)
_WARNING = compile_ascii(
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
_REPORTED = compile_ascii(
    r"\b(?:who|that|which)\s+(?:had\s+)?(?:asked|told|wanted|instructed|requested|pressured|urged)\s+(?:you|u)\s+to\b"
    r"|(?:让|叫|要求|逼)(?:您|你)[^，。！？\n]{0,20}的(?:人|那个人|对方|客服)"
)
_QUOTES: Final = re.compile(r"\"[^\"\n]{4,200}\"|“[^”\n]{4,200}”|「[^」\n]{4,200}」|『[^』\n]{4,200}』")
_QUOTED_CODES: Final = frozenset({ASKS_OTP_CODE, ASKS_PASSWORD, ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE})


@dataclass(frozen=True, slots=True)
class OutboundReview:
    """``blocked``: refused outright. ``held``: not sent until the agent confirms it (only when
    nothing is blocked)."""

    blocked: tuple[Violation, ...]
    held: tuple[Violation, ...]

    @property
    def sendable(self) -> bool:
        return not self.blocked and not self.held


def _clause_start(low: str, lo: int, pos: int) -> int:
    found = [i + len(c) for c in _CLAUSE_BREAKS if (i := low.rfind(c, lo, pos)) >= 0]
    return max(found, default=lo)


def _named_secret(low: str, lo: int, hi: int) -> str | None:
    """The kind of the first secret named in [lo, hi) outside a negated clause ("don't send the
    seed phrase here - just tell me which app": the phrase is what is NOT to be sent), and not some
    other thing's code or digits ("the error code", "promo code", "the last 4 digits of the card")."""
    for kind, pattern in _SECRETS:
        for m in pattern.finditer(low, lo, hi):
            clause = _clause_start(low, lo, m.start())
            if _NEGATION.search(low, clause, m.start()) is not None or _HIDE.search(low, clause, m.start()):
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
    if _NEGATION.search(low, _clause_start(low, lo, back.start()), back.start()) is not None:
        return True  # "不用去任何网站，直接…打在这里": a negation counts in the hand-back's own clause
    if _OTHER_OBJECT.match(low, back.end()) is not None:
        return True  # "just tell me which wallet app you use": something else is asked for
    if reports_outcome(low, _clause_start(low, lo, back.start()), back.start(), back.end()):
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
    may = _SUPPORT_MAY_ASK.match(low, after.end()) if after is not None else None
    if may is not None:
        # "reply with the order ID (19 digits)" - but not "… the order ID and your SMS code"; round 9:
        # what follows in "(not the secret)" is what is not asked for
        rest = _NOT_ASIDE.sub(" ", low[may.end() : hi])
        return _SECRET_WORD.search(rest) is None
    clause = _clause_start(low, lo, back.start())
    ba = low.rfind(_BA, clause, back.start())
    if ba < 0 or back.start() - ba > 16:
        return False
    obj = low[ba + 1 : back.start()]
    if not obj.strip() or _PRONOUN_OBJECT.match(obj) is not None:
        return False
    # only what support may ask for is named (blind r15: "把验证器的二维码拍照发我" — the 2FA secret as
    # a picture, no secret's own word — passed when anything unnamed was cleared)
    if _SUPPORT_MAY_ASK.search(obj) is None and _CALLER_NUMBER.fullmatch(obj.strip()) is None:
        return False
    return _named_secret(low, ba + 1, back.start()) is None and _SECRET_WORD.search(obj) is None


#: a caller's or sender's number, reported to us ("在这里把号码告诉我们", "把对方的电话号码发给我们")
_CALLER_NUMBER = re.compile(
    r"(?:对方|来电|骗子|那个人|他|她)?的?(?:来电|电话|手机)?号码|(?:对方|骗子)的?(?:账号|链接|网址)"
)


def _hand_backs(text: str, low: str) -> tuple[list[Violation], bool]:
    """The hand-backs held, and whether the rules saw a hand-back near a named secret and cleared
    it ("tell me whether the code arrived", "send me the promo code", "don't paste the phrase
    here — just tell me which wallet"): the classifier then does not overrule them."""
    if _SECRET_HINT.search(low) is None or _HAND_BACK_HINT.search(low) is None:
        return [], False
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(low)]
    found: list[Violation] = []
    cleared = False
    for i, (lo, hi) in enumerate(sentences):
        if _HAND_BACK_HINT.search(low, lo, hi) is None or _WARNING.search(low, lo, hi) is not None:
            continue
        scopes = [lo]
        # round 18: not when it speaks of someone else's ask ("Did someone ask you for …? If so, tell me")
        if i and _NEGATION.search(low, *sentences[i - 1]) is None and not others_ask(low, *sentences[i - 1]):
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


def _actions(text: str, low: str) -> list[Violation]:
    """The asks of ``_ACTIONS``, in sentences with no warning word, not negated in their clause."""
    found: list[Violation] = []
    for m in _SENTENCE.finditer(low):
        lo, hi = m.span()
        if _ACTION_HINT.search(low, lo, hi) is None or _WARNING.search(low, lo, hi) is not None:
            continue
        for code, pattern in _ACTIONS:
            for a in pattern.finditer(low, lo, hi):
                # round 19: a negation inside the ask counts too ("聊天里发来的APK不要安装")
                if _NEGATION.search(low, _clause_start(low, lo, a.start()), a.end()) is None:
                    found.append(Violation(code, text[a.start() : a.end()], a.start(), a.end()))
                    break
    return found


def _quoted_in_warning(text: str, violations: tuple[Violation, ...]) -> list[Violation]:
    """The refusals that sit inside a quotation in a message that warns about a scam."""
    if not violations or _WARNING.search(ascii_lower(text)) is None:
        return []
    quotes = [m.span() for m in _QUOTES.finditer(text)]
    return [
        v
        for v in violations
        if v.code in _QUOTED_CODES and any(a <= v.start and v.end <= b for a, b in quotes)
    ]


# round 8: a quotation told as the scammer's words passes (a warning that quotes the script): the
# quote is attributed to someone else ("the scammer wrote:", "an email asking you to", 假客服的原话：,
# 如果对方说) or labelled a scam right after it ("… is a typical impersonation", "…是典型的冒充话术"),
# and the message calls something a scam, not "this is not a scam". "Our system says: '…'" is no
# attribution, so a script that quotes itself is still held.
_TOLD_BEFORE = compile_ascii(
    # a third party said it: scammers, a fake agent, the caller, someone (not "our fraud team", not "the
    # message" alone, which may be ours)
    r"(?:\b(?:scammers?|fraudsters?|impost[oe]rs?|fake\s+\w+|the\s+(?:caller|person)|someone|they|he|she)\b"
    r"[^.!?\"“]{0,25}?(?<![a-z0-9_])(?:said|says|say|wrote|writes|write|asked|asks|told\s+you|claimed|claims)"
    r"|\b(?:scam|phishing|fraud|impersonation)\s+(?:line|script|message|text|e-?mail|sms|pitch|trick)s?"
    r"(?:\s+(?:is|was|goes|reads|like))?"
    r"|\b(?:e-?mails?|messages?|texts?|sms|calls?|dms?)\s+(?:asking|telling|urging)\s+(?:you\s+)?to"
    r"|(?:假客服|骗子|对方|冒充者|诈骗者|有人)[^。！？\"“]{0,12}?(?:说|称|原话(?:是)?|写道|写着|要求|让您|让你)"
    r"|(?:诈骗|冒充|钓鱼)(?:话术|短信|消息|邮件)|(?:收到|接到)(?:要|让|叫)(?:您|你))\s*[:：,，]?\s*$"
)
# the words are ours, whoever is named: "our fraud team wrote:", "系统要求", "we say"
_OURS_IN_FRAME = compile_ascii(r"\b(?:our|we|us|my|i)\b|我们|我司|官方|系统|本平台|客服部|风控")
_TOLD_AFTER = compile_ascii(
    r"\s*[,，]?\s*(?:(?:that|this)\s+is|that'?s|is|are|was)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:scam|impersonation"
    r"|phishing|fraud|fake|lie)"
    r"|\s*[,，]?\s*(?:这|那)?(?:是|就是|属于)[^。！？]{0,8}?(?:诈骗|冒充|钓鱼|骗局|话术|假)"
)
_DENIED_WARNING = compile_ascii(r"\b(?:not|isn'?t|never|no)\s+(?:an?\s+)?$|(?:不是|并非|并不是|绝非|没有)$")
_TOLD_WARNING = compile_ascii(
    r"impersonat|\bscam|(?<!anti-)(?<!anti)\bfraud(?!\s+(?:team|department|dept|desk|unit|prevention|control|check))"
    r"|\bphishing\b|\bfake\b|诈骗|骗子|骗局|话术|假冒|冒充|钓鱼|假客服"
)


def _told_quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` told as a scammer's words (see above), in a message that warns."""
    if '"' not in text and "“" not in text and "「" not in text and "『" not in text:
        return []
    low = ascii_lower(text)
    quotes = [m.span() for m in _QUOTES.finditer(text)]
    warned = any(
        not any(a <= w.start() < b for a, b in quotes)
        and _DENIED_WARNING.search(low, max(0, w.start() - 12), w.start()) is None
        for w in _TOLD_WARNING.finditer(low)
    )
    if not quotes or not warned:
        return []
    out = []
    for a, b in quotes:
        frame = _TOLD_BEFORE.search(low, max(0, a - 48), a)
        if frame is not None and _OURS_IN_FRAME.search(low, max(0, frame.start() - 16), a) is not None:
            frame = None
        if frame is not None or _TOLD_AFTER.match(low, b) is not None:
            out.append((a, b))
    return out


def _told_quotes(violations: tuple[Violation, ...], told: list[tuple[int, int]]) -> list[Violation]:
    """The refusals that start inside a told quotation: these pass."""
    return [v for v in violations if any(a <= v.start < b for a, b in told)]


def _reported(text: str, violations: tuple[Violation, ...]) -> list[Violation]:
    """Refusals told as what someone else asked ("the person who asked you to move funds to a
    'secure wallet' was a scammer", 让您转账的人是骗子): held, since the sentence reports an ask."""
    low = ascii_lower(text)
    out: list[Violation] = []
    for v in violations:
        lo = max(0, *(low.rfind(c, 0, v.start) + 1 for c in ".!?。！？\n"))
        if _REPORTED.search(low, lo, v.start + 4) is not None and _WARNING.search(low, lo) is not None:
            out.append(v)
    return out


#: the least a reply must hold for the classifier to read it: non-space characters, a CJK character
#: counting two. A short reply gives it a handful of n-grams whose weights then decide alone: the
#: suite's own everyday replies were held ("reply 0-1" 0.68, "Here is our guide." and "ticket 3
#: about the PAGEWORD refund" above the 0.59 threshold). An ask that short is the rules' to catch;
#: the classifier is for the long replies where an ask hides. At 32, over r1-r14 it gives up 5 of
#: the 52 scams it held (r14: 1 of 31).
CLASSIFIER_MIN_UNITS = 32
_SPACE = re.compile(r"\s+")
#: markup or code in a reply (a tag, ``name=value``): not prose, so not the classifier's to read. It
#: learned from sentences, and on markup its n-grams say nothing: the suite's plain-text test
#: reply ``<script>window.__pwned=2</script><b>bold</b>…`` scored 0.60, above the threshold. No
#: scam ask in r1-r14 carries either; menu paths ("Profile > Security") are not tags.
_MARKUP = re.compile(r"<[a-z/!]|\w=\S")
_CJK = re.compile(r"[\u3400-\u9fff]")


#: what support may ask a customer for: a reply that names one of these is not the classifier's to
#: hold ("Could you send me your UID please, so I can check?" read as an ask to it). Over r1-r14 no
#: scam the classifier held names one; an ask for a secret beside them is the rules' to catch.
_SUPPORT_MAY_ASK = re.compile(
    r"\buid\b|\border (?:id|number|no)\b|\btxid\b|\btransaction hash\b|\btx hash\b|\bticket number\b"
    # round 9 (the demo): "the label of the API key (not the secret)"; an API key's label or name
    r"|\b(?:label|name|nickname|note) of (?:the |your |this |that )?api key\b|api ?key的(?:备注|名称|名字)"
    r"|\bscreenshot of the (?:order|error|withdrawal|deposit)"
    r"|订单号|订单编号|工单号|交易哈希|提现记录|訂單號|工單號"
)


_NOT_ASIDE = re.compile(r"[(（]\s*(?:not|不是|并非|而非)[^)）]{0,30}[)）]")


#: what a scam ask wants or where it sends the customer: a secret, an account's access, a wallet or
#: funds, a piece of software, another channel. A reply that names none of these is no ask the
#: classifier should hold, whatever its n-grams weigh: the retrained model of round 9 held "Hi!
#: Welcome back. What can I help you with today?" (0.65) in blind batch r16, and "I understand,
#: that's really frustrating. Let me see what I can do." in r2. Over r1-r16 every scam the classifier
#: holds names one of these (the Cantonese and Traditional ones in their own characters).
_SOUGHT = re.compile(
    r"pass|pwd|code|otp|2fa|auth|key|\bpk\b|seed|phrase|\bwords?\b|secret|access|log ?in|sign|wallet"
    r"|metamask|approv|send|move|fund|install|download|\bapps?\b|\.exe|apk|screen|remote|desk"
    # round 12: handing the conversation over ("I'll transfer this chat to the security team", 转接) moves
    # no funds
    r"|transfer(?!\s+(?:this|the|your)\s+(?:chat|conversation|ticket|case|call)\b|\s+you\s+to\b)"
    r"|verif|confirm|account|address|card|backup|recovery|\bpin\b|credential|detail|\binfo|telegram"
    r"|whatsapp|wechat|\bdm\b|contact|link|click|passport|selfie|\bid card"
    r"|密码|密碼|验证|驗證|私钥|私鑰|助记|助記|密钥|密鑰|单词|單詞|词|詞|字|钱包|錢包|转(?!接)|轉(?!接)|授权|授權|签名|簽名"
    r"|下载|下載|安装|安裝|登录|登錄|登陆|屏幕|螢幕|遥控|遙距|远程|遠程|备份|備份|口令|账户|帳戶|账号|帳號"
    r"|地址|资金|資金|资产|資產|链接|鏈接|连结|連結|码|碼|安全|信息|資料|微信|电报|電報|联系|聯繫|加我"
    r"|身份证|身份證|证件|證件|护照|護照|手持"
)


def _classifier_holds(low: str) -> bool:
    dense = _SPACE.sub("", low)
    if len(dense) + len(_CJK.findall(dense)) < CLASSIFIER_MIN_UNITS or _SUPPORT_MAY_ASK.search(low):
        return False
    if _MARKUP.search(low) or _SOUGHT.search(low) is None:
        return False
    model = load_model()
    return model.score_normalised(normalise(low)) >= model.threshold


def rules_cleared(text: str) -> bool:
    """Whether the rules recognised a hand-back near a named secret in ``text`` and cleared it (the
    classifier is not consulted then); for the classifier's training script."""
    low = ascii_lower(_FOLDER.fold(text).text)
    return _hand_backs(text, low)[1]


def review_outbound(text: str, policy: LinkPolicy | None = None, *, model: bool = True) -> OutboundReview:
    """Refusals (as ``check_outbound``) and holds for an agent's message; see the module doc.

    ``model``: a reply the rules let through is also read by the outbound classifier
    (``outbound_model``), which may hold it (``resembles_scam``) but never refuse it; ``False`` is
    the rules alone (the classifier's training script compares the two)."""
    strict = check_outbound(text, policy)
    told_spans = _told_quote_spans(text) if strict else []  # computed again below if needed
    told = _told_quotes(strict, told_spans)
    strict = tuple(v for v in strict if v not in told)
    quoted = _quoted_in_warning(text, strict)
    quoted += [v for v in _reported(text, strict) if v not in quoted]
    blocked = tuple(v for v in strict if v not in quoted)
    if blocked:
        return OutboundReview(blocked, ())
    held = list(quoted)
    if not strict:
        folded = _FOLDER.fold(text)
        low = ascii_lower(folded.text)
        backs, cleared = _hand_backs(folded.text, low)
        if backs and folded.origin is None:  # a hand-back inside the scammer's quoted words
            told_spans = told_spans or _told_quote_spans(text)
            kept = [v for v in backs if not any(a <= v.start < b for a, b in told_spans)]
            cleared = cleared or len(kept) < len(backs)  # the rules read it: not the classifier's
            backs = kept
        # round 14: a threat with no ask in it (a deadline or condition + a severe harm) is held
        threats = [Violation(RESEMBLES_SCAM, "", a, b) for a, b in coercion(low)]
        for v in backs + _actions(folded.text, low) + threats:
            start, end = (v.start, v.end) if folded.origin is None else original_span(folded, v.start, v.end)
            held.append(Violation(v.code, text[start:end], start, end))  # the words as the agent typed them
        # a quotation the rules read as the scammer's words (``told``) is theirs to have cleared too
        if not held and not cleared and not told and model and _classifier_holds(low):
            held.append(Violation(RESEMBLES_SCAM, text.strip()[:80], 0, len(text)))
    return OutboundReview((), tuple(held))
