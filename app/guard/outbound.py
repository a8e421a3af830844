"""``check_outbound``: refuse agent messages that ask for secrets or look like scams.

Real support never asks for passwords, codes, keys or seed phrases, never
needs remote access and never asks a customer to move funds to an address it
provides. The check runs on every agent message (server side, authoritative)
and live in the composer, so it must be precise: agents constantly write
*warnings* that mention the very same words ("we will never ask for your
password"). Hence the model, per sentence:

* a secret noun is "requested" when the nearest verb before it (within a short
  window) is a request verb ("send", "provide", "what is", "提供", "告诉") - a
  nearer safe verb ("reset", "enable", "收到", "重置") wins - or a request
  follows it in Chinese word order ("把验证码发给我", "密码是多少");
* a request is cancelled by a negation earlier in the sentence ("never",
  "do not", "请勿", "不会") unless a contrast word intervenes ("but", "just",
  "但是", ", please"), and by a warning word before it ("if anyone asks",
  "scammers may ask", "骗子");
* "enter/type/输入" only count when the destination is this chat or a link,
  not the app; "in the app / 在App中" after the noun means the product. For a
  private key or seed phrase a pretext ("to verify", "进行验证") is enough: no
  page of ours takes either;
* "the code", "那串数字", "the key" name a secret only near words about one
  ("SMS", "authenticator", "MetaMask"); a transfer with an amount and a pretext
  ("send 0.1 BTC to verify your wallet") needs no address to be refused.

Round 2 (``outbound_cues``): a warning word only counts when someone else is the asker
("scammers ask for codes", "如果有人让您…"), not when a scam script names a hacker as its
pretext; API keys and secrets are refused like private keys and 2FA setup keys like codes; a
payment with no address is refused when a reason to pay first is given (a fee, a tax, a deposit
"before withdrawal", 保证金, 信用分), for gift cards, and for "move it there" after a made-up
safe place; a list after a colon ("two things: your password, then the code") and a sentence
that only names the secret after one that asks are requests; a product's verb ("the string
MetaMask shows") or a button's name in quotes does not cut a request; "not in this chat" is no
chat destination. Links: see ``link_warnings`` for when a look-alike may be named.

Round 8: what reads like an ask but is none (已泄露, 发送前, "the app will ask for", …) is in
``outbound_not_asks``; a ";" between verb and noun ends the verb's reach.

Before any of this the text is folded (``fold``): full-width, spaced-out,
zero-width-split and look-alike spellings are read as the plain word, and
violations are mapped back to the original offsets.

Speed: two literal trigger tries (English, Chinese) scan the ASCII-lower-cased
text; the detailed patterns only run in small windows around triggers; a
sentence's verbs, negations, contrasts and warning words are computed once, on
first need, and looked up by bisection; every other look-around is bounded. A
typical message costs tens of microseconds and even a 100,000-char message with
one huge sentence stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import Final, NamedTuple

from . import outbound_cues as cues
from . import outbound_lexicon as lex
from . import outbound_not_asks as na
from . import outbound_remote as remote
from . import outbound_screens as screens
from . import outbound_scripts as scripts
from .fold import Folder
from .links import LinkPolicy, check_links
from .outbound_asks9 import round9_asks
from .outbound_spans import dedupe, unfold
from .textutil import ascii_lower, compile_ascii
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    REMOTE_ACCESS,
    TRANSFER_REQUEST,
    VIOLATION_CODES,
    Violation,
)

_SENTENCE_BREAK = re.compile(r"[.!?。！？\n]+")  # a lone "." must be followed by a space or the end
_CJK = re.compile(r"[\u3400-\u9fff]")
_WINDOW_EN: Final = 60
_WINDOW_ZH: Final = 25
_NEAR: Final = 120  # chars around a verb/noun that qualify it (keeps long sentences linear)
_LOOSE_AFTER: Final = 90  # "A code was sent to you to verify this session, can you tell me what it says?"
_SHORT_SENTENCE_WORDS: Final = 4
_TRIGGER_BEFORE: Final = 30  # a detailed match may start this far before its trigger word
_TRIGGER_AFTER: Final = 30
_ZH_HEAD: Final = 12  # a Chinese phrase starts at most this far before its trigger word
# where an English word (or a "^" pattern's text, or a symbol-led word) can start
_WORD_HEAD = re.compile(r"(?<![a-z0-9_'])[a-z0-9]|[^a-z0-9_\s]")
_ZH_PAST: Final = ("过", "了")
_FOLDER: Final = Folder(lex.CJK_PAIRS)
_NOUN_DETERMINER = re.compile(r"(?<![a-z])(?:your|the|an?|my|this|that|our|his|her)\s+$")
# A Chinese verb whose receiver is the customer ("发给您", "发送到您的邮箱") describes what we
# send, not what we ask for; matched from the verb's last character.
_TO_CUSTOMER = re.compile(r"(?:[给到至]|.[给到至])[您你]")


_CUSTOMER_INTENT = re.compile(
    r"(?<![a-z])(?:you|u)\s+(?:want|wanted|wish|would\s+like|'d\s+like|are\s+(?:about|going|trying)|were\s+"
    r"(?:about|going|trying)|tried|try|might|may|plan|planned)\s+to\s+$|(?:您|你)(?:想|想要|打算|准备)$"
)
_NOT_HERE = re.compile(r"(?:\bnot|\bnever|\binstead\s+of|\brather\s+than|不要|别|不|勿|而不是)\s*\S{0,4}$")
# single quotes not inside words: "you've changed … we'll" quotes nothing
_QUOTED = re.compile(r"\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|「[^」\n]{1,40}」|(?<![a-z])'[^'\n]{2,40}'(?![a-z])")
_NUMBERING = re.compile(r"(?:^|[\s:：,，])\d{1,2}$")
_STOP_DOING = re.compile(r"\s+(?:[a-z]+ing\b|it\b|that\b|now\b|immediately\b)|\s*[.!,]")


class _Verb(NamedTuple):
    start: int
    end: int
    request: bool
    conditional: bool


class _Sentence:
    """Cues for one sentence, computed on first use (positions are absolute)."""

    def __init__(self, text: str, low: str, start: int, end: int) -> None:
        self.text = text  # original, for details and case-sensitive addresses
        self.low = low  # ASCII-lower-cased, for every lexicon pattern
        self.start = start
        self.end = end

    @cached_property
    def verbs(self) -> list[_Verb]:
        """Request and safe verbs of the sentence, sorted by end (a request wins where both match)."""
        low, lo, hi = self.low, self.start, self.end
        requests = [
            _Verb(a, b, True, _conditional(low, lo, a, b))
            for a, b in lex.REQUEST_VERBS.spans(low, lo, hi)
            if not low.startswith(_ZH_PAST, b)  # "导入过", "提供了": something done, not asked
            and not na.not_an_ask(low, lo, a, b)  # round 8: 已泄露, 发送前, 谁拿到, "the app will ask for"
            # part of the noun phrase, so an earlier verb still governs the noun: "发给您的验证码"
            # (what we sent), "导出的密钥" (a modifier), "an export string" (a noun)
            and not _TO_CUSTOMER.match(low, b - 1, hi)
            # "We'll send you a code": we give it to the customer
            and not (low[a:b] in lex.GIVING_VERBS and lex.TO_CUSTOMER_EN.match(low, b, hi))
            and not _used_as_noun(low, a, b)
            # "I understand you want to share your seed phrase": the customer's wish, not our ask
            and _CUSTOMER_INTENT.search(low, max(lo, a - 30), a) is None
        ]
        request_starts = [r.start for r in requests]

        def overlaps_request(a: int, b: int) -> bool:
            i = bisect_left(request_starts, b) - 1  # the last request starting before b
            return i >= 0 and requests[i].end > a

        safe = [
            _Verb(a, b, False, False)
            for a, b in lex.SAFE_VERBS.spans(low, lo, hi)
            if not overlaps_request(a, b)
            and not low.startswith("的", b)  # "您收到的验证码": a relative clause, not the verb
        ]
        return sorted(requests + safe, key=lambda v: (v.end, v.start))

    @cached_property
    def verb_ends(self) -> list[int]:
        return [v.end for v in self.verbs]

    @cached_property
    def negations(self) -> list[int]:
        low, hi = self.low, self.end
        return [
            e
            for b, e in lex.NEGATION.spans(low, self.start, hi)
            if lex.NOT_NEGATION.match(low, e, hi) is None
            and not (b > 0 and low[b] in "不没" and low[b - 1] == low[b + 1 : b + 2])  # "能不能": a question
            and not (low[b:e] == "别" and b > 0 and low[b - 1] in cues.BIE_WORDS)  # "分别", "区别"
            # "stop" negates what follows it ("stop sending"), not a purpose ("to stop the hacker")
            and not (low[b:e] == "stop" and _STOP_DOING.match(low, e, hi) is None)
        ]

    @cached_property
    def contrasts(self) -> list[int]:
        return [s for s, _ in lex.CONTRAST.spans(self.low, self.start, self.end)]

    @cached_property
    def guards(self) -> list[int]:
        """Ends of the words that make the sentence a warning about someone else's asks."""
        return cues.warning_ends(self.low, self.start, self.end)

    # Amounts ("0.1 BTC", "一笔") and pretexts ("to verify your wallet", "解冻费") are searched
    # once per sentence, not once per transfer verb: a long sentence stays linear.
    @cached_property
    def amounts(self) -> list[int]:
        low, lo, hi = self.low, self.start, self.end
        return sorted(m.start() for p in lex.TRANSFER_AMOUNT for m in p.finditer(low, lo, hi))

    @cached_property
    def transfer_pretexts(self) -> list[tuple[int, int]]:
        return [m.span() for m in lex.TRANSFER_PRETEXT.finditer(self.low, self.start, self.end)]

    @cached_property
    def pretext_starts(self) -> list[int]:
        return [a for a, _ in self.transfer_pretexts]

    def paid_pretext(self, lo: int, hi: int) -> tuple[int, int] | None:
        """A transfer pretext inside [lo, hi) if an amount is there too."""
        i = bisect_left(self.amounts, lo)
        if i == len(self.amounts) or self.amounts[i] >= hi:
            return None
        j = bisect_left(self.pretext_starts, lo)
        if j < len(self.pretext_starts) and self.pretext_starts[j] < hi:
            return self.transfer_pretexts[j]
        # a reason to pay before one gets one's money: a fee, a tax, a deposit "before withdrawal"
        found = cues.PAYMENT_PRETEXT.search(self.low, lo, hi)
        return found.span() if found is not None else None

    @cached_property
    def pretext(self) -> bool:
        return lex.PRETEXT.search(self.low, self.start, self.end) is not None

    def web_place(self, lo: int, hi: int) -> bool:  # "enter your 12 words on the page that opens"
        m = cues.WEB_PLACE.search(self.low, max(self.start, lo - 24), min(self.end, hi + 40))
        return m is not None and not self.negated(m.start())

    @cached_property
    def chat_destination(self) -> bool:
        """Is this chat named as where the secret goes ("type it here")? Not when it is named as
        where it must not go ("on the withdrawal page, not in this chat", "不要发在聊天里")."""
        for m in lex.CHAT_DESTINATION.finditer(self.low, self.start, self.end):
            if _NOT_HERE.search(self.low, max(self.start, m.start() - 12), m.start()) is None:
                return True
        return False

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Quoted spans: a button's name ("Show private key") is not a verb of the sentence."""
        return [m.span() for m in _QUOTED.finditer(self.low, self.start, self.end)]

    def in_quotes(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.quoted)

    @cached_property
    def past_conditions(self) -> list[tuple[int, int]]:
        """"If a 'refund agent' asked you for your password, …": clauses about what already happened
        (and "the agent who asked for your seed is not us": a past ask whose subject is disowned; "if u
        get a call asking for the sms code": an incoming ask as a condition)."""
        low, lo, hi = self.low, self.start, self.end
        described = cues.disowned_asks(low, lo, hi) + cues.incoming_asks(low, lo, hi)
        return scripts.past_conditions(low, lo, hi) + described

    @cached_property
    def describes_scammer(self) -> bool:
        return screens.scammer_predicate(self.low, self.start, self.end) is not None

    def negated(self, pos: int) -> bool:
        """Is the action at ``pos`` under a negation or a preceding warning word?

        Only the last negation before ``pos`` matters: a contrast word that cancels
        it ("never ... but ...") also stands between any earlier negation and ``pos``.
        """
        if (self.guards and self.guards[0] <= pos) or self.describes_scammer:
            return True
        if any(a <= pos < b for a, b in self.past_conditions):
            return True
        i = bisect_right(self.negations, pos) - 1
        if i < 0:
            return False
        j = bisect_left(self.contrasts, self.negations[i])
        return j == len(self.contrasts) or self.contrasts[j] >= pos


def _conditional(low: str, sentence_start: int, a: int, b: int) -> bool:
    """Does the request verb at [a, b) only count when the destination is this chat?

    "enter/type/need" do ("enter the code in the app" is an instruction), except "need" opening a
    sentence: "Need your password to continue" asks the reader, whatever the destination.
    """
    word = low[a:b].strip()
    if lex.CONDITIONAL_VERBS.match(word) is None:
        return False
    return not (word in ("need", "needs") and not low[sentence_start:a].strip())


def _used_as_noun(low: str, a: int, b: int) -> bool:
    """Is the request verb at [a, b) a noun or a modifier here?

    "an export string", "the list", "your reply" (a determiner before a one-word English
    verb) and "导出的密钥", "提供的地址" (a Chinese verb before 的, unless the verb already
    names its object: "需要您的密码" is still a request).
    """
    word = low[a:b]
    if word.isascii():
        # "entering that key in the app": "key in" after a determiner is the noun "key"
        one_word = " " not in word or word.startswith("key")
        return one_word and _NOUN_DETERMINER.search(low, max(0, a - 8), a) is not None
    return low.startswith("的", b) and word[-1] not in "您你我"


def _request_before(s: _Sentence, code: str, start: int, zh: bool, end: int) -> _Verb | None:
    window = _WINDOW_ZH if zh else _WINDOW_EN
    i = bisect_right(s.verb_ends, start) - 1  # the verb ending last before the noun
    # "发一下绑定邮箱的密码", "分享一下创建钱包时得到的助记词", "需要您创建钱包时抄下的那几个词": a safe
    # verb inside a relative clause (closed by 的 before the noun or inside it) describes the noun;
    # the verb before the clause governs it
    while zh and i > 0 and not s.verbs[i].request and "的" in s.low[s.verbs[i].end : end]:
        i -= 1
    # "send over the string MetaMask shows": a product's verb ("shows", "displays") describes the
    # object; the request before it governs
    while (
        not zh
        and i > 0
        and not s.verbs[i].request
        and (_PRODUCT_VERB.fullmatch(s.low, *s.verbs[i][:2]) or s.in_quotes(s.verbs[i].start))
    ):
        i -= 1
    if i < 0 or start - s.verbs[i].end > window:
        return None
    verb = s.verbs[i]
    if not verb.request:
        return None
    if ";" in s.low[verb.end : start] or "；" in s.low[verb.end : start]:
        return None  # "the address is fine to share; the private key never is": another clause
    # "enter your private key to verify": nothing of ours takes a key or a seed phrase
    wallet_secret = code in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE)
    keyed = wallet_secret and (
        s.pretext or s.low[verb.start : verb.end].strip() in lex.NEED_WORDS or s.web_place(verb.start, end)
    )
    if verb.conditional and not s.chat_destination and not keyed:
        return None
    if verb.conditional and na.TYPED_IN_PRODUCT_ZH.search(s.low, max(s.start, verb.start - 16), verb.start):
        return None  # "在新手机的谷歌验证器里自己输入密钥": typed into the authenticator, not to us
    if screens.in_product(s.low, verb.end, start):
        return None  # "需要您在官网输入的验证码": the product is where it goes
    visual = lex.VISUAL_OBJECT.search(s.low, verb.end, start)
    if (
        visual is not None
        and code in (ASKS_PASSWORD, ASKS_OTP_CODE)
        and lex.VISUAL_OF_SECRET.search(s.low, visual.end(), min(s.end, start + _WINDOW_EN)) is None
    ):
        return None  # "send a screenshot of the password page" - not "of your authenticator"
    return None if s.negated(verb.start) or s.negated(start) else verb


_PRODUCT_VERB = re.compile(r"shows|displays|gives|generates|creates|prints")
_LIST_BEFORE = re.compile(r"[\s\w'’,、，/&+()-]*")
_YOURS = re.compile(r"(?:^|(?<=[^a-z]))(?:your|ur)\s|您的|你的")


def _listed_after_colon(s: _Sentence, start: int) -> int | None:
    """"Two quick things: your password, then the code": the secret is an item of a list the sentence
    introduces with a colon, and nothing before the colon makes it a warning or advice."""
    colon = max(s.low.rfind(":", s.start, start), s.low.rfind("：", s.start, start))
    if colon < 0:
        return None
    between = s.low[colon + 1 : start]
    if _LIST_BEFORE.fullmatch(between) is None or len(between.split()) > 8 or na.WHOEVER_IN.search(between):
        return None  # "切记：谁拿到您的12个单词，就能…": whoever gets them, not a list
    # the customer's own secrets are listed ("your password, then the code …"), not a topic ("Good
    # question: a 24-word phrase is …")
    if _YOURS.search(between) is None and _YOURS.match(s.low, start) is None:
        return None
    # only list fillers and other items between the colon and this secret, no verb of its own
    if s.verbs and any(colon < v.start < start for v in s.verbs):
        return None
    if any(s.start <= v.start < colon and not v.request for v in s.verbs) or s.negated(colon):
        return None  # "keep these safe: your password, …", "we never ask for: …"
    if _STATE_AFTER.match(s.low, start, s.end) is not None:
        return None  # round 9: "Review complete: … your password and 2FA are reset": a report
    return colon + 1


# round 9: the listed secrets are told to be in a state ("your password and 2FA are reset")
_STATE_AFTER = compile_ascii(
    r"(?:(?:your|the)\s+)?[\w-]+(?:\s*(?:,|and|&)\s*(?:your\s+|the\s+)?[\w-]+)*\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|both\s+|all\s+)?"
    r"(?:reset|changed|updated|disabled|enabled|locked|unlocked|frozen|restored|cleared|removed|revoked"
    r"|secured|protected)\b"
)


_NOUN_QUESTION_BEFORE = re.compile(r"\s*(?:(?:and|your|ur|the|您的|你的|那)\s*)*$")
_NOUN_QUESTION_AFTER = re.compile(r"\s*(?:pls|please|plz|呢|呀|啊)?\s*[?？]")
_NOUN_ONLY_AFTER = re.compile(r"\s*(?:please|pls|plz|thanks|谢谢|麻烦了)?\s*")


def _noun_only(s: _Sentence, start: int, end: int) -> bool:
    """Is the sentence nothing but the secret ("Your password.", "您的密码。")?"""
    return (
        _NOUN_QUESTION_BEFORE.fullmatch(s.low, s.start, start) is not None
        and _NOUN_ONLY_AFTER.fullmatch(s.low, end, s.end) is not None
    )


def _noun_question(s: _Sentence, start: int, end: int) -> bool:
    """Is the sentence only the secret and a question mark ("password?", "your code?", "验证码？")?"""
    return (
        _NOUN_QUESTION_BEFORE.fullmatch(s.low, s.start, start) is not None
        and _NOUN_QUESTION_AFTER.fullmatch(s.low, end, min(len(s.low), s.end + 1)) is not None
    )


# round 9 (the product's own demo): "send me the label of the API key (not the secret)": a property of
# the secret is asked for, and the secret in "(not the secret)", "（不是密钥）" is what is NOT asked
_PROPERTY_OF = compile_ascii(
    r"\b(?:label|name|nickname|note|remark|permissions?|settings|status|whitelist|restrictions?|expiry"
    r"|creation\s+date|rate\s+limit|limits?)\s+of\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:api\s+)?$"
)
_NOT_THIS = compile_ascii(r"(?:不是|并非|而非|而不是)$|[(（]\s*not\s+(?:the\s+|your\s+|its\s+)?(?:api\s+)?$")


def _secret_request(s: _Sentence, code: str, start: int, end: int) -> Violation | None:
    low = s.low
    near_end = min(s.end, end + _NEAR)
    before = low[max(s.start, start - 40) : start]
    if _PROPERTY_OF.search(before) is not None or _NOT_THIS.search(before) is not None:
        return None
    if lex.NOUN_FOLLOWERS.match(low, end, s.end) or na.AMOUNTS_TO.match(low, end, s.end):
        return None  # "password reset page", "助记词等于…"
    if na.ba_to_keep(low, s.start, s.end, start, end, s.verbs):
        return None  # "请把私钥和助记词都遮住": what 把 takes is hidden, not handed over
    place = screens.in_product(low, end, near_end)
    web = code in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE) and place is not None and s.web_place(start, end)
    if place is not None and lex.RELATIVE_USE.fullmatch(low, end, place.start()) is None and not web:
        return None  # "enter the code in the app" - but not "the password you use on the app"
    zh = not low.isascii() and _CJK.search(low, start, end) is not None
    verb = _request_before(s, code, start, zh, end)
    if verb is not None and (
        cues.checks_own_typing(low, verb.start, verb.end, end, s.end)
        or cues.whether_delivered(low, verb.end, start, end, s.end)
    ):
        return None  # "核对登录密码是否输入正确", "tell me whether the SMS code arrived": no hand-over
    if verb is not None:
        return Violation(code, s.text[verb.start : end], verb.start, end)
    listed = _listed_after_colon(s, start)
    if listed is not None:
        return Violation(code, s.text[listed : end].strip(), listed, end)  # "two quick things: your password"
    if _noun_question(s, start, end) and not s.negated(start):
        return Violation(code, s.text[start : s.end].strip(), start, s.end)  # "password?", "验证码？"
    if na.REPORTED_TO_US.search(low, max(s.start, start - 24), start):
        return None  # "report the number to us here": the caller's number, reported
    after = lex.AFTER_NOUN_REQUEST.match(low, end, s.end)
    done = after is not None and cues.done_then_tell(low, s.start, start, end, after.end())
    done = done or (after is not None and cues.TO_ANYONE.match(low, after.end(), s.end) is not None)
    # round 9 (r15): "把助记词发给我们也没有用": handing it over is said to be useless
    done = done or (after is not None and na.USELESS_AFTER.match(low, after.end(), s.end) is not None)
    if after is not None and not s.negated(after.end()) and not done:
        return Violation(code, s.text[start : after.end()].strip(), start, after.end())
    loose = lex.AFTER_NOUN_LOOSE.search(low, end, min(s.end, end + _LOOSE_AFTER))
    outcome = loose is not None and cues.asks_outcome(low, s.start, start, end, *loose.span())
    outcome = outcome or (loose is not None and na.USELESS_AFTER.match(low, loose.end(), s.end) is not None)
    if loose is not None and not s.negated(loose.start()) and not outcome:
        return Violation(code, s.text[start : loose.end()], start, loose.end())
    return None


def _remote_access(s: _Sentence, m: re.Match[str]) -> Violation | None:
    lo, hi = max(s.start, m.start() - _NEAR), min(s.end, m.end() + _NEAR)
    if s.negated(m.start()) or remote.REMOTE_SAFE_VERBS.search(s.low, lo, m.start()):
        return None  # "never install AnyDesk", "please uninstall AnyDesk"
    if remote.REMOTE_REMOVE_IT.search(s.low, m.end(), hi):
        return None  # "if you installed a remote app, uninstall it"
    if remote.REMOTE_NEGATED_AFTER.search(s.low, m.end(), hi):
        return None  # "remote access apps like AnyDesk should never be installed at …"
    return Violation(REMOTE_ACCESS, s.text[m.start() : m.end()], m.start(), m.end())


def _transfer_request(s: _Sentence, m: re.Match[str]) -> Violation | None:
    low, start = s.low, m.start()
    if _NOUN_DETERMINER.search(low, max(s.start, start - 8), start):
        return None  # "your deposit", "the transfer": a noun, not an instruction
    lo, hi = max(s.start, start - _NEAR), min(s.end, m.end() + _NEAR)
    if s.negated(start) or lex.PAST_INQUIRY.search(low, lo, start):
        return None
    if "的吗" in low[start:hi] or "了吗" in low[start:hi]:
        return None  # "资金是您自己转到0x...的吗？" asks what happened
    if na.ZH_TRANSFER_AS_NOUN.match(low, m.end(), hi) is not None:
        return None  # "您提现到 0x… 的申请处于待处理状态": a transfer made, named by its record
    if lex.WITHDRAW_VERB.match(m.group()) and na.NEW_ADDRESS_RULE.match(low, m.end(), hi) is not None:
        return None  # "提币到新地址需要先加入白名单": the rule for the customer's own withdrawals
    dest = screens.transfer_destination(low, lo, hi) or cues.SAFE_PLACE.search(low, lo, hi)
    if (
        dest is not None
        and scripts.OWN_PLACE.search(low, lo, hi) is not None
        and cues.SAFE_PLACE.search(low, lo, hi) is None
        and lex.ADDRESS_LITERAL.search(s.text, lo, hi) is None
    ):
        return None  # "create a new wallet yourself and move the rest there": the customer's own
    if dest is None and lex.WITHDRAW_VERB.match(m.group()) is None:
        dest = lex.ADDRESS_LITERAL.search(s.text, lo, hi)
    if dest is None and cues.THERE.search(low, m.end(), min(s.end, m.end() + 40)):
        # "Move your balance there": the made-up safe place was named in an earlier sentence
        dest = cues.SAFE_PLACE.search(low, 0, s.start)
    # no destination: an amount and a pretext will do ("send 0.1 BTC to verify your wallet")
    span = dest.span() if dest is not None else s.paid_pretext(lo, hi)
    if span is None or screens.in_product(low, span[1], min(s.end, span[1] + _NEAR)):
        return None  # "...to this deposit address in your app" is the customer's own address
    lo, hi = min(start, span[0]), max(m.end(), span[1])
    detail = s.text[lo:hi] if hi - lo <= 80 else s.text[start : m.end()]
    return Violation(TRANSFER_REQUEST, detail, lo, hi)


def _gift_card(s: _Sentence, m: re.Match[str]) -> Violation | None:
    """"Buy a 200 USD gift card and share the card number": payment in a form that cannot be undone."""
    lo, hi = max(s.start, m.start() - _NEAR), min(s.end, m.end() + _NEAR)
    verb = cues.PAYMENT_VERBS.search(s.low, lo, hi) or lex.REQUEST_VERBS_EN_SIMPLE.search(s.low, lo, hi)
    if verb is None or s.negated(min(verb.start(), m.start())):
        return None
    a, b = min(verb.start(), m.start()), max(verb.end(), m.end())
    return Violation(TRANSFER_REQUEST, s.text[a:b], a, b)


def sentences_negated(text: str, low: str, start: int, end: int) -> bool:
    """Does the sentence [start, end) open under a negation or a warning word ("never send it")?"""
    s = _Sentence(text, low, start, end)
    return s.negated(start + len(low[start:end]) - len(low[start:end].lstrip()) + 1)


def _sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [0], []
    n = len(text)
    for m in _SENTENCE_BREAK.finditer(text):
        if m.group() == "." and m.end() < n and not text[m.end()].isspace():
            continue  # "exchange.example", "0.5", "e.g"
        if m.group() == "." and _NUMBERING.search(text, max(0, m.start() - 4), m.start()):
            continue  # "1. UID 2. 邮箱 3. 助记词": a numbered list, one sentence
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def _candidates(low: str, starts: list[int], ends: list[int]) -> list[tuple[int, str, re.Match[str]]]:
    """(sentence index, family, detailed match) per trigger; windows stay inside the sentence."""
    found: dict[tuple[tuple[int, int], str], tuple[int, str, re.Match[str]]] = {}
    en, zh = lex.TRIGGERS
    triggers = list(en.finditer(low))
    if not low.isascii() and _CJK.search(low) is not None:
        triggers += zh.finditer(low)
    for t in triggers:
        i = bisect_right(starts, t.start()) - 1
        lo, hi = max(starts[i], t.start() - _TRIGGER_BEFORE), min(ends[i], t.end() + _TRIGGER_AFTER)
        if t.start() >= hi:
            continue  # the trigger sits in a sentence break
        ascii_word = t.group().isascii()
        # where the phrase this trigger is part of can start: a word start before it (English), or
        # one of the few characters before it (Chinese); the pattern is tried only there, not at
        # every character of the window
        if ascii_word:
            heads = [w.start() for w in _WORD_HEAD.finditer(low, lo, t.end())]
        else:
            heads = list(range(max(lo, t.start() - _ZH_HEAD), t.end()))
        for family in lex.FAMILY_OF[t.group()]:
            detail = lex.DETAIL[family][0 if ascii_word else 1]
            for pos in heads:
                m = detail.match(low, pos, hi)
                if m is not None and m.end() > t.start():  # the phrase this trigger is part of
                    found.setdefault((m.span(), family), (i, family, m))
    return sorted(found.values(), key=lambda x: x[2].start())


def _phrase_violations(text: str) -> list[Violation]:
    low = ascii_lower(text)
    starts, ends = _sentence_bounds(text)
    sentences: dict[int, _Sentence] = {}
    out: list[Violation] = []
    transfer_done: set[int] = set()
    for i, kind, m in _candidates(low, starts, ends):
        s = sentences.get(i)
        if s is None:
            s = sentences[i] = _Sentence(text, low, starts[i], ends[i])
        v: Violation | None = None
        if kind in VIOLATION_CODES:
            v = _secret_request(s, kind, m.start(), m.end())
        elif kind in lex.BARE_NOUNS:
            code, _, context = lex.BARE_NOUNS[kind]
            lo, hi = max(0, m.start() - _NEAR), min(len(low), m.end() + _NEAR)
            # "that code" after "an SMS"; a short sentence ("What's the code?", "The code, please.")
            # is about nothing but that code
            short = len(low[s.start : s.end].split()) <= _SHORT_SENTENCE_WORDS
            if short or context.search(low, lo, hi) is not None:
                v = _secret_request(s, code, m.start(), m.end())
        elif kind in cues.CREDENTIAL_NOUNS:
            v = _secret_request(s, cues.CREDENTIAL_NOUNS[kind][0], m.start(), m.end())
        elif kind == "gift_card":
            v = _gift_card(s, m) if i not in transfer_done else None
            if v is not None:
                transfer_done.add(i)
        elif kind == "remote":
            v = _remote_access(s, m)
        elif i not in transfer_done:
            v = _transfer_request(s, m)
            if v is not None:
                transfer_done.add(i)  # one transfer violation per sentence
        secret_code = kind if kind in VIOLATION_CODES else cues.CREDENTIAL_NOUNS.get(kind, ("",))[0]
        if v is None and secret_code and i > 0 and _noun_only(s, m.start(), m.end()):
            # "I need one thing from you. Your password.": the sentence before asks, this one names it
            prev = sentences.get(i - 1) or _Sentence(text, low, starts[i - 1], ends[i - 1])
            asks = (w for w in prev.verbs if w.request and not w.conditional and not prev.negated(w.start))
            if any(asks):
                v = Violation(secret_code, text[m.start() : m.end()], m.start(), m.end())
        if v is None and secret_code and i + 1 < len(starts) and not s.negated(m.start()):
            # "收到码了吗？发过来": the next sentence is only a request, for this secret
            a, b = starts[i + 1], ends[i + 1]
            nxt = lex.BARE_REQUEST_SENTENCE.match(low, a, b)
            # "Enter it on the login page": typing it into the product is the instruction (no page
            # of ours takes a key or a seed phrase, so for those there is nowhere else to type it)
            typed = nxt is not None and lex.TYPED_REQUEST.search(nxt.group()) is not None
            typed = typed and secret_code not in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE)
            place_ok = screens.in_product(low, a, b) is None and (
                not typed or lex.CHAT_DESTINATION.search(low, a, b) is not None
            )
            if nxt is not None and place_ok and not sentences_negated(text, low, a, b):
                v = Violation(secret_code, text[m.start() : ends[i + 1]], m.start(), ends[i + 1])
        if v is not None:
            out.append(v)
    out += _script_violations(text, low, starts, ends, sentences, {v.code for v in out})
    return out


def _script_violations(
    text: str, low: str, starts: list[int], ends: list[int], sentences: dict[int, _Sentence], found: set[str]
) -> list[Violation]:
    """Asks told as a procedure (``outbound_scripts``), unless negated or a warning where they are."""
    out: list[Violation] = []
    for hit in scripts.script_hits(low):
        if hit.code in found:
            continue
        i = bisect_right(starts, hit.start) - 1
        s = sentences.get(i)
        if s is None:
            s = sentences[i] = _Sentence(text, low, starts[i], ends[i])
        if not s.negated(hit.start):
            out.append(Violation(hit.code, text[hit.start : hit.end], hit.start, hit.end))
            found.add(hit.code)
    for ask in round9_asks(low):  # round 9: asks r15 showed passing (``outbound_asks9``)
        if ask.code in found:
            continue
        if not ask.unconditional:
            i = bisect_right(starts, ask.start) - 1
            s = sentences.get(i)
            if s is None:
                s = sentences[i] = _Sentence(text, low, starts[i], ends[i])
            if s.negated(ask.start):
                continue
        out.append(Violation(ask.code, text[ask.start : ask.end], ask.start, ask.end))
        found.add(ask.code)
    return out


def check_outbound(text: str, policy: LinkPolicy | None = None) -> tuple[Violation, ...]:
    """Reasons to refuse an agent's message; an empty tuple means it may be sent.

    Phrases are matched on the folded text (see ``fold``) so that full-width, spaced-out
    or zero-width-split words are read as a customer reads them; links are checked on
    the original text, which has its own look-alike handling.
    """
    folded = _FOLDER.fold(text)
    phrases = _phrase_violations(folded.text)
    if folded.origin is not None:
        phrases = [unfold(v, folded, text) for v in phrases]
    violations = phrases + check_links(text, policy or LinkPolicy.default())
    return tuple(dedupe(violations))
