"""Words for the blind index: cut and folded the same way for indexing and for queries, and what
the agent types becomes a safe FTS5 query of hash tokens (never query syntax)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.cache.crypto import CacheCipher, CacheKey
from app.store.cache.fts import CREATE_FTS_SQL
from app.store.cache.search_text import blind_query, fold, normalize, query_terms, tokens

CIPHER = CacheCipher(CacheKey(bytes(32)))


def test_words_are_folded_and_chinese_is_cut_into_characters() -> None:
    assert tokens("Withdrawal PENDING, since 2 days!") == ["withdrawal", "pending", "since", "2", "days"]
    assert tokens("Ｍüller café_au_lait") == ["muller", "cafe", "au", "lait"]
    assert tokens("我的USDT充值") == ["我", "的", "usdt", "充", "值"]
    assert fold("ÉCOLE") == "ecole" and normalize("我的充值") == " 我  的  充  值 "
    assert tokens("") == [] and tokens(None) == []


def test_typed_words_become_phrases() -> None:
    assert query_terms("withdraw pend") == [("withdraw",), ("pend",)]
    assert query_terms("充值 到账") == [("充", "值"), ("到", "账")]
    assert query_terms("USDT充值") == [("usdt",), ("充", "值")]
    assert query_terms('say "hi"') == [("say",), ("hi",)]
    assert query_terms("  ") == [] and query_terms("!!!") == []


def test_the_query_holds_tokens_only() -> None:
    query = blind_query('Rossi 充值 "; DROP TABLE', CIPHER.token)
    assert query is not None
    assert "Rossi" not in query and "充" not in query and "DROP" not in query
    # a Latin word is looked up by its marked prefix (the index holds every word's prefixes)
    rossi, chong, zhi = CIPHER.token(">rossi"), CIPHER.token("充"), CIPHER.token("值")
    assert query.startswith(f'"{rossi}" AND "{chong} {zhi}" AND ')
    assert len(rossi) == 16 and set(rossi) <= set("abcdefghijklmnopqrstuvwxyz234567")
    assert blind_query("  ", CIPHER.token) is None


def test_tokens_depend_on_the_key() -> None:
    other = CacheCipher(CacheKey(b"\x01" * 32))
    assert CIPHER.token("rossi") == CIPHER.token("rossi") != other.token("rossi")
    prefixes = [CIPHER.token(p) for p in (">ro", ">ros", ">ross", ">rossi")]
    assert CIPHER.blind("M*** Rossi") == " ".join([CIPHER.token("m"), CIPHER.token("rossi"), *prefixes])


def index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(CREATE_FTS_SQL)
    conn.execute("INSERT INTO conversation_fts (rowid, body) VALUES (1, ?)",
                 (CIPHER.blind("the quick brown fox 我的充值没有到账"),))
    return conn


def test_the_blind_index_finds_words_and_chinese_substrings() -> None:
    conn = index()

    def found(text: str) -> bool:
        query = blind_query(text, CIPHER.token)
        return bool(conn.execute("SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH ?",
                                 (query,)).fetchall())

    assert found("QUICK fox") and found("充值") and found("没有到账") and found("fox 到账")
    assert found("quic") and found("br fo")  # prefixes of words
    assert not found("uick") and not found("值充") and not found("fox cat") and not found("quickly")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_input_is_a_valid_query(text: str) -> None:
    conn = index()
    query = blind_query(text, CIPHER.token)
    if query is not None:
        conn.execute("SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH ?",
                     (query,)).fetchall()  # never a syntax error
