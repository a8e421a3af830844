"""The supervisor's macro form and the protocol's steps (app/policies/macro_form.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.policies.macro_form import MacroForm, form_of, parse_tags, problems, steps_of
from app.protocol import macros as pmac


def test_a_form_becomes_steps_in_the_one_order_and_reads_back():
    form = MacroForm(name="Chain delay", canned_key="deposits.delay", status="pending", priority="high",
                     add_tags=parse_tags("chain_delay, 链上延迟，chain_delay"), assign="")
    steps = steps_of(form)
    assert [type(s).__name__ for s in steps] == ["ReplyStep", "TagsStep", "PriorityStep", "StatusStep",
                                                "AssignStep"]
    assert steps[1] == pmac.TagsStep(add=["chain_delay", "链上延迟"], remove=[])
    assert steps[4] == pmac.AssignStep(assignee=None)  # "" unassigns
    macro = pmac.Macro(id=1, name=form.name, steps=steps, created_by="sam", updated_by="sam",
                       updated_at=datetime.now(UTC))
    assert form_of(macro) == form and problems(form) == []


def test_what_the_form_refuses():
    assert problems(MacroForm()) == ["name_missing", "no_steps"]
    transfer = MacroForm(name="To KYC", transfer_team="kyc")
    assert problems(transfer) == ["transfer_note_missing"]
    both = MacroForm(name="x", transfer_team="kyc", transfer_note="docs", assign="ann")
    assert "assign_and_transfer" in problems(both)
    assert steps_of(both)[-1] == pmac.TransferStep(team="kyc", note="docs")
