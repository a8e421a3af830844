"""``first_per_code``: the one loop that keeps the first ask of each refusal code (round 18 made the
four copies in ``outbound`` and ``outbound_intent15``/``16`` one helper)."""

from __future__ import annotations

from app.guard.outbound_asks9 import Ask9, first_per_code


def test_the_first_ask_of_each_code_in_order() -> None:
    asks = [Ask9("a", 0, 1, False), Ask9("b", 2, 3, False), Ask9("a", 4, 5, True)]
    assert first_per_code(asks) == asks[:2]


def test_codes_already_found_are_skipped_and_the_set_grows() -> None:
    found = {"a"}
    asks = [Ask9("a", 0, 1, False), Ask9("b", 2, 3, False)]
    assert first_per_code(asks, found) == [asks[1]]
    assert found == {"a", "b"}


def test_a_dropped_ask_leaves_its_code_to_a_later_one() -> None:
    """A negated ask does not stand, so the next ask of its code may (what the caller's negation
    test needs)."""
    asks = [Ask9("a", 0, 1, False), Ask9("a", 4, 5, False)]
    assert first_per_code(asks, keep=lambda a: a.start > 0) == [asks[1]]
