"""What one round's outbound reading costs per reply: an in-process A/B, round by round.

    python bench/guard_outbound_cost.py 18          # round 18 (guard18out)
    python bench/guard_outbound_cost.py 16safe      # any round of ``ROUNDS``
    python bench/guard_outbound_cost.py 20          # round 20 (guard20out)

``check_outbound`` and ``review_outbound`` (with the classifier) over every scam and safe reply of the
tuning batches (``_ab.TUNING``, never ``_ab.BLIND``) and one 2,000-character reply per language, with
the round's entry points (``ROUNDS``) on and off, interleaved three times, best of 3 calls per reply.
A round's growth of older lexicons (a few words in existing alternations) and a retrained classifier
cannot be switched off and are in both arms. The machine is shared: run it twice and give ``uptime``
beside the figures; compare with main's tree in the same run with ``bench/guard_heldout.py`` (its
"outbound µs" column) or ``bench/guard_cost_budget.py`` for the whole change.

Round 18 (guard18out) made this one bench of the six files that each held one round's switch behind
the same preamble (``guard_outbound14_cost.py``, ``15``, ``16`` (guard16safe), ``16out``, ``17out``):
``python bench/guard_outbound_cost.py 14`` is what ``guard_outbound14_cost.py`` printed, and so on.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Final

ROOT = Path(__file__).resolve().parents[1]
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from _ab import BATCHES, TUNING  # noqa: E402
from guard_heldout import micros  # noqa: E402

from app.guard import (  # noqa: E402
    check_outbound,
    link_warnings,
    outbound,
    outbound_hand_backs,
    outbound_review,
    review_outbound,
)


def _no_asks(low: str) -> list[object]:
    return []


def _no_clear(low: str, code: str, start: int, end: int) -> bool:
    return False


def _no_login_details(low: str, lo: int, verb: int, verb_end: int) -> bool:
    return False


def _no_span_clear(low: str, lo: int, hi: int) -> bool:
    return False


#: per round, the entry points switched off: (module, attribute, what stands in for it)
ROUNDS: Final[dict[str, tuple[tuple[ModuleType, str, Callable[..., object]], ...]]] = {
    "14": ((outbound, "intent_asks", _no_asks), (outbound_review, "coercion", _no_asks)),
    "15": ((outbound, "intent15_asks", _no_asks), (outbound, "clears15", _no_clear)),
    "16safe": (
        (outbound, "clears16", _no_clear),
        (link_warnings, "_login_details_forbidden", _no_login_details),
    ),
    "16": ((outbound, "intent16_asks", _no_asks), (outbound, "clears_round16", _no_clear)),
    "17": ((outbound, "intent17_asks", _no_asks), (outbound, "clears_round17", _no_clear)),
    "18": (
        (outbound, "intent18_asks", _no_asks),
        (outbound_hand_backs, "public_api_key", _no_span_clear),
        (outbound_hand_backs, "others_ask", _no_span_clear),
    ),
    # round 20 (guard20out): its asks and clears; the grown ``FORBIDDEN_AFTER`` and ``public_api_key`` are in
    # both arms
    "20": ((outbound, "round20_asks", _no_asks), (outbound, "clears_round20", _no_clear)),
}


def switcher(round_: str) -> Callable[[bool], None]:
    """Turns the round's entry points on (the real ones) or off (``ROUNDS``' stand-ins)."""
    patches = ROUNDS[round_]
    real = [getattr(module, name) for module, name, _ in patches]

    def switch(on: bool) -> None:
        for (module, name, off), fn in zip(patches, real, strict=True):
            setattr(module, name, fn if on else off)

    return switch


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
    """Mean and p99 of the best of 3 calls per text, in µs (``guard_heldout.micros``' timer)."""
    best = sorted(micros(fn, texts))
    return sum(best) / len(best), best[int(len(best) * 0.99)]


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
    parser = argparse.ArgumentParser(description="What one round's outbound reading costs per reply.")
    parser.add_argument("round", choices=sorted(ROUNDS), help="the round whose reading is switched")
    args = parser.parse_args()
    whole_set_main(f"round {args.round}", switcher(args.round))
