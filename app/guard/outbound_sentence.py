"""How the outbound guard reads one sentence of an agent's reply: who asks, which verb, what object.

``check_outbound`` decides per sentence whether a secret is asked for; this module is the reading
that decision stands on, kept apart from the decisions (``outbound_secret_asks``,
``outbound_action_asks``) so that a new rule about *what* is a scam ask does not have to touch
*how* a sentence is parsed, and the other way round:

* the sentence's **verbs**, request or safe ("send", "provide", "提供" vs "reset", "收到"), with
  what makes a request verb none (a past tense 提供了, a noun "an export string", "we'll send you",
  the customer's own wish "you want to share …", ``outbound_not_asks``);
* its **negations** and the **contrast** words that cancel them ("never … but …"), the **warning**
  words ("scammers ask for …"), past or disowned asks, and a predicate that calls someone a scammer:
  together ``Sentence.negated``;
* amounts and pretexts of a payment, web places and this chat as destinations, quoted button names.

Every cue is computed once per sentence, on first need, and looked up by bisection, so a long
sentence stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import Final, NamedTuple

from . import outbound_cues as cues
from . import outbound_negation_words as negation_words
from . import outbound_not_asks as na
from . import outbound_request_words as request_words
from . import outbound_screens as screens
from . import outbound_scripts as scripts
from . import outbound_transfer_words as transfer_words

_SENTENCE_BREAK = re.compile(r"[.!?。！？\n]+")  # a lone "." must be followed by a space or the end
_ZH_PAST: Final = ("过", "了")
ZH_NOT_DONE: Final = ("没有", "没")
ZH_STILL: Final = ("还没有", "还没", "都没有", "都没", "怎么没", "为什么没")
# round 10 (r15): one adjective may stand between ("your new deposit address")
NOUN_DETERMINER = re.compile(
    r"(?<![a-z])(?:your|the|an?|my|this|that|our|his|her)\s+"
    r"(?:(?:new|old|current|usual|own|previous|latest|first|last|next|main|default)\s+)?$"
)

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


class Verb(NamedTuple):
    start: int
    end: int
    request: bool
    conditional: bool


class Sentence:
    """Cues for one sentence, computed on first use (positions are absolute)."""

    def __init__(self, text: str, low: str, start: int, end: int) -> None:
        self.text = text  # original, for details and case-sensitive addresses
        self.low = low  # ASCII-lower-cased, for every lexicon pattern
        self.start = start
        self.end = end

    @cached_property
    def verbs(self) -> list[Verb]:
        """Request and safe verbs of the sentence, sorted by end (a request wins where both match)."""
        low, lo, hi = self.low, self.start, self.end
        requests = [
            Verb(a, b, True, _conditional(low, lo, a, b))
            for a, b in request_words.REQUEST_VERBS.spans(low, lo, hi)
            if not low.startswith(_ZH_PAST, b)  # "导入过", "提供了": something done, not asked
            # round 10 (r16): "收到要验证码的消息后没有回复": not done (还没发: a nudge, still an ask)
            and not (low.endswith(ZH_NOT_DONE, lo, a) and not low.endswith(ZH_STILL, lo, a))
            and not na.not_an_ask(low, lo, a, b)  # round 8: 已泄露, 发送前, 谁拿到, "the app will ask for"
            # part of the noun phrase, so an earlier verb still governs the noun: "发给您的验证码"
            # (what we sent), "导出的密钥" (a modifier), "an export string" (a noun)
            and not _TO_CUSTOMER.match(low, b - 1, hi)
            # "We'll send you a code": we give it to the customer
            and not (
                low[a:b] in request_words.GIVING_VERBS and request_words.TO_CUSTOMER_EN.match(low, b, hi)
            )
            and not _used_as_noun(low, a, b)
            # "I understand you want to share your seed phrase": the customer's wish, not our ask
            and _CUSTOMER_INTENT.search(low, max(lo, a - 30), a) is None
        ]
        request_starts = [r.start for r in requests]

        def overlaps_request(a: int, b: int) -> bool:
            i = bisect_left(request_starts, b) - 1  # the last request starting before b
            return i >= 0 and requests[i].end > a

        safe = [
            Verb(a, b, False, False)
            for a, b in request_words.SAFE_VERBS.spans(low, lo, hi)
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
            for b, e in negation_words.NEGATION.spans(low, self.start, hi)
            if negation_words.NOT_NEGATION.match(low, e, hi) is None
            and not (b > 0 and low[b] in "不没" and low[b - 1] == low[b + 1 : b + 2])  # "能不能": a question
            and not (low[b:e] == "别" and b > 0 and low[b - 1] in cues.BIE_WORDS)  # "分别", "区别"
            # "stop" negates what follows it ("stop sending"), not a purpose ("to stop the hacker")
            and not (low[b:e] == "stop" and _STOP_DOING.match(low, e, hi) is None)
        ]

    @cached_property
    def contrasts(self) -> list[int]:
        return [s for s, _ in negation_words.CONTRAST.spans(self.low, self.start, self.end)]

    @cached_property
    def guards(self) -> list[int]:
        """Ends of the words that make the sentence a warning about someone else's asks."""
        return cues.warning_ends(self.low, self.start, self.end)

    # Amounts ("0.1 BTC", "一笔") and pretexts ("to verify your wallet", "解冻费") are searched
    # once per sentence, not once per transfer verb: a long sentence stays linear.
    @cached_property
    def amounts(self) -> list[int]:
        low, lo, hi = self.low, self.start, self.end
        return sorted(m.start() for p in transfer_words.TRANSFER_AMOUNT for m in p.finditer(low, lo, hi))

    @cached_property
    def transfer_pretexts(self) -> list[tuple[int, int]]:
        return [m.span() for m in transfer_words.TRANSFER_PRETEXT.finditer(self.low, self.start, self.end)]

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
        return request_words.PRETEXT.search(self.low, self.start, self.end) is not None

    def web_place(self, lo: int, hi: int) -> bool:  # "enter your 12 words on the page that opens"
        m = cues.WEB_PLACE.search(self.low, max(self.start, lo - 24), min(self.end, hi + 40))
        return m is not None and not self.negated(m.start())

    @cached_property
    def chat_destination(self) -> bool:
        """Is this chat named as where the secret goes ("type it here")? Not when it is named as
        where it must not go ("on the withdrawal page, not in this chat", "不要发在聊天里")."""
        for m in request_words.CHAT_DESTINATION.finditer(self.low, self.start, self.end):
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
        """ "If a 'refund agent' asked you for your password, …": clauses about what already happened
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
    if request_words.CONDITIONAL_VERBS.match(word) is None:
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
        return one_word and NOUN_DETERMINER.search(low, max(0, a - 8), a) is not None
    return low.startswith("的", b) and word[-1] not in "您你我"


def sentences_negated(text: str, low: str, start: int, end: int) -> bool:
    """Does the sentence [start, end) open under a negation or a warning word ("never send it")?"""
    s = Sentence(text, low, start, end)
    return s.negated(start + len(low[start:end]) - len(low[start:end].lstrip()) + 1)


def sentence_bounds(text: str) -> tuple[list[int], list[int]]:
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
