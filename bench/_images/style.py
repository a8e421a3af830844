"""What varies between the tuning set and the held-out set: faces, sizes, layouts and wording.

The tuning set (``TUNING``) is what the guard's thresholds were tuned on. A held-out style is
written after tuning and never tuned on: other font faces and sizes, other grid shapes, other
wording pools, other seeds, so its figures say how the guard does on images it has not seen.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    name: str
    face: str = "sans"  # Latin face: sans, serif, mono
    cjk_variant: int = 0  # face index inside a .ttc CJK font
    size_scale: float = 1.0  # multiplies every font size
    grid_columns: tuple[int, ...] = (2, 3, 3, 4)
    line_columns: tuple[int, ...] = (3, 4, 6)
    wording: int = 0  # which wording pool the builders draw from (wording.py)
    layout: int = 0  # which variant of each screen's layout

    def size(self, base: int) -> int:
        return max(10, round(base * self.size_scale))

    def words(self, pools: dict[int, list[str]], rng: random.Random) -> str:
        """A phrase from this style's wording pool (the tuning pool when there is no other)."""
        return rng.choice(pools.get(self.wording, pools[0]))


TUNING = Style("tuning")

# Written after the tuning; never tuned on (see bench/image_guard.py): serif Latin and the monospaced
# CJK face, smaller text, wider grids and narrower line layouts, other wording, other screen layouts.
HELDOUT = Style(
    "heldout",
    face="serif",
    cjk_variant=1,
    size_scale=0.85,
    grid_columns=(4, 6),
    line_columns=(2, 3),
    wording=1,
    layout=1,
)

# Session 4's fresh held-out style, written before any run on it (bench/_images/fresh_*.py): its own
# screens and wording live in those modules; this style only sets the faces and sizes they draw with.
FRESH = Style("fresh4", face="sans", cjk_variant=0, size_scale=0.9, wording=2, layout=2)
