"""Speed-only rewrites in round 11's rules and the learnt scorer (session 8) answer as the plain form.

Each fast form must give exactly what its definition gives: the one-scan value-token test of
``password_answers`` against the run-by-run one, the scorer's ASCII class and pattern features against
the character-by-character ones (their strings are the model's features: a different string would
change a score), and ``bare_code_context`` returning a scan without a one-time code untouched.
Hypothesis draws text from the characters that decide each answer.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from app.guard import inbound_model_spans as spans
from app.guard import password_answers
from app.guard.bare_code_context import public_number_answers
from app.guard.inbound import scan_inbound
from app.guard.types import OTP_CODE

# letters, the marks a value token needs, the "." / "-" that may stand between, and what ends a run
_MARK_TEXT = st.text(alphabet="aZ9!_#.-\\ é中" + "\n", max_size=40)
# every ASCII character and a few that are not (a token candidate is ASCII; the slow path stays)
_TOKEN_TEXT = st.text(alphabet=string.printable + "éÄ中٣", max_size=30)


@settings(max_examples=3000, deadline=None)
@given(_MARK_TEXT)
def test_value_token_scan_matches_run_by_run(text: str) -> None:
    assert password_answers._has_value_token(text) == password_answers._runs_by_letter(text)


def test_value_token_many_runs_counts_as_yes() -> None:
    text = " ".join(["1"] * (password_answers._MAX_RUNS + 1))
    assert password_answers._runs_by_letter(text) is True
    assert password_answers._has_value_token(text) is True
    fewer = " ".join(["1"] * password_answers._MAX_RUNS)
    assert password_answers._has_value_token(fewer) is password_answers._runs_by_letter(fewer) is False


@settings(max_examples=3000, deadline=None)
@given(_TOKEN_TEXT)
def test_token_classes_and_pattern_match_char_by_char(tok: str) -> None:
    assert spans.classes(tok) == spans.classes_by_char(tok)
    assert spans.pattern(tok) == spans.pattern_by_char(tok)


def test_pattern_examples() -> None:
    assert spans.pattern("LunaMoon7788") == "Aa Aa 9"
    assert spans.pattern("Feng.Yun.77") == "Aa . Aa . 9"
    assert spans.pattern("1.bulk") == "9 . a"
    assert spans.pattern("aAAb9x.y-z1") == "a Aa 9 a . a +"
    assert spans.classes("Rex&Bella2018") == "aA9."


def test_public_number_answers_leaves_a_scan_without_a_code() -> None:
    text = "my password is Maple7731x!"
    current = scan_inbound(text, learnt=False)
    assert current.findings and all(f.kind != OTP_CODE for f in current.findings)
    assert public_number_answers(text, current, "my order number") is current


def test_public_number_answers_still_takes_back_a_bare_code() -> None:
    current = scan_inbound("330285", learnt=False)
    assert [f.kind for f in current.findings] == [OTP_CODE]
    assert public_number_answers("330285", current, "my order number").findings == ()
