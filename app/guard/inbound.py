"""``scan_inbound``: find and redact secrets in a customer's message.

Called by the chat backend before a message is stored (authoritative) and by
the desktop composer as a pre-check; both must get identical results, so this
is a pure function of the text.

Redaction is run to a fixpoint: after replacing secrets with markers the text
is scanned again (markers are masked so they never match anything) until no
new secret appears. That makes ``scan_inbound`` idempotent by construction even
when context windows shift because a long secret became a short marker.
Findings always refer to the ORIGINAL text. On a long message (over ``_LONG`` characters) the
passes after the first look only near the markers: every rule's reach is bounded, so nothing new
can appear far from one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final, NamedTuple

from .anti_phishing import find_anti_phishing_codes
from .api_pairs import find_api_pairs
from .code_shapes import find_code_shapes
from .codes import find_codes
from .context_secrets import find_context_secrets
from .fold import fold_inbound, original_span
from .inbound_learnt import learnt_findings
from .keys import find_keys
from .label_value import find_line_values
from .labelled_secrets import find_labelled_secrets
from .link_values import drop_link_values
from .masked import drop_masked
from .named_numbers import drop_named_numbers
from .password_hints import find_hinted_passwords
from .r16_public import drop_r16_public
from .r17_public import drop_r17_public
from .r17_secrets import find_r17_secrets
from .r18_public import drop_r18_public
from .r18_secrets import find_r18_secrets
from .r19_public import drop_r19_public
from .r20_public import drop_r20_public
from .round11 import Hit, find_round11
from .round12 import find_round12
from .round13 import drop_public, find_round13
from .round14 import drop_partial, find_round14
from .round15 import find_round15
from .round16 import find_round16
from .round19 import find_round19
from .round20 import find_round20
from .seed import find_seed_phrases
from .textutil import NOT_SPACE, grown_windows
from .types import (
    API_SECRET,
    EXTENDED_PRIVATE_KEY,
    HIGH,
    MEDIUM,
    OTP_CODE,
    PASSWORD,
    PRIVATE_KEY,
    SEED_PHRASE,
    TOTP_SECRET,
    WIF_KEY,
    Finding,
    InboundResult,
    marker,
)

_MARKER = re.compile(r"\[redacted:[a-z_]+\]")
_MASK_CHAR: Final = "\ue000"  # private-use: matched by no detector, breaks word runs
_MAX_PASSES: Final = 4
_LONG: Final = 1200  # characters: a later pass on a longer message looks only near the markers
_REACH: Final = 400
_PRIORITY: Final = {
    SEED_PHRASE: 8,
    EXTENDED_PRIVATE_KEY: 7,
    WIF_KEY: 6,
    PRIVATE_KEY: 5,
    API_SECRET: 4,
    TOTP_SECRET: 3,
    PASSWORD: 2,
    OTP_CODE: 1,
}
_SEVERITY_RANK: Final = {MEDIUM: 0, HIGH: 1}
_CONTEXT_SEVERITY: Final = {PASSWORD: HIGH, OTP_CODE: HIGH}
_TOKEN_KINDS: Final = frozenset({PASSWORD, OTP_CODE})
_TOKEN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class _Segment(NamedTuple):
    """Where a marker sits in the redacted text and what it replaced."""

    cur_start: int
    cur_end: int
    orig_start: int
    orig_end: int


# the markers ``scan_inbound`` writes, each with its mask: replaced by ``str.replace`` before the
# pattern looks for any other (a marker's only "[" is its first character, so two markers never
# overlap and masking one leaves every other where it was)
_KNOWN_MASKS: Final = tuple((marker(kind), _MASK_CHAR * len(marker(kind))) for kind in _PRIORITY)


def _mask_markers(text: str) -> str:
    if "[redacted:" not in text:
        return text
    for mark, mask in _KNOWN_MASKS:
        if mark in text:
            text = text.replace(mark, mask)
    if "[redacted:" not in text:
        return text
    return _MARKER.sub(lambda m: _MASK_CHAR * len(m.group()), text)


def _detect(text: str) -> list[Finding]:
    """Raw (possibly overlapping) findings in ``text`` coordinates: every detector (the first pass).

    The detectors read the folded text (what a person reads: full-width, look-alike, invisible
    and Traditional characters folded); spans are mapped back to what the customer typed.
    """
    return _detect_with(text, again=False)


def _detect_again(text: str) -> list[Finding]:
    """``_detect`` for a pass after the first (``text`` holds markers), without the detectors the
    comment below names (session 14, guardspeed11)."""
    return _detect_with(text, again=True)


# The passes after the first leave out seed_phrases, labelled_secrets, api_pairs, code_shapes, line_values,
# hinted_passwords, anti_phishing_codes, round15, r18_secrets and round19, and inside context_secrets and
# rounds 11-14 and 16 the rules that never found anything there (their ``again``) (session 14,
# guardspeed11). A later pass reads the redacted text, and a marker only takes text away; over every
# line of bench/corpus (scan_inbound and scan_conversation, ~51,000 later passes) none of these returned
# anything on a later pass, while a later pass cost ~20-35 % of a message with a secret. Each reads a
# value with its own label, shape or words, which the first pass saw in the same place. Measured, not
# proven: bench/guard_same_verdicts.py and tests/guard/test_speed_equivalents_guardspeed11.py are the
# check. A detector a later round adds runs on every pass (add it to both lists below) unless the same
# measurement says otherwise.


def _detect_with(text: str, *, again: bool) -> list[Finding]:
    masked = _mask_markers(text)
    folded = fold_inbound(masked)
    work = folded.text
    # most detectors find nothing in most messages: a Finding is built only for a hit (the same
    # list, in the same order, as one comprehension per detector; session 9)
    found: list[Finding] = []
    add = found.append
    if not again:
        for s in find_seed_phrases(work):
            add(Finding(SEED_PHRASE, s.severity, s.start, s.end))
    for k in find_keys(work):
        add(Finding(k.kind, k.severity, k.start, k.end))
    for c in find_context_secrets(work, again):
        add(Finding(c.kind, _CONTEXT_SEVERITY[c.kind], c.start, c.end))
    if again:
        every: tuple[Sequence[Hit], ...] = (
            find_codes(work),
            find_round11(work, again=True),
            find_round12(work, masked, again=True),
            find_round13(work, masked, again=True),
            find_round14(work, masked, again=True),
            find_round16(work, again=True),
            find_r17_secrets(work),  # round 17 (r17_secrets)
            find_round20(work),  # round 20 (round20): new rules run on every pass until counted
        )
    else:
        every = (
            find_labelled_secrets(work),
            find_api_pairs(work),
            find_codes(work),
            find_code_shapes(work),
            find_line_values(work),
            find_hinted_passwords(masked, work),
            find_anti_phishing_codes(work),
            find_round11(work),
            find_round12(work, masked),
            find_round13(work, masked),
            find_round14(work, masked),
            find_round15(work),
            find_round16(work),
            find_r17_secrets(work),  # round 17 (r17_secrets)
            find_r18_secrets(work),  # round 18 (r18_secrets)
            find_round19(work),  # round 19 (round19)
            find_round20(work),  # round 20 (round20)
        )
    for hits in every:
        for h in hits:
            add(Finding(h.kind, HIGH, h.start, h.end))
    if not found:
        return found
    if len(found) > 1:
        # one of each: several rules often find the same value ("我的密码是 X": three), and every step
        # below keeps or drops a finding by itself and its text alone, then ``scan_inbound`` merges
        # the spans, so a copy changes nothing but the cost (session 13, guardspeed10: 4,557 of the
        # 11,944 findings of r1-r25's passes that found something were copies; ``r13_public``: ~2 µs each)
        found = list(dict.fromkeys(found))
    found = drop_masked([f for f in found if f.end > f.start], work)  # 138****5678 is no code
    found = drop_public(found, work)  # round 13: a product, a handle, a date, a ticket number …
    found = drop_partial(found, work)  # round 14: "the last 4 digits are …", 尾号 …
    found = [_whole_token(f, work) if f.kind in _TOKEN_KINDS else f for f in found]
    if folded.origin is not None:
        found = [Finding(f.kind, f.severity, *original_span(folded, f.start, f.end)) for f in found]
    return found


def _whole_token(f: Finding, work: str) -> Finding:
    """A password or code never leaves part of its token behind: "sunflower_1987" whose digits were
    read as a code, "19900101zhangwei" after 密码是: the ASCII letters, digits and ``_`` joined to
    the value go with it (a value is one token; its other half is as secret as the half found)."""
    start, end = f.start, f.end
    while start > 0 and work[start - 1] in _TOKEN_CHARS:
        start -= 1
    while end < len(work) and work[end] in _TOKEN_CHARS:
        end += 1
    return f if (start, end) == (f.start, f.end) else Finding(f.kind, f.severity, start, end)


def _detect_near(current: str, segments: list[_Segment]) -> list[Finding]:
    """The passes after the first on a long message: only around what was just redacted.

    A later pass exists because a long secret shrinking to a marker brings a label and a value
    closer together; every rule's reach is bounded (labels within ~120 characters, context words
    within ~200), so nothing new can appear far from a marker, and a 2,000-character message is not
    scanned whole again for it."""
    n = len(current)
    windows = grown_windows(  # start and end between words (no quadratic walk: session 10)
        current,
        ((max(0, seg.cur_start - _REACH), min(n, seg.cur_end + _REACH)) for seg in segments),
        NOT_SPACE,
    )
    found: list[Finding] = []
    for lo, hi in windows:
        again = _detect_again(current[lo:hi])
        found += [Finding(f.kind, f.severity, f.start + lo, f.end + lo) for f in again]
    return found


def _merge(findings: list[Finding]) -> list[Finding]:
    """Union overlapping spans; the merged span keeps the most serious kind."""
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda x: (x.start, -x.end)):
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind if _PRIORITY[last.kind] >= _PRIORITY[f.kind] else f.kind
            sev = max(last.severity, f.severity, key=_SEVERITY_RANK.__getitem__)
            merged[-1] = Finding(kind, sev, last.start, max(last.end, f.end))
        else:
            merged.append(f)
    return merged


def _redact(text: str, findings: list[Finding]) -> tuple[str, list[_Segment]]:
    parts: list[str] = []
    segments: list[_Segment] = []
    pos = 0
    cur = 0
    for f in findings:
        parts.append(text[pos : f.start])
        cur += f.start - pos
        mark = marker(f.kind)
        parts.append(mark)
        segments.append(_Segment(cur, cur + len(mark), f.start, f.end))
        cur += len(mark)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), segments


def _to_original(pos: int, segments: list[_Segment], cur_ends: list[int]) -> int:
    """Map a position in the redacted text (outside any marker) back to the original."""
    i = bisect_right(cur_ends, pos) - 1
    return pos if i < 0 else pos + segments[i].orig_end - segments[i].cur_end


def scan_inbound(text: str, *, learnt: bool = True) -> InboundResult:
    """Replace every secret in ``text`` with ``[redacted:<kind>]``.

    Returns the unchanged text and no findings when nothing was found.
    """
    findings: list[Finding] = []
    current = text
    segments: list[_Segment] = []
    for _ in range(_MAX_PASSES):
        if not segments:
            new = _detect(current)
        else:
            new = _detect_near(current, segments) if len(current) > _LONG else _detect_again(current)
        if not new:
            break
        if segments:
            cur_ends = [seg.cur_end for seg in segments]
            new = [
                Finding(
                    f.kind,
                    f.severity,
                    _to_original(f.start, segments, cur_ends),
                    _to_original(f.end, segments, cur_ends),
                )
                for f in new
            ]
        merged = _merge(findings + new)
        if merged == findings:  # nothing new: the next pass would read this same text again
            break
        findings = merged
        current, segments = _redact(text, findings)
    if learnt and (extra := learnt_findings(text, findings)):  # the learnt scorer: after every rule
        findings = _merge(findings + extra)
        current, _ = _redact(text, findings)
    kept = _drop_public_values(text, findings) if findings else findings  # guard16fp
    if len(kept) < len(findings):
        findings = kept
        current, _ = _redact(text, findings)
    if not findings:
        return InboundResult(text, ())
    global _last_kept
    _last_kept = (text, frozenset(findings))  # one assignment (see ``drop_public_values``)
    return InboundResult(current, tuple(findings))


def _drop_public_values(text: str, findings: list[Finding]) -> list[Finding]:
    """guard16fp's last filter: a link's host or public value, a number named by a public noun
    (``link_values``, ``named_numbers``); round 16: an API key's public half, an example password, a
    phone number, a contact handle (``r16_public``)."""
    kept = drop_r16_public(text, drop_named_numbers(text, drop_link_values(text, findings)))  # + round 16
    kept = drop_r18_public(text, drop_r17_public(text, kept))  # + rounds 17, 18 (r17_public, r18_public)
    return drop_r20_public(text, drop_r19_public(text, kept))  # + rounds 19, 20 (r19_public, r20_public)


# The findings ``scan_inbound`` last returned and the text they are of (session 12, guardspeed9).
_last_kept: tuple[str, frozenset[Finding]] = ("", frozenset())


def drop_public_values(text: str, findings: list[Finding]) -> list[Finding]:
    """``_drop_public_values`` for ``conversation`` (the same last filter after its own rules).

    The filter keeps or drops each finding on the text and that finding's kind and span (``drop_link_values``,
    ``drop_named_numbers``: each early return keeps what the filter would keep anyway). So findings that
    ``scan_inbound`` already kept for an equal text are kept again, and the chat path, whose findings are
    most often just those, skips the second filtering (session 12, guardspeed9: ~1-2 µs a message with a
    secret; tests/guard/test_speed_equivalents_guardspeed9.py). Round 16's key-id rule also counts the
    other findings (a key id is public only alone): there the shortcut can keep a finding the filter
    would drop from a smaller set, never drop one it would keep: it errs towards redacting."""
    last_text, last_found = _last_kept
    if (last_text is text or last_text == text) and all(f in last_found for f in findings):
        return list(findings)
    return _drop_public_values(text, findings)


def redact(text: str, findings: list[Finding]) -> InboundResult:
    """``text`` with the given spans (of the original text) replaced by markers, merged.

    For callers that decide a span themselves (``conversation``: a phrase split over messages).
    """
    merged = _merge(findings)
    if not merged:
        return InboundResult(text, ())
    redacted, _ = _redact(text, merged)
    return InboundResult(redacted, tuple(merged))


def mask_markers(text: str) -> str:
    """``text`` with its redaction markers blanked out (same length), so nothing matches them."""
    return _mask_markers(text)
