"""Property tests: the guard never raises, is idempotent and never lets a secret through.

Hypothesis runs derandomized (the same examples on every run, phrases from its own bytes rather
than the OS's random source): a failure is reproducible and the suite is never flaky.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from app.guard import FINDING_KINDS, VIOLATION_CODES, check_outbound, scan_inbound
from app.guard.base58 import b58check_encode

EN = Mnemonic("english")
ZH = Mnemonic("chinese_simplified")
MARKER = re.compile(r"\[redacted:([a-z_]+)\]")


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=400)
_NOISE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "'; DROP TABLE users; --",
        "\x00\x01\x1b[31m",
        "密码",
        "password is",
        "code: ",
        "[redacted:password]",
        "1. ",
        "tx hash ",
        "\u202e\u200b",
    ]
)
_MIXED = st.lists(
    st.one_of(_TEXT, _NOISE, st.sampled_from(EN.wordlist), st.sampled_from(ZH.wordlist)), max_size=60
)


@settings(
    derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_MIXED)
def test_never_raises_and_is_idempotent(parts: list[str]) -> None:
    text = " ".join(parts)
    first = scan_inbound(text)
    assert all(f.kind in FINDING_KINDS for f in first.findings)
    assert all(0 <= f.start < f.end <= len(text) for f in first.findings)
    again = scan_inbound(first.text)
    assert again.findings == ()
    assert again.text == first.text


@settings(derandomize=True, max_examples=10, deadline=None)
@given(
    st.text(max_size=200).map(
        lambda s: (s * (100_000 // max(1, len(s)) + 1))[:100_000] if s else "x" * 100_000
    )
)
def test_huge_inputs(text: str) -> None:
    scan_inbound(text)


def _secret_cases() -> st.SearchStrategy[tuple[str, str]]:
    pw = st.text(
        st.sampled_from("abcdefghkmnpqrstuvwxyzABCDEFGH23456789!#%&"), min_size=8, max_size=16
    ).filter(lambda s: any(c.isdigit() for c in s))
    code = st.integers(0, 999_999).map(lambda n: f"{n:06d}")
    hexkey = st.binary(min_size=32, max_size=32).map(bytes.hex)
    return st.one_of(
        st.builds(
            lambda e: (p := EN.to_mnemonic(e), f"my seed phrase: {p}"), st.binary(min_size=16, max_size=16)
        ),
        st.builds(lambda p: (p, f"my password is {p}"), pw),
        st.builds(lambda p: (p, f"密码：{p}"), pw),
        st.builds(lambda c: (c, f"verification code is {c}"), code),
        st.builds(lambda c: (c, f"谷歌验证码 {c}"), code),
        st.builds(lambda k: (k, f"private key {k}"), hexkey),
        st.builds(
            lambda b: (w := b58check_encode(b"\x80" + b + b"\x01"), f"wif {w}"),
            st.binary(min_size=32, max_size=32),
        ),
    )


@settings(derandomize=True, max_examples=300, deadline=None)
@given(_secret_cases(), st.text(max_size=80), st.text(max_size=80))
def test_secret_never_survives(case: tuple[str, str], before: str, after: str) -> None:
    secret, phrase = case
    assume(secret not in before and secret not in after)
    text = f"{before}\n{phrase}\n{after}"
    result = scan_inbound(text)
    assert secret not in MARKER.sub(" ", result.text)


@settings(
    derandomize=True, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_MIXED)
def test_check_outbound_never_raises_on_mixed_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for v in check_outbound(text):
        assert v.code in VIOLATION_CODES
        assert 0 <= v.start < v.end <= len(text)
