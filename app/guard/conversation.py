"""Secrets split over consecutive messages of one conversation.

Customers send a seed phrase in parts ("first six words" / "the rest"), one word group per
message, or a label in one message and the value in the next ("my password is" / "Sunny!2024").
No single message holds a full secret, so ``scan_inbound`` alone stores every part in the clear.

``scan_conversation(text, earlier)`` is a pure function of the new message and the customer's
recent messages of the same conversation (as stored: already redacted, oldest first). It returns
the new message's result and, for any earlier message that turns out to hold part of a secret,
that message's new result, so the caller can redact it where it is stored and tell the desks.
The customer is warned once, when the secret is complete (``ConversationScan.kinds``).

A part ("fragment") is a run of >= 3 wordlist words (English, misspellings allowed) or >= 3
Chinese wordlist characters that makes up most of its message. Fragments of consecutive messages
(at most one short unrelated message between them, "oops sent too early") are joined from the
newest back; at 12 words or more the parts are a phrase when:

* English: few of its words are everyday English words ("you can check that account" is made of
  wordlist words too, a random phrase almost never is);
* Chinese: the characters look random at the strict threshold of ``seed_zh``, or at the loose
  one with a valid checksum or a context word (助记词, ...) in the messages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from . import seed_en, seed_zh
from .context_secrets import find_context_secrets
from .fold import fold_inbound, original_span
from .inbound import mask_markers, redact, scan_inbound
from .keys import about_transactions
from .textutil import ascii_lower
from .types import HIGH, MEDIUM, OTP_CODE, PASSWORD, PRIVATE_KEY, SEED_PHRASE, Finding, InboundResult
from .wordlists import CHINESE, VALID_LENGTHS, checksum_ok

WINDOW: Final = 6  # earlier customer messages looked at
_MIN_PART: Final = 3
_MAX_WORDS: Final = 24
_SHORT_INTERLUDE: Final = 40  # a message this short may sit between two parts
# Everyday words that are also wordlist words: prose is made of them, a random phrase is not.
_EVERYDAY_TEXT: Final = """
    about account again agent all also any balance because can check code come day deposit first
    give good have hello help into issue just know like make need now okay one only order other
    over people phone please problem say still team thank that then there they this time two use
    verify want way what when where will work year you wallet fund money month today tomorrow
    above after again answer before below call change close cost else enough even ever example
    find fine follow found future great happy hold hour just keep later learn left level like
    little long lot never next night normal number often open over own place question quick real
    right same second send sense share short show sign since sorry soon start stay stop sure
    system task test then thing this though three today together total trade try under until
    update wait way week what when where which while why wide wish with world wrong yes
"""
_EVERYDAY: Final = frozenset(_EVERYDAY_TEXT.split())
_EVERYDAY_SHARE: Final = 0.4  # prose fragments are mostly everyday words; a random phrase ~7%
_EVERYDAY_SHARE_VALID: Final = 0.6
_CJK = re.compile(f"[{seed_zh.CJK}]")
_LETTER_OR_CJK = re.compile(rf"[A-Za-z{seed_zh.CJK}]")
# A message that ends with a label, so the next message is its value.
_PASSWORD_LABEL_END = re.compile(
    r"(?:pass\s?words?|passwd|pwd|psw|pw|pass|passcode|密码|口令)\s*(?:is|was|是|为|就是|below|follows|如下|在下面)?"
    r"\s*[:：=]?\s*[.。…]*\s*$"
)
_CODE_LABEL_END = re.compile(
    r"(?:codes?|otp|2fa|sms|authenticator|验证码|动态码|码)\s*(?:is|was|是|为)?\s*[:：=]?\s*[.。…]*\s*$"
)
_SEED_MARKER = "[redacted:seed_phrase]"
_SINGLE_TOKEN = re.compile(r"\s*(?P<val>\S{4,64})\s*$")
_CODE_VALUE = re.compile(r"\s*(?P<val>\d{4,8}|\d(?:[ -]\d){3,7}|\d{3}[ -]\d{3})\s*$")


@dataclass(frozen=True, slots=True)
class EarlierRedaction:
    """An earlier message (``index`` into ``earlier``) that must be redacted too."""

    index: int
    result: InboundResult  # on the earlier text as given; its findings are the new spans only


@dataclass(frozen=True, slots=True)
class ConversationScan:
    current: InboundResult
    earlier: tuple[EarlierRedaction, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """Kinds of secret found now (this message and the earlier parts): warn once if any."""
        found = [f.kind for f in self.current.findings]
        found += [f.kind for e in self.earlier for f in e.result.findings]
        return tuple(dict.fromkeys(found))


class _Part(NamedTuple):
    start: int  # in the message as given
    end: int
    lang: str  # "en" or "zh"
    words: tuple[tuple[str, ...], ...]  # per word: its candidates (zh: the character)
    spaced: bool  # zh: single characters between separators


def _english_part(folded_text: str) -> _Part | None:
    runs = seed_en.find_runs(folded_text, _MIN_PART)
    if not runs:
        return None
    run = max(runs, key=lambda r: len(r.words))
    run_letters = sum(w.end - w.start for w in run.words)
    letters = len(re.findall(r"[A-Za-z]", folded_text))
    if run_letters < 0.5 * letters:
        return None
    start, end = run.words[0].start, run.words[-1].end
    return _Part(start, end, "en", tuple(w.candidates for w in run.words), False)


def _chinese_part(folded_text: str) -> _Part | None:
    if _CJK.search(folded_text) is None:
        return None
    cjk_total = len(_CJK.findall(folded_text))
    spaced = seed_zh.separated_runs(folded_text, _MIN_PART)
    if spaced:
        run = max(spaced, key=lambda r: len(r.chars))
        label = seed_zh.CONTEXT.search("".join(run.chars)) is not None  # "我 的 助 记 词 是"
        if run.unknown == 0 and not label and len(run.chars) >= 0.5 * cjk_total:
            return _Part(run.start, run.end, "zh", tuple((c,) for c in run.chars), True)
    return None


@lru_cache(maxsize=4096)
def _part(text: str) -> _Part | None:
    """The phrase fragment that makes up most of ``text`` (spans in ``text``), if any.

    Cached: each message is looked at again as an earlier message of the next few."""
    folded = fold_inbound(mask_markers(text))
    part = _english_part(folded.text) or _chinese_part(folded.text)
    if part is None:
        return None
    if folded.origin is not None:
        start, end = original_span(folded, part.start, part.end)
        part = part._replace(start=start, end=end)
    return part


def _is_phrase(parts: Sequence[_Part], texts: Sequence[str]) -> tuple[bool, bool]:
    """(is a phrase, checksum valid) for parts joined oldest first."""
    words = [w for p in parts for w in p.words]
    if len(words) < seed_en.MIN_WORDS:
        return False, False
    if parts[0].lang == "en":
        everyday = sum(1 for w in words if w[0] in _EVERYDAY)
        valid = seed_en.run_severity_high([seed_en.Word(0, 0, w, True) for w in words])
        # a valid checksum (1 in 16 for chance words) lets a phrase hold more everyday words
        share = _EVERYDAY_SHARE_VALID if valid else _EVERYDAY_SHARE
        return everyday <= share * len(words), valid
    chars = [w[0] for w in words]
    valid = len(chars) in VALID_LENGTHS and checksum_ok(chars, CHINESE)
    if seed_zh.looks_random(chars):
        return True, valid
    context = any(seed_zh.CONTEXT.search(ascii_lower(t)) for t in texts)
    return seed_zh.looks_random(chars, seed_zh.LOOSE) and (valid or context), valid


def _continues_phrase(last: _Part, earlier: Sequence[str]) -> bool:
    """Is ``last`` the next part of a phrase already found in the message(s) just before it?

    A phrase sent in thirds is complete (and redacted) at its second part; the third part must
    go too."""
    if last.lang == "en":
        if sum(1 for w in last.words if w[0] in _EVERYDAY) > _EVERYDAY_SHARE * len(last.words):
            return False
    elif not seed_zh.looks_random([w[0] for w in last.words], seed_zh.LOOSE):
        return False
    for text in reversed(earlier[-2:]):
        if _SEED_MARKER in text:
            return True
        if len(text.strip()) > _SHORT_INTERLUDE:
            return False
    return False


def _split_phrase(text: str, earlier: Sequence[str]) -> tuple[list[tuple[int, _Part]], bool] | None:
    """The parts (index in ``earlier``, or -1 for ``text``) of a phrase ending in ``text``."""
    last = _part(text)
    if last is None:
        return None
    if _continues_phrase(last, earlier):
        return [(-1, last)], False
    chain: list[tuple[int, _Part]] = [(-1, last)]
    skipped = 0
    total = len(last.words)
    lo = max(0, len(earlier) - WINDOW)
    for i in range(len(earlier) - 1, lo - 1, -1):
        if total >= _MAX_WORDS:
            break
        part = _part(earlier[i])
        if part is None or part.lang != last.lang:
            short = len(earlier[i].strip()) <= _SHORT_INTERLUDE and "[redacted:" not in earlier[i]
            if skipped or not short:
                break
            skipped += 1
            continue
        chain.append((i, part))
        total += len(part.words)
    if len(chain) < 2:
        return None
    chain.reverse()
    # the longest tail of parts that makes a phrase (the oldest parts may be other words)
    for k in range(len(chain) - 1):
        tail = chain[k:]
        texts = [text if i < 0 else earlier[i] for i, _ in tail]
        ok, valid = _is_phrase([p for _, p in tail], texts)
        if ok:
            return tail, valid
    return None


def _label_then_value(text: str, earlier: Sequence[str]) -> Finding | None:
    """"my password is" / "Sunny!2024": a value alone after a message that ends with its label."""
    if not earlier:
        return None
    prev = ascii_lower(fold_inbound(mask_markers(earlier[-1])).text)
    if _PASSWORD_LABEL_END.search(prev):
        m = _SINGLE_TOKEN.match(text)
        if m is not None and find_context_secrets("password: " + m.group("val")):
            return Finding(PASSWORD, HIGH, m.start("val"), m.end("val"))
    if _CODE_LABEL_END.search(prev):
        m = _CODE_VALUE.match(fold_inbound(text).text)
        if m is not None:
            return Finding(OTP_CODE, HIGH, m.start("val"), m.end("val"))
    return None


def _tx_hashes_in_context(text: str, current: InboundResult, earlier: Sequence[str]) -> InboundResult:
    """A bare 64-hex string is a private key only for want of context ("medium"); when the
    customer's previous message talks about transactions ("can you check these", "两笔充值") it is
    a transaction hash they are asking about, and stays (also a second one pasted after it)."""
    unexplained = [f for f in current.findings if f.kind == PRIVATE_KEY and f.severity == MEDIUM]
    if not unexplained or not any(about_transactions(t) for t in earlier[-3:]):
        return current
    keep = [f for f in current.findings if f not in unexplained]
    return redact(text, keep) if keep else InboundResult(text, ())


def scan_conversation(text: str, earlier: Sequence[str] = ()) -> ConversationScan:
    """Scan a customer's new message with the conversation's recent customer messages.

    ``earlier`` are the customer's previous messages of this conversation as stored (redacted),
    oldest first; only the last ``WINDOW`` are looked at.
    """
    current = scan_inbound(text)
    if current.findings and earlier:
        current = _tx_hashes_in_context(text, current, earlier)
    follow = _label_then_value(current.text, earlier) if not current.findings else None
    if follow is not None:
        current = redact(text, [follow])
        return ConversationScan(current, ())
    split = _split_phrase(text, earlier) if earlier else None
    if split is None:
        return ConversationScan(current, ())
    parts, valid = split
    severity = HIGH if valid else MEDIUM
    earlier_out: list[EarlierRedaction] = []
    for i, part in parts:
        finding = Finding(SEED_PHRASE, severity, part.start, part.end)
        if i < 0:
            current = redact(text, [*current.findings, finding])
        else:
            earlier_out.append(EarlierRedaction(i, redact(earlier[i], [finding])))
    return ConversationScan(current, tuple(earlier_out))
