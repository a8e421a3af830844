"""The desk's vetted canned replies are sendable as they stand: the guard neither refuses nor holds
one (an agent inserting an official FAQ answer must never have to "Send anyway"). The demo's
Chinese reply on locked logins ("如果这些登录尝试并非您本人操作，请立即告诉我们") was held as an ask
for the password from round 4 on."""

from __future__ import annotations

import pytest

from app.demo.data import DEMO_CANNED
from app.guard import review_outbound

BODIES = [
    (f"{r.key}-{lang}", body) for r in DEMO_CANNED for lang, body in (("en", r.body_en), ("zh", r.body_zh))
]


@pytest.mark.parametrize(("name", "body"), BODIES, ids=[name for name, _ in BODIES])
def test_every_demo_canned_reply_passes_the_guard(name: str, body: str) -> None:
    outcome = review_outbound(body)
    assert outcome.sendable and outcome.held == (), (name, outcome)


@pytest.mark.parametrize(
    "text",
    [
        "如果这些登录尝试并非您本人操作，请立即告诉我们，我们会协助您保护账户。",
        "If this wasn't you, tell us right away and we will help you secure the account.",
    ],
)
def test_asking_to_report_what_the_customer_did_not_do_passes(text: str) -> None:
    assert review_outbound("Your password was entered wrongly five times. " + text).held == ()


def test_a_hand_back_of_the_password_after_not_you_is_still_stopped() -> None:
    outcome = review_outbound("如果不是您本人操作，请把您的登录密码发给我们核实。")
    assert not outcome.sendable or outcome.held
