"""What round 18's inbound rules add to a customer message's scan, measured in one process.

    python bench/guard_r18_inbound_ab.py                    # ordinary messages, then every customer message
    python bench/guard_r18_inbound_ab.py --roles ordinary   # one role

Like ``guard_r16_inbound_ab.py`` (the same loop: ``_ab``): ``scan_inbound`` and ``scan_conversation`` (6
messages before) on the customer messages of the tuning batches (``_ab.TUNING``), with round 18's four
entry points switched on and off together by patching: its detectors (``inbound.find_r18_secrets``), its
last filter (``inbound.drop_r18_public``) and its two conversation rules (``conversation.numbered_pieces``,
``conversation.named_totp_key``); on and off interleaved per message in alternating order, best of 3 calls
each. The retrained weights and ``seed_zh``'s new context word are not switched (one model, one pattern).
The blind batches (``_ab.BLIND``) are never read. Prints only; tests never assert on timing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _ab import inbound_main  # noqa: E402

import app.guard.conversation as conversation  # noqa: E402
import app.guard.inbound as inbound  # noqa: E402
from app.guard.types import Finding  # noqa: E402


def _no_rules(_text: str) -> list[object]:
    return []


def _no_filter(_text: str, found: Sequence[Finding]) -> list[Finding]:
    return list(found)


def _no_split(*_args: object) -> None:
    return None


real = (
    getattr(inbound, "find_r18_secrets"),  # noqa: B009  (patched below: looked up by name)
    getattr(inbound, "drop_r18_public"),  # noqa: B009
    getattr(conversation, "numbered_pieces"),  # noqa: B009
    getattr(conversation, "named_totp_key"),  # noqa: B009
)


def switch(on: bool) -> None:
    setattr(inbound, "find_r18_secrets", real[0] if on else _no_rules)  # noqa: B010
    setattr(inbound, "drop_r18_public", real[1] if on else _no_filter)  # noqa: B010
    setattr(conversation, "numbered_pieces", real[2] if on else _no_split)  # noqa: B010
    setattr(conversation, "named_totp_key", real[3] if on else _no_split)  # noqa: B010


if __name__ == "__main__":
    sys.exit(inbound_main(__doc__.splitlines()[0], "round 18", switch))
