"""Session 10 (guardspeed7): each speed-only change compared with the form it replaced.

Every test here fails if the fast form answers differently from the plain one."""

from __future__ import annotations

import app.guard.fold as fold
from app.guard import scan_conversation, scan_inbound
from tests.guard.corpus_lines import customer_lines

_TEXTS = (
    "my seed is abandon ability able about above absent absorb abstract absurd abuse access accident",
    "ｍｙ ｐａｓｓｗｏｒｄ ｉｓ Ｓｕｎｎｙ２０２４",
    "验证码 5 5 2 1 9 0，私鑰是 abandon",
    "code: 55 21 90 p a s s w o r d",
    "hello, where is my withdrawal?",
    "my\u200bseed\u200bwords",
)


def test_fold_cache_answers_as_a_fresh_fold() -> None:
    """The recent-folds cache returns, for each text, what ``_fold_inbound`` computes afresh, however
    many other texts were folded in between (more than the cache holds included)."""
    texts = [t + suffix for t in _TEXTS for suffix in ("", " ok", "\u3000")]
    for rounds in range(3):
        for i, text in enumerate(texts):
            assert fold.fold_inbound(text) == fold._fold_inbound(text)
            # the same object again after 1..6 others: a hit or a miss, the same answer
            back = texts[max(0, i - 1 - rounds * 2)]
            assert fold.fold_inbound(back) == fold._fold_inbound(back)


def test_fold_cache_is_keyed_on_the_object_not_the_value() -> None:
    """An equal string built afresh is folded afresh (never a stale answer for another object)."""
    a = "".join(["pass", "word 12345"])
    b = "".join(["pass", "word 12345"])
    assert a == b and a is not b
    first = fold.fold_inbound(a)
    assert fold.fold_inbound(a) is first
    assert fold.fold_inbound(b) == first


def test_fold_cache_keeps_only_a_few() -> None:
    for i in range(20):
        fold.fold_inbound(f"message {i}")
    assert len(fold._recent_inbound) == fold._RECENT_FOLDS


def test_scans_same_with_the_cache_emptied_before_every_fold(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The whole scan with a fold that never reuses an answer (the form before the cache)."""
    cached = [(scan_inbound(t), scan_conversation(t, _TEXTS[:3])) for t in _TEXTS]
    import sys

    import app.guard.conversation as conversation
    import app.guard.r13_split as r13_split

    real = fold.fold_inbound
    patched = 0
    for name, mod in list(sys.modules.items()):
        if name.startswith("app.guard") and getattr(mod, "fold_inbound", None) is real:
            monkeypatch.setattr(mod, "fold_inbound", fold._fold_inbound)
            patched += 1
    assert patched >= 5  # fold itself, inbound, conversation, r13_split, seed, ...
    conversation._part.cache_clear()
    conversation._label_of.cache_clear()
    r13_split._runs.cache_clear()
    fresh = [(scan_inbound(t), scan_conversation(t, _TEXTS[:3])) for t in _TEXTS]
    assert fresh == cached


# --- seed_en: the part gate (``share``) and the shared prefix ----------------------------------------

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from app.guard import conversation, seed_en  # noqa: E402
from app.guard.bip39_fuzzy import common_non_words  # noqa: E402
from app.guard.wordlists import english_words  # noqa: E402

_WORDS = sorted(english_words())[::7]
_COMMON = sorted(common_non_words())[:60]
_ODD = ["and", "an", "ok", "x", "abandn", "actuaI", "m0ment", "rn", "abilityable", "1", "00"]
_PIECES = [*_WORDS, *_COMMON, *_ODD]
_SEPS = [" ", ", ", " - ", "... ", "\n", " 12 "]


def _plain_runs(text: str, min_words: int) -> list[seed_en.Run]:
    seed_en._last_prefix = None  # the form before session 10's shared prefix: computed afresh
    return seed_en.find_runs(text, min_words)


def _check_share(text: str) -> None:
    full = _plain_runs(text, 2)
    gated = seed_en.find_runs(text, 2, 0.5)
    if gated != full:
        assert gated == [], text
        letters = len(re.findall(r"[A-Za-z]", text))
        assert all(sum(w.end - w.start for w in r.words) < 0.5 * letters for r in full), text


def test_share_gate_drops_only_runs_the_part_test_drops() -> None:
    lines = customer_lines()
    assert len(lines) > 5000
    for line in lines:
        _check_share(line.lower())
        _check_share(line)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=2, max_size=16),
    st.lists(st.sampled_from(_SEPS), min_size=16, max_size=16),
)
def test_share_gate_on_generated_word_lists(pieces: list[str], seps: list[str]) -> None:
    text = "".join(p + seps[i] for i, p in enumerate(pieces)).strip()
    _check_share(text)


def test_english_part_same_with_and_without_the_gate(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lines = customer_lines()[::3]
    fast = [conversation._english_part(t) for t in lines]
    real = seed_en.find_runs
    monkeypatch.setattr(seed_en, "find_runs", lambda text, n=seed_en.MIN_WORDS, share=0.0: real(text, n))
    assert [conversation._english_part(t) for t in lines] == fast


def test_the_gate_cuts_work() -> None:
    """The gate answers early on prose with wordlist words that cannot be most of it."""
    text = "hey so I tried again today and the app still says error when I open my wallet page, any idea"
    assert _plain_runs(text, 2) != []
    assert seed_en.find_runs(text, 2, 0.5) == []


def test_prefix_shared_across_min_words_is_the_fresh_answer() -> None:
    """Runs and ``member_flags`` with the prefix reused (same object, several ``min_words``, other
    texts read in between) equal the ones computed afresh."""
    lines = customer_lines()[::5]
    for i, text in enumerate(lines):
        other = lines[i - 1]
        for n in (12, 2, 3, 9, 2):
            got = seed_en.find_runs(text, n)
            flags = seed_en.member_flags(seed_en.ascii_lower(text))
            seed_en.find_runs(other, 2)
            assert seed_en.find_runs(text, n) == got
            fresh = _plain_runs(text, n)
            assert got == fresh, (text, n)
            if len(text) >= 2 * n - 1:
                assert flags == seed_en.member_flags(seed_en.ascii_lower(text))
