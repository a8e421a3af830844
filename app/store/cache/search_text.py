"""Words as the search index sees them, for indexing and for what an agent types.

The index is blind (:mod:`app.store.cache.crypto`): it holds a keyed hash per word, never the word,
so the words must be cut and folded *before* hashing, identically on both sides — this module is
the one place that does it. A word is a run of letters and digits, folded like SQLite's
``unicode61 remove_diacritics`` would (case folded, accents removed, full-width forms made
normal). Chinese has no spaces, so every CJK character is a word of its own and a CJK part of a
search is a *phrase* of single characters ("充值" → the tokens of 充 and 值, adjacent): a
substring search for Chinese.

A hash has no prefixes, so the index holds them itself (schema v6): after each Latin word (letters
or digits) come marked tokens of its prefixes (``>pa``, ``>pas``, … ``>password``, from
:data:`PREFIX_MIN` to :data:`PREFIX_MAX` characters), and a typed Latin word is looked up as its
marked prefix: "passw" finds "password", "Ross" finds "Rossi", "2194" finds an order id. A typed
word shorter than :data:`PREFIX_MIN` matches whole words only; one longer than
:data:`PREFIX_MAX` matches on its first :data:`PREFIX_MAX` characters. The marker (``>``) is never
part of a word, so a prefix token cannot collide with a word's. UIDs keep their prefix search
outside the index. :func:`token_spans` finds the same words in the original text (highlighting).

``normalize``/``register_functions`` (``ad_normalize``) remain for the v2 migration step, which
built the plain-text index of schema v2 and must keep doing exactly that.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable

# CJK ideographs, kana, hangul syllables and CJK punctuation blocks
_CJK = re.compile(r"([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_CJK_CHAR = re.compile(r"^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]$")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; "_" separates like punctuation


def normalize(text: str | None) -> str:
    """Text as the v2 plain-text index held it: every CJK character stands alone as a token."""
    if not text:
        return ""
    return _CJK.sub(r" \1 ", text)


def register_functions(dbapi_connection: sqlite3.Connection) -> None:
    """``ad_normalize(text)`` for the v2 migration step's SQL."""
    dbapi_connection.create_function("ad_normalize", 1, normalize, deterministic=True)


# combining marks (accents, kana voicing marks) removed after decomposition
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]+")


def fold(text: str) -> str:
    """Case-folded, accents removed, compatibility forms made normal (``Ｍüller`` → ``muller``)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFKC", _MARKS.sub("", decomposed)).casefold()


def tokens(text: str | None) -> list[str]:
    """The words of ``text`` in order, folded; each CJK character is a word of its own."""
    if not text:
        return []
    return _WORD.findall(normalize(fold(text)))


#: A Latin word is indexed with its prefixes of these lengths (the whole word included).
PREFIX_MIN = 2
PREFIX_MAX = 20
PREFIX_MARK = ">"


def index_words(text: str | None) -> list[str]:
    """What the blind index holds for ``text``: each word, and after a Latin word its marked
    prefixes (CJK characters stand alone and stay adjacent, so phrases still match)."""
    out: list[str] = []
    for word in tokens(text):
        out.append(word)
        if not _CJK_CHAR.match(word) and len(word) >= PREFIX_MIN:
            out.extend(PREFIX_MARK + word[:k] for k in range(PREFIX_MIN, min(len(word), PREFIX_MAX) + 1))
    return out


def lookup_word(word: str) -> str:
    """The index word a typed Latin word is looked up as: its marked prefix (or itself, when
    shorter than :data:`PREFIX_MIN`)."""
    if len(word) < PREFIX_MIN:
        return word
    return PREFIX_MARK + word[:PREFIX_MAX]


def query_terms(text: str) -> list[tuple[str, ...]]:
    """What the agent typed as phrases that must all match: a Latin word is a phrase of one
    word, a run of CJK characters a phrase of its characters. A space typed always separates."""
    terms: list[tuple[str, ...]] = []
    for typed in text.split():
        run: list[str] = []
        for word in tokens(typed):
            if _CJK_CHAR.match(word):
                run.append(word)
                continue
            if run:
                terms.append(tuple(run))
                run = []
            terms.append((word,))
        if run:
            terms.append(tuple(run))
    return terms


def blind_query(text: str, token: Callable[[str], str]) -> str | None:
    """An FTS5 MATCH expression over the blind index (``token`` hashes one word), or ``None``.

    Every phrase is quoted and made of hash tokens only (``[a-z2-7]``), so nothing the agent
    types can become query syntax.
    """
    phrases = []
    for phrase in query_terms(text):
        words = phrase if len(phrase) > 1 or _CJK_CHAR.match(phrase[0]) else (lookup_word(phrase[0]),)
        phrases.append('"' + " ".join(token(word) for word in words) + '"')
    return " AND ".join(phrases) if phrases else None


_TOKEN_SPAN = re.compile(
    r"((?=[^\W_])[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])"
    r"|((?:(?![\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])[^\W_])+)"
)


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` as :func:`tokens` cuts them, with where they stand in ``text``:
    (start, end, folded word)."""
    return [(m.start(), m.end(), fold(m.group(0))) for m in _TOKEN_SPAN.finditer(text)]
