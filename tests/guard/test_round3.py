"""Issue 16, round 3: the general shapes behind r9's misses, one test per shape.

Values and wording are made up here; none is copied from a held-out batch.
"""

from __future__ import annotations

import re

import pytest

from app.guard import check_outbound, scan_conversation, scan_inbound

MARKER = re.compile(r"\[redacted:[a-z_]+\]")


def left(text: str) -> str:
    """What would be stored, markers blanked."""
    return MARKER.sub(" ", scan_inbound(text).text)


def feed(messages: list[str]) -> list[str]:
    stored: list[str] = []
    for text in messages:
        outcome = scan_conversation(text, list(stored))
        for e in outcome.earlier:
            stored[e.index] = e.result.text
        stored.append(outcome.current.text)
    return stored


# --- inbound: a masked number is never a secret --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the verification SMS never reaches 186****0423, can you check",
        "code not coming to +61 4** ***872 since the update",
        "验证码一直收不到，手机号150****7731",
        "短信验证码发到尾号****2904的手机了吗",
        "OTP goes to 07**-***-554 which I no longer have",
    ],
)
def test_masked_number_is_never_a_code(text: str) -> None:
    assert scan_inbound(text).findings == ()


def test_masked_number_after_a_code_question_in_a_conversation() -> None:
    stored = feed(["the sms code never arrives", "phone 177****3306"])
    assert stored[-1] == "phone 177****3306"


def test_a_real_code_next_to_a_masked_number_is_still_redacted() -> None:
    out = left("SMS to 136****0912 says verification code 730164")
    assert "730164" not in out and "136****0912" in out
