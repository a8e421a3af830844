"""Round 13: secrets split over two messages with a remark between, and a value's whole token.

r19 showed what the older conversation rules (``conversation``, ``chat_followups``) assume: the
pieces of a key or a code sit in consecutive messages. Customers send a piece, say why ("the chat
cut it, sending the rest", 手机锁屏了，后面是), then send the rest. Three kinds, each a general shape:

* **A hex key in pieces with a remark between** ("key part 1 <32 hex>" / "sending the rest" /
  "part 2 <32 hex>"): messages ending in a run of hex (a letter and a digit in it) that add up to
  64 digits, at most one short message without hex between two of them, and a key named or a
  part labelled in a piece (a transaction hash is pasted whole; two halves of one are not a thing).
* **A WIF key in two halves** (base58): two pieces ending their messages whose concatenation is a
  valid base58check WIF key. The checksum decides: chance text never passes it.
* **A code read out over two messages** ("the sms says seven one four" / "the rest is" /
  "nine nine two", 短信说是三九七 / 零零五): the first piece ends a message that names a code, the
  last is a message of nothing but digits (figures, English or Chinese digit words), 6-8 digits in
  all, one remark without digits allowed between them.

Two shapes of a seed phrase, both gated by the phrase's own checksum (1 in 16 for chance words, 1
in 256 for 24):

* **Parts with chatter around them** ("… my screen is small <4 words>" / "<4 words>" / "<4 words>
  that's all 12"): runs of wordlist words that end the first message, fill the middle ones and
  open the last, 12-24 words together with a valid checksum (the first run may lose up to three
  leading words: "screen is small" are wordlist words too).
* **The missing last word sent later** ("my phrase <11 words>, can't read the last" / "found it, the
  last is <word>", 最后一个是 <word>): a run one word short of a valid length in one of the last
  three messages, and a wordlist word in the new one that makes the checksum valid.

And ``whole_value``: a password found alone in a message after its label ("my password is" /
"Ah-Kuan_1977") is the whole token, punctuation inside it included (a hyphen split it before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from . import seed_en
from .base58 import b58check_decode
from .fold import fold_inbound, original_span
from .inbound import mask_markers
from .keys import about_transactions, key_context
from .textutil import ascii_lower, compile_ascii
from .types import HIGH, OTP_CODE, PASSWORD, PRIVATE_KEY, SEED_PHRASE, WIF_KEY, Finding
from .wordlists import ENGLISH, VALID_LENGTHS, checksum_ok, english_words

Pieces = list[tuple[int, Finding]]  # (index in ``earlier``, or -1 for the new message; its span)

_REMARK: Final = 80  # characters: a remark between two pieces is short
# a run of hex at the end of a message (a letter and a digit in it), after at most a short label
# the last token of a message, checked whole (a key's characters are ASCII; no fold needed)
_HEX_END = re.compile(r"(?:0x)?(?P<v>(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{16,48})")
_B58_END = re.compile(r"(?P<v>[1-9A-HJ-NP-Za-km-z]{16,40})")

_MAX_LABEL: Final = 60  # characters before a piece in its message
_PART_WORDS = compile_ascii(
    r"\b(?:part|half|halves|piece|rest|first|second|remaining|1/2|2/2)\b|前半|后半|上半|下半|一半|剩下|其余|分两|第[一二12]段"
)
_WIF_VERSIONS: Final = (0x80, 0xEF)
_WIF_LENGTHS: Final = (33, 34)  # payload bytes: version + 32 (+ 0x01 when compressed)

_EN_DIGIT: Final = r"(?:zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine)"
_ZH_DIGIT: Final = "[零〇一二三四五六七八九幺两]"
_DIGIT_RUN: Final = (
    rf"(?:[0-9](?:[\s-]?[0-9]){{1,3}}|{_EN_DIGIT}(?:[\s,-]+{_EN_DIGIT}){{1,3}}|{_ZH_DIGIT}{{2,4}})"
)
_LAST_PIECE = re.compile(rf"\s*(?P<v>{_DIGIT_RUN})\s*[.。!！]?\s*", re.I)
_FIRST_PIECE = re.compile(rf"(?<![0-9a-z])(?P<v>{_DIGIT_RUN})\s*[.。…]*\s*$", re.I)
_CODE_NAMED = compile_ascii(
    r"\b(?:code|otp|2fa|sms|text|texted|authenticator|authy|pin|says|shows|digits)\b"
    r"|验证码|验证器|短信|动态码|码|显示"
)
_ANY_DIGIT = re.compile(rf"[0-9零〇一二三四五六七八九]|\b{_EN_DIGIT}\b", re.I)
_HEX_CHARS: Final = frozenset("0123456789abcdefABCDEF")
_MIN_KEY_PIECE: Final = 16
_MAX_KEY_PIECE: Final = 50  # characters: a piece is half a key (hex 32, WIF 26, with "0x")
_ALNUM_TAIL = re.compile(r"[0-9A-Za-z]{16,}$")
_SPOKEN_PIECE: Final = 48  # characters: a message that is only a piece of a code is short
_TOKEN_EDGE: Final = frozenset(" \t\r\n,;，。；、()（）\"'“”")


def _digits(value: str) -> int:
    low = value.lower()
    return sum(c.isdigit() for c in low) or len(re.findall(_EN_DIGIT, low)) or len(low.replace(" ", ""))


@lru_cache(maxsize=4096)
def _last_token(text: str) -> tuple[int, int] | None:
    """(start, end) of the run of 16+ ASCII letters and digits that ends ``text`` (before white space
    and a full stop), if it starts within a short label's reach; cached like ``_runs``."""
    body = text.rstrip().rstrip(".。").rstrip()
    tail = body[-_MAX_KEY_PIECE:].rsplit(None, 1)[-1] if body else ""
    if len(tail) < _MIN_KEY_PIECE:
        return None
    if not (tail.isascii() and tail.isalnum()):
        m = _ALNUM_TAIL.search(tail)
        if m is None:
            return None
        tail = m.group()
    end = len(body)
    start = end - len(tail)
    if start > _MAX_LABEL + 2 or (start > 0 and text[start - 1] in "_-/+="):
        return None
    return start, end


def _piece(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    """A key's piece ending ``text`` (as typed: a key's characters are ASCII), after a short label."""
    span = _last_token(text)
    if span is None:
        return None
    m = pattern.fullmatch(text, *span)
    if m is None or m.start("v") > _MAX_LABEL:
        return None
    return m.span("v")


def _remark(text: str) -> bool:
    """A message that may sit between two pieces: short, no redaction, no long token of its own."""
    return len(text.strip()) <= _REMARK and "[redacted:" not in text


def _hex_with_remark(text: str, earlier: Sequence[str]) -> Pieces | None:
    if text.rstrip().rstrip(".。")[-1:] not in _HEX_CHARS:
        return None
    last = _piece(_HEX_END, text)
    if last is None:
        return None
    pieces = [(-1, last)]
    total = last[1] - last[0]
    i, skipped = len(earlier) - 1, False
    while i >= 0 and total < 64 and len(earlier) - i <= 4:
        span = _piece(_HEX_END, earlier[i])
        if span is None:
            if skipped or not _remark(earlier[i]):
                return None
            skipped = True
            i -= 1
            continue
        pieces.append((i, span))
        total += span[1] - span[0]
        i -= 1
    if total != 64 or not skipped:  # without a remark between them: ``conversation._hex_chain``
        return None
    texts = [text if index < 0 else earlier[index] for index, _ in pieces]
    named = any(key_context(t) for t in texts)
    parts = sum(1 for t in texts if _PART_WORDS.search(ascii_lower(t)) is not None)
    if not named and (parts < len(texts) or any(about_transactions(t) for t in texts)):
        return None
    return [(index, Finding(PRIVATE_KEY, HIGH, a, b)) for index, (a, b) in pieces]


def _wif_halves(text: str, earlier: Sequence[str]) -> Pieces | None:
    if not text.rstrip().rstrip(".。")[-1:].isalnum():
        return None
    last = _piece(_B58_END, text)
    if last is None:
        return None
    for back in (1, 2):  # the half just before, or with one remark between
        if len(earlier) < back or (back == 2 and not _remark(earlier[-1])):
            return None
        first = _piece(_B58_END, earlier[-back])
        if first is None:
            continue
        joined = earlier[-back][first[0] : first[1]] + text[last[0] : last[1]]
        raw = b58check_decode(joined)
        if raw is not None and raw[0] in _WIF_VERSIONS and len(raw) in _WIF_LENGTHS:
            index = len(earlier) - back
            return [(index, Finding(WIF_KEY, HIGH, *first)), (-1, Finding(WIF_KEY, HIGH, *last))]
    return None


def _spoken_pieces(text: str, earlier: Sequence[str]) -> Pieces | None:
    if len(text) > _SPOKEN_PIECE:
        return None
    m = _LAST_PIECE.fullmatch(ascii_lower(text))
    if m is None:
        return None
    last = m.span("v")
    for back in (1, 2):
        if len(earlier) < back:
            return None
        if back == 2 and (not _remark(earlier[-1]) or _ANY_DIGIT.search(ascii_lower(earlier[-1]))):
            return None
        head = earlier[-back]
        folded = fold_inbound(mask_markers(head))  # 驗證碼 read as 验证码 (only once a piece is here)
        low = ascii_lower(folded.text)
        f = _FIRST_PIECE.search(low)
        if f is None or _CODE_NAMED.search(low, 0, f.start("v")) is None:
            continue
        if not 6 <= _digits(f.group("v")) + _digits(m.group("v")) <= 8:
            continue
        first = f.span("v")
        if folded.origin is not None:
            first = original_span(folded, *first)
        index = len(earlier) - back
        return [(index, Finding(OTP_CODE, HIGH, *first)), (-1, Finding(OTP_CODE, HIGH, *last))]
    return None


_MAX_HEAD_DROP: Final = 3
_CHATTER_MESSAGE: Final = 200  # characters: a part with a remark is a short message
_MAX_TAIL_DROP: Final = 2  # "… scheme that's all 12": "that" and "all" are wordlist words too
_MISSING_MESSAGE: Final = 120
_MISSING_CUES: Final = ("last", "final", "missing", "forgot", "12th", "24th", "最后", "末尾", "缺", "漏")
_LAST_IS = re.compile(
    r"(?<![a-z])(?:last|final|missing|12th|24th)(?![a-z])[^.!?\n]{0,32}?(?:(?<![a-z])(?:is|was|it's)|[:：=])\s*$"
    r"|(?:最后|末尾|缺的|漏的)(?:一个)?(?:词|单词)?[^。！？\n]{0,8}?(?:是|为|[:：])\s*$"
    r"|(?<![a-z])(?:last|final|missing)\s+(?:one|word)\s*$"  # round 15: "oh and the last one feed"
)
_PHRASE_NAMED = compile_ascii(
    r"\b(?:seed|phrase|words|mnemonic|recovery|last\s+(?:one|word))\b|助记词|单词|最后一个|看不清"
    r"|恢复词|备份词|记忆词|种子词|密语|恢复短语"  # round 14: the phrase's other Chinese names
)
_EDGE_CHATTER: Final = 24  # characters of chatter after the last part / before the value


@lru_cache(maxsize=2048)
def _runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(start, end, words) of each run of 3+ exact wordlist words in ``text`` (folded coordinates
    mapped back); cached: a message is looked at again as an earlier message of the next few."""
    folded = fold_inbound(mask_markers(text))
    out = []
    for run in seed_en.find_runs(folded.text, 3):
        if not all(w.exact for w in run.words):
            continue
        words = tuple(w.candidates[0] for w in run.words)
        start, end = run.words[0].start, run.words[-1].end
        if folded.origin is not None:
            start, end = original_span(folded, start, end)
        out.append((start, end, words))
    return tuple(out)


def _word_spans(text: str) -> list[tuple[int, int, str]]:
    low = ascii_lower(text)
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z]+", low)]


def _opens_with_words(text: str) -> bool:
    """A cheap gate (a split and a few set lookups): three wordlist words in a row among the
    message's first few words."""
    words = english_words()
    toks = [t.strip(".,!?:;'\"()") for t in text[: _EDGE_CHATTER + 48].lower().split(None, 7)[:7]]
    flags = [t in words for t in toks]
    return any(flags[j] and flags[j + 1] and flags[j + 2] for j in range(min(4, len(toks) - 2)))


def _ends_with_words(text: str) -> bool:
    """The same gate at the end: the message's last three words are wordlist words."""
    words = english_words()
    toks = text[-64:].lower().rsplit(None, 3)[-3:]
    return len(toks) == 3 and all(t.strip(".,!?:;'\"()") in words for t in toks)


def _phrase_with_chatter(text: str, earlier: Sequence[str]) -> Pieces | None:
    if not earlier or len(text) > _CHATTER_MESSAGE:
        return None
    if not _ends_with_words(earlier[-1]) or not _opens_with_words(text):
        return None  # a part ends the message before (whole or after chatter) and opens this one
    last_runs = _runs(text)
    if not last_runs or last_runs[0][0] > _EDGE_CHATTER or len(text) - last_runs[0][1] > _EDGE_CHATTER:
        return None
    chain: list[tuple[int, tuple[int, int, tuple[str, ...]]]] = [(-1, last_runs[0])]
    total = len(last_runs[0][2])
    i = len(earlier) - 1
    while i >= 0 and len(earlier) - i <= 5 and total < 24:
        runs = _runs(earlier[i])
        if not runs or "[redacted:" in earlier[i] or len(earlier[i].rstrip()) - runs[-1][1] > 2:
            break
        run = runs[-1]
        chain.append((i, run))
        total += len(run[2])
        whole = run[0] <= _EDGE_CHATTER
        if not whole:
            break  # a part at the end of a longer message starts the phrase
        i -= 1
    if len(chain) < 2:
        return None
    chain.reverse()
    for k in range(len(chain) - 1):  # the oldest parts may be other words: the longest tail that fits
        found = _checked_phrase(text, earlier, chain[k:])
        if found is not None:
            return found
    return None


def _checked_phrase(
    text: str, earlier: Sequence[str], chain: list[tuple[int, tuple[int, int, tuple[str, ...]]]]
) -> Pieces | None:
    first_index, (fs, fe, fwords) = chain[0]
    ls, le, lwords = chain[-1][1]
    middle = [w for _, run in chain[1:-1] for w in run[2]]
    first_text = text if first_index < 0 else earlier[first_index]
    head_spans = [sp for sp in _word_spans(first_text) if fs <= sp[0] < fe]
    tail_spans = [sp for sp in _word_spans(text) if ls <= sp[0] < le]
    if len(head_spans) != len(fwords) or len(tail_spans) != len(lwords):
        return None  # the fold changed the words' count: leave it to the older rules
    for head in range(min(_MAX_HEAD_DROP, len(fwords) - 1) + 1):
        for tail in range(min(_MAX_TAIL_DROP, len(lwords) - 1) + 1):
            words = [*fwords[head:], *middle, *lwords[: len(lwords) - tail]]
            if len(words) not in VALID_LENGTHS or not checksum_ok(words, ENGLISH):
                continue
            found: Pieces = [(first_index, Finding(SEED_PHRASE, HIGH, head_spans[head][0], fe))]
            found += [(index, Finding(SEED_PHRASE, HIGH, a, b)) for index, (a, b, _) in chain[1:-1]]
            found.append((-1, Finding(SEED_PHRASE, HIGH, ls, tail_spans[len(lwords) - 1 - tail][1])))
            return found
    return None


def _last_word(text: str) -> tuple[int, int, str] | None:
    """(start, end, word) of a wordlist word that ends ``text`` (up to a few characters after it)."""
    end = len(text.rstrip(" \t\r\n.!?,;:)。！？，）"))
    start = end
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    word = text[start:end].lower()
    return (start, end, word) if word and word in english_words() else None


def _missing_last_word(text: str, earlier: Sequence[str]) -> Pieces | None:
    if len(text) > _MISSING_MESSAGE:
        return None
    last = _last_word(text)
    if last is None:
        return None
    low = text.lower()
    if not any(cue in low for cue in _MISSING_CUES):
        return None  # the word said to be the one missing: "the last one is X", 最后一个是 X, 漏了 X
    a, b, word = last  # the value ends the message ("… the last one is X")
    for back in range(1, min(3, len(earlier)) + 1):
        if "[redacted:seed_phrase]" in earlier[-back] and _LAST_IS.search(ascii_lower(text), 0, a):
            # the phrase before was redacted already (its checksum can no longer be read): the word
            # named as its last one goes too, as ``seed_corrections`` does for "the last word is X"
            return [(-1, Finding(SEED_PHRASE, HIGH, a, b))]
        if _PHRASE_NAMED.search(ascii_lower(earlier[-back])) is None:
            continue
        for start, end, words in _runs(earlier[-back]):
            if len(words) + 1 in VALID_LENGTHS and checksum_ok([*words, word], ENGLISH):
                earlier_part = (len(earlier) - back, Finding(SEED_PHRASE, HIGH, start, end))
                return [earlier_part, (-1, Finding(SEED_PHRASE, HIGH, a, b))]
    return None


def split_with_remark(text: str, earlier: Sequence[str]) -> Pieces | None:
    """The pieces of a hex key, a WIF key or a spoken code ending in ``text`` (see the module)."""
    if not earlier:
        return None
    return _hex_with_remark(text, earlier) or _wif_halves(text, earlier) or _spoken_pieces(text, earlier)


def phrase_pieces(text: str, earlier: Sequence[str]) -> Pieces | None:
    """The parts of a seed phrase with chatter around them, or its missing last word (see the module).
    Called after ``conversation``'s own phrase rules found nothing: they know more shapes of parts."""
    if not earlier:
        return None
    return _phrase_with_chatter(text, earlier) or _missing_last_word(text, earlier)


def whole_value(text: str, found: Finding) -> Finding:
    """A password's span widened to its whole token ("Ah-" of "Ah-Kuan_1977" is as secret)."""
    if found.kind != PASSWORD:
        return found
    start, end = found.start, found.end
    while start > 0 and text[start - 1].isascii() and text[start - 1] not in _TOKEN_EDGE:
        start -= 1
    while end < len(text) and text[end].isascii() and text[end] not in _TOKEN_EDGE:
        end += 1
    while end > found.end and text[end - 1] in ".!?:":
        end -= 1
    if "[redacted:" in text[start:end] or "@" in text[start:end]:
        return found
    return Finding(found.kind, found.severity, start, end)
