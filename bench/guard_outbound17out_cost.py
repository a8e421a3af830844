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

from guard_outbound14_cost import best_micros, replies  # noqa: E402

from app.guard import check_outbound, outbound, review_outbound  # noqa: E402

_REAL = (outbound.intent17_asks, outbound.clears_round17)


def switch(on: bool) -> None:
    outbound.intent17_asks = _REAL[0] if on else (lambda low: [])  # type: ignore[assignment]
    outbound.clears_round17 = _REAL[1] if on else (lambda low, code, start, end: False)  # type: ignore[assignment]


def main() -> None:
    texts = replies()
    texts_long = {
        "en": [("Thanks for waiting, we are checking the deposit with the network team now. " * 30)[:2000]],
        "zh": [("感谢您的耐心等待，我们正在和网络团队核实这笔充值的情况。" * 80)[:2000]],
    }
    print("| lang | call | replies | round 17 on: µs mean / p99 | off: µs mean / p99 | on ÷ off | + µs |")
    print("|---|---|---|---|---|---|---|")
    for lang, ts in texts.items():
        for name, fn in (("check_outbound", check_outbound), ("review_outbound", review_outbound)):
            for label, sample in (("batch replies", ts), ("2,000 chars", texts_long[lang] * 50)):
                on = [0.0, 0.0]
                off = [0.0, 0.0]
                for _ in range(3):
                    for flag, acc in ((True, on), (False, off)):
                        switch(flag)
                        mean, p99 = best_micros(fn, sample)
                        acc[0] += mean / 3
                        acc[1] += p99 / 3
                switch(True)
                cells = f"{on[0]:.1f} / {on[1]:.0f} | {off[0]:.1f} / {off[1]:.0f}"
                ratio = f"{on[0] / off[0]:.3f} | {on[0] - off[0]:+.1f}"
                print(f"| {lang} | {name}, {label} | {len(sample)} | {cells} | {ratio} |")
    print(f"\n(python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
