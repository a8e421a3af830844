"""Session 13 (guardspeed10): each speed-only change compared with the form it replaced.

The replaced forms are copied here as they were on cf106ab (``_old_*``); every test fails if the fast
form answers differently from the plain one:

- ``seed_en._prefix`` answers the lower case of the text it last read from that answer
  (``r16_secrets`` asks ``find_runs`` with ``ascii_lower`` of the text ``seed`` asked with);
- ``inbound._detect`` keeps one of each finding before its per-finding filters.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import inbound, scan_conversation, scan_inbound, seed_en
from app.guard.fold import fold_inbound
from app.guard.textutil import ascii_lower
from app.guard.types import HIGH, OTP_CODE, PASSWORD, SEED_PHRASE, Finding
from tests.guard.corpus_lines import customer_lines

_LINES = customer_lines()

# --- seed_en._prefix: the lowered text of the last answer ------------------------------------------------


def _fresh_prefix(text: str) -> tuple[object, ...]:
    """``_prefix`` with its cache emptied first: what the text alone gives."""
    seed_en._last_prefix = None
    return seed_en._prefix(text)


def test_ascii_lower_is_idempotent_on_every_code_point() -> None:
    """The argument of the shortcut: ``ascii_lower`` of a lower-cased text is that text (``str.lower``
    is idempotent on every code point; the final-sigma rule and the characters that expand are the
    cases worth a look)."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert ch.lower().lower() == ch.lower(), hex(cp)
    for text in ("ΟΔΟΣ ΣΑΣ", "İstanbul KELVIN \u212a", "Straße ẞ", "ǅ ǈ ǋ ǲ", "ＡＢＣ ſ ﬁ"):
        once = ascii_lower(text)
        assert ascii_lower((once + " ")[:-1]) == once


def test_prefix_of_the_lower_case_is_the_fresh_answer_on_every_line() -> None:
    lines = [fold_inbound(line).text for line in _LINES]
    lines += [line.upper() for line in _LINES[:3000]]
    hits = 0
    for text in lines:
        seed_en._last_prefix = None
        answer = seed_en._prefix(text)
        low = answer[0]  # the lower case it was read from (``ascii_lower``'s, as detectors get it)
        got = seed_en._prefix(low)
        hits += got is answer  # the shortcut was taken
        runs = seed_en.find_runs(low, 11)
        want = _fresh_prefix((low + " ")[:-1])  # another object: no shortcut
        assert got == want, text
        seed_en._last_prefix = None
        assert runs == seed_en.find_runs((low + " ")[:-1], 11), text
    assert hits == len(lines)


# wordlist words in every case, look-alikes whose lower case is ASCII (Kelvin sign) or longer (İ), Greek
# capitals (final sigma), full-width letters, OCR digits, separators
_PIECES = ("abandon", "Zoo", "ZOO", "ability", "K\u212aite", "İce", "ΣΟΦΙΑΣ", "1ce", "w0rd", "ＡＢＬＥ")
_PIECES += ("the", " ", "\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_prefix_shortcut_on_generated_texts(words: list[str]) -> None:
    text = " ".join(words)
    seed_en._last_prefix = None
    answer = seed_en._prefix(text)
    assert seed_en._prefix(answer[0]) is answer
    assert answer == _fresh_prefix((answer[0] + " ")[:-1])


def test_prefix_is_not_the_answer_of_another_text() -> None:
    seed_en._last_prefix = None
    seed_en._prefix("abandon ability able about above absent absorb abstract")
    other = "zoo zone zero youth young you"
    assert seed_en._prefix(other) == _fresh_prefix((other + " ")[:-1])


# --- inbound._detect: one of each finding ---------------------------------------------------------------


def _old_detect(text: str) -> list[Finding]:
    """``inbound._detect``'s filters as on cf106ab: every copy of a finding filtered again."""
    masked = inbound._mask_markers(text)
    folded = fold_inbound(masked)
    work = folded.text
    found = _raw_findings(work, masked)
    if not found:
        return found
    found = inbound.drop_masked([f for f in found if f.end > f.start], work)
    found = inbound.drop_public(found, work)
    found = inbound.drop_partial(found, work)
    found = [inbound._whole_token(f, work) if f.kind in inbound._TOKEN_KINDS else f for f in found]
    if folded.origin is not None:
        found = [Finding(f.kind, f.severity, *inbound.original_span(folded, f.start, f.end)) for f in found]
    return found


def _raw_findings(work: str, masked: str) -> list[Finding]:
    """The detectors' findings in ``_detect``'s order (before any filter): the same list as ``_detect``'s, or
    the comparison below fails on the detector a later round added, not on the shortcut."""
    found = [Finding(SEED_PHRASE, s.severity, s.start, s.end) for s in inbound.find_seed_phrases(work)]
    found += [Finding(k.kind, k.severity, k.start, k.end) for k in inbound.find_keys(work)]
    found += [
        Finding(c.kind, inbound._CONTEXT_SEVERITY[c.kind], c.start, c.end)
        for c in inbound.find_context_secrets(work)
    ]
    for hits in (
        inbound.find_labelled_secrets(work),
        inbound.find_api_pairs(work),
        inbound.find_codes(work),
        inbound.find_code_shapes(work),
        inbound.find_line_values(work),
        inbound.find_hinted_passwords(masked, work),
        inbound.find_anti_phishing_codes(work),
        inbound.find_round11(work),
        inbound.find_round12(work, masked),
        inbound.find_round13(work, masked),
        inbound.find_round14(work, masked),
        inbound.find_round15(work),
        inbound.find_round16(work),
        inbound.find_r17_secrets(work),
        inbound.find_r18_secrets(work),  # rounds 18 and 19 came after cf106ab: every detector _detect runs
        inbound.find_round19(work),
        inbound.find_round20(work),  # round 20 (guard20in)
    ):
        found += [Finding(h.kind, HIGH, h.start, h.end) for h in hits]
    return found


@contextmanager
def _old_detect_in_place() -> Iterator[None]:
    new = inbound._detect
    inbound._detect = _old_detect
    try:
        yield
    finally:
        inbound._detect = new


def _pass_texts() -> list[str]:
    """Every customer line and, for each that holds a secret, its later pass's text (markers)."""
    out: list[str] = []
    for line in _LINES:
        out.append(line)
        result = scan_inbound(line, learnt=False)
        if result.findings:
            out.append(result.text)
    return out


def test_detect_keeps_the_same_findings_on_every_pass_text() -> None:
    copies = 0
    for text in _pass_texts():
        old, new = _old_detect(text), inbound._detect(text)
        assert set(new) == set(old), text
        assert inbound._merge(new) == inbound._merge(old), text
        copies += len(old) - len(new)
    assert copies > 1000  # the corpus has copies to drop


def test_scans_are_unchanged_with_copies_dropped() -> None:
    lines = _LINES[::3]
    new = [
        (repr(scan_inbound(line)), repr(scan_conversation(line, lines[max(0, i - 6) : i])))
        for i, line in enumerate(lines)
    ]
    with _old_detect_in_place():
        old = [
            (repr(scan_inbound(line)), repr(scan_conversation(line, lines[max(0, i - 6) : i])))
            for i, line in enumerate(lines)
        ]
    assert new == old


def test_copies_of_a_finding_are_filtered_once() -> None:
    """A hand-made message three password rules read, and a code the partial-number rule drops."""
    text = "我的密码是 Abc12345"
    old = _old_detect(text)
    assert len(old) > len(set(old))  # several rules found the same value
    assert inbound._detect(text) == list(dict.fromkeys(old))
    partial = "my card number ends in 583920, the code is 112233"
    assert set(inbound._detect(partial)) == set(_old_detect(partial))
    assert {f.kind for f in inbound._detect(partial)} <= {OTP_CODE, PASSWORD}
