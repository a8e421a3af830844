"""Round 18 (guard18in): secrets r25/r26 showed unread, each a class of wording.

* **A Chinese phrase described piece by piece** ("第一个字是X，然后XYZ，后面是X X X …"): clauses that each
  start with an order word (第一个字是, 然后, 接着, 后面是, 最后是 …) and hold nothing but wordlist
  characters; two order words or more and 11 characters or more in such clauses (a phrase one short
  still is one) that look like a mnemonic rather than prose (``seed_zh.looks_random``, loose).
* **A key someone had the customer export** ("the fake support told me to export: 0x<64 hex>", 让我导出
  的：<hex>): a 64-hex value after "export"/导出 in its sentence, no transaction word between them. One
  exports a key, not a transaction hash (``keys`` reads "sent" after the value as a transfer).
* **An API secret after the short label ``sk``** ("sk=<token>", "SK: <token>"): ``sk`` is the usual
  short name of a secret key in configs; 20+ characters with a letter and a digit. (``ak``, the access
  key, is the public half and is not read.)
* **A password described by its letters' case** ("its rZtAgJjuCQj with capital letter", "X，注意大小写"):
  a token of 6+ characters with a capital after a small letter or letters and digits mixed, followed by
  what its case is (capital/uppercase/lowercase/case-sensitive, 大写/小写/大小写).
``find_r18_secrets`` runs in ``inbound._detect`` on the folded text (every pass); each family is gated by a
cheap literal test first.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .seed_zh import CJK, LOOSE, looks_random
from .textutil import ascii_lower
from .types import API_SECRET, PASSWORD, PRIVATE_KEY, SEED_PHRASE
from .wordlists import CHINESE, word_index

__all__ = ["R18Hit", "find_r18_secrets"]


class R18Hit(NamedTuple):
    kind: str
    start: int
    end: int


# --- a Chinese phrase described piece by piece -----------------------------------------------------------
_ORDER_HINT = re.compile(r"第|然后|接着|后面|之后|再来|最后|剩下|其余|开头")
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_ORDER_LEAD = re.compile(
    r"\s*(?:(?:我的)?(?:助记词|恢复短语|复原短语)的?\s*)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}个?(?:字|词)?|然后|接着|后面|之后|再来|再后面|最后(?:一个|几个)?|剩下的?|其余的?|开头)"
    r"(?:的)?(?:是|为|就是)?\s*[:：]?\s*"
)
_CHARS_ONLY = re.compile(rf"[{CJK}](?:\s{{0,3}}[{CJK}])*\s*")
_MIN_DESCRIBED: Final = 11
_MIN_ORDER_WORDS: Final = 2
_DESCRIBED_LONGEST: Final = 400  # characters: a phrase described piece by piece is a short message

# --- a key the customer was told to export -----------------------------------------------------------------
_HEX64 = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_EXPORT = re.compile(r"\bexport(?:ed|ing|s)?\b|导出")
_HASH_WORDS = re.compile(r"\btx|txid|\bhash|transaction|交易|哈希|充值|提币|转账|[.!?。！？\n]")
_EXPORT_REACH: Final = 60

# --- an API secret after "sk" ------------------------------------------------------------------------------
_SK = re.compile(
    r"(?<![A-Za-z0-9_])[sS][kK]\s*[=:：]\s*[\"']?"
    r"(?P<v>(?=[A-Za-z0-9_-]*[A-Za-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,128})"
)

# --- a password described by its case ----------------------------------------------------------------------
_CASE_WORDS = re.compile(r"capital|upper\s*case|lower\s*case|case[\s-]*sensitive|大写|大寫|小写|小寫|大小写")
_TOKEN_THEN_CASE = re.compile(
    r"(?<![\w])(?P<v>[A-Za-z0-9!@#$%^&*._+-]{6,64})(?![\w])[\s,，、]{0,3}"
    r"(?:(?:with|w/|and|all|in|has|is)\s+|注意|区分|區分|有){0,2}(?:an?\s+|the\s+|some\s+)?"
    r"(?:capital|upper\s*case|lower\s*case|case[\s-]*sensitive|大写|大寫|小写|小寫|大小写)",
    re.I,
)
# literal cues of ``_CASE_WORDS`` (each a C-level ``in``): a message without any is not scanned
_CASE_CUES: Final = ("apital", "APITAL", "ase", "ASE", "大", "小")
_CASE_LITERALS: Final = ("capital", "case", "大写", "小写", "大寫", "小寫")  # every case word holds one
_CASE_REACH: Final = 90  # a token (<= 64), separators and two words before the case word
_MIXED_CASE = re.compile(r"[a-z][A-Z]")
_LETTER_DIGIT = re.compile(r"(?=.*[A-Za-z])(?=.*\d)")


def _described_zh_seed(text: str) -> list[R18Hit]:
    index = word_index(CHINESE)
    spans: list[tuple[int, int]] = []
    chars: list[str] = []
    orders = 0
    for clause in _CLAUSE.finditer(text):
        lead = _ORDER_LEAD.match(text, clause.start(), clause.end())
        start = lead.end() if lead is not None else clause.start()
        body = _CHARS_ONLY.fullmatch(text, start, clause.end())
        if body is None:
            if lead is not None and orders:
                return []  # an order word before prose: a description of something else
            continue
        found = [c for c in text[start : clause.end()] if not c.isspace()]
        if not all(c in index for c in found):
            continue
        orders += lead is not None and lead.end() > lead.start()
        spans.append((start, len(text[: clause.end()].rstrip())))
        chars += found
    if orders < _MIN_ORDER_WORDS or len(chars) < _MIN_DESCRIBED or not looks_random(chars, LOOSE):
        return []
    return [R18Hit(SEED_PHRASE, a, b) for a, b in spans]


def _exported_keys(text: str, low: str) -> list[R18Hit]:
    out: list[R18Hit] = []
    for m in _HEX64.finditer(text):
        before = low[max(0, m.start() - _EXPORT_REACH) : m.start()]
        verb = None
        for v in _EXPORT.finditer(before):
            verb = v
        if verb is not None and _HASH_WORDS.search(before, verb.end()) is None:
            out.append(R18Hit(PRIVATE_KEY, m.start(), m.end()))
    return out


def _case_described(text: str, low: str) -> list[R18Hit]:
    """Only the few characters before each case word are read (a 2,000-character message is not scanned
    token by token); the case words are found in the lower-cased copy ``low``."""
    out: list[R18Hit] = []
    for cue in _CASE_WORDS.finditer(low):
        out += _case_tokens(text, max(0, cue.start() - _CASE_REACH), cue.end())
    return out


def _case_tokens(text: str, lo: int, hi: int) -> list[R18Hit]:
    out: list[R18Hit] = []
    for m in _TOKEN_THEN_CASE.finditer(text, lo, hi):
        v = m.group("v")
        if _MIXED_CASE.search(v) is not None or _LETTER_DIGIT.match(v) is not None:
            out.append(R18Hit(PASSWORD, *m.span("v")))
    return out


def find_r18_secrets(text: str) -> list[R18Hit]:
    """Every round-18 finding in the folded ``text`` (gated: most messages pay a few C-level tests)."""
    out: list[R18Hit] = []
    ascii_only = text.isascii()
    if not ascii_only and len(text) <= _DESCRIBED_LONGEST and _ORDER_HINT.search(text) is not None:
        out += _described_zh_seed(text)
    if len(text) >= 64 and ("xport" in text or "导出" in text or "XPORT" in text):
        out += _exported_keys(text, ascii_lower(text))
    if ("sk" in text or "SK" in text or "Sk" in text) and ("=" in text or ":" in text or "：" in text):
        out += [R18Hit(API_SECRET, *m.span("v")) for m in _SK.finditer(text)]
    if any(cue in text for cue in _CASE_CUES):
        low = ascii_lower(text)  # same length; the case words are then found without re.I (~90 µs on 2,000)
        if any(word in low for word in _CASE_LITERALS):
            out += _case_described(text, low)
    return out
