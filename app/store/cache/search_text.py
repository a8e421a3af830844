"""Words as the search index sees them, for indexing and for what an agent types.

The index is blind (:mod:`app.store.cache.crypto`): it holds a keyed hash per word, never the word,
so the words must be cut and folded *before* hashing, identically on both sides — this module is
the one place that does it. A word is a run of letters and digits, folded like SQLite's
``unicode61 remove_diacritics`` would (case folded, accents removed, full-width forms made
normal). Chinese has no spaces, so every CJK character is a word of its own and a CJK part of a
search is a *phrase* of single characters ("充值" → the tokens of 充 and 值, adjacent): a
substring search for Chinese. Latin words match whole words only (a hash has no prefixes):
"Ross" does not find "Rossi" any more; UIDs keep their prefix search outside the index.

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
    phrases = ['"' + " ".join(token(word) for word in phrase) + '"' for phrase in query_terms(text)]
    return " AND ".join(phrases) if phrases else None
