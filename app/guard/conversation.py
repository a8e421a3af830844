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
Chinese wordlist characters that makes up most of its message; two words when they are the whole
message (a phrase sent two words at a time); 2-6 Chinese characters run together when they are
the whole message. Fragments of consecutive messages (at most one short unrelated message between
them, "oops sent too early") are joined from the newest back; at 12 words or more the parts are a
phrase when:

* English: few of its words are everyday English words ("you can check that account" is made of
  wordlist words too, a random phrase almost never is);
* Chinese: spaced single characters look random at the strict threshold of ``seed_zh``, or at the
  loose one with a valid checksum or a context word (助记词, ...) in the messages; characters run
  together (what short Chinese chat messages look like too: "你好" / "在吗") need the loose test
  and a valid checksum or a context word.

Other secrets in pieces: a label in one message and the value alone in the next, whatever the kind
(``label_value``: "fund password?" / "yes its 209815", "the text just came in" / "330285", "API
Key是这个" / the key; one acknowledgement such as "ok" may sit between), and a 64-hex key sent as
consecutive messages of nothing but hex (halves, quarters) unless the message before them talks
about transactions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from . import seed_en, seed_zh
from .bare_code_context import public_number_answers
from .chat_followups import code_pieces, follow_up
from .fold import fold_inbound, original_span
from .inbound import drop_public_values, mask_markers, redact, scan_inbound
from .inbound_learnt import learnt_findings
from .keys import about_transactions, key_context
from .label_value import ACK, label_kinds, lone_value, passphrase_label
from .masked import drop_masked
from .r13_split import phrase_pieces, split_with_remark, whole_value
from .r14_split import cut_after_piece, wrapped_key
from .r16_split import totp_part
from .r18_split import named_totp_key, numbered_pieces
from .r19_split import continued_piece
from .r20_split import continued_piece20
from .seed_corrections import corrected_word, zh_question
from .split_pieces import base58_halves, word_by_word
from .textutil import ascii_letter_count, ascii_lower
from .types import (
    API_SECRET,
    HIGH,
    MEDIUM,
    OTP_CODE,
    PASSWORD,
    PRIVATE_KEY,
    SEED_PHRASE,
    Finding,
    InboundResult,
)
from .wordlists import CHINESE, ENGLISH, VALID_LENGTHS, checksum_ok, word_index

WINDOW: Final = 6  # earlier customer messages looked at
_MIN_PART: Final = 3
_MIN_PAIR: Final = 2  # a part of two words when they are the whole message
_PART_SHARE: Final = 0.5  # of the message's letters, for a part of three words or more
_MAX_WORDS: Final = 24
_SHORT_INTERLUDE: Final = 40  # a message this short may sit between two parts
_LONG_INTERLUDE: Final = 120
_PHRASE_ASIDE = re.compile(
    r"\b(?:phrase|seed|words|half|rest|remaining|second part)\b|助记词|另一半|剩下|后半|其余"
)
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
_RUN_TOGETHER = re.compile(
    rf"\s*(?P<run>[{seed_zh.CJK}]+(?:[\s,，、。.]{{1,2}}[{seed_zh.CJK}]+)*)[\s,，、。.]*"
)
# a piece of a hex key alone in its message: hex digits with both a letter and a digit
_HEX_PART = re.compile(
    r"\s*(?:0x)?(?P<hex>(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{8,63})\s*"
)
_HEX_DIGITS: Final = frozenset("0123456789abcdefABCDEF")
# round 9: the first piece may end a message that names it ("…my private key: 9d5bbb93…" / "6968c5…")
_HEX_TAIL = re.compile(
    r"(?<![0-9A-Za-z])(?:0x)?(?P<hex>(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{8,56})\s*$"
)
_MAX_RUN_TOGETHER: Final = 6  # a half of a 12-character phrase; a longer message is prose
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
_API_MARKER_ONLY = re.compile(r"\s*(?:[\w\s:：=-]{0,20}?)\[redacted:api_secret\]\s*")
# a one- or two-word answer with no digits ("login", "the fund one", "登录的")
_SHORT_ANSWER = re.compile(
    r"\s*(?:[A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,2}|[\u3400-\u9fff]{1,6})\s*[.!?。！？]?\s*"
)


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


def _english_part(folded_text: str, labelled: bool = False) -> _Part | None:
    # a part is most of its message (below): unless a part label came first, ask for no runs that
    # cannot be (session 10, guardspeed7: an exact gate in ``find_runs``)
    runs = seed_en.find_runs(folded_text, _MIN_PAIR, 0.0 if labelled else _PART_SHARE)
    if not runs:
        return None
    run = max(runs, key=lambda r: len(r.words))
    run_letters = sum(w.end - w.start for w in run.words)
    letters = ascii_letter_count(folded_text)
    # three words or more must make up most of the message; two only when they are all of it
    # ("tackle portion": a phrase sent two words at a time); after a part label ("card B is …",
    # "second half …") a run of four or more may be followed by a question
    labelled_run = labelled and len(run.words) >= _LABELLED_MIN
    if not labelled_run and run_letters < (_PART_SHARE if len(run.words) >= _MIN_PART else 1.0) * letters:
        return None
    # a short run with a misspelt word is prose ("phrase coming, one sec": "coming" is no "comic")
    if len(run.words) <= _MIN_PART and any(
        folded_text[w.start : w.end].lower() not in w.candidates for w in run.words
    ):
        return None
    start, end = run.words[0].start, run.words[-1].end
    return _Part(start, end, "en", tuple(w.candidates for w in run.words), False)


# A label in front of a part: "first half", "card B is", "part 2:", "前半部分", "第二段是"
_PART_LABEL = re.compile(
    # round 4: what the part is of may come first ("私钥第一段", "phantom key part 1")
    r"\s*(?:(?:(?:private\s+|phantom\s+|solana\s+|hex\s+)?key|私钥|私鑰|密钥|助记词|助記詞)\s*)?"
    r"(?:(?:the\s+)?(?:first|second|third|fourth|last|other|next|final|remaining|1st|2nd|3rd|4th)\s+"
    r"(?:half|part|third|quarter|bit|piece|chunk|set|row|line|group|card)s?"
    r"|(?:part|card|piece|row|line|set|group|page|half|chunk)\s*(?:[a-d]|[1-4]|one|two|three|four)"
    r"|[1-4]\s*/\s*[2-4]|[a-d1-4](?=\s*[:：)])"
    r"|(?:前半|后半|上半|下半)(?:部分|段|截)?|第[一二三四1-4](?:部分|段|组|行|张|半)|剩下的|其余的|另一半"
    # round 5: a count of words ("前四个", "中间四个", "后6个词"), or "最后:" / "中间:" before a colon
    r"|(?:前|后|中间|最后|末尾|剩下的?|其余的?)(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})个(?:词|字)?"
    r"|(?:最后|中间|末尾)(?:的|一段|部分)?(?=\s*[:：])"
    # round 4: a numeral alone before the part ("一 亲服凶", "3) …")
    r"|[一二三四五六](?=\s)|[1-6](?:[.、)）]|(?=\s))"
    r")"
    r"(?![a-z0-9])\s*(?:(?:is|was|are)(?![a-z])|=|:|：|-|是|为)?\s*[:：]?\s*",  # "最后四个 wasp": no "was"
    re.I,
)
_LABELLED_MIN: Final = 4


def _chinese_part(folded_text: str) -> _Part | None:
    if folded_text.isascii() or _CJK.search(folded_text) is None:
        return None
    cjk_total = len(_CJK.findall(folded_text))
    spaced = seed_zh.separated_runs(folded_text, _MIN_PART)
    if spaced:
        run = max(spaced, key=lambda r: len(r.chars))
        label = seed_zh.CONTEXT.search("".join(run.chars)) is not None  # "我 的 助 记 词 是"
        if run.unknown == 0 and not label and len(run.chars) >= 0.5 * cjk_total:
            return _Part(run.start, run.end, "zh", tuple((c,) for c in run.chars), True)
    # characters run together ("介阵锁催"), alone in their message but for separators
    whole = _RUN_TOGETHER.fullmatch(folded_text)
    if whole is not None:
        chars = [c for c in whole.group("run") if "\u3400" <= c <= "\ufaff"]
        index = word_index(CHINESE)
        fits = _MIN_PAIR <= len(chars) <= _MAX_RUN_TOGETHER and all(c in index for c in chars)
        if fits and seed_zh.CONTEXT.search("".join(chars)) is None:
            return _Part(whole.start("run"), whole.end("run"), "zh", tuple((c,) for c in chars), False)
    return None


@lru_cache(maxsize=4096)
def _part(text: str) -> _Part | None:
    """The phrase fragment that makes up most of ``text`` (spans in ``text``), if any.

    Cached: each message is looked at again as an earlier message of the next few."""
    folded = fold_inbound(mask_markers(text))
    work = folded.text
    label = _PART_LABEL.match(work)
    if label is not None and label.end() > 0 and label.group().strip():
        work = " " * label.end() + work[label.end() :]  # same length: spans stay
    part = _english_part(work, labelled=work is not folded.text) or _chinese_part(work)
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
    spaced = all(p.spaced for p in parts)
    if spaced and seed_zh.looks_random(chars):
        return True, valid
    context = any(seed_zh.CONTEXT.search(ascii_lower(t)) for t in texts)
    # characters run together are how short Chinese chat messages look too ("你好" / "在吗" /
    # "我的提现还没到"): they need the checksum or a context word as well as the loose test
    return seed_zh.looks_random(chars, seed_zh.LOOSE) and (valid or context), valid


def _whole_checksum(parts: Sequence[_Part]) -> bool:
    """Do the parts' words, all of them and nothing else, make a phrase with a valid checksum?"""
    words = [w[0] for p in parts for w in p.words]
    return parts[0].lang == "en" and len(words) in VALID_LENGTHS and checksum_ok(words, ENGLISH)


def _prose_part(part: _Part) -> bool:
    """An English part made mostly of everyday words ("can you check"): prose, not a phrase's part."""
    if part.lang != "en":
        return False
    return sum(1 for w in part.words if w[0] in _EVERYDAY) > _EVERYDAY_SHARE_VALID * len(part.words)


def _continues_phrase(last: _Part, earlier: Sequence[str]) -> bool:
    """Is ``last`` the next part of a phrase already found in the message(s) just before it?

    A phrase sent in thirds is complete (and redacted) at its second part; the third part must
    go too."""
    if last.lang == "en":
        if sum(1 for w in last.words if w[0] in _EVERYDAY) > _EVERYDAY_SHARE * len(last.words):
            return False
    elif not seed_zh.looks_random([w[0] for w in last.words], seed_zh.LOOSE):
        return False
    elif not last.spaced and zh_question(last.words):
        return False  # round 12: "能恢复吗" after a phrase is the customer's question, not its next part
    if len(last.words) < _MIN_PART or (not last.spaced and last.lang == "zh"):
        # two words, or characters run together, continue only a phrase sent in such parts: the
        # two messages before are both parts already redacted ("Secret Key" after a redacted API
        # secret is a label)
        return len(earlier) >= 2 and all(_SEED_MARKER in t for t in earlier[-2:])
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
        if part is None or part.lang != last.lang or part.spaced != last.spaced:
            between = earlier[i].strip()
            short = "[redacted:" not in between and (
                len(between) <= _SHORT_INTERLUDE
                # round 6: a longer aside about the phrase itself ("oops, that was half my phrase,
                # should I send the rest?")
                or (
                    len(between) <= _LONG_INTERLUDE and _PHRASE_ASIDE.search(ascii_lower(between)) is not None
                )
            )
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
        first = tail[0][0] if tail[0][0] >= 0 else len(earlier)
        if first > 0:
            texts.append(earlier[first - 1])  # the lead-in before the parts ("助记词分两半发")
        ok, valid = _is_phrase([p for _, p in tail], texts)
        # round 6: "can you check my wallet" before a phrase is the customer's own words; round 11:
        # unless the parts with it carry a valid checksum (a phrase in 3-word parts, "gap agent issue")
        if ok and (not _prose_part(tail[0][1]) or _whole_checksum([p for _, p in tail])):
            return tail, valid
    return None


@lru_cache(maxsize=4096)
def _label_of(label: str) -> tuple[tuple[str, ...], bool]:
    """(kinds named, names a passphrase) of an earlier message; cached like ``_part``."""
    kinds = label_kinds(label)
    prev = ascii_lower(fold_inbound(mask_markers(label)).text)
    if not kinds:  # a long message that ends with its label ("... and my password is")
        if _PASSWORD_LABEL_END.search(prev):
            kinds = (PASSWORD,)
        elif _CODE_LABEL_END.search(prev):
            kinds = (OTP_CODE,)
    return kinds, bool(kinds) and passphrase_label(prev)


def _label_then_value(text: str, earlier: Sequence[str]) -> Finding | None:
    """ "my password is" / "Sunny!2024", "fund password?" / "yes its 209815": a value alone after a
    message that names it (``label_value``); one short acknowledgement may sit between ("is it the
    password you need?" / "ok" / "<value>")."""
    if not earlier:
        return None
    label = earlier[-1]
    if ACK.fullmatch(label) and len(earlier) >= 2:
        label = earlier[-2]
    kinds, passphrase = _label_of(label)
    if not kinds and "[redacted:api_secret]" in label and _API_MARKER_ONLY.fullmatch(label):
        # "api key and secret in two messages" / <key> / <secret>: the key before was redacted
        kinds = (API_SECRET,)
    if not kinds and len(earlier) >= 2 and _SHORT_ANSWER.fullmatch(earlier[-1]):
        # "which password, login or fund?" / "login" / <value>: the customer answered their own
        # question with one word, and the value follows it
        kinds, passphrase = _label_of(earlier[-2])
    if not kinds:
        return None
    folded = fold_inbound(text)
    lone = lone_value(folded.text, kinds, passphrase)
    if lone is None or not drop_masked([lone], folded.text):
        return None
    value = folded.text[lone.start : lone.end].lower()
    if value.isalpha() and re.search(rf"(?<![a-z]){re.escape(value)}(?![a-z])", ascii_lower(label)):
        return None  # "login or withdrawal password?" / "withdrawal": a choice the question offered
    start, end = original_span(folded, lone.start, lone.end)
    return Finding(lone.kind, HIGH, start, end)


def _relabel(text: str, current: InboundResult, earlier: Sequence[str]) -> Finding | None:
    """Round 11: a lone number read as a bare code ("yes its 209815") is what the message before
    named when it named something ("fund password?"): the earlier label gives its kind."""
    if not earlier or len(current.findings) != 1 or current.findings[0].kind != OTP_CODE:
        return None
    follow = _label_then_value(text, earlier)
    code = current.findings[0]
    if follow is None or follow.end <= code.start or follow.start >= code.end:
        return None
    return follow


def _hex_part(text: str) -> re.Match[str] | None:
    """A message that is a piece of hex, alone or after a part label ("first half …")."""
    if text.rstrip()[-1:] not in _HEX_DIGITS:
        return None  # the piece ends the message (before white space): nothing else can
    label = _PART_LABEL.match(text)
    start = label.end() if label is not None and label.group().strip() else 0
    return _HEX_PART.fullmatch(text, start)


def _hex_chain(text: str, earlier: Sequence[str]) -> list[tuple[int, Finding]] | None:
    """A 64-hex key sent in pieces ("the key is too long, two parts" / 32 hex / 32 hex): messages
    that are nothing but hex, consecutive, 64 digits together. A transaction hash is sent whole,
    so pieces are a key unless the message before them talks about transactions."""
    m = _hex_part(text)
    if m is None:
        return None
    pieces = [(-1, m.span("hex"))]
    total = m.end("hex") - m.start("hex")
    i = len(earlier) - 1
    while i >= max(0, len(earlier) - WINDOW) and total < 64:
        prev = _hex_part(earlier[i])
        if prev is None:
            break
        pieces.append((i, prev.span("hex")))
        total += prev.end("hex") - prev.start("hex")
        i -= 1
    if total < 64 and i >= 0:
        tail = _HEX_TAIL.search(earlier[i])
        if tail is not None and total + len(tail.group("hex")) == 64 and key_context(earlier[i]):
            pieces.append((i, tail.span("hex")))
            total = 64
            i = -1  # the naming message is the piece's own: it is the label
    if total != 64 or len(pieces) < 2:
        return None
    label = earlier[i] if i >= 0 else ""
    # round 6: a piece that names itself a key ("private key first half …") is one whatever the
    # message before says ("the deposit went to my metamask but I can't open it")
    named = any(key_context(text if index < 0 else earlier[index]) for index, _ in pieces)
    if about_transactions(label) and not named:
        return None
    severity = HIGH if named or key_context(label) else MEDIUM
    return [(index, Finding(PRIVATE_KEY, severity, a, b)) for index, (a, b) in pieces]


def _tx_hashes_in_context(text: str, current: InboundResult, earlier: Sequence[str]) -> InboundResult:
    """A bare 64-hex string is a private key only for want of context ("medium"); when the
    customer's previous message talks about transactions ("can you check these", "两笔充值") it is
    a transaction hash they are asking about, and stays (also a second one pasted after it)."""
    unexplained = [f for f in current.findings if f.kind == PRIVATE_KEY and f.severity == MEDIUM]
    if not unexplained or not any(about_transactions(t) for t in earlier[-3:]):
        return current
    keep = [f for f in current.findings if f not in unexplained]
    return redact(text, keep) if keep else InboundResult(text, ())


def _small_pieces(text: str, earlier: Sequence[str]) -> list[tuple[int, Finding]] | None:
    """Round 6: a phrase one word per message, a key pair in base58 halves (``split_pieces``)."""
    return word_by_word(text, earlier, WINDOW, _EVERYDAY) or base58_halves(text, earlier, WINDOW)


def scan_conversation(text: str, earlier: Sequence[str] = ()) -> ConversationScan:
    """The conversation rules (``_conversation_rules``), then the learnt scorer's last pass."""
    scan = _conversation_rules(text, earlier)
    if earlier and not scan.current.findings and (end := cut_after_piece(text, earlier)) is not None:  # r14
        scan = _remark_after_last_piece(text, earlier, end) or scan
    extra = learnt_findings(text, scan.current.findings, earlier)  # inbound_learnt: after every rule
    found = [*scan.current.findings, *extra]
    kept = drop_public_values(text, found) if found else found  # guard16fp: a link's value, a block height …
    if extra or len(kept) < len(found):
        scan = ConversationScan(redact(text, kept), scan.earlier)
    return scan


def _remark_after_last_piece(text: str, earlier: Sequence[str], end: int) -> ConversationScan | None:
    """Round 14 (``r14_split``): the message cut after its piece, scanned by every split rule; only a
    split found that way counts (the remark after the piece holds no digit and no long token)."""
    cut = _conversation_rules(text[:end], earlier)
    if not cut.earlier:
        return None
    return ConversationScan(redact(text, list(cut.current.findings)), cut.earlier)


def _conversation_rules(text: str, earlier: Sequence[str] = ()) -> ConversationScan:
    """Scan a customer's new message with the conversation's recent customer messages.

    ``earlier`` are the customer's previous messages of this conversation as stored (redacted),
    oldest first; only the last ``WINDOW`` are looked at.
    """
    current = scan_inbound(text, learnt=False)
    if current.findings and earlier:
        current = _tx_hashes_in_context(text, current, earlier)
    if current.findings and earlier:
        current = public_number_answers(text, current, earlier[-1])
    if current.findings:
        follow = _relabel(text, current, earlier)
    else:
        follow = _label_then_value(current.text, earlier)
    if follow is not None:
        current = redact(text, [whole_value(text, follow)])
        return ConversationScan(current, ())
    if earlier and (more := continued_piece(text, earlier)) is not None:  # round 19: a piece after a cut
        return ConversationScan(redact(text, [*current.findings, *more]), ())
    if earlier and not current.findings and (r20 := continued_piece20(text, earlier)) is not None:  # round 20
        moved20 = tuple(EarlierRedaction(i, redact(earlier[i], [f])) for i, f in r20 if i >= 0)
        return ConversationScan(redact(text, [f for i, f in r20 if i < 0]), moved20)
    pieces = code_pieces(text, earlier) if earlier and not current.findings else None
    if pieces is None and earlier and not current.findings:
        pieces = split_with_remark(text, earlier)  # round 13: a remark between the pieces
        pieces = pieces or wrapped_key(text, earlier)  # round 14: a base58check key wrapped anywhere
    if pieces is not None:
        found = [f for index, f in pieces if index < 0]
        moved = tuple(
            EarlierRedaction(index, redact(earlier[index], [f])) for index, f in pieces if index >= 0
        )
        return ConversationScan(redact(text, found), moved)
    again = (
        (follow_up(text, earlier) or totp_part(text, earlier) or named_totp_key(text, earlier))  # + round 18
        if earlier and not current.findings
        else None
    )
    if again is not None:
        return ConversationScan(redact(text, [again]), ())
    chain = _hex_chain(text, earlier) if earlier and not current.findings else None
    if chain is not None:
        found = [f for index, f in chain if index < 0]
        moved = tuple(
            EarlierRedaction(index, redact(earlier[index], [f])) for index, f in chain if index >= 0
        )
        return ConversationScan(redact(text, found), moved)
    fix = corrected_word(text, earlier) if earlier else None  # round 12: "the last word is tuna"
    if fix is not None:
        return ConversationScan(redact(text, [*current.findings, fix]), ())
    numbered = numbered_pieces(text, earlier, WINDOW, _EVERYDAY) if earlier and not current.findings else None
    if numbered is not None:  # round 18 (r18_split): "1 exchange" / "2 obey" / "5-8 …"
        found = [f for index, f in numbered if index < 0]
        moved = tuple(
            EarlierRedaction(index, redact(earlier[index], [f])) for index, f in numbered if index >= 0
        )
        return ConversationScan(redact(text, found), moved)
    split = _split_phrase(text, earlier) if earlier else None
    if split is None:
        small = _small_pieces(text, earlier) if earlier and not current.findings else None
        if small is None and earlier and not current.findings:
            small = phrase_pieces(text, earlier)  # round 13: parts with chatter, a last word sent later
        if small is not None:
            found = [f for index, f in small if index < 0]
            moved = tuple(
                EarlierRedaction(index, redact(earlier[index], [f])) for index, f in small if index >= 0
            )
            return ConversationScan(redact(text, found), moved)
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
