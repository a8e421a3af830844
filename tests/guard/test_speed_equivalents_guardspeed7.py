"""Session 10 (guardspeed7): each speed-only change compared with the form it replaced.

Every test here fails if the fast form answers differently from the plain one."""

from __future__ import annotations

import app.guard.fold as fold
from app.guard import scan_conversation, scan_inbound

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
