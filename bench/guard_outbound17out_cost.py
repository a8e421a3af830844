"""What round 17's outbound slots (guard17out) cost per reply: an in-process A/B.

    python bench/guard_outbound17out_cost.py

As ``bench/guard_outbound16_cost.py``: ``check_outbound`` and ``review_outbound`` over every scam and
safe reply of the tuning batches (``_ab.TUNING``: r1-r23 until guard17in moves it; ``_ab`` is theirs)
and one 2,000-character reply per language,
with round 17's asks (``outbound_intent17.intent17_asks``) and clearing (``outbound_clears17``) on and
off, interleaved three times, best of 3 calls per reply. The retrained classifier is not switched (its
size is the same; its cost is in both arms). The machine is shared: run it twice and give ``uptime``
beside the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (str(ROOT), str(ROOT / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)

from guard_outbound14_cost import whole_set_main  # noqa: E402

from app.guard import outbound  # noqa: E402

_REAL = (outbound.intent17_asks, outbound.clears_round17)


def switch(on: bool) -> None:
    outbound.intent17_asks = _REAL[0] if on else (lambda low: [])  # type: ignore[assignment]
    outbound.clears_round17 = _REAL[1] if on else (lambda low, code, start, end: False)  # type: ignore[assignment]


if __name__ == "__main__":
    whole_set_main("round 17", switch)
