"""Find fonts on this machine, portably: a CJK font is required, Latin faces are optional.

Searched, in order: ``AGENTDESK_CJK_FONT`` (a path), then the usual font folders of Linux, macOS and
Windows for well-known CJK fonts (WenQuanYi, Noto/Source Han, Droid Sans Fallback, PingFang,
Hiragino, STHeiti, Microsoft YaHei, SimHei). No CJK font is an error that names what to install:
the corpus cannot draw Chinese seed phrases without one, and a silent fallback would draw boxes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

_CJK_NAMES = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansSC-Regular.otf",
    "SourceHanSansSC-Regular.otf",
    "DroidSansFallbackFull.ttf",
    "PingFang.ttc",
    "Hiragino Sans GB.ttc",
    "STHeiti Light.ttc",
    "msyh.ttc",
    "simhei.ttf",
)
_LATIN = {
    "sans": ("DejaVuSans.ttf", "Arial.ttf", "arial.ttf", "Helvetica.ttc", "LiberationSans-Regular.ttf"),
    "serif": ("DejaVuSerif.ttf", "Times New Roman.ttf", "times.ttf", "LiberationSerif-Regular.ttf"),
    "mono": ("DejaVuSansMono.ttf", "Courier New.ttf", "cour.ttf", "LiberationMono-Regular.ttf"),
}


class NoCjkFont(RuntimeError):
    """No font with Chinese glyphs was found."""


def _font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        return [windir / "Fonts", home / "AppData/Local/Microsoft/Windows/Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
    ]


@cache
def _index() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in _font_dirs():
        if folder.is_dir():
            for path in folder.rglob("*"):
                if path.suffix.lower() in (".ttf", ".ttc", ".otf"):
                    found.setdefault(path.name, path)
    return found


@dataclass(frozen=True)
class FontSet:
    """The faces the corpus draws with: a CJK face (and its index in a .ttc) and Latin faces."""

    cjk: Path
    cjk_index: int
    cjk_faces: int
    latin: dict[str, Path]

    def get(
        self, size: int, face: str = "sans", *, cjk: bool = False, variant: int = 0
    ) -> ImageFont.FreeTypeFont:
        if cjk or face not in self.latin:
            index = min(variant, self.cjk_faces - 1)
            return ImageFont.truetype(str(self.cjk), size, index=index)
        return ImageFont.truetype(str(self.latin[face]), size)


@cache
def fonts() -> FontSet:
    """The machine's fonts; raises ``NoCjkFont`` naming what to install."""
    override = os.environ.get("AGENTDESK_CJK_FONT")
    cjk = Path(override) if override else next((_index()[n] for n in _CJK_NAMES if n in _index()), None)
    if cjk is None or not cjk.is_file():
        raise NoCjkFont(
            "no font with Chinese glyphs found; install one (Debian/Ubuntu: apt-get install "
            "fonts-wqy-microhei; macOS and Windows ship PingFang / Microsoft YaHei) or set "
            "AGENTDESK_CJK_FONT to a .ttf/.ttc/.otf path"
        )
    faces = 1
    if cjk.suffix.lower() == ".ttc":
        while faces < 4:
            try:
                ImageFont.truetype(str(cjk), 12, index=faces)
            except OSError:
                break
            faces += 1
    latin = {}
    for face, names in _LATIN.items():
        path = next((_index()[n] for n in names if n in _index()), None)
        if path is not None:
            latin[face] = path
    return FontSet(cjk, 0, faces, latin)
