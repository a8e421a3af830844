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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import inbound_main  # noqa: E402

import app.guard.inbound as inbound  # noqa: E402

real_rules = getattr(inbound, "find_round15")  # noqa: B009  (patched below: looked up by name)


def switch(on: bool) -> None:
    setattr(inbound, "find_round15", real_rules if on else (lambda _text: []))  # noqa: B010


if __name__ == "__main__":
    sys.exit(inbound_main(__doc__.splitlines()[0], "round 15", switch))
