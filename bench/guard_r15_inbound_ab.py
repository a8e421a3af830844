"""What round 15's inbound rules add to a customer message's scan, measured in one process.

    python bench/guard_r15_inbound_ab.py                    # ordinary messages, then every customer message
    python bench/guard_r15_inbound_ab.py --roles ordinary   # one role

A copy of ``guard_r14_inbound_ab.py`` (session 11, guard15in): ``scan_inbound`` and
``scan_conversation`` (6 messages before) on the customer messages of the tuning batches r1-r21, with
round 15's entry point (``inbound.find_round15``) switched on and off by patching, on and off
interleaved per message in alternating order, best of 3 calls each. (Round 15's one-alternative change
to ``r13_split._LAST_IS``, "the last one <word>", is not switched: it is inside a regex that runs
only after its own cues.) ``r13_split`` caches
each message's wordlist runs (a message is read again as an earlier message of the next few):
before every timed call that cache is emptied and filled with the earlier messages only (not
timed), so the new message's own runs are paid in every call, as on the server's chat path. Only
r1-r21 are read (r22 and later are blind batches). Prints only; tests never assert on timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.guard.inbound as inbound  # noqa: E402
import app.guard.r13_split as r13_split  # noqa: E402
from app.guard import scan_conversation, scan_inbound  # noqa: E402

BATCHES = ROOT / "bench" / "corpus" / "guard_batches"
TUNING = tuple(f"r{i}" for i in range(1, 22))
OPEN, CLOSE = "\u27e6", "\u27e7"


def messages(roles: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for batch in TUNING:
        for path in sorted((BATCHES / batch).glob("*_*.txt")):
            if path.stem.split("_")[0] not in roles:
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                line = raw.replace(OPEN, "").replace(CLOSE, "").replace("\\n", "\n")
                if not line.strip() or line.startswith("#"):
                    continue
                head, sep, rest = line.partition("|")
                out.append(rest if sep and head.replace("_", "").isalnum() and head.islower() else line)
    return out


def _prepare(msgs: list[str], i: int) -> None:
    r13_split._runs.cache_clear()
    for earlier in msgs[max(0, i - 6) : i]:
        r13_split._runs(earlier)


def _best(call: Callable[[int], object], i: int, msgs: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        _prepare(msgs, i)
        start = time.perf_counter()
        call(i)
        best = min(best, time.perf_counter() - start)
    return best


def measure(msgs: list[str]) -> None:
    real_rules = getattr(inbound, "find_round15")  # noqa: B009  (patched below: looked up by name)

    def switch(on: bool) -> None:
        setattr(inbound, "find_round15", real_rules if on else (lambda _text: []))  # noqa: B010

    sets: tuple[tuple[str, Callable[[int], object]], ...] = (
        ("scan_inbound", lambda i: scan_inbound(msgs[i])),
        ("scan_conversation", lambda i: scan_conversation(msgs[i], msgs[max(0, i - 6) : i])),
    )
    try:
        for name, call in sets:
            with_rules = without = 0.0
            for i in range(len(msgs)):
                for on in ((True, False) if i % 2 else (False, True)):
                    switch(on)
                    took = _best(call, i, msgs)
                    if on:
                        with_rules += took
                    else:
                        without += took
            n = len(msgs)
            print(
                f"| {name} | {n} | {with_rules / n * 1e6:.1f} | {without / n * 1e6:.1f} | "
                f"{with_rules / without:.3f} | {(with_rules - without) / n * 1e6:+.1f} |"
            )
    finally:
        switch(True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--roles", action="append", help="ordinary, secrets, inbound, conversations")
    args = ap.parse_args()
    every = ("secrets", "ordinary", "inbound", "conversations")
    groups = [(r,) for r in args.roles] if args.roles else [("ordinary",), every]
    print("| set | messages | round 15 on, µs mean | off, µs mean | on ÷ off | added µs |")
    print("|---|---|---|---|---|---|")
    for roles in groups:
        print(f"| **{'+'.join(roles)}** | | | | | |")
        measure(messages(roles))
    print(f"\n(python {sys.version.split()[0]}; best of 3 per message, on/off interleaved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
