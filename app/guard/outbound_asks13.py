"""Asks blind batch r19 showed passing (round 13), and one kind of safe advice it showed refused.

Layout (round 14 split, verdict-identical): the rules live by kind in ``outbound_asks13_wallet``
(approvals, signatures), ``outbound_asks13_deposit`` (deposit first, a wallet we made),
``outbound_asks13_threats``, ``outbound_asks13_auth`` (authenticator, setup key, anti-phishing code) and
``outbound_asks13_handover`` (to a person, slang, this chat, our use, listed, needed); this module runs
them in that order and holds the checks a match must pass; the safe advice is ``outbound_advice13``.

Each rule is one kind of "who must give or do what, for whom", in English and Chinese (Traditional
is folded to Simplified before this runs), not a phrase:

* **a token approval or signature in the wallet, for us**: "connect your wallet at our dApp and
  approve what pops up", "approve the USDT spending request", "confirm the setApprovalForAll",
  "sign the message, it's only a signature, no funds move", 连接钱包…点确认, 在小狐狸里授权USDT额度,
  授權無限額度給恢復合約, 签个名，只是签名，不会动资金 — a wallet connection followed by an approval, an
  allowance of a token (an amount, "unlimited") granted, or a signature told as harmless is the
  drainer's script; support never needs any of them;
* **a deposit before a withdrawal**: 提币前需要先充值余额的20%作为保证金, "pay a 10% margin before the
  withdrawal is released" — money in (a margin, deposit, tax, unlock fee) as the condition for money
  out;
* **funds to a wallet we made for the customer**: 转到我为您新建的钱包, "the new wallet I created for
  you" — nobody at an exchange creates a customer's self-custody wallet;
* **a threat tied to not handing over a secret, with no verb of giving**: "if you don't confirm your
  password within the hour, the funds will be seized", 不核对密码账户将被冻结 — the harm is the ask;
* **the authenticator shown to us**: 截图一下您的谷歌验证器页面, "send a screenshot of your
  authenticator app" — a picture of the page is the codes; the setup key named by its place
  ("the string under the QR code", 二维码下面那串密钥) asked for;
* **the anti-phishing code asked for** with any verb of answering (回复/回覆/reply with);
* **a code or password handed to a person of ours**: "tell our officer the code you receive",
  把收到的验证码告诉我们的专员 — whoever of "ours" receives it, it is the code;
* **slang and pronoun hand-overs**: "what pw are you using atm? drop it here", "pop the code you got
  into this chat", "type the code here instead of on the website" — a secret named, then "it" (or the
  secret) sent to this chat;
* **we use, collect or import the customer's secret**: "we recover funds using your wallet's private
  key", "we collect everyone's backup words", "type the words from your backup card, we'll import the
  wallet on our side", 我们用您的私钥找回资金 — support doing something *with* the secret needs it;
* **the words listed or a code sent back**: 您的助记词里有哪些词？列出来, "which words are in your
  recovery phrase?", 您会收到6位数的码，发回来;
* **a secret "needed" by us**: "your email password is needed too, because we must confirm …".

Each ask is cancelled, as rounds 9 to 12's are, by a negation or warning before it in its sentence
(the caller's sentence reading), by a refusal inside the match (cancel, revoke, 不要, 拒绝) and by a
sentence that goes on to call it a scam.

And a safe kind r19 showed refused (``advice_about``): **a statement about codes** — "请确认手机时间是
自动同步的，谷歌验证码和时间有关": a verb whose object is a whole clause (确认…是…) does not reach a code
named in the next clause, when that clause says what the code depends on or does (和…有关, expires, is
based on). The genuine replies that must pass are in ``tests/guard/test_round13_outbound.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .outbound_advice13 import advice_about
from .outbound_asks9 import Ask9
from .outbound_asks13_auth import AUTH_RULES
from .outbound_asks13_common import ZC as _ZC
from .outbound_asks13_common import Rule as _Rule
from .outbound_asks13_deposit import DEPOSIT_RULES
from .outbound_asks13_handover import HANDOVER_RULES
from .outbound_asks13_threats import THREAT_RULES
from .outbound_asks13_wallet import WALLET_RULES
from .textutil import AsciiFirst, any_in, compile_ascii, literal_alternation
from .types import (
    ASKS_OTP_CODE,
    ASKS_PASSWORD,
    ASKS_PRIVATE_KEY,
    ASKS_SEED_PHRASE,
    TRANSFER_REQUEST,
)

__all__ = ["advice_about", "round13_asks"]

_RULES: Final[tuple[_Rule, ...]] = WALLET_RULES + DEPOSIT_RULES + THREAT_RULES + AUTH_RULES + HANDOVER_RULES
_REACH: Final = 220  # no match reaches further than this from a word of its rule's first group
_LONG: Final = 2 * _REACH  # a text shorter than this is searched whole

# the hand-over inside the match is itself refused ("connect your wallet and reject anything")
_REFUSED_INSIDE = compile_ascii(
    r"\b(?:don'?t|do\s+not|never|no\s+one|nobody|reject|decline|cancel|revoke|deny)\b"
    r"|不要|别|切勿|勿|拒绝|取消|撤销|撤回|绝不|从不|任何人"
)
# the sentence goes on to call what it quotes a scam ("…不会动资金的说法是骗局", "…: that's a scam")
_SCAM_AFTER = compile_ascii(
    r"\b(?:scam\w*|fraud\w*|phish\w*|fake|drainer\w*)\b|骗子|诈骗|骗局|话术|钓鱼|假的|盗币"
)
# what an announced code or a person's code may be that is no secret
_PUBLIC_ID_NAMED = compile_ascii(
    r"\b(?:ticket|order|case|reference|tracking)\s+(?:number|id|no)\b|\buid\b|\btxid\b"
    r"|\b(?:reference|ticket|case|order|referral|promo|error|tracking|booking|invite|coupon"
    r"|verification\s+link)"
    r"\s+codes?\b|工单号|订单号|单号|编号|uid|txid|交易哈希|邀请码|推荐码|错误码"
)
# advice on keeping the key: "write the string under the QR code on paper"
_KEEPING_AFTER = compile_ascii(
    r"\b(?:on\s+paper|offline|keep\s+(?:it|them)|store|safe\s+place|write\s+(?:it|them)\s+down)\b"
    r"|纸上|抄写|抄下|保存|离线|存好|记下|备份好"
)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


# one literal scan finds every rule's first group (a found word stands for the shorter ones inside it)
_ALL_FIRST: Final = sorted({w for _, _, needs, _, _ in _RULES for w in needs[0]}, key=len, reverse=True)
_FIRST_WORDS: Final = AsciiFirst(re.compile(literal_alternation(_ALL_FIRST)))
_RULES_AT: Final = {
    big: frozenset(i for i, rule in enumerate(_RULES) if any(w in big for w in rule[2][0]))
    for big in _ALL_FIRST
}


def round13_asks(low: str) -> list[Ask9]:
    """The asks above in ``low`` (folded, ASCII-lower-cased); at most one per rule. The caller drops
    those under a negation or warning of their sentence (unless ``unconditional``)."""
    present: set[int] = set()
    for found in _FIRST_WORDS.finditer(low):
        present |= _RULES_AT[found.group()]
    out: list[Ask9] = []
    for i in sorted(present):
        kind, code, needs, pattern, unconditional = _RULES[i]
        if not all(any_in(low, group) for group in needs[1:]):
            continue
        for m in _matches(pattern, low, needs[0]):
            if _accepted(low, kind, m):
                out.append(Ask9(_kind(code, m.group()), m.start(), m.end(), unconditional))
                break
    return out


def _matches(pattern: re.Pattern[str], low: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` in ``low``; in a long text, only in windows around ``words``."""
    if len(low) < _LONG:
        yield from pattern.finditer(low)
        return
    spots = sorted(p for w in words for p in _places(low, w))
    lo = hi = -1
    for p in spots:
        a, b = max(0, p - _REACH), min(len(low), p + _REACH)
        if a <= hi:
            hi = b
            continue
        if lo >= 0:
            yield from pattern.finditer(low, lo, hi)
        lo, hi = a, b
    if lo >= 0:
        yield from pattern.finditer(low, lo, hi)


def _places(low: str, word: str) -> list[int]:
    out: list[int] = []
    p = low.find(word)
    while p >= 0:
        out.append(p)
        p = low.find(word, p + 1)
    return out


def _accepted(low: str, kind: str, m: re.Match[str]) -> bool:
    if kind not in ("threat", "slang") and _REFUSED_INSIDE.search(m.group()) is not None:
        return False  # (a threat's "if you don't", 不要在网站输入 are the point, not a refusal)
    end_m = _SENTENCE_END.search(low, m.end())
    end = end_m.start() if end_m else len(low)
    if _SCAM_AFTER.search(low, m.end(), end) is not None:
        return False  # the script quoted, then called a scam
    start = _sentence_start(low, m.start())
    if kind == "money" and _described(low, start, m.start(), m.end(), end):
        return False
    if kind in ("person", "list") and _PUBLIC_ID_NAMED.search(low, start, m.end()) is not None:
        return False  # "tell the agent the reference code", "您会收到工单号…": no secret
    return not (kind == "auth" and _KEEPING_AFTER.search(low, m.end(), end) is not None)


# a wallet scam described, not asked: "how a drainer works: you connect your wallet to a fake site…",
# "如果弹窗让您给合约授权无限额度，请拒绝"
_SCAM_BEFORE = compile_ascii(
    r"\b(?:scam\w*|fraud\w*|phish\w*|fake|drainers?|hackers?)\b|骗|假|盗币|钓鱼|黑客"
)
_PLEASE = compile_ascii(r"(?:\b(?:please|pls|just|kindly|now)\s+|请|麻烦|现在|先)$")
_OTHER_ASKS = compile_ascii(
    r"\b(?:asks?|tells?|wants?|prompts?|urges?|gets?)\s+(?:you|u)\s+to\b|\bif\s+(?:a|an|the|any|some)\b"
    r"|(?:如果|若|假如|万一)" + _ZC + r"{0,12}?(?:让|要|叫|诱导|要求|提示)(?:您|你)"
)
# a possibility stated, not an instruction: "signing can give a contract permission to spend your tokens"
_MODAL_BEFORE = compile_ascii(r"\b(?:can|could|may|might|would)\s+$|可能|会$|可以让")
_REFUSE_AFTER = compile_ascii(
    r"\b(?:reject|decline|cancel|revoke|deny|refuse|ignore)\b|拒绝|取消|撤销|撤回|不要|别点|忽略"
)


def _described(low: str, start: int, a: int, b: int, end: int) -> bool:
    """Is the wallet or payment step at [a, b) told as what a scam does (a scam word earlier in the
    sentence and no "please" before it), as someone else's ask, or followed by "reject it"?"""
    if _OTHER_ASKS.search(low, start, a) is not None or _REFUSE_AFTER.search(low, b, end) is not None:
        return True
    if _MODAL_BEFORE.search(low, max(start, a - 8), a) is not None:
        return True
    scam_named = _SCAM_BEFORE.search(low, start, b) is not None
    return scam_named and _PLEASE.search(low, max(start, a - 8), a) is None


def _sentence_start(low: str, pos: int) -> int:
    return max(low.rfind(c, 0, pos) for c in ".!?。！？\n") + 1


def _kind(code: str, found: str) -> str:
    """A rule about several secrets names the one its match holds."""
    if code == TRANSFER_REQUEST:
        return code
    if "private key" in found or "私钥" in found or "keystore" in found:
        return ASKS_PRIVATE_KEY
    if any(w in found for w in ("seed", "phrase", "words", "mnemonic", "助记词", "恢复词", "备份词")):
        return ASKS_SEED_PHRASE
    if any(w in found for w in ("password", "passcode", "pw", "pwd", "passwd", "密码", "pass ")):
        return ASKS_PASSWORD
    if any(
        w in found
        for w in ("code", "otp", "pin", "digits", "numbers", "码", "数字", "authenticator", "验证器")
    ):
        return ASKS_OTP_CODE
    return code
