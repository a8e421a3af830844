"""The text the full-text index holds, and the FTS5 query for what an agent types.

SQLite's ``unicode61`` tokenizer splits on spaces and punctuation, which suits English but makes
a whole run of Chinese characters one token ("我的充值没有到账" would only match itself). So the
indexed text has a space around every CJK character, and a CJK part of a search becomes a phrase
of single characters ("充值" → ``"充 值"``): a substring search for Chinese, a word-prefix search
for everything else. Migrations and the store share this module so the index never disagrees
with the queries.

There is one FTS row per conversation (rowid = conversation id) holding the customer's UID, masked
name and email, the subject and every cached message body: a match *is* a conversation id, with
no join. The row is rebuilt from the tables by :data:`REFRESH_FTS_SQL` whenever a write touches
the conversation, so it cannot drift from them.
"""

from __future__ import annotations

import re
import sqlite3

# CJK ideographs, kana, hangul syllables and CJK punctuation blocks
_CJK = re.compile(r"([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_CJK_CHAR = re.compile(r"^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]$")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str | None) -> str:
    """Text as indexed: every CJK character stands alone as a token."""
    if not text:
        return ""
    return _CJK.sub(r" \1 ", text)


def register_functions(dbapi_connection: sqlite3.Connection) -> None:
    """Make ``ad_normalize(text)`` available to SQL on this SQLite connection."""
    dbapi_connection.create_function("ad_normalize", 1, normalize, deterministic=True)


_DOC_SELECT = """
SELECT c.id, c.customer_uid, ad_normalize(c.customer_name), ad_normalize(c.email_masked),
       ad_normalize(c.subject),
       (SELECT group_concat(ad_normalize(m.body), char(10)) FROM messages AS m
         WHERE m.conversation_id = c.id)
FROM conversations AS c"""
_DOC_COLUMNS = "conversation_fts (rowid, uid, name, email, subject, body)"

#: Rebuild every conversation's search row (snapshot, migration).
REBUILD_FTS_SQL = f"INSERT INTO {_DOC_COLUMNS} {_DOC_SELECT}"
#: Drop the search rows of the conversations in the JSON array ``:ids``.
DELETE_FTS_SQL = "DELETE FROM conversation_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"
#: Write the search rows of the conversations in ``:ids`` again (after DELETE_FTS_SQL).
REFRESH_FTS_SQL = (
    f"INSERT INTO {_DOC_COLUMNS} {_DOC_SELECT} WHERE c.id IN (SELECT value FROM json_each(:ids))"
)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for the agent's words (all must match), or ``None`` if none.

    Each word is quoted (so ``AND``, ``NEAR``, ``*`` or quotes typed by the agent are text, never
    query syntax); Latin words match as prefixes, CJK runs as exact phrases.
    """
    terms: list[str] = []
    cjk_run: list[str] = []

    def flush_cjk() -> None:
        if cjk_run:
            terms.append('"' + " ".join(cjk_run) + '"')
            cjk_run.clear()

    for typed in text.split():  # a space the agent typed always separates terms
        for token in normalize(typed).split():
            for word in _WORD.findall(token):
                if _CJK_CHAR.match(word):
                    cjk_run.append(word)
                else:
                    flush_cjk()
                    terms.append('"' + word.replace('"', '""') + '"*')
        flush_cjk()
    return " AND ".join(terms) if terms else None
