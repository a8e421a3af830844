"""What round 15's inbound rules add to a customer message's scan, measured in one process.

    python bench/guard_r15_inbound_ab.py                    # ordinary messages, then every customer message
    python bench/guard_r15_inbound_ab.py --roles ordinary   # one role

Like ``guard_r14_inbound_ab.py`` (the same loop: ``_ab``): ``scan_inbound`` and ``scan_conversation`` (6
messages before) on the customer messages of the tuning batches (``_ab.TUNING``), with round 15's entry
point (``inbound.find_round15``) switched on and off by patching, on and off interleaved per message in
alternating order, best of 3 calls each. (Round 15's one-alternative change to ``r13_split._LAST_IS``,
"the last one <word>", is not switched: it is inside a regex that runs only after its own cues.)
``r13_split`` caches each message's wordlist runs (a message is read again as an earlier message of the
next few): before every timed call that cache is emptied and filled with the earlier messages only (not
timed), so the new message's own runs are paid in every call, as on the server's chat path. The blind
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

import app.guard.inbound as inbound  # noqa: E402
import app.guard.r13_split as r13_split  # noqa: E402
from app.guard import scan_conversation, scan_inbound  # noqa: E402


def measure(msgs: list[str]) -> None:
    real_rules = getattr(inbound, "find_round15")  # noqa: B009  (patched below: looked up by name)

    def switch(on: bool) -> None:
        setattr(inbound, "find_round15", real_rules if on else (lambda _text: []))  # noqa: B010

    def prepare(i: int) -> None:
        r13_split._runs.cache_clear()
        for earlier in msgs[max(0, i - 6) : i]:
            r13_split._runs(earlier)

    sets: tuple[tuple[str, Callable[[int], object]], ...] = (
        ("scan_inbound", lambda i: scan_inbound(msgs[i])),
        ("scan_conversation", lambda i: scan_conversation(msgs[i], msgs[max(0, i - 6) : i])),
    )
    measure_all(sets, len(msgs), switch, prepare)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--roles", action="append", help="ordinary, secrets, inbound, conversations")
    args = ap.parse_args()
    every = ("secrets", "ordinary", "inbound", "conversations")
    groups = [(r,) for r in args.roles] if args.roles else [("ordinary",), every]
    print(header("messages", "round 15"))
    for roles in groups:
        print(f"| **{'+'.join(roles)}** | | | | | |")
        measure(customer_messages(roles))
    print(f"\n(python {sys.version.split()[0]}; best of 3 per message, on/off interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
