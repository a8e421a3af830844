"""What the agent types becomes a safe FTS5 query: words are text, never query syntax."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.search_text import fts_query, normalize


def test_words_become_quoted_prefixes_and_chinese_becomes_a_phrase() -> None:
    assert fts_query("withdraw pend") == '"withdraw"* AND "pend"*'
    assert fts_query("充值 到账") == '"充 值" AND "到 账"'
    assert fts_query("USDT充值") == '"USDT"* AND "充 值"'
    assert fts_query('say "hi"') == '"say"* AND "hi"*'
    assert fts_query("  ") is None and fts_query("!!!") is None
    assert normalize("我的充值") == " 我  的  充  值 "


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_input_is_a_valid_query(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t (body) VALUES (?)", (normalize("the quick brown fox 我的充值没有到账"),))
    query = fts_query(text)
    if query is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()  # never a syntax error
