"""What the round-13 rule modules share: the clause windows and the rule's shape.

The rules were split by kind (``outbound_asks13_wallet``, ``_deposit``, ``_threats``, ``_auth``,
``_handover``) so that each kind can be read, and grown, on its own; ``outbound_asks13`` runs them
all. A rule is ``(kind, code, needs, pattern, unconditional)``. ``needs``: groups of words; the rule
runs only when a word of every group is in the text (each match holds one of each: a C-level ``in``
per word, far cheaper than the pattern; the first group, the rarest, is found by one literal scan of
the text); in a long text the pattern is searched only near the first group's words. ``kind`` picks
the checks a match must pass (``outbound_asks13._accepted``); ``unconditional``: the caller skips its
negation check.
"""

from __future__ import annotations

import re

E = r"[^.!?;\n]"  # within an English clause-ish sentence
Z = r"[^。！？\n]"  # within a Chinese sentence
ZC = r"[^。！？\n，,]"  # within a Chinese clause
Rule = tuple[str, str, tuple[tuple[str, ...], ...], re.Pattern[str], bool]
