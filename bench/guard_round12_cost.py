"""What round 12's inbound rules add to a customer message's scan, measured in one process.

    python bench/guard_round12_cost.py                    # ordinary messages, then every customer message
    python bench/guard_round12_cost.py --roles ordinary   # one role

``guard_speed.py`` compares whole guards (this worktree against a git revision) and needs the bench
lock; this isolates round 12: ``scan_inbound`` and ``scan_conversation`` (6 messages before) on the
customer messages of the tuning batches (``_ab.TUNING``), with round 12's two entry points
(``inbound.find_round12``, ``conversation.corrected_word``) switched on and off by patching, on and
off interleaved per message in alternating order, best of 3 calls each (the loop: ``_ab``). The
difference is the rules' own cost plus the fixpoint passes their new findings cause. The blind
batches (``_ab.BLIND``) are never read. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import customer_messages, header, measure_all  # noqa: E402

import app.guard.conversation as conversation  # noqa: E402
import app.guard.inbound as inbound  # noqa: E402
from app.guard import scan_conversation, scan_inbound  # noqa: E402


def measure(msgs: list[str]) -> None:
    real_rules = getattr(inbound, "find_round12")  # noqa: B009  (patched below: looked up by name)
    real_fix = getattr(conversation, "corrected_word")  # noqa: B009

    def switch(on: bool) -> None:
        setattr(inbound, "find_round12", real_rules if on else (lambda _text, _typed, again=False: []))  # noqa: B010
        setattr(conversation, "corrected_word", real_fix if on else (lambda _text, _earlier: None))  # noqa: B010

    sets: tuple[tuple[str, Callable[[int], object]], ...] = (
        ("scan_inbound", lambda i: scan_inbound(msgs[i])),
        ("scan_conversation", lambda i: scan_conversation(msgs[i], msgs[max(0, i - 6) : i])),
    )
    measure_all(sets, len(msgs), switch)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--roles", action="append", help="ordinary, secrets, inbound, conversations")
    args = ap.parse_args()
    every = ("secrets", "ordinary", "inbound", "conversations")
    groups = [(r,) for r in args.roles] if args.roles else [("ordinary",), every]
    print(header("messages", "round 12"))
    for roles in groups:
        print(f"| **{'+'.join(roles)}** | | | | | |")
        measure(customer_messages(roles))
    print(f"\n(python {sys.version.split()[0]}; best of 3 per message, on/off interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
