"""The one way to find bundled files (icons, themes, translations, sounds).

Resources live at the repository root (``resources/``). A PyInstaller bundle unpacks them under
``sys._MEIPASS/resources``; checking that first means the same code runs from a checkout, an
installed wheel next to a checkout, and a frozen app.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def root() -> Path:
    """The ``resources`` directory."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidate = Path(frozen) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources"


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


@cache
def _svg(name: str) -> bytes:
    return path("icons", f"{name}.svg").read_bytes()


def app_icon() -> QIcon:
    return QIcon(str(path("icons", "app.svg")))


def tinted_pixmap(name: str, size: int, color: QColor | str, ratio: float = 1.0) -> QPixmap:
    """An SVG icon drawn in ``color`` (icons are single-colour outlines, tinted per theme)."""
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(_svg(name)))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def tinted_icon(name: str, color: QColor | str, size: int = 16) -> QIcon:
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(tinted_pixmap(name, size, color, ratio))
    return icon
