"""The desk's fonts: the operating system's own UI font, with Chinese fallbacks per platform.

A list of Latin families of our choosing ("Inter", "Segoe UI", …) fails on a machine that has none
of them: a stock Mac then drew every Latin letter in PingFang SC, whose taller lines overflowed
the inbox rows. So the first family is the one the OS reports (``QFontDatabase.systemFont``:
Segoe UI on Windows, the San Francisco system font on macOS, the desktop's font on Linux), then the
platform's Simplified Chinese UI fonts, which Qt uses glyph by glyph for what the first lacks.

The size follows the OS too (a text-size setting of 150 % makes the system font 150 % larger),
never smaller than :data:`MIN_PIXELS`; every other size in the window derives from it
(:func:`scaled`), and row heights come from these fonts' metrics, never from a fixed number.

:func:`ui_families` and :func:`mono_families` are pure (the platform is a parameter), so the
choice for ``darwin``, ``win32`` and ``linux`` is tested on any machine.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

#: The smallest base size: the OS font may be smaller (Windows' 9 pt is 12 px), this desk's
#: design is not (a long shift of reading customer text).
MIN_PIXELS = 13

#: Simplified Chinese UI fonts by platform, best first (each ships with that OS or its usual
#: CJK package); Qt falls back to them glyph by glyph.
CJK_FALLBACKS: dict[str, tuple[str, ...]] = {
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC"),
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei", "DengXian", "SimSun"),
    "linux": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback"),
}
#: Monospaced families for UIDs and hashes, after the OS's own fixed font.
MONO_FALLBACKS: dict[str, tuple[str, ...]] = {
    "darwin": ("SF Mono", "Menlo", "Monaco"),
    "win32": ("Cascadia Mono", "Consolas", "Courier New"),
    "linux": ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono"),
}


def platform_key(platform: str = sys.platform) -> str:
    """``darwin``, ``win32`` or ``linux`` (every other Unix is treated like Linux)."""
    if platform == "darwin":
        return "darwin"
    if platform.startswith("win") or platform == "cygwin":
        return "win32"
    return "linux"


def _unique(families: list[str]) -> list[str]:
    return [f for i, f in enumerate(families) if f and f not in families[:i]]


def ui_families(system_family: str, platform: str = sys.platform) -> list[str]:
    """The UI font's families: the OS's own first, then the platform's Chinese fonts."""
    return _unique([system_family, *CJK_FALLBACKS[platform_key(platform)]])


def mono_families(system_fixed: str, platform: str = sys.platform) -> list[str]:
    """The monospaced families: the platform's code fonts, the OS's fixed font, then Chinese."""
    key = platform_key(platform)
    return _unique([*MONO_FALLBACKS[key], system_fixed, *CJK_FALLBACKS[key]])


def base_pixels(system_pixels: int) -> int:
    """The base size in pixels: the OS's (text scaling included), at least :data:`MIN_PIXELS`."""
    return max(MIN_PIXELS, system_pixels)


def scaled(base: int, design: int) -> int:
    """A size drawn at ``design`` px for a 13 px base, kept in proportion to ``base``."""
    return max(1, round(design * base / MIN_PIXELS))


def ui_font(scale: float = 1.0, platform: str = sys.platform) -> QFont:
    """The application font: the system font's family and size (times ``scale``, for tests
    that play a text-size setting), with the Chinese fallbacks."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(system)
    font.setFamilies(ui_families(system.family(), platform))
    font.setPixelSize(round(base_pixels(QFontInfo(system).pixelSize()) * scale))
    return font


def mono_font(base: QFont, platform: str = sys.platform) -> QFont:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font = QFont(base)
    font.setFamilies(mono_families(fixed.family(), platform))
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def line_height(font: QFont) -> int:
    """The tallest line ``font`` can produce: its own, or that of the Chinese fallback Qt would
    draw CJK text with (PingFang's lines are taller than San Francisco's at the same size)."""
    height = QFontMetrics(font).height()
    for family in font.families()[1:]:
        if family in _installed():
            other = QFont(font)
            other.setFamilies([family])
            height = max(height, QFontMetrics(other).height())
            break  # the first installed fallback is the one Qt uses
    return height


@cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def weighted(font: QFont, weight: QFont.Weight) -> QFont:
    out = QFont(font)
    out.setWeight(weight)
    return out


def sized(font: QFont, pixels: int) -> QFont:
    out = QFont(font)
    out.setPixelSize(max(1, pixels))
    return out
