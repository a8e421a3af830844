"""The A/B timing loop the round-cost benches share: one guard, some entry points switched on and off.

``guard_round12_cost.py``, ``guard_round13_cost.py`` and ``guard_round13_outbound_cost.py`` each
measure what one round's rules add to a scan by patching the round's entry points out and in, in one
process. They repeated the same loop (session 11, guardspeed8: factored out here):

- every item is timed with the rules on and off, the two interleaved per item, in alternating order
  (on first for odd items, off first for even ones), so a drift of the machine's speed falls on both;
- each timing is the best of ``ROUNDS`` calls, with an optional ``prepare(i)`` before each call that
  is not timed (``guard_round13_cost``: a cache emptied and filled with the earlier messages only);
- the row printed is ``| name | n | on µs mean | off µs mean | on ÷ off | added µs |``.

What they read: the customer messages or agent replies of the tuning batches ``TUNING`` (r1-r29;
r20-r26 were measured blind in sessions 10-12) and never of a batch the models have not trained on
(``BLIND``: r30-r34; r27-r29 joined the tuning batches in round 20). Prints only;
tests never assert on timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
BATCHES: Final = ROOT / "bench" / "corpus" / "guard_batches"
#: batches nobody tunes or profiles on (the next blind batches); never read here
BLIND: Final = ("r30", "r31", "r32", "r33", "r34")
#: the tuning batches the cost benches read
TUNING: Final = tuple(f"r{i}" for i in range(1, 30))
ROUNDS: Final = 3
OPEN, CLOSE = "\u27e6", "\u27e7"
HEADER_SEP: Final = "|---|---|---|---|---|---|"

if set(TUNING) & set(BLIND):  # a guard against an edit that would read a blind batch
    raise RuntimeError("a blind batch is listed among the tuning batches")


def customer_messages(roles: tuple[str, ...]) -> list[str]:
    """Every customer message of the tuning batches' ``<role>_<lang>.txt`` files for ``roles``, as
    the batch loaders read it (⟦ ⟧ marks dropped, ``\\n`` a line break, a ``label|`` prefix dropped)."""
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


def best(call: Callable[[], object], prepare: Callable[[], object] | None = None) -> float:
    """The fastest of ``ROUNDS`` calls, in seconds (``prepare`` runs before each, untimed)."""
    fastest = float("inf")
    for _ in range(ROUNDS):
        if prepare is not None:
            prepare()
        start = time.perf_counter()
        call()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def on_off(
    n: int,
    call: Callable[[int], object],
    switch: Callable[[bool], None],
    prepare: Callable[[int], object] | None = None,
) -> tuple[float, float]:
    """Total seconds of items ``0 … n-1`` with the rules on and with them off (see the module doc).

    ``switch(True)`` is always called last, so the guard is left as it was found."""
    with_rules = without = 0.0
    try:
        for i in range(n):
            for on in (True, False) if i % 2 else (False, True):
                switch(on)
                took = best(partial(call, i), None if prepare is None else partial(prepare, i))
                if on:
                    with_rules += took
                else:
                    without += took
    finally:
        switch(True)
    return with_rules, without


def row(name: str, n: int, with_rules: float, without: float) -> str:
    """One table row: name, count, on and off means (µs), their ratio, the µs added per item."""
    return (
        f"| {name} | {n} | {with_rules / n * 1e6:.1f} | {without / n * 1e6:.1f} | "
        f"{with_rules / without:.3f} | {(with_rules - without) / n * 1e6:+.1f} |"
    )


def header(items: str, what: str) -> str:
    """The table's head: ``items`` (messages, replies), ``what`` is switched (round 12, round 13)."""
    return f"| set | {items} | {what} on, µs mean | off, µs mean | on ÷ off | added µs |\n{HEADER_SEP}"


def measure_all(
    sets: Sequence[tuple[str, Callable[[int], object]]],
    n: int,
    switch: Callable[[bool], None],
    prepare: Callable[[int], object] | None = None,
) -> None:
    """Print one row per named set of calls over items ``0 … n-1``."""
    for name, call in sets:
        with_rules, without = on_off(n, call, switch, prepare)
        print(row(name, n, with_rules, without))


def measure_inbound(msgs: list[str], switch: Callable[[bool], None]) -> None:
    """``scan_inbound`` and ``scan_conversation`` (the 6 messages before) on ``msgs``, a round's
    change switched on and off by ``switch``. ``r13_split``'s per-message cache is emptied and filled
    with the earlier messages only before every timed call (what the server's chat scan finds)."""
    import app.guard.r13_split as r13_split
    from app.guard import scan_conversation, scan_inbound

    def prepare(i: int) -> None:
        r13_split._runs.cache_clear()
        for earlier in msgs[max(0, i - 6) : i]:
            r13_split._runs(earlier)

    sets: tuple[tuple[str, Callable[[int], object]], ...] = (
        ("scan_inbound", lambda i: scan_inbound(msgs[i])),
        ("scan_conversation", lambda i: scan_conversation(msgs[i], msgs[max(0, i - 6) : i])),
    )
    measure_all(sets, len(msgs), switch, prepare)


def inbound_main(description: str, what: str, switch: Callable[[bool], None]) -> int:
    """The inbound A/B benches' command line: ``--roles`` (default: ordinary messages, then every
    customer message of the tuning batches), one table of ``what`` on and off."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--roles", action="append", help="ordinary, secrets, inbound, conversations")
    args = ap.parse_args()
    every = ("secrets", "ordinary", "inbound", "conversations")
    groups = [(r,) for r in args.roles] if args.roles else [("ordinary",), every]
    print(header("messages", what))
    for roles in groups:
        print(f"| **{'+'.join(roles)}** | | | | | |")
        measure_inbound(customer_messages(roles), switch)
    print(f"\n(python {sys.version.split()[0]}; best of 3 per message, on/off interleaved)")
    return 0
