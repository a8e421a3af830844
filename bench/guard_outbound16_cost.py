"""What guard16safe's clearing of safe replies (``outbound_safe16``) costs per reply: an in-process A/B.

    python bench/guard_outbound16_cost.py

As ``bench/guard_outbound15_cost.py``: ``check_outbound`` and ``review_outbound`` over every scam and
safe reply of the tuning batches (``_ab.TUNING``) and one 2,000-character reply per language, with
``clears16`` and the look-alike's 登录-noun check (``link_warnings._login_details_forbidden``) on and off,
interleaved three times, best of 3 calls per reply. The machine is shared: run it twice and give
``uptime`` beside the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (str(ROOT), str(ROOT / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)

from guard_outbound14_cost import whole_set_main  # noqa: E402

from app.guard import link_warnings, outbound  # noqa: E402

_REAL = (outbound.clears16, link_warnings._login_details_forbidden)


def switch(on: bool) -> None:
    outbound.clears16 = _REAL[0] if on else (lambda low, code, start, end: False)  # type: ignore[assignment]
    link_warnings._login_details_forbidden = (  # type: ignore[assignment]
        _REAL[1] if on else (lambda low, lo, verb, verb_end: False)
    )


if __name__ == "__main__":
    whole_set_main("guard16safe", switch)
