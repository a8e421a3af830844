"""Session 11 (guardspeed8): each speed-only change compared with the form it replaced.

The replaced forms are copied here as they were on 696e718 (``_old_*``); every test fails if the fast
form answers differently from the plain one."""

from __future__ import annotations

import re
from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import password_use, scan_inbound, seed_en
from app.guard.bip39_fuzzy import common_non_words, corrections, ocr_exact
from app.guard.inbound import mask_markers
from app.guard.password_shape import trim
from app.guard.textutil import ascii_letter_count, ascii_lower
from app.guard.wordlists import english_words
from tests.guard.corpus_lines import customer_lines

# --- the forms replaced (696e718) ---------------------------------------------------------------------


def _old_dense_stretches(flags: bytes, min_words: int, slack: int = 0) -> list[tuple[int, int]]:
    need = min_words - max(1, min_words // 6) - slack
    out: list[tuple[int, int]] = []
    acc: list[int] | None = None
    for m in seed_en._STRETCH.finditer(flags):
        lo, hi = m.span()
        if hi - lo < min_words:
            continue
        if acc is None:
            acc = [0, *accumulate(flags)]
        if any(acc[i + min_words] - acc[i] >= need for i in range(lo, hi - min_words + 1)):
            out.append((lo, hi))
    return out


def _old_may_hold(tokens: list[str], flags: bytes, stretches: list[tuple[int, int]], need: float) -> bool:
    common = common_non_words()
    for lo, hi in stretches:
        if sum(map(len, tokens[lo:hi])) < need:
            continue
        held = 0
        for i in range(lo, hi):
            t = tokens[i]
            if not flags[i] and t != "and" and (len(t) < 3 or t in common) and ocr_exact(t) is None:
                held = 0
                continue
            held += len(t)
            if held >= need:
                return True
    return False


def _old_find_runs(text: str, min_words: int = seed_en.MIN_WORDS, share: float = 0.0) -> list[seed_en.Run]:
    """``find_runs`` as on 696e718: ``_dense_stretches`` asked twice, ``_may_hold`` walking every token,
    the letters counted by ``findall``; its prefix computed afresh."""
    if len(text) < 2 * min_words - 1:
        return []
    seed_en._last_prefix = None
    low, tokens, joined, flags, _plain = seed_en._prefix(text)
    if len(flags) < min_words or flags.count(1) < min_words - max(1, min_words // 6) - seed_en._OCR_SLACK:
        return []
    words = english_words()
    read: dict[str, str] = {}
    if not _old_dense_stretches(flags, min_words):
        near = _old_dense_stretches(flags, min_words, slack=seed_en._OCR_SLACK) if not joined else []
        if not near:
            return []
        for lo, hi in near:
            for i in range(lo, hi):
                if not flags[i] and (reading := ocr_exact(tokens[i])) is not None:
                    read[tokens[i]] = reading
        flags = bytes(t in words or t in read for t in tokens) if read else flags
        if not read or not _old_dense_stretches(flags, min_words):
            return []
    if joined or read:
        toks, flags = seed_en._tokens(low, joined, read)
        stretches = _old_dense_stretches(flags, min_words)
    else:
        stretches = _old_dense_stretches(flags, min_words)
        if share and not _old_may_hold(tokens, flags, stretches, share * len(re.findall(r"[A-Za-z]", text))):
            return []
        toks = [(m.start(), m.end(), m.group()) for m in seed_en._LETTERS.finditer(low)]
    runs: list[seed_en.Run] = []
    for lo, hi in stretches:
        current: list[seed_en.Word] = []
        fuzzy = 0
        for i in range(lo, hi):
            s, e, w = toks[i]
            if w == "and" and current and i + 1 < hi and flags[i + 1]:
                continue
            exact = bool(flags[i])
            if exact:
                cands: tuple[str, ...] = (read.get(w, w),)
            elif (reading := ocr_exact(w)) is not None:
                cands, exact = (reading,), True
            else:
                cands = corrections(w)
            joinable = bool(cands) and (not current or seed_en._gap_ok(low, current[-1].end, s))
            if not joinable:
                seed_en._close(current, fuzzy, min_words, runs)
                current, fuzzy = [], 0
                if not cands:
                    continue
            current.append(seed_en.Word(s, e, cands, exact))
            fuzzy += 0 if exact else 1
        seed_en._close(current, fuzzy, min_words, runs)
    return runs


# --- _dense_stretches: need <= 1 answered without the window test --------------------------------------


@settings(max_examples=600, deadline=None)
@given(
    st.binary(max_size=40).map(lambda b: bytes(x & 1 for x in b)),
    st.integers(min_value=1, max_value=14),
    st.integers(min_value=0, max_value=4),
)
def test_dense_stretches_as_the_window_test(flags: bytes, min_words: int, slack: int) -> None:
    assert seed_en._dense_stretches(flags, min_words, slack) == _old_dense_stretches(flags, min_words, slack)


_ASKS = ((2, 0), (2, 3), (3, 0), (3, 3), (9, 0), (12, 0), (12, 3), (1, 0), (4, 3))


def test_dense_stretches_every_short_flag_string() -> None:
    """Exhaustive over every flag string of up to 10 tokens, for the ``min_words`` the callers use."""
    for n in range(11):
        for bits in range(1 << n):
            flags = bytes((bits >> k) & 1 for k in range(n))
            for min_words, slack in _ASKS:
                want = _old_dense_stretches(flags, min_words, slack)
                assert seed_en._dense_stretches(flags, min_words, slack) == want, (flags, min_words, slack)


# --- _may_hold: the segments between run-enders added up in C ------------------------------------------

_WORDS = sorted(english_words())[::9]
_COMMON = sorted(common_non_words())[:50]
_ODD = ["and", "an", "ok", "x", "abandn", "actuaI".lower(), "m0ment", "rn", "svffer", "iock", "zz", "qqqq"]
_PIECES = [*_WORDS, *_COMMON, *_ODD]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24),
    st.floats(min_value=-2.0, max_value=90.0, allow_nan=False),
    st.integers(min_value=1, max_value=4),
)
def test_may_hold_as_the_token_walk(tokens: list[str], need: float, min_words: int) -> None:
    words = english_words()
    flags = bytes(t in words for t in tokens)
    for stretches in (
        seed_en._dense_stretches(flags, min_words),
        [(0, len(tokens))],
        [(0, len(tokens) // 2), (len(tokens) // 2, len(tokens))],
    ):
        got = seed_en._may_hold(tokens, flags, stretches, need)
        assert got == _old_may_hold(tokens, flags, stretches, need), (tokens, need, stretches)


def test_may_hold_need_zero_still_needs_a_token_that_is_no_run_ender() -> None:
    """With ``need`` 0 the walk said yes at the first token that ends no run, and no when all end one."""
    enders = ["ok", "x", "zz"]
    assert seed_en._may_hold(enders, bytes(3), [(0, 3)], 0.0) is False
    assert _old_may_hold(enders, bytes(3), [(0, 3)], 0.0) is False
    assert seed_en._may_hold(["ok", "abandon"], b"\x00\x01", [(0, 2)], 0.0) is True


# --- find_runs: the dense stretches asked once --------------------------------------------------------


def test_find_runs_as_before_on_every_customer_line() -> None:
    lines = customer_lines()
    assert len(lines) > 8000
    for line in lines:
        for text in (line, line.lower()):
            for min_words, share in ((2, 0.5), (2, 0.0), (3, 0.0), (9, 0.0), (12, 0.0)):
                seed_en._last_prefix = None
                got = seed_en.find_runs(text, min_words, share)
                assert got == _old_find_runs(text, min_words, share), (text, min_words, share)


_SEPS = [" ", ", ", " - ", "... ", "\n", " 12 ", " and ", "  "]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=2, max_size=26),
    st.lists(st.sampled_from(_SEPS), min_size=26, max_size=26),
    st.sampled_from(((2, 0.5), (2, 0.0), (3, 0.0), (9, 0.0), (12, 0.0))),
)
def test_find_runs_as_before_on_generated_word_lists(
    pieces: list[str], seps: list[str], ask: tuple[int, float]
) -> None:
    text = "".join(p + seps[i] for i, p in enumerate(pieces)).strip()
    seed_en._last_prefix = None
    assert seed_en.find_runs(text, *ask) == _old_find_runs(text, *ask)


# --- ascii_letter_count -------------------------------------------------------------------------------


_ODD_CHARS = "abcXYZ 01!?\n\u212a\u0130İ你好ＡＢｃ\ue000é"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ODD_CHARS), max_size=60) | st.text())
def test_ascii_letter_count_as_findall(text: str) -> None:
    assert ascii_letter_count(text) == len(re.findall(r"[A-Za-z]", text))


def test_ascii_letter_count_on_every_customer_line() -> None:
    for line in customer_lines():
        assert ascii_letter_count(line) == len(re.findall(r"[A-Za-z]", line))


# --- password_use.corrections: a mask run's end by one match ---------------------------------------

def _old_corrections(text: str, low: str) -> list[object]:
    mask = password_use._MASK
    if mask not in text:
        return []
    out: list[object] = []
    pos = text.find(mask)
    while pos >= 0:
        end = pos
        while end < len(text) and text[end] == mask:
            end += 1
        m = password_use._CORRECTION.search(low, end, min(len(low), end + password_use._CORRECTION_REACH))
        if m is not None and mask not in low[end : m.start()]:
            s, e = trim(text, *m.span("val"))
            if password_use._CODE_DIGITS.fullmatch(text, s, e):
                out.append(password_use.ShapeHit(password_use.OTP_CODE, s, e))
            elif (hit := password_use._weak_value(text, s, e)) is not None:
                out.append(hit)
        pos = text.find(mask, end)
    return out


def test_corrections_as_the_character_walk_on_redacted_lines() -> None:
    """On every customer line as the second pass reads it (its markers masked), and as typed."""
    seen = 0
    for line in customer_lines():
        redacted = scan_inbound(line, learnt=False).text
        for text in (mask_markers(redacted), line):
            low = ascii_lower(text)
            assert password_use.corrections(text, low) == _old_corrections(text, low), text
            seen += password_use._MASK in text
    assert seen > 3000


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["\ue000" * 19, "\ue000", " wait no it's ", " sorry, it is ", "Abc12345!", " 123456 ",
                         "\n", "打错了，是", "xx"]),
        max_size=10,
    )
)
def test_corrections_as_the_character_walk_on_generated_texts(parts: list[str]) -> None:
    text = "".join(parts)
    low = ascii_lower(text)
    assert password_use.corrections(text, low) == _old_corrections(text, low)
