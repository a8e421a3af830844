"""Light and dark themes: one palette file per theme, one style sheet filled from it.

``resources/themes/light.qss`` and ``dark.qss`` hold the colour tokens (``@name: #rrggbb;``);
``base.qss`` uses them. The same tokens reach painted parts (inbox rows, thread bubbles) through
:func:`colors`, so a row and a button never disagree about what "warning" looks like.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import resources

THEMES = ("light", "dark")
_TOKEN = re.compile(r"^@([a-z_]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;", re.MULTILINE)

_current: dict[str, str] = {}
_current_name = "light"


def load_tokens(name: str) -> dict[str, str]:
    if name not in THEMES:
        name = "light"
    return dict(_TOKEN.findall(resources.read_text("themes", f"{name}.qss")))


def style_sheet(tokens: dict[str, str]) -> str:
    """``base.qss`` with every ``@token`` replaced (longest names first: ``@panel_alt`` before ``@panel``)."""
    sheet = resources.read_text("themes", "base.qss")
    for key in sorted(tokens, key=len, reverse=True):
        sheet = sheet.replace(f"@{key}", tokens[key])
    return sheet


def apply(app: QApplication, name: str) -> None:
    """Switch the whole application to theme ``name`` (light or dark)."""
    global _current_name
    tokens = load_tokens(name)
    _current.clear()
    _current.update(tokens)
    _current_name = name if name in THEMES else "light"
    app.setStyle("Fusion")
    app.setPalette(_palette(tokens))
    app.setStyleSheet(style_sheet(tokens))
    font = QFont(app.font())
    font.setFamilies(
        [
            "Inter",
            "Segoe UI",
            "Noto Sans",
            "DejaVu Sans",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "PingFang SC",
            "Sans Serif",
        ]
    )
    font.setPixelSize(13)
    app.setFont(font)


def _palette(t: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(t["window"]))
    p.setColor(role.WindowText, QColor(t["text"]))
    p.setColor(role.Base, QColor(t["panel"]))
    p.setColor(role.AlternateBase, QColor(t["panel_alt"]))
    p.setColor(role.Text, QColor(t["text"]))
    p.setColor(role.Button, QColor(t["panel"]))
    p.setColor(role.ButtonText, QColor(t["text"]))
    p.setColor(role.Highlight, QColor(t["selection"]))
    p.setColor(role.HighlightedText, QColor(t["text"]))
    p.setColor(role.ToolTipBase, QColor(t["panel"]))
    p.setColor(role.ToolTipText, QColor(t["text"]))
    p.setColor(role.PlaceholderText, QColor(t["faint"]))
    p.setColor(role.Link, QColor(t["accent"]))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(t["faint"]))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(t["faint"]))
    return p


def colors() -> dict[str, str]:
    """The current theme's tokens (the light theme until :func:`apply` runs)."""
    if not _current:
        _current.update(load_tokens("light"))
    return _current


def color(name: str) -> QColor:
    return QColor(colors().get(name, "#ff00ff"))


def current() -> str:
    return _current_name
