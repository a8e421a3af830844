"""Session 12 (guardspeed9): each speed-only change compared with the form it replaced.

The replaced forms are copied here as they were on c6dcb19 (``_old_*``); every test fails if the fast
form answers differently from the plain one:

- ``label_value.label_kinds`` asks ``_TOTP_LABEL`` / ``_API_LABEL`` only when a cue literal is in the text;
- ``fold.fold_inbound`` keeps its last answers by value as well as by object;
- ``inbound.drop_public_values`` keeps, without filtering again, findings ``scan_inbound`` kept for an
  equal text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import conversation, fold, inbound, label_value, scan_conversation, scan_inbound
from app.guard.textutil import ascii_lower
from app.guard.types import HIGH, OTP_CODE, PASSWORD, TOTP_SECRET, Finding
from tests.guard.corpus_lines import customer_lines

_LINES = customer_lines()


# --- label_kinds: the cue literals ------------------------------------------------------------------


def _old_label_kinds(text: str) -> tuple[str, ...]:
    """``label_kinds`` as on c6dcb19 (uncached, every pattern searched)."""
    if not text or len(text) > label_value.MAX_LABEL_MESSAGE or "[redacted:" in text:
        return ()
    low = ascii_lower(text)
    kinds: list[str] = []
    if label_value._TOTP_LABEL.search(low):
        kinds.append(label_value.TOTP_SECRET)
    if label_value._API_LABEL.search(low):
        kinds.append(label_value.API_SECRET)
    if label_value._PASSWORD_LABEL.search(low):
        kinds.append(label_value.PASSWORD)
    code = label_value._CODE_LABEL.search(low)
    if (
        code is not None
        and label_value._OTHER_OWNER.search(low, max(0, code.start() - 20), code.start()) is None
    ):
        kinds.append(label_value.OTP_CODE)
    return tuple(kinds)


# one text per live alternative of each pattern (so that a cue missing from the list fails below). The
# first alternative of ``_TOTP_LABEL`` ("2fa … key") never matches: ``compile_ascii`` reads its second
# ``\b`` as a word's end, before a word ("the mfa secret is" is no match); its cues are kept all the same.
_TOTP_EXAMPLES = (
    "my 2fa backup key",
    "authenticator",
    "google auth setup string",
    "setup key",
    "backup thing",
    "recovery string",
    "谷歌验证器",
    "验证器",
    "二维码",
    "2fa 密钥",
    "谷歌验证密钥",
    "身份验证器",
    "ga验证的那串",
    "google 验证",
)
_API_EXAMPLES = (
    "api",
    "my secret key",
    "api key",
    "passphrase",
    "pass phrase",
    "密码短语",
    "口令短语",
    "密钥",
    "秘钥",
    "xsecretx",
)


def test_every_alternative_has_a_cue() -> None:
    assert label_value._TOTP_LABEL.search("the mfa secret is") is None  # (the dead alternative, above)
    for text in _TOTP_EXAMPLES:
        assert label_value._TOTP_LABEL.search(text) is not None, text
        assert any(cue in text for cue in label_value.TOTP_CUES), text
    for text in _API_EXAMPLES:
        assert label_value._API_LABEL.search(text) is not None, text
        assert any(cue in text for cue in label_value.API_CUES), text


def test_label_kinds_as_before_on_every_customer_line() -> None:
    label_value.label_kinds.cache_clear()
    checked = 0
    for line in _LINES:
        for text in (line, line.lower(), line.upper(), line[:140]):
            assert label_value.label_kinds(text) == _old_label_kinds(text), text
            checked += 1
    assert checked > 40_000


_PIECES = (
    *_TOTP_EXAMPLES,
    *_API_EXAMPLES,
    "2f",
    "fa",
    "goo",
    "gle",
    "auth",
    "back",
    "up",
    "set",
    "rec",
    "验",
    "证",
    "器",
    "二维",
    "密",
    "钥",
    "ap",
    "pi",
    "sec",
    "ret",
    "pas",
    "s",
    "phrase",
    " ",
    "\n",
    "ſ",
    "K",
    "İ",
    "a",
    "1",
    "：",
    "code",
    "password",
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join) | st.text(max_size=80))
def test_no_cue_no_match(text: str) -> None:
    low = ascii_lower(text)
    if not any(cue in low for cue in label_value.TOTP_CUES):
        assert label_value._TOTP_LABEL.search(low) is None
    if not any(cue in low for cue in label_value.API_CUES):
        assert label_value._API_LABEL.search(low) is None
    label_value.label_kinds.cache_clear()
    assert label_value.label_kinds(text) == _old_label_kinds(text)


# --- fold_inbound: answers kept by value ----------------------------------------------------------


def test_fold_by_value_as_a_fresh_fold_on_every_customer_line() -> None:
    for line in _LINES:
        for text in (line, (line + " ")[:-1], inbound.mask_markers(line)):
            assert fold.fold_inbound(text) == fold._fold_inbound(text), text
            copy = (text + "x")[:-1]  # an equal text, another object: answered by value
            assert fold.fold_inbound(copy) == fold._fold_inbound(copy), text
    assert len(fold._by_value) <= fold._VALUE_FOLDS


def test_fold_by_value_is_the_equal_texts_answer() -> None:
    text = "ｍｙ ｐａｓｓｗｏｒｄ is Ｓｕｎｎｙ２０２４ and the 2 f a code"
    first = fold.fold_inbound(text)
    other = "".join(list(text))
    assert other is not text
    assert fold.fold_inbound(other) == first == fold._fold_inbound(other)
    for i in range(3 * fold._VALUE_FOLDS):  # eviction: the cache stays bounded and right
        t = f"message {i} ｗｉｔｈ full-width {i}"
        assert fold.fold_inbound(t) == fold._fold_inbound(t)
    assert len(fold._by_value) <= fold._VALUE_FOLDS
    assert fold.fold_inbound((text + " ")[:-1]) == fold._fold_inbound(text)


_FOLD_PIECES = ("a", "ｂ", " ", "\u200b", "p a s s", "2 f a", "0", "Ａ", "密碼", "\ue000", "\n", "о")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FOLD_PIECES), max_size=5).map("".join), min_size=1, max_size=60))
def test_fold_by_value_on_generated_sequences(texts: list[str]) -> None:
    """Equal and near-equal texts folded in any order, as new objects: each as a fresh fold."""
    for text in texts:
        copy = (text + "x")[:-1]
        assert fold.fold_inbound(copy) == fold._fold_inbound(copy), repr(text)
    assert len(fold._by_value) <= fold._VALUE_FOLDS


def test_fold_by_value_gives_a_text_that_folds_to_itself_back_as_the_callers_object() -> None:
    """(Not a verdict: the detectors' identity-keyed caches need ``work`` to be the object ``_detect``
    masked; another equal object made the chat scan 10 % slower.)"""
    text = "plain ascii text that folds to itself"
    fold.fold_inbound(text)
    copy = (text + " ")[:-1]
    assert copy is not text
    assert fold.fold_inbound(copy).text is copy
    changed = "ｆｕｌｌ－ｗｉｄｔｈ"
    first = fold.fold_inbound(changed)
    assert fold.fold_inbound((changed + " ")[:-1]) == first


# --- drop_public_values: findings scan_inbound kept -------------------------------------------------


def _old_drop_public_values(text: str, findings: list[Finding]) -> list[Finding]:
    """The whole last filter without the shortcut (rounds 16 and 17 added to it after guardspeed9)."""
    return inbound._drop_public_values(text, findings)


def test_drop_public_values_as_the_filter_after_scan_inbound() -> None:
    fast = 0
    for line in _LINES:
        found = list(scan_inbound(line).findings)
        if not found:
            continue
        for findings in (found, found[:1], found[::-1]):
            last_text, last_found = inbound._last_kept
            fast += last_text == line and all(f in last_found for f in findings)
            assert inbound.drop_public_values(line, findings) == _old_drop_public_values(line, findings), line
        # findings that were not scan_inbound's go through the filter
        extra = [*found, Finding(OTP_CODE, HIGH, 0, min(len(line), 6)), Finding(TOTP_SECRET, HIGH, 0, 1)]
        assert inbound.drop_public_values(line, extra) == _old_drop_public_values(line, extra), line
        copy = (line + " ")[:-1]
        assert inbound.drop_public_values(copy, found) == _old_drop_public_values(copy, found), line
    assert fast > 5_000  # the fast path was taken (the comparisons above are not all the slow one)


def test_drop_public_values_filters_what_scan_inbound_did_not_keep() -> None:
    text = "block height 8812345 and my password is Sunny2024 see https://help.example.com/x?code=123456"
    kept = scan_inbound(text).findings
    host = text.index("help.example.com")
    number = text.index("8812345")
    mine = [
        Finding(PASSWORD, HIGH, host, host + len("help.example.com")),
        Finding(OTP_CODE, HIGH, number, number + 7),
    ]
    assert inbound.drop_public_values(text, mine) == _old_drop_public_values(text, mine) == []
    assert all(f in kept for f in inbound.drop_public_values(text, list(kept)))


def test_chat_scan_as_with_the_filter_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chat path (where the fast path is taken) against the same calls with the filter as before."""
    checked = 0
    for i, line in enumerate(_LINES[:6000]):
        earlier = _LINES[max(0, i - 6) : i]
        fast = scan_conversation(line, earlier)
        with monkeypatch.context() as patch:
            patch.setattr(conversation, "drop_public_values", _old_drop_public_values)
            slow = scan_conversation(line, earlier)
        assert fast == slow, line
        checked += bool(fast.current.findings)
    assert checked > 1_000
