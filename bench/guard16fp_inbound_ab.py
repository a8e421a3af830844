"""What guard16fp's last inbound filter adds to a customer message's scan, measured in one process.

    python bench/guard16fp_inbound_ab.py                    # ordinary messages, then every customer message
    python bench/guard16fp_inbound_ab.py --roles ordinary   # one role

The loop of ``guard_r15_inbound_ab.py`` (``_ab``): ``scan_inbound`` and ``scan_conversation`` (6 messages
before) on the customer messages of the tuning batches (``_ab.TUNING``), with the public-value filter
(``inbound._drop_public_values`` and ``conversation.drop_public_values``: ``link_values`` +
``named_numbers``) switched on and off by patching, interleaved per message, best of 3 calls each.
The seed_zh change (spaced words followed by words of other sizes) is inside a function and not
switched. Prints only; tests never assert on timing.
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
import app.guard.r13_split as r13_split  # noqa: E402
from app.guard import scan_conversation, scan_inbound  # noqa: E402


def measure(msgs: list[str]) -> None:
    real_in = getattr(inbound, "_drop_public_values")  # noqa: B009  (patched below: looked up by name)
    real_conv = getattr(conversation, "drop_public_values")  # noqa: B009

    def switch(on: bool) -> None:
        setattr(inbound, "_drop_public_values", real_in if on else (lambda _t, f: f))  # noqa: B010
        setattr(conversation, "drop_public_values", real_conv if on else (lambda _t, f: f))  # noqa: B010

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
    print(header("messages", "guard16fp filter"))
    for roles in groups:
        print(f"| **{'+'.join(roles)}** | | | | | |")
        measure(customer_messages(roles))
    print(f"\n(python {sys.version.split()[0]}; best of 3 per message, on/off interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
