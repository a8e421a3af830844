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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import inbound_main  # noqa: E402

import app.guard.conversation as conversation  # noqa: E402
import app.guard.inbound as inbound  # noqa: E402

real_in = getattr(inbound, "_drop_public_values")  # noqa: B009  (patched below: looked up by name)
real_conv = getattr(conversation, "drop_public_values")  # noqa: B009


def switch(on: bool) -> None:
    setattr(inbound, "_drop_public_values", real_in if on else (lambda _t, f: f))  # noqa: B010
    setattr(conversation, "drop_public_values", real_conv if on else (lambda _t, f: f))  # noqa: B010


if __name__ == "__main__":
    sys.exit(inbound_main(__doc__.splitlines()[0], "guard16fp filter", switch))
