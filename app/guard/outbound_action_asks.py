"""Asks to act rather than to tell: install remote control, move funds, pay in gift cards.

The request decisions for the families that are not a secret's noun. A transfer verb is an ask
when it has a destination that is not the customer's own (an address written out, a "safe
wallet", "there" after one), or, with no destination, an amount and a reason to pay first ("send
0.1 BTC to verify your wallet", a fee, a tax); a remote-access app is an ask unless it is to be
removed or never installed; a gift card with a verb of paying. Each is cancelled by the sentence's
negations and warnings (``outbound_sentence``).
"""

from __future__ import annotations

import re

from . import outbound_cues as cues
from . import outbound_not_asks as na
from . import outbound_remote as remote
from . import outbound_request_words as request_words
from . import outbound_screens as screens
from . import outbound_scripts as scripts
from . import outbound_transfer_words as transfer_words
from .outbound_secret_asks import NEAR
from .outbound_sentence import NOUN_DETERMINER, Sentence
from .types import REMOTE_ACCESS, TRANSFER_REQUEST, Violation


def remote_access(s: Sentence, m: re.Match[str]) -> Violation | None:
    lo, hi = max(s.start, m.start() - NEAR), min(s.end, m.end() + NEAR)
    if s.negated(m.start()) or remote.REMOTE_SAFE_VERBS.search(s.low, lo, m.start()):
        return None  # "never install AnyDesk", "please uninstall AnyDesk"
    if remote.REMOTE_REMOVE_IT.search(s.low, m.end(), hi):
        return None  # "if you installed a remote app, uninstall it"
    if remote.REMOTE_NEGATED_AFTER.search(s.low, m.end(), hi):
        return None  # "remote access apps like AnyDesk should never be installed at …"
    return Violation(REMOTE_ACCESS, s.text[m.start() : m.end()], m.start(), m.end())


def transfer_request(s: Sentence, m: re.Match[str]) -> Violation | None:
    low, start = s.low, m.start()
    if NOUN_DETERMINER.search(low, max(s.start, start - 16), start):
        return None  # "your deposit", "the transfer": a noun, not an instruction
    lo, hi = max(s.start, start - NEAR), min(s.end, m.end() + NEAR)
    if s.negated(start) or transfer_words.PAST_INQUIRY.search(low, lo, start):
        return None
    if "的吗" in low[start:hi] or "了吗" in low[start:hi]:
        return None  # "资金是您自己转到0x...的吗？" asks what happened
    if na.ZH_TRANSFER_AS_NOUN.match(low, m.end(), hi) is not None:
        return None  # "您提现到 0x… 的申请处于待处理状态": a transfer made, named by its record
    if not m.group().isascii() and (
        na.REPORTED_TRANSFER_BEFORE.search(low, max(s.start, start - 4), start) is not None
        or na.REPORTED_TRANSFER_AFTER.match(low, m.end(), s.end) is not None
    ):
        return None  # round 10: "首次提到新地址，被风控系统拦截": what happened to a transfer
    if (
        transfer_words.WITHDRAW_VERB.match(m.group())
        and na.NEW_ADDRESS_RULE.match(low, m.end(), hi) is not None
    ):
        return None  # "提币到新地址需要先加入白名单": the rule for the customer's own withdrawals
    dest = screens.transfer_destination(low, lo, hi) or cues.SAFE_PLACE.search(low, lo, hi)
    if (
        dest is not None
        and scripts.OWN_PLACE.search(low, lo, hi) is not None
        and cues.SAFE_PLACE.search(low, lo, hi) is None
        and transfer_words.ADDRESS_LITERAL.search(s.text, lo, hi) is None
    ):
        return None  # "create a new wallet yourself and move the rest there": the customer's own
    if dest is None and transfer_words.WITHDRAW_VERB.match(m.group()) is None:
        dest = transfer_words.ADDRESS_LITERAL.search(s.text, lo, hi)
    if dest is None and cues.THERE.search(low, m.end(), min(s.end, m.end() + 40)):
        # "Move your balance there": the made-up safe place was named in an earlier sentence
        dest = cues.SAFE_PLACE.search(low, 0, s.start)
    # no destination: an amount and a pretext will do ("send 0.1 BTC to verify your wallet")
    span = dest.span() if dest is not None else s.paid_pretext(lo, hi)
    if span is None or screens.in_product(low, span[1], min(s.end, span[1] + NEAR)):
        return None  # "...to this deposit address in your app" is the customer's own address
    lo, hi = min(start, span[0]), max(m.end(), span[1])
    detail = s.text[lo:hi] if hi - lo <= 80 else s.text[start : m.end()]
    return Violation(TRANSFER_REQUEST, detail, lo, hi)


def gift_card(s: Sentence, m: re.Match[str]) -> Violation | None:
    """ "Buy a 200 USD gift card and share the card number": payment in a form that cannot be undone."""
    lo, hi = max(s.start, m.start() - NEAR), min(s.end, m.end() + NEAR)
    verb = cues.PAYMENT_VERBS.search(s.low, lo, hi) or request_words.REQUEST_VERBS_EN_SIMPLE.search(
        s.low, lo, hi
    )
    if verb is None or s.negated(min(verb.start(), m.start())):
        return None
    a, b = min(verb.start(), m.start()), max(verb.end(), m.end())
    return Violation(TRANSFER_REQUEST, s.text[a:b], a, b)
