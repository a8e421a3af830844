"""What round 13's inbound rules add to a customer message's scan, measured in one process.

    python bench/guard_round13_cost.py                    # ordinary messages, then every customer message
    python bench/guard_round13_cost.py --roles ordinary   # one role

Like ``guard_round12_cost.py`` (the same loop: ``_ab``): ``scan_inbound`` and ``scan_conversation`` (6
messages before) on the customer messages of the tuning batches (``_ab.TUNING``), with round 13's entry points
(``inbound.find_round13``, ``inbound.drop_public``, ``conversation.split_with_remark``,
``conversation.phrase_pieces``, ``conversation.whole_value``) switched on and off by patching, on
and off interleaved per message in alternating order, best of 3 calls each. ``r13_split`` caches
each message's wordlist runs (a message is read again as an earlier message of the next few):
before every timed call that cache is emptied and filled with the earlier messages only (not
timed), so the new message's own runs are paid in every call, as on the server's chat path. The
blind batches (``_ab.BLIND``) are never read. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import inbound_main  # noqa: E402

import app.guard.conversation as conversation  # noqa: E402
import app.guard.inbound as inbound  # noqa: E402

real_rules = getattr(inbound, "find_round13")  # noqa: B009  (patched below: looked up by name)
real_filter = getattr(inbound, "drop_public")  # noqa: B009
real_split = getattr(conversation, "split_with_remark")  # noqa: B009
real_whole = getattr(conversation, "whole_value")  # noqa: B009
real_phrase = getattr(conversation, "phrase_pieces")  # noqa: B009


def switch(on: bool) -> None:
    setattr(inbound, "find_round13", real_rules if on else (lambda _text, _typed, again=False: []))  # noqa: B010
    setattr(inbound, "drop_public", real_filter if on else (lambda found, _work: list(found)))  # noqa: B010
    setattr(conversation, "split_with_remark", real_split if on else (lambda _t, _e: None))  # noqa: B010
    setattr(conversation, "whole_value", real_whole if on else (lambda _t, f: f))  # noqa: B010
    setattr(conversation, "phrase_pieces", real_phrase if on else (lambda _t, _e: None))  # noqa: B010


if __name__ == "__main__":
    sys.exit(inbound_main(__doc__.splitlines()[0], "round 13", switch))
