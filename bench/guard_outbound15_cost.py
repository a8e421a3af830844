"""What round 15's outbound reading (``outbound_intent15``) costs per reply: an in-process A/B.

    python bench/guard_outbound15_cost.py

As ``bench/guard_outbound14_cost.py`` (whose reply loader and timer it reuses): ``check_outbound`` and
``review_outbound`` over every scam and safe reply of the tuning batches (``_ab.TUNING``) and one
2,000-character reply per language, with round 15's asks (``intent15_asks``) and clearing (``clears15``)
on and off, interleaved three times, best of 3 calls per reply. Round 15's growth of round 14's slot
lexicons (a few words in existing alternations) cannot be switched off and is not in the figure. The
machine is shared: run it twice and give ``uptime`` beside the figures.
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

_REAL = (outbound.intent15_asks, outbound.clears15)


def switch(on: bool) -> None:
    outbound.intent15_asks = _REAL[0] if on else (lambda low: [])  # type: ignore[assignment]
    outbound.clears15 = _REAL[1] if on else (lambda low, code, start, end: False)  # type: ignore[assignment]


if __name__ == "__main__":
    whole_set_main("round 15", switch)
