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

Round 10 (``outbound_asks10``): threats in any order, signatures and approvals in the wallet,
our QR code to pay, software we name or link, the authenticator's QR code or setup key, short asks
("the seed", "pass me", "our system needs", "your X please"); asks made by someone else and reported
("the message that asked for your code", "at someone's request", "if X tells you to") pass.

Round 11 (``outbound_asks11``): the secret named indirectly or by the channel that carries it (a
message's number handed back, a number by its role, the words read aloud or typed out "with me", a
secret written in the ticket or a form we link, a code got ready for our call, what "Show private
key" shows copied here, the anti-phishing code, our QR to approve, the passive "should be sent to me",
a picture of the seed page); asks a message or page makes ("that message asking for your code",
要您提供…的短信) and a secret named as what must not be sent (单词和私钥千万不要发) pass.

Round 12 (``outbound_asks12``): a code spoken on our call, a signature that "only proves" ownership,
what arrives handed over when it arrives, the backup words enumerated ("in order", 一个词一个词), a
safe-sounding shape to send them in (no spaces, two messages), a threat for not verifying them, an app
we send given accessibility or USB debugging, slang nouns (密语, 记忆词); and part of a public identifier
("the last 6 digits of the TXID") is no code.

Round 13 (``outbound_asks13``): token approvals and "harmless" signatures in the wallet, a deposit
before a withdrawal, funds to a wallet we made, threats without a verb of giving, the authenticator
shown to us, the anti-phishing code answered, a code told to a person of ours, slang and pronoun
hand-overs into this chat, our use of the customer's secret; a statement about codes after a verb
whose object is a clause passes.

Round 14 (``outbound_intent14``): asks read in slots rather than phrases — an instruction to the
customer + an act (confirm a wallet prompt, hand over, compare) + a secret or control object, with a
pretext or "our side" where the act alone is innocent: a wallet prompt confirmed as a free check, a
secret "required" for a check, the anti-phishing code answered, a secret named by description, a secret
compared by us, API values handed over, funds to a "protected" wallet at an address. A threat with no
ask in it (a condition or deadline + a severe harm) is held by ``review_outbound``. A warning
conditional ("if someone asks you for…, end the chat"), a past act reported with its remedy, and the
customer's own use of a secret with keeping advice pass.

Round 15 (``outbound_intent15``): r21's families in the same slots — a part of a secret handed over, a
secret one of ours needs, pinyin nouns (mima), a code named by where it shows or what it does (手机上显示的,
取消码) handed to us, a wallet we make for the customer's funds, what arrives after a resend, API details; a
prohibition after the noun (…也不要发给任何人) and someone else's ask with a caution (陌生网站让您签名要小心)
clear a verdict of any rule.

Round 16 (``outbound_intent16``, ``outbound_clears16``): r22's and r23's families — a number named by
its purpose handed back, slang nouns and hand-overs (pk, 甩过来, the SMS forwarded), the words one by one,
a bare secret as the step, the refusal's price, an account of a made-up purpose, control allowed when
prompted; ours-never-asks across a colon, no need to give it (唔使畀), whoever asks don't, official install
advice, moving funds after a leak and a label asked instead of the secret clear a verdict of any rule.

Round 17 and 18 (``outbound_intent17``, ``outbound_intent18``): asks read as slots, who
must give what to whom; round 18 reads acts on the agent's word (a code we sent typed here, funds to an
address the agent writes or to one of ours, a P2P release on our say-so, a wallet permission for a
gain). ``outbound_review18`` clears hand-backs of no secret (the API key as the public half, someone
else's ask asked about, Cantonese 唔使).

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

Layout: ``outbound_sentence`` reads a sentence (verbs, negations, warnings, destinations);
``outbound_secret_asks`` decides whether a named secret is asked for; ``outbound_action_asks``
whether remote control, a transfer or a gift card is; this module finds the candidates (trigger
words, then the detailed patterns around them) and runs the decisions and the scripted asks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from . import outbound_cues as cues
from . import outbound_request_words as request_words
from . import outbound_screens as screens
from . import outbound_scripts as scripts
from . import outbound_secret_nouns as secret_nouns
from . import outbound_triggers as trigger_words
from .fold import Folder
from .links import LinkPolicy, check_links
from .outbound_action_asks import gift_card, remote_access, transfer_request
from .outbound_asks9 import first_per_code
from .outbound_asks10 import scripted_asks
from .outbound_asks11 import round11_asks
from .outbound_asks12 import clears, round12_asks
from .outbound_asks13 import advice_about, round13_asks
from .outbound_clears14 import clears14
from .outbound_clears16 import clears_round16
from .outbound_clears17 import clears_round17
from .outbound_intent14 import intent_asks
from .outbound_intent15 import clears15, intent15_asks
from .outbound_intent16 import intent16_asks
from .outbound_intent17 import intent17_asks
from .outbound_intent18 import intent18_asks
from .outbound_off_platform import off_platform_asks
from .outbound_round19 import clears_round19, round19_asks
from .outbound_round20 import clears_round20, round20_asks
from .outbound_safe16 import clears16
from .outbound_secret_asks import NEAR, noun_only, secret_request
from .outbound_sentence import Sentence, sentence_bounds, sentences_negated
from .outbound_spans import dedupe, unfold
from .textutil import ascii_lower
from .types import ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE, VIOLATION_CODES, Violation

_CJK = re.compile(r"[\u3400-\u9fff]")
_SHORT_SENTENCE_WORDS: Final = 4
_TRIGGER_BEFORE: Final = 30  # a detailed match may start this far before its trigger word
_TRIGGER_AFTER: Final = 30
_ZH_HEAD: Final = 12  # a Chinese phrase starts at most this far before its trigger word
# where an English word (or a "^" pattern's text, or a symbol-led word) can start
_WORD_HEAD = re.compile(r"(?<![a-z0-9_'])[a-z0-9]|[^a-z0-9_\s]")
_FOLDER: Final = Folder(trigger_words.CJK_PAIRS)
# round 11: "请提供您的UID，就是头像下面那串数字": a bare "the number" after an identifier support may ask for
# names that identifier, not a code
_NAMED_ID = re.compile(
    r"\buid\b|\border\s+(?:id|number|no)\b|\btxid\b|\b(?:transaction|tx)\s+(?:hash|id)\b|\bticket\s+number\b"
    r"|(?<![a-z])uid|订单号|订单编号|工单号|交易哈希|交易id|txid|哈希值?|手机号码?|账号|用户id"
)


def _candidates(low: str, starts: list[int], ends: list[int]) -> list[tuple[int, str, re.Match[str]]]:
    """(sentence index, family, detailed match) per trigger; windows stay inside the sentence."""
    found: dict[tuple[tuple[int, int], str], tuple[int, str, re.Match[str]]] = {}
    en, zh = trigger_words.TRIGGERS
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
        for family in trigger_words.FAMILY_OF[t.group()]:
            detail = trigger_words.DETAIL[family][0 if ascii_word else 1]
            for pos in heads:
                m = detail.match(low, pos, hi)
                if m is not None and m.end() > t.start():  # the phrase this trigger is part of
                    found.setdefault((m.span(), family), (i, family, m))
    return sorted(found.values(), key=lambda x: x[2].start())


def _phrase_violations(text: str, official_handles: frozenset[str] = frozenset()) -> list[Violation]:
    low = ascii_lower(text)
    starts, ends = sentence_bounds(text)
    sentences: dict[int, Sentence] = {}
    out: list[Violation] = []
    transfer_done: set[int] = set()
    for i, kind, m in _candidates(low, starts, ends):
        s = sentences.get(i)
        if s is None:
            s = sentences[i] = Sentence(text, low, starts[i], ends[i])
        v: Violation | None = None
        if kind in VIOLATION_CODES:
            v = secret_request(s, kind, m.start(), m.end())
        elif kind in secret_nouns.BARE_NOUNS:
            code, _, context = secret_nouns.BARE_NOUNS[kind]
            lo, hi = max(0, m.start() - NEAR), min(len(low), m.end() + NEAR)
            # "that code" after "an SMS"; a short sentence ("What's the code?", "The code, please.")
            # is about nothing but that code
            short = len(low[s.start : s.end].split()) <= _SHORT_SENTENCE_WORDS
            named_id = _NAMED_ID.search(low, s.start, m.start()) is not None
            if (short or context.search(low, lo, hi) is not None) and not named_id:
                v = secret_request(s, code, m.start(), m.end())
        elif kind in cues.CREDENTIAL_NOUNS:
            v = secret_request(s, cues.CREDENTIAL_NOUNS[kind][0], m.start(), m.end())
        elif kind == "gift_card":
            v = gift_card(s, m) if i not in transfer_done else None
            if v is not None:
                transfer_done.add(i)
        elif kind == "remote":
            v = remote_access(s, m)
        elif i not in transfer_done:
            v = transfer_request(s, m)
            if v is not None:
                transfer_done.add(i)  # one transfer violation per sentence
        secret_code = kind if kind in VIOLATION_CODES else cues.CREDENTIAL_NOUNS.get(kind, ("",))[0]
        if v is None and secret_code and i > 0 and noun_only(s, m.start(), m.end()):
            # "I need one thing from you. Your password.": the sentence before asks, this one names it
            prev = sentences.get(i - 1) or Sentence(text, low, starts[i - 1], ends[i - 1])
            asks = (w for w in prev.verbs if w.request and not w.conditional and not prev.negated(w.start))
            if any(asks):
                v = Violation(secret_code, text[m.start() : m.end()], m.start(), m.end())
        if v is None and secret_code and i + 1 < len(starts) and not s.negated(m.start()):
            # "收到码了吗？发过来": the next sentence is only a request, for this secret
            a, b = starts[i + 1], ends[i + 1]
            nxt = request_words.BARE_REQUEST_SENTENCE.match(low, a, b)
            # "Enter it on the login page": typing it into the product is the instruction (no page
            # of ours takes a key or a seed phrase, so for those there is nowhere else to type it)
            typed = nxt is not None and request_words.TYPED_REQUEST.search(nxt.group()) is not None
            typed = typed and secret_code not in (ASKS_PRIVATE_KEY, ASKS_SEED_PHRASE)
            place_ok = screens.in_product(low, a, b) is None and (
                not typed or request_words.CHAT_DESTINATION.search(low, a, b) is not None
            )
            if nxt is not None and place_ok and not sentences_negated(text, low, a, b):
                v = Violation(secret_code, text[m.start() : ends[i + 1]], m.start(), ends[i + 1])
        if v is not None:
            out.append(v)
    out += _script_violations(text, low, starts, ends, sentences, {v.code for v in out}, official_handles)
    # round 12: "the last 6 digits of the TXID" (part of a public identifier), "核对一下转入的地址" (an
    # address to check) ask for nothing secret
    # round 13: advice about a secret: checked alone ("…yourself, offline"), or a statement about codes
    # after a verb whose object is a clause ("确认…是…，验证码和时间有关")
    return [
        v
        for v in out
        if not clears(low, v.code, v.start, v.end)
        and not advice_about(low, v.code, v.start, v.end)
        and not clears14(low, v.code, v.start, v.end)
        and not clears15(low, v.code, v.start, v.end)
        and not clears16(low, v.code, v.start, v.end)  # r22's safe replies (``outbound_safe16``)
        and not clears_round16(low, v.code, v.start, v.end)  # round 16 (``outbound_clears16``)
        and not clears_round17(low, v.code, v.start, v.end)  # round 17 (``outbound_clears17``)
        and not clears_round19(low, v.code, v.start, v.end)  # round 19 (``outbound_round19``)
        and not clears_round20(low, v.code, v.start, v.end)  # round 20 (``outbound_round20``)
    ]


def _script_violations(
    text: str,
    low: str,
    starts: list[int],
    ends: list[int],
    sentences: dict[int, Sentence],
    found: set[str],
    official_handles: frozenset[str] = frozenset(),
) -> list[Violation]:
    """Asks told as a procedure (``outbound_scripts``), unless negated or a warning where they are."""

    def sentence(at: int) -> Sentence:
        i = bisect_right(starts, at) - 1
        s = sentences.get(i)
        if s is None:
            s = sentences[i] = Sentence(text, low, starts[i], ends[i])
        return s

    def stands(at: int) -> bool:
        return not sentence(at).negated(at)

    hits = first_per_code(scripts.script_hits(low), found, lambda h: stands(h.start))
    out = [Violation(h.code, text[h.start : h.end], h.start, h.end) for h in hits]
    # rounds 9-13: asks r15-r19 showed passing (``outbound_asks9``, ``10``, ``11``, ``12``, ``13``);
    # round 14: asks read by intent, in slots (``outbound_intent14``)
    asks = scripted_asks(low) + round11_asks(low) + round12_asks(low) + round13_asks(low) + intent_asks(low)
    asks += intent15_asks(low)  # round 15: r21's families (``outbound_intent15``)
    asks += intent16_asks(low)  # round 16: r22's and r23's families (``outbound_intent16``)
    asks += intent17_asks(low)  # round 17: r24's and r25's slots (``outbound_intent17``)
    asks += intent18_asks(low)  # round 18: r26's acts on the agent's word (``outbound_intent18``)
    # round 19: moves off the platform (``outbound_off_platform``); the deployment's own handles are no move
    asks += off_platform_asks(low, official_handles)
    asks += round19_asks(low)  # round 19: r27's and r28's other asks (``outbound_round19``)
    asks += round20_asks(low)  # round 20: r27-r29's phone/e-mail moves (``outbound_round20``)
    kept = first_per_code(asks, found, lambda a: a.unconditional or stands(a.start))
    return out + [Violation(a.code, text[a.start : a.end], a.start, a.end) for a in kept]


def check_outbound(text: str, policy: LinkPolicy | None = None) -> tuple[Violation, ...]:
    """Reasons to refuse an agent's message; an empty tuple means it may be sent.

    Phrases are matched on the folded text (see ``fold``) so that full-width, spaced-out
    or zero-width-split words are read as a customer reads them; links are checked on
    the original text, which has its own look-alike handling.
    """
    policy = policy or LinkPolicy.default()
    folded = _FOLDER.fold(text)
    phrases = _phrase_violations(folded.text, policy.official_handles)
    if folded.origin is not None:
        phrases = [unfold(v, folded, text) for v in phrases]
    violations = phrases + check_links(text, policy)
    return tuple(dedupe(violations))
