"""Speed-only rewrites of the guard (session 7) give exactly what the plain form gives.

Each rewrite here replaces a step by a faster one that must answer the same: a pattern searched
literal-first with its word start checked in Python (``WordStartSearch``), a gate with redundant words
dropped and its two tests swapped (``outbound_asks10``), the partial-phrase test reading the flags
``find_runs`` just made (``seed``). Hypothesis compares the fast form with the plain one on text made
of the words that matter, glued by the characters that decide word starts.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import outbound_asks10 as asks10
from app.guard import outbound_scripts as scripts
from app.guard import outbound_secret_asks as secret_asks
from app.guard import seed, seed_en
from app.guard.textutil import (
    AsciiFirst,
    LiteralGate,
    Phrases,
    WordStartSearch,
    any_in,
    ascii_lower,
    compile_ascii,
    literal_alternation,
)
from app.guard.wordlists import english_words

_RULE_WORDS = [
    "if you", "if u", "unless you", "don't", "send", "give", "me", "us", "the", "your", "ur", "code", "2fa",
    "seed", "password", "or", "else", "frozen", "closed", "lock", "police", "sign", "approve", "permit",
    "contract", "allowance", "setapprovalforall", "pass", "hand", "slide", "our", "system", "needs",
    "please", "pls", "login", "details", "private key", "(sms)", "now", "x", "_", "9", "a",
]
_GLUE = st.sampled_from([" ", "  ", "", "_", "1", "x", ",", ".", "\n", "—", "é"])


@st.composite
def _texts(draw: st.DrawFn, words: list[str]) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(words), _GLUE), max_size=24))
    return "".join(w + g for w, g in parts)


@settings(max_examples=400, deadline=None)
@given(text=_texts(_RULE_WORDS), cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_word_start_search_is_the_pattern_search(text: str, cut: tuple[int, int]) -> None:
    lo, hi = min(cut), min(max(cut), len(text))
    lo = min(lo, hi)
    fast = [s for s in asks10._SEARCH.values() if isinstance(s, WordStartSearch)]
    assert len(fast) >= 5  # the threat, signature, seed, "pass me", "system needs", "please" rules
    for search in fast:
        plain = search.pattern.search(text, lo, hi)
        got = search.search(text, lo, hi)
        assert (got and (got.span(), got.groups())) == (plain and (plain.span(), plain.groups()))


def test_word_start_search_only_takes_patterns_led_by_word_starts() -> None:
    mixed = compile_ascii(r"\bcode\b|验证码")
    assert not WordStartSearch.fits(mixed)
    with pytest.raises(ValueError):
        WordStartSearch(mixed)
    assert not WordStartSearch.fits(re.compile(r"\bcode", re.IGNORECASE))
    led = WordStartSearch(compile_ascii(r"\bcode\b|\bpin\s+(?:is|was)"))
    assert led.search("barcode, then code", 0, 18).span() == (14, 18)
    assert led.search("spin is pin was", 0, 15).span() == (8, 15)
    assert led.search("xcode", 0, 5) is None


_GATE_WORDS = ["your ", "ur ", "please", "pls", "frozen", "close", "lose", "if you", " or ", "qr", "key"]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_GATE_WORDS))
def test_round10_gates_answer_as_before(text: str) -> None:
    for i, (gate, literals) in asks10._GATED.items():
        first, second = asks10._GATE_TESTS[i]
        plain = any_in(text, literals) and any_in(text, gate)
        assert (any_in(text, first) and any_in(text, second)) == plain


_WORDS = [*sorted(english_words())[::37], "the", "m0ment", "c1iff", "i", "wordwordword", "abandon1ability"]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_WORDS))
def test_nine_in_a_row_reads_the_same_flags(text: str) -> None:
    plain = bytes(map(english_words().__contains__, re.findall(r"[a-z]+", text.lower())))
    expected = not (len(text) < 35 and text.isascii()) and b"\x01" * 9 in plain
    seed_en.find_runs(text)  # leaves its flags for this text
    assert seed._nine_in_a_row(text) == expected
    seed_en.find_runs(text + " x")  # another text's flags: not used
    assert seed._nine_in_a_row(text) == expected


@settings(max_examples=300, deadline=None)
@given(text=_texts(_WORDS))
def test_made_flags_are_the_plain_tokens_flags_even_with_digits(text: str) -> None:
    # session 8: the flags are reused for texts with 0 and 1 too, when no token holds one
    low = text.lower()
    plain = bytes(map(english_words().__contains__, re.findall(r"[a-z]+", low)))
    seed_en.find_runs(text)
    made = seed_en.member_flags(ascii_lower(text)) if text.isascii() else None
    assert made is None or made == plain
    inner = re.search(r"[a-z][01]+[a-z]", low) is not None
    long_enough = len(text) >= 2 * seed_en.MIN_WORDS - 1 and re.search("[a-z]", low) is not None
    if text.isascii() and long_enough and not inner and max(map(len, re.findall("[a-z]+", low))) < 10:
        assert made is not None  # the reuse is taken: "1" as glue, "abandon1ability" absent


@settings(max_examples=300, deadline=None)
@given(text=_texts([*_WORDS, "\ue000" * 19, "İ", "K", "ABLE", "—"]))
def test_made_flags_in_a_masked_or_unicode_text_are_the_plain_ones(text: str) -> None:
    # session 8: a second pass's text (masks) and other non-ASCII texts reuse the flags too
    plain = bytes(map(english_words().__contains__, re.findall(r"[a-z]+", text.lower())))
    seed_en.find_runs(text)
    made = seed._made_flags(text)
    assert made is None or made == plain
    assert seed._nine_in_a_row(text) == (not (len(text) < 35 and text.isascii()) and b"\x01" * 9 in plain)


def test_made_flags_of_a_masked_text() -> None:
    text = "abandon ability able about above absent " + "\ue000" * 19 + " absorb abstract absurd abuse access"
    seed_en.find_runs(text)
    assert seed._made_flags(text) == b"\x01" * 11


def test_made_flags_with_a_digit_between_words() -> None:
    text = "1 abandon 2 ability 3 able 4 about 5 above 6 absent 7 absorb 8 abstract 9 absurd 10 abuse"
    seed_en.find_runs(text)
    assert seed_en.member_flags(ascii_lower(text)) == b"\x01" * 10
    glued = "abandon1ability able about above absent absorb abstract absurd abuse access accident"
    seed_en.find_runs(glued)
    assert seed_en.member_flags(ascii_lower(glued)) is None  # "abandon1ability" is one token


_JOINED_WORDS = [
    "abandonabilityable", "transaction", "withdrawal", "abandon1abilityable", "zoozoozoozoo", "x1y",
    "verificationcode", "oceanoceanoceanocean", "the", "abandon", "0", "1",
]


@settings(max_examples=400, deadline=None)
@given(text=_texts(_JOINED_WORDS))
def test_any_joined_is_whether_joined_finds_a_token(text: str) -> None:
    low = text.lower()
    tokens = seed_en._LETTERS.findall(low)
    assert seed_en._any_joined(tokens) == bool(seed_en._joined(low))


def test_literal_gate_needs_a_needle_in_every_english_word() -> None:
    with pytest.raises(ValueError):
        LiteralGate(("both", "each", "两个"), ("both",))
    gate = LiteralGate(("both", "all three", "两个"), ("both", "all t"))
    assert gate.may_hold("send all three") and gate.may_hold("两个都发") and not gate.may_hold("send them")


_SCRIPT_WORDS = [
    "both", "all", "three", "two", "the", "each", "word", "first", "last", "in", "split", "break", "send",
    "me", "of", "your", "api", "key", "secret", "phrase", "halves",
]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_SCRIPT_WORDS))
def test_script_gates_skip_only_texts_without_their_words(text: str) -> None:
    low = text.lower()
    gated = ((scripts._BOTH_GATE, scripts._BOTH_ANCHORS), (scripts._SPLIT_GATE, scripts._SPLIT_ANCHORS))
    for gate, anchors in gated:
        assert gate.may_hold(low) or anchors.search(low) is None


def test_property_and_not_this_prechecks_hold_their_literals() -> None:
    # every match of the two patterns ``secret_request`` now gates on "of" / "not", 是, 非
    assert secret_asks._PROPERTY_OF.search("the label of your api ") is not None
    for before in ("the label of your api ", "name of the ", "not the api", "(not your ", "而不是", "并非"):
        m1 = secret_asks._PROPERTY_OF.search(before)
        m2 = secret_asks._NOT_THIS.search(before)
        assert m1 is None or "of" in m1.group()
        assert m2 is None or any(w in m2.group() for w in ("not", "是", "非"))


@settings(max_examples=300, deadline=None)
@given(text=_texts([*_WORDS, "first", "last", "part", "word", "1-6:", "前6个", "第二部分"]))
def test_part_labels_blank_the_same_with_made_flags(text: str) -> None:
    seed_en.find_runs(text + " x")  # another text's flags: the plain path
    plain = seed._blank_part_labels(text)
    seed_en.find_runs(text)
    assert seed._blank_part_labels(text) == plain


def _ascii_first_patterns() -> list[AsciiFirst]:
    import importlib
    import pkgutil

    import app.guard

    found = []
    for info in pkgutil.iter_modules(app.guard.__path__):
        module = importlib.import_module(f"app.guard.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, AsciiFirst)]
    return found


_MIXED_WORDS = [
    "code", "otp", "key", "secret", "api", "both", "if", "in case", "send", "back", "to me", "first", "word",
    "install", "permit", "the seed", "system need", "验证码", "密钥", "如果", "发给我", "两个", "前6", "插件",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_MIXED_WORDS), cut=st.tuples(st.integers(0, 120), st.integers(0, 120)))
def test_ascii_first_finds_what_the_whole_pattern_finds(text: str, cut: tuple[int, int]) -> None:
    lo, hi = min(cut), max(cut)
    patterns = _ascii_first_patterns()
    assert len(patterns) >= 15
    for fast in patterns:
        whole = fast._full
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in whole.finditer(text)]
        windowed = [m.span() for m in whole.finditer(text, lo, hi)]
        assert [m.span() for m in fast.finditer(text, lo, hi)] == windowed
        pairs = (
            (fast.search(text, lo, hi), whole.search(text, lo, hi)),
            (fast.match(text, lo), whole.match(text, lo)),
        )
        for got, plain in pairs:
            assert (got and got.span()) == (plain and plain.span())


def test_ascii_first_drops_only_alternatives_led_by_other_characters() -> None:
    fast = AsciiFirst(re.compile(literal_alternation(["code", "验证码", "2fa", "码"])))
    assert fast._ascii.pattern == "2fa|code"
    assert [m.group() for m in fast.finditer("2fa code 验证码")] == ["2fa", "code", "验证码"]
    kelvin = AsciiFirst(re.compile("\u212a|x", re.IGNORECASE))  # a flag: the whole pattern always
    assert kelvin.search("k") is not None


_MARKER_PIECES = [
    "[redacted:password]", "[redacted:otp_code]", "[redacted:seed_phrase]", "[redacted:made_up]",
    "[redacted:", "[redacted:Password]", "[[redacted:otp_code]]", "redacted:", "]", "[", "my pw", " ", "码",
    "\ue000",
]


@settings(max_examples=400, deadline=None)
@given(text=_texts(_MARKER_PIECES))
def test_mask_markers_masks_what_the_marker_pattern_masks(text: str) -> None:
    # session 8: the markers inbound writes are masked by ``str.replace`` before the pattern runs
    from app.guard import inbound

    plain = inbound._MARKER.sub(lambda m: inbound._MASK_CHAR * len(m.group()), text)
    assert inbound.mask_markers(text) == plain


_GIVE_WORDS = [
    "gave him", "i use", "logged in with", "told her", "been using", "Summer.Beach44", "tiger#Lily07",
    "TIGER#07X", "hunter2!x", "MacBookPro2021", "x", "É", "the app",
]


@settings(max_examples=300, deadline=None)
@given(text=_texts(_GIVE_WORDS))
def test_give_use_values_hold_both_cases(text: str) -> None:
    # session 8: ``after_give_use`` returns at once on a text without A-Z; every value it finds has both
    from app.guard.password_near import after_give_use
    from app.guard.textutil import ascii_lower

    for hit in after_give_use(text, ascii_lower(text)):
        value = text[hit.start : hit.end]
        assert re.search("[A-Z]", value) and re.search("[a-z]", value)
    lowered = ascii_lower(text)
    assert after_give_use(lowered, ascii_lower(lowered)) == []


def test_give_use_still_finds_a_mixed_value() -> None:
    from app.guard.password_near import after_give_use

    text = "I gave him Summer.Beach44 yesterday"
    assert [text[h.start : h.end] for h in after_give_use(text, text.lower())] == ["Summer.Beach44"]


@functools.cache
def _word_start_lists() -> list[Phrases]:
    import gc
    import importlib
    import pkgutil

    import app.guard

    for info in pkgutil.iter_modules(app.guard.__path__):
        importlib.import_module(f"app.guard.{info.name}")
    return [p for p in gc.get_objects() if isinstance(p, Phrases) and p._starts is not None]


@functools.cache
def _list_words() -> list[str]:
    words: set[str] = set()
    for phrases in _word_start_lists():
        assert phrases._en is not None
        words.update(re.sub(r"[()?:|\\]", " ", phrases._en.pattern).split())  # trie pieces, not whole words
    return sorted(words)


_PHRASE_WORDS = [
    "code", "codes", "one time", "one-time", "e-mail", "email", "g-", "g-auth", "number from", "old one",
    "one was", "the old", "new pw", "it to", "tried", "either", "neither", "both", "digits the", "2fa", "otp",
    "backup",
    "x", "1", "a", "-", "/", ".", "码",
]
_PHRASE_GLUE = st.sampled_from([" ", "", "x", "1", "-", ".", "\n", "é", "\ue000"])


@st.composite
def _phrase_texts(draw: st.DrawFn) -> str:
    pool = _PHRASE_WORDS + draw(st.lists(st.sampled_from(_list_words()), max_size=6))
    parts = draw(st.lists(st.tuples(st.sampled_from(pool), _PHRASE_GLUE), max_size=24))
    return "".join(w + g for w, g in parts)


@settings(max_examples=400, deadline=None)
@given(text=_phrase_texts(), cut=st.tuples(st.integers(0, 150), st.integers(0, 150)))
def test_word_start_scan_finds_what_every_match_scan_keeps(text: str, cut: tuple[int, int]) -> None:
    # session 8: a bounded list is read only at word starts; the answer is the plain scan's
    low = ascii_lower(text)
    lo, hi = min(cut), max(cut)
    lists = _word_start_lists()
    assert len(lists) >= 6
    for phrases in lists:
        for a, b in ((0, len(low)), (min(lo, len(low)), min(hi, len(low)))):
            fast = phrases._at_word_starts(low, a, b)
            assert fast is None or fast == phrases._en_spans(low, a, b)


def test_word_start_scan_falls_back_where_a_dropped_match_covers_a_word() -> None:
    cues = Phrases(["old one", "one was", "tried", "both", "either", "new pw"])
    assert cues._heads == ("old ",)
    low = "xold one was it"
    assert cues._at_word_starts(low, 0, len(low)) is None
    assert cues.spans(low, 0, len(low)) == []  # "old one" inside "xold" hides "one was"
    low = "the old one was it"
    assert cues.spans(low, 0, len(low)) == [(4, 11)]
    assert cues._at_word_starts("codes tried.", 0, 12) == [(6, 11)]
    assert Phrases(["old one", "one was", "tried"])._starts is None  # two first letters: ``re``'s own skip
