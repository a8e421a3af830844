"""Speed-only gates of session 9 (guardspeed5) skip only work that could find nothing.

Each gate is tested against the plain form it replaces: the seed detector without its English gate,
the code-shape patterns that need a digit, the grouped-hex key rule that keeps only digit-bearing hex.
Hypothesis builds text from the words and characters that decide the gates (wordlist words, 0/1,
the two non-ASCII characters that lower-case to ASCII letters, digits, hex letters).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import code_shapes, inbound_learnt, keys, password_answers, seed
from app.guard.inbound import scan_inbound
from app.guard.textutil import ascii_lower
from app.guard.wordlists import english_words

_GLUE = st.sampled_from([" ", "  ", "", "1", "0", ",", "\n", "é", "中", "\u212a", "\u0130", "-"])
_SEED_WORDS = [
    *sorted(english_words())[::53], "m0ment", "c1iff", "actuaI", "abandonability", "words", "phrase",
]


@st.composite
def _texts(draw: st.DrawFn, words: list[str], most: int = 16) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(words), _GLUE), max_size=most))
    return "".join(w + g for w, g in parts)


def _plain_seed_phrases(text: str) -> list[seed.SeedHit]:
    """``find_seed_phrases`` as it was before the English gate."""
    english = seed.find_english(text)
    if not english:
        blanked = seed._blank_part_labels(text)
        english = seed.find_english(blanked) if blanked is not None else []
    if not english:
        english = seed._partial_english(text)
    return english + seed.find_chinese(text)


@settings(max_examples=400, deadline=None)
@given(text=_texts(_SEED_WORDS))
def test_seed_gate_changes_nothing(text: str) -> None:
    assert seed.find_seed_phrases(text) == _plain_seed_phrases(text)


def test_seed_gate_counts_every_character_a_token_can_hold() -> None:
    enough = seed._ENOUGH_ENGLISH
    assert enough.match("ab " * 13) is None  # 26 letters
    assert enough.match("ab " * 13 + "a") is not None  # 27
    assert enough.match("ab " * 13 + "1") is not None  # a 1 is read as l by OCR
    assert enough.match("中" * 30 + "\u212a" * 26) is None
    assert enough.match("中" * 30 + "\u212a" * 27) is not None  # KELVIN SIGN lower-cases to k
    lowered_to_ascii = {
        c for c in map(chr, range(0x110000))
        if not c.isascii() and any(ch in "abcdefghijklmnopqrstuvwxyz01" for ch in c.lower())
    }
    assert lowered_to_ascii == {"\u0130", "\u212a"}


def test_a_nine_word_partial_phrase_at_the_threshold_is_still_found() -> None:
    # nine wordlist words after "words": the partial rule (9-11 exact words) must still see them
    text = "my recovery words are: abandon ability able about above absent absorb abstract absurd"
    assert seed._ENOUGH_ENGLISH.match(text) is not None
    assert seed.find_seed_phrases(text) == _plain_seed_phrases(text)
    assert "[redacted:seed_phrase]" in scan_inbound(text).text


_CODE_WORDS = [
    "code", "otp", "is", "one", "two", "five", "nine", "zero", "got", "backup codes", "ABC", "XK-QP",
    "验证码", "收到", "sms", "2fa", "recovery", "AB12CD", "a",
]


@settings(max_examples=400, deadline=None)
@given(text=_texts(_CODE_WORDS, 20))
def test_code_shapes_without_a_digit_are_only_spoken_digits(text: str) -> None:
    if re.search(r"[0-9]", text) is not None:
        return
    low = ascii_lower(text)
    # what the skipped shapes would have kept: none without an ASCII digit
    for m in code_shapes._MIXED.finditer(text):
        assert sum(c.isdigit() for c in m.group()) < 2
    assert code_shapes._SPACED_OR_SIX.search(text) is None
    assert code_shapes._AUTH_DISPLAY.fullmatch(text) is None
    assert code_shapes._LIST_ITEM.search(low) is None
    assert code_shapes.find_code_shapes(text) == code_shapes._spoken(low)


def test_spoken_digits_are_still_found_without_a_digit() -> None:
    text = "the code is five five two one nine zero"
    hits = code_shapes.find_code_shapes(text)
    assert [text[h.start : h.end] for h in hits] == ["five five two one nine zero"]


_HEX_WORDS = ["dead", "beef", "cafe", "face", "bead", "fade", "added", "a", "b", "c", ":", "-", "key", "0x"]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_HEX_WORDS, 40))
def test_grouped_hex_without_a_digit_keeps_nothing(text: str) -> None:
    if re.search(r"[0-9]", text) is not None:
        return
    assert keys._grouped_hex(text, ascii_lower(text), None) == []


def test_grouped_hex_with_a_digit_is_still_found() -> None:
    key = " ".join(["1a2b3c4d"] * 8)
    text = f"my private key {key}"
    hits = keys.find_keys(text)
    assert any(text[h.start : h.end] == key for h in hits)


_AUTH_WORDS = [
    "authenticator", "AuThEnTiCaToR", "authentic", "ator", "auth", "验证器", "身份验证器", "\u212a", "é",
]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_AUTH_WORDS, 8))
def test_authenticator_test_is_the_pattern_search(text: str) -> None:
    plain = inbound_learnt._AUTHENTICATOR.search(text) is not None
    assert inbound_learnt._names_authenticator(text) == plain


def test_the_scorer_still_keeps_out_of_an_authenticator_screen() -> None:
    text = "Google Authenticator shows 482913 for my account"
    assert inbound_learnt._names_authenticator(text)
    assert inbound_learnt.learnt_findings(text) == []


def test_chinese_answer_rules_have_only_cues_a_text_without_cjk_cannot_hold() -> None:
    # the precondition of skipping them on a text without a CJK character (a second pass's masks
    # make an English text non-ASCII)
    chinese_rules = [cues for needed, cues, *_ in password_answers._RULES if needed is None]
    assert chinese_rules
    for cues in chinese_rules:
        assert all(password_answers._CJK.search(cue) for cue in cues), cues


def test_answers_on_a_masked_english_text_are_as_on_the_plain_one() -> None:
    text = "\ue000" * 19 + " my login password is Sunflower#1987 it says wrong"
    plain = "#" * 19 + text[19:]
    assert password_answers.find_answered_passwords(text, ascii_lower(text)) == (
        password_answers.find_answered_passwords(plain, ascii_lower(plain))
    )
