"""Speed-only changes of session 10 (guardspeed6) give what the plain forms gave.

``grown_windows`` (keys' grouped-hex windows, codes' label windows) is compared with the walk it
replaces on text made of the characters that decide it (run characters and a few others), with
spans that overlap, touch, nest and sit far apart; the worst case it was made for (a long message
of digit groups, every group a hint) is checked to give the plain windows too.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import code_shapes, codes, inbound, keys, password_answers, seed_en, seed_short_typo
from app.guard.textutil import NOT_SPACE, ascii_lower, grown_windows, word_start
from app.guard.wordlists import english_words

_RUN = frozenset("0123456789 -")


def _not_space(ch: str) -> bool:
    return not ch.isspace()


def _plain_windows(low: str, spans: list[tuple[int, int]], run: object) -> list[tuple[int, int]]:
    """The walk as keys, codes and ``inbound._detect_near`` wrote it before session 10: widen every
    span over the run (``NOT_SPACE``: ``not ch.isspace()``, as ``_detect_near`` tested it), then merge."""
    inside: Callable[[str], bool]
    if run is NOT_SPACE:
        inside = _not_space
    else:
        assert isinstance(run, frozenset)
        inside = run.__contains__
    out: list[tuple[int, int]] = []
    n = len(low)
    for lo, hi in spans:
        while lo > 0 and inside(low[lo - 1]):
            lo -= 1
        while hi < n and inside(low[hi]):
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet=st.sampled_from("0123456789 -ab:x中"), max_size=80))
    n = len(text)
    raw = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 30)), max_size=12))
    spans = sorted((lo, min(n, lo + width)) for lo, width in raw)
    return text, spans


@settings(max_examples=1500, deadline=None)
@given(case=_text_and_spans())
def test_grown_windows_are_the_plain_walk(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert grown_windows(text, spans, _RUN) == _plain_windows(text, spans, _RUN)


@settings(max_examples=300, deadline=None)
@given(case=_text_and_spans())
def test_grown_windows_in_any_order(case: tuple[str, list[tuple[int, int]]]) -> None:
    """Not only sorted spans: the argument needs only that a stored end is where a walk stopped."""
    text, spans = case
    shuffled = list(spans)
    random.Random(len(text)).shuffle(shuffled)
    assert grown_windows(text, shuffled, _RUN) == _plain_windows(text, shuffled, _RUN)


def test_digit_groups_message_gives_the_plain_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(16)
    for sep in (" ", "-", ":"):
        low = sep.join(f"{rnd.randint(0, 9999):04d}" for _ in range(400))[:2000]
        hints = [
            (max(0, h.start() - keys._GROUPED_REACH), min(len(low), h.end() + keys._GROUPED_REACH))
            for h in keys._SEPARATED_HEX_HINT.finditer(low)
        ]
        assert len(hints) > 100
        assert grown_windows(low, hints, keys._HEX_RUN) == _plain_windows(low, hints, keys._HEX_RUN)
        fast = keys.find_keys(low)
        with monkeypatch.context() as m:
            m.setattr(keys, "grown_windows", _plain_windows)
            assert keys.find_keys(low) == fast


def test_code_label_windows_are_the_plain_walk() -> None:
    low = "code " + " ".join("12 34" for _ in range(300)) + " the code 5521 90 and otp 77 88"
    n = len(low)
    labels = [
        (max(0, a - codes._AFTER - 16), min(n, b + codes._BEFORE + 16))
        for a, b in codes._CODE_WORDS.spans(low, 0, n)
    ]
    assert len(labels) == 3
    assert codes._label_windows(low) == _plain_windows(low, labels, codes._VALUE_CHARS)


@settings(max_examples=800, deadline=None)
@given(case=_text_and_spans())
def test_grown_windows_between_words(case: tuple[str, list[tuple[int, int]]]) -> None:
    """``_detect_near``'s windows: widened to white space (the run is every other character)."""
    text, spans = case
    text = text.replace(":", "\n").replace("x", "\t")
    assert grown_windows(text, spans, NOT_SPACE) == _plain_windows(text, spans, NOT_SPACE)


def test_not_space_is_str_isspace() -> None:
    for cp in range(0x3100):
        ch = chr(cp)
        assert (ch in NOT_SPACE) is (not ch.isspace())


def test_long_chinese_message_later_passes_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2,000-character Chinese message without spaces and ~200 codes: every later-pass window
    walked to the ends of the message before; the same windows, so the same result."""
    rnd = random.Random(10)
    text = "".join(f"验证码{rnd.randrange(10**6):06d}，" for _ in range(200))[:2000]
    fast = inbound.scan_inbound(text)
    assert len(fast.findings) > 100
    with monkeypatch.context() as m:
        m.setattr(inbound, "grown_windows", _plain_windows)
        assert inbound.scan_inbound(text) == fast


# --- seed tokens (seed_en) and the short-typo rule reading find_runs' flags -------------------------

_LETTER_TEXT = st.text(alphabet=st.sampled_from("abz01 9.'-\ue000"), max_size=60)


@settings(max_examples=1500, deadline=None)
@given(low=_LETTER_TEXT)
def test_possessive_letters_are_the_old_tokens(low: str) -> None:
    old = re.compile(r"[a-z](?:[a-z01]*[a-z])?")
    assert seed_en._LETTERS.findall(low) == old.findall(low)
    assert [m.span() for m in seed_en._LETTERS.finditer(low)] == [m.span() for m in old.finditer(low)]


@settings(max_examples=1500, deadline=None)
@given(low=_LETTER_TEXT)
def test_inner_01_found_where_the_old_pattern_is(low: str) -> None:
    old = re.compile(r"[a-z][01]+[a-z]")
    assert (seed_en._INNER_01.search(low) is None) == (old.search(low) is None)


_PHRASE_WORDS = [*sorted(english_words())[::97], "ft", "to", "my", "zoo", "abandon", "x1y", "b0at"]


@st.composite
def _word_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_PHRASE_WORDS), st.sampled_from([" ", ", ", "-", ". "])),
                          min_size=8, max_size=26))
    return "".join(w + g for w, g in parts)


def _plain_short_typo(text: str) -> list[seed_short_typo.SeedHit]:
    """``find_short_typo_phrases`` with no flags left by ``find_runs`` (it makes its own)."""
    seed_en._last_flags = ("", b"")
    return seed_short_typo.find_short_typo_phrases("".join(ascii_lower(text)))


@settings(max_examples=500, deadline=None)
@given(text=_word_texts())
def test_short_typo_reads_find_runs_flags_as_its_own(text: str) -> None:
    plain = _plain_short_typo(text)
    seed_en.find_runs(text)  # leaves its flags for its lower-cased text (when it may) ...
    low = ascii_lower(text)  # ... the very string ``ascii_lower`` gives the next detector
    assert seed_short_typo.find_short_typo_phrases(low) == plain


def test_short_typo_phrase_still_found_after_find_runs() -> None:
    words = sorted(english_words())
    head, tail = " ".join(words[i * 150] for i in range(5)), " ".join(words[i * 150 + 7] for i in range(6))
    text = f"{head} ft {tail}"
    plain = _plain_short_typo(text)
    assert plain  # eleven wordlist words around "ft" (one edit from "aft", "fit", "gift" …)
    seed_en.find_runs(text)
    low = ascii_lower(text)
    assert seed_en.member_flags(low) is not None
    assert seed_short_typo.find_short_typo_phrases(low) == plain


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("aZ9!.-_ \\中\ue000"), max_size=30))
def test_mark_by_letter_found_where_the_old_pattern_is(text: str) -> None:
    marks = password_answers._MARKS
    old = re.compile(f"[A-Za-z][.\\-]?{marks}|{marks}[.\\-]?[A-Za-z]")
    assert (password_answers._MARK_BY_LETTER.search(text) is None) == (old.search(text) is None)


# --- spoken digits and grouped hex: the new length/hint gates skip only what finds nothing ----------

_SPOKEN_PARTS = [*code_shapes._EN_DIGIT_WORDS, "someone", "phone", "ten", "x", "9"]


@st.composite
def _spoken_texts(draw: st.DrawFn) -> str:
    seps = st.sampled_from([" ", ", ", "-", "\n", "", "."])
    parts = draw(st.lists(st.tuples(st.sampled_from(_SPOKEN_PARTS), seps), max_size=14))
    return "".join(w + g for w, g in parts)


@settings(max_examples=1500, deadline=None)
@given(low=_spoken_texts())
def test_spoken_hint_gate_changes_nothing(low: str) -> None:
    plain = [m.span() for m in code_shapes._SPOKEN.finditer(low) if word_start(low, m.start())]
    assert [(h.start, h.end) for h in code_shapes._spoken(low)] == plain


def test_spoken_code_still_found() -> None:
    low = "my code is five five two one nine zero ok"
    assert [(h.start, h.end) for h in code_shapes._spoken(low)] == [(11, 38)]


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("0123456789abcdef :-\n"), max_size=keys._GROUPED_SHORTEST - 1))
def test_no_grouped_key_fits_a_shorter_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(keys, "_GROUPED_SHORTEST", 0)
        assert keys._grouped_hex(text, text, False) == []


def test_shortest_grouped_key_is_found() -> None:
    rnd = random.Random(65)
    halves = ["".join(rnd.choice("0123456789abcdef") for _ in range(31)) + "7" for _ in range(2)]
    text = " ".join(halves)
    assert len(text) == keys._GROUPED_SHORTEST
    assert [(h.start, h.end) for h in keys._grouped_hex(text, text, False)] == [(0, 65)]


@settings(max_examples=800, deadline=None)
@given(text=_word_texts())
def test_plain_tokens_are_findall_and_its_flags(text: str) -> None:
    """``find_runs`` without words run together or OCR readings takes ``_tokens``' answer from what it
    already has: the ``finditer`` offsets of its ``findall`` tokens and their membership flags."""
    low = ascii_lower(text.replace("b0at", "b0at1"))
    toks, flags = seed_en._tokens(low, {})
    tokens = seed_en._LETTERS.findall(low)
    assert toks == [(m.start(), m.end(), m.group()) for m in seed_en._LETTERS.finditer(low)]
    assert [t[2] for t in toks] == tokens
    assert flags == bytes(map(english_words().__contains__, tokens))


def test_seed_phrase_runs_unchanged_by_the_plain_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    words = sorted(english_words())
    text = "ok: " + " ".join(words[i * 170 + 3] for i in range(12)) + " ty"
    fast = seed_en.find_runs(text)
    assert fast and len(fast[0].words) == 12
    calls: list[int] = []
    plain_tokens = seed_en._tokens

    def counted(
        low: str, joined: dict[int, tuple[str, ...]], read: dict[str, str] | None = None
    ) -> tuple[list[tuple[int, int, str]], bytes]:
        calls.append(1)
        return plain_tokens(low, joined, read)

    monkeypatch.setattr(seed_en, "_tokens", counted)
    assert seed_en.find_runs(text) == fast
    assert calls == []  # the plain path no longer tokenises twice
