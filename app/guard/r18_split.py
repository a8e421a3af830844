"""Round 18 (guard18in): a seed phrase announced by position over several messages.

r24/r25 (en and zh): a customer types the phrase as a numbered list, one message per item, each item
one word or a few ("1 exchange", "2 obey", "5-8 matrix upset calm wear"; "1、国 否", "3、四 形", …).
No message alone is a fragment the conversation rules read (a number, then one or two words), and
the window's one-word rule (``split_pieces.word_by_word``) wants six bare words in a row.

The rule: each message is ``<position>[-<position>] <words>``; the positions follow on from one message
to the next (the next item starts where the last one's words end: "1、国 否" is words 1-2, so "3、…" is
next), the first item is position 1 or the list continues an item already redacted, every word is a
wordlist word (English: not mostly everyday words, not one word repeated; Chinese: single wordlist
characters), and there are at least ``MIN_ITEMS`` items in the list. Then every item's words are
redacted, the earlier messages too (the number stays: it says nothing of the phrase).

``numbered_pieces`` returns ``(index, Finding)`` pairs: index into ``earlier``, or -1 for the new
message (as ``split_pieces``).

Also (r26): a 2FA key named as a key in its sentence ("this is the key I saved: <32 base32>") in the
message after one about 2FA (``named_totp_key``, beside round 16's ``totp_part``, which allows a bare
key with a short remark only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from .r16_secrets import grouped_or_solid_base32, names_2fa
from .seed_zh import CJK
from .textutil import ascii_lower
from .types import HIGH, MEDIUM, SEED_PHRASE, TOTP_SECRET, Finding, marker
from .wordlists import CHINESE, english_words, word_index

__all__ = ["named_totp_key", "numbered_pieces"]

MIN_ITEMS: Final = 3  # numbered messages in a row
_MAX_POSITION: Final = 24
_MAX_ITEM_WORDS: Final = 12
_SEED_MARKER: Final = "[redacted:seed_phrase]"
_TOTP_MARK: Final = marker(TOTP_SECRET)
_EVERYDAY_SHARE: Final = 0.4
_DISTINCT: Final = 0.75  # one word repeated is a list of something else
_ITEM = re.compile(
    r"\s*(?P<a>\d{1,2})\s*(?:[-–~]\s*(?P<b>\d{1,2}))?\s*(?:[.、:：)）]|-(?=\s))?\s*"
    r"(?P<body>\[redacted:seed_phrase\]"
    r"|[A-Za-z]{3,8}(?:[\s,]{1,3}[A-Za-z]{3,8}){0,11}"
    rf"|[{CJK}](?:[\s,，、]{{0,3}}[{CJK}]){{0,11}})"
    r"\s*[.。,，]?\s*"
)
_CJK_CHAR = re.compile(f"[{CJK}]")


class _Item(NamedTuple):
    first: int  # its first position
    n_words: int  # words (0: a redacted item whose count is not known)
    start: int  # the words' span in the message
    end: int
    words: tuple[str, ...]
    lang: str  # "en", "zh" or "" (already redacted)


@lru_cache(maxsize=2048)
def _item(text: str) -> _Item | None:
    """The numbered item ``text`` is, if it is one (cached: each message is read again as an earlier
    one)."""
    m = _ITEM.fullmatch(text)
    if m is None:
        return None
    first = int(m.group("a"))
    last = int(m.group("b")) if m.group("b") else None
    if not 1 <= first <= _MAX_POSITION or (last is not None and not first < last <= _MAX_POSITION):
        return None
    body = m.group("body")
    span = m.span("body")
    if body == _SEED_MARKER:
        return _Item(first, 0 if last is None else last - first + 1, *span, (), "")
    if body[0].isascii():
        words = tuple(w.lower() for w in re.findall(r"[A-Za-z]+", body))
        if any(w not in english_words() for w in words):
            return None
        lang = "en"
    else:
        words = tuple(_CJK_CHAR.findall(body))
        index = word_index(CHINESE)
        if any(c not in index for c in words):
            return None
        lang = "zh"
    if len(words) > _MAX_ITEM_WORDS or (last is not None and len(words) != last - first + 1):
        return None
    return _Item(first, len(words), *span, words, lang)


def _follows(prev: _Item, nxt: _Item) -> bool:
    if prev.n_words:
        return nxt.first == prev.first + prev.n_words
    return prev.first < nxt.first <= prev.first + 4  # a redacted item: its count is not known


def numbered_pieces(
    text: str, earlier: Sequence[str], window: int, everyday: frozenset[str]
) -> list[tuple[int, Finding]] | None:
    """A seed phrase as a numbered list over consecutive messages (see the module docstring)."""
    stripped = text.lstrip()
    if not stripped[:1].isdigit():
        return None
    last = _item(text)
    if last is None or not last.lang:
        return None
    chain: list[tuple[int, _Item]] = [(-1, last)]
    for i in range(len(earlier) - 1, max(0, len(earlier) - window) - 1, -1):
        prev = _item(earlier[i])
        if prev is None or not _follows(prev, chain[-1][1]) or (prev.lang and prev.lang != last.lang):
            break
        chain.append((i, prev))
    continued = any(not item.lang for _, item in chain)
    if not continued and (len(chain) < MIN_ITEMS or chain[-1][1].first != 1):
        return None
    words = [w for _, item in chain for w in item.words]
    if last.lang == "en" and (
        sum(1 for w in words if w in everyday) > _EVERYDAY_SHARE * len(words)
        or len(set(words)) < _DISTINCT * len(words)
    ):
        return None
    return [(i, Finding(SEED_PHRASE, MEDIUM, item.start, item.end)) for i, item in chain if item.lang]


# --- a 2FA key named as a key in the message after one about 2FA -----------------------------------------
_KEY_NOUN = re.compile(
    r"\b(?:key|secret|setup\s+key|backup\s+key|seed|code)\b[^.!?\n]{0,30}?(?:[:：=]|\bis\b|\bwas\b)\s*$"
    r"|(?:密钥|秘钥|密鑰|私钥|key|备份码|恢复码)[^。！？\n]{0,12}?(?:[:：=]|是|为)\s*$"
)
# a key in capitals holds four capitals/2-7 in a row (one C scan); a lower-case key in a sentence is left
# to round 16's rules (an alternation that also looked for lower-case groups cost ~3 µs a chat message)
_B32_QUICK = re.compile(r"[A-Z2-7]{4}")
_NAMED_MIN, _NAMED_MAX = 16, 140  # a key of 16-40 characters and a sentence naming it


def named_totp_key(text: str, earlier: Sequence[str]) -> Finding | None:
    """A base32 2FA key in capitals the message names as a key ("this is the key I saved: <32 base32>",
    "密钥是 …") when one of the customer's last two messages names 2FA (round 16's ``totp_part`` allows
    no such sentence: at most 16 other characters)."""
    if not earlier or not _NAMED_MIN <= len(text) <= _NAMED_MAX or _B32_QUICK.search(text) is None:
        return None
    span = grouped_or_solid_base32(text)
    if span is None or _KEY_NOUN.search(ascii_lower(text[: span[0]])) is None:
        return None
    if not any(_TOTP_MARK in e or names_2fa(e.lower()) for e in earlier[-2:]):
        return None
    return Finding(TOTP_SECRET, HIGH, span[0], span[1])
