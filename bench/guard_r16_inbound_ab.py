"""What round 16's inbound changes add to a customer message's scan, measured in one process.

    python bench/guard_r16_inbound_ab.py                    # ordinary messages, then every customer message
    python bench/guard_r16_inbound_ab.py --roles ordinary   # one role

Like ``guard_r15_inbound_ab.py`` (the same loop: ``_ab``): ``scan_inbound`` and ``scan_conversation`` (6
messages before) on the customer messages of the tuning batches (``_ab.TUNING``), with round 16's three
entry points switched on and off together by patching: its detectors (``inbound.find_round16``), its last
filter (``inbound.drop_r16_public``) and the learnt scorer's UUID gate
(``inbound_model_gates.in_public_uuid``); on and off interleaved per message in alternating order, best of 3
calls each. The retrained weights are not switched (one model is loaded). ``r13_split``'s per-message cache
is emptied and filled with the earlier messages only before every timed call, as in round 15's bench. The
blind batches (``_ab.BLIND``) are never read. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import inbound_main  # noqa: E402

import app.guard.inbound as inbound  # noqa: E402
import app.guard.inbound_model_gates as gates  # noqa: E402
from app.guard.types import Finding  # noqa: E402


def _no_rules(_text: str, again: bool = False) -> list[object]:
    return []


def _no_filter(_text: str, found: Sequence[Finding]) -> list[Finding]:
    return list(found)


def _no_gate(_work: str, _start: int, _end: int) -> bool:
    return False


real = (
    getattr(inbound, "find_round16"),  # noqa: B009  (patched below: looked up by name)
    getattr(inbound, "drop_r16_public"),  # noqa: B009
    getattr(gates, "in_public_uuid"),  # noqa: B009
)


def switch(on: bool) -> None:
    setattr(inbound, "find_round16", real[0] if on else _no_rules)  # noqa: B010
    setattr(inbound, "drop_r16_public", real[1] if on else _no_filter)  # noqa: B010
    setattr(gates, "in_public_uuid", real[2] if on else _no_gate)  # noqa: B010


if __name__ == "__main__":
    sys.exit(inbound_main(__doc__.splitlines()[0], "round 16", switch))
