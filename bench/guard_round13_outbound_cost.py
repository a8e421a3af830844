"""What round 13's outbound rules add to an agent reply's check, measured in one process.

    python bench/guard_round13_outbound_cost.py            # batch replies and scams of the tuning batches
    python bench/guard_round13_outbound_cost.py --long     # also 2,000-character replies

``guard_speed.py`` compares whole guards (this worktree against a git revision) and needs the bench
lock; this isolates round 13: ``check_outbound`` on the agent replies and scam replies of the tuning
batches (``_ab.TUNING``) with round 13's two entry points (``outbound.round13_asks``,
``outbound.advice_about``)
switched on and off by patching, on and off interleaved per reply in alternating order, best of 3
calls each (the loop: ``_ab``). The explorer list adds work only to a link outside the official
domains (a second allowlist and look-alike test), which is not switched off here. The blind batches
(``_ab.BLIND``) are never read. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import BATCHES, TUNING, header, measure_all  # noqa: E402

import app.guard.outbound as outbound  # noqa: E402
from app.guard import check_outbound  # noqa: E402

LABEL = re.compile(r"^([a-z0-9_]+)\|(.*)$", re.S)


def replies(lang: str) -> list[str]:
    out: list[str] = []
    for batch in TUNING:
        for role in ("replies", "scams"):
            path = BATCHES / batch / f"{role}_{lang}.txt"
            if not path.exists():
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                m = LABEL.match(raw) if role == "scams" else None
                out.append((m.group(2) if m else raw).replace("\\n", "\n"))
    return out


def long_replies(texts: list[str], n: int = 150, size: int = 2000) -> list[str]:
    out, i = [], 0
    while len(out) < n:
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(texts[i % len(texts)])
            i += 7
        out.append(" ".join(parts)[:size])
    return out


def measure(name: str, texts: list[str]) -> None:
    real_asks = getattr(outbound, "round13_asks")  # noqa: B009  (patched below: looked up by name)
    real_advice = getattr(outbound, "advice_about")  # noqa: B009

    def switch(on: bool) -> None:
        setattr(outbound, "round13_asks", real_asks if on else (lambda _low: []))  # noqa: B010
        setattr(outbound, "advice_about", real_advice if on else (lambda _low, _code, _a, _b: False))  # noqa: B010

    measure_all(((name, lambda i: check_outbound(texts[i])),), len(texts), switch)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", action="store_true", help="also 2,000-character replies")
    args = ap.parse_args()
    print(header("replies", "round 13"))
    for lang in ("en", "zh"):
        texts = replies(lang)
        measure(f"check_outbound, batch replies + scams {lang}", texts)
        if args.long:
            measure(f"check_outbound, 2,000 chars {lang}", long_replies(texts))
    print(f"\n(python {sys.version.split()[0]}; best of 3 per reply, on/off interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
