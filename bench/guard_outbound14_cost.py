"""What round 14's outbound reading (``outbound_intent14``) costs per reply: an in-process A/B.

    python bench/guard_outbound14_cost.py

``check_outbound`` and ``review_outbound`` (with the classifier) over every scam and safe reply of
the tuning batches (``_ab.TUNING``), with round 14's asks (``intent_asks``) and threat holds (``coercion``)
on and off, interleaved three times, best of 3 calls per reply; then one 2,000-character reply per
language. The "off" side keeps round 14's clearing of verdicts (``clears14``, which only runs on a
verdict) and the split modules, so it measures the reading itself. The machine is shared: run it
twice and give ``uptime`` beside the figures; compare with main's tree in the same run with
``bench/guard_heldout.py`` (its "outbound µs" column) for the whole change.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from _ab import BATCHES, TUNING  # noqa: E402

from app.guard import check_outbound, outbound, outbound_review, review_outbound  # noqa: E402

LABEL = re.compile(r"^([a-z0-9_]+)\|(.*)$", re.S)


def replies() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"en": [], "zh": []}
    for batch in TUNING:  # never a blind batch (_ab.BLIND)
        for path in sorted((BATCHES / batch).glob("*_*.txt")):
            role, lang = path.stem.split("_")[0], path.stem.split("_")[-1]
            if role not in ("scams", "replies") or lang not in out:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    m = LABEL.match(line)
                    out[lang].append((m.group(2) if m else line).replace("\\n", "\n"))
    return out


def best_micros(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """Mean and p99 of the best of 3 calls per text, in µs."""
    best: list[float] = []
    for text in texts:
        b = float("inf")
        for _ in range(3):
            t0 = time.perf_counter_ns()
            fn(text)
            b = min(b, time.perf_counter_ns() - t0)
        best.append(b / 1000)
    best.sort()
    return sum(best) / len(best), best[int(len(best) * 0.99)]


def switch(on: bool) -> None:
    outbound.intent_asks = _REAL[0] if on else (lambda low: [])  # type: ignore[assignment]
    outbound_review.coercion = _REAL[1] if on else (lambda low: [])  # type: ignore[assignment]


_REAL = (outbound.intent_asks, outbound_review.coercion)


def whole_set_main(what: str, switch: Callable[[bool], None]) -> None:
    """One table: ``check_outbound`` and ``review_outbound`` per language on the batch replies and on a
    2,000-character reply, ``what`` switched on and off by ``switch`` (the outbound cost benches' loop)."""
    texts = replies()
    texts_long = {
        "en": [("Thanks for waiting, we are checking the deposit with the network team now. " * 30)[:2000]],
        "zh": [("感谢您的耐心等待，我们正在和网络团队核实这笔充值的情况。" * 80)[:2000]],
    }
    print(f"| lang | call | replies | {what} on: µs mean / p99 | off: µs mean / p99 | on ÷ off | + µs |")
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
    whole_set_main("round 14", switch)
