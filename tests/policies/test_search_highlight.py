"""Issue 22: the inbox search's matches, highlighted in rows and the thread (same rules as the
cache's prefix search)."""

from __future__ import annotations

from app.policies.search_highlight import match_spans, uid_matches


def marked(text: str, query: str) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, query)]


def test_a_typed_word_marks_the_start_of_words() -> None:
    text = "I forgot my Password, then reset the password again"
    assert marked(text, "passw") == ["Passw", "passw"]
    assert marked(text, "pass reset") == ["Pass", "reset", "pass"]
    assert marked(text, "sword") == []  # a prefix, not any substring (as the search)


def test_folding_and_chinese_phrases() -> None:
    assert marked("Straße Müller", "strass muller") == ["Straß", "Müller"]
    assert marked("我的充值USDT还没到账", "充值") == ["充值"]
    assert marked("我的充值USDT还没到账", "usd 到账") == ["USD", "到账"]
    assert marked("我的充值USDT还没到账", "值还") == []  # not side by side


def test_nothing_to_mark() -> None:
    assert match_spans("", "x") == [] and match_spans("text", "  ") == []
    assert marked("a b", "a") == ["a"]  # a one-letter word: whole words only


def test_uid_by_its_start() -> None:
    assert uid_matches("7337889916", "7337") and uid_matches("7337889916", "7337889916")
    assert not uid_matches("7337889916", "3378") and not uid_matches("7337889916", "7337 88")
