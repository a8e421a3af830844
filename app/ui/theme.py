"""Light and dark themes: one palette file per theme, one style sheet filled from it.

``resources/themes/light.qss`` and ``dark.qss`` hold the colour tokens (``@name: #rrggbb;``);
``base.qss`` uses them, and size tokens (``@px_small``, …) derived from the application font, so a
text-size setting of 150 % enlarges titles and badges with the body text. The same colour tokens
reach painted parts (inbox rows, thread bubbles) through :func:`colors`, so a row and a button
never disagree about what "warning" looks like.

Every text colour meets WCAG AA (4.5:1) on every surface it is drawn on, in both themes:
``tests/ui/test_contrast.py`` computes it over the palettes, the style sheet's rules and
:data:`PAINTED_TEXT` (what the delegates draw).

The "system" theme follows the OS while the desk runs (:class:`SystemTheme`, on
``QStyleHints.colorSchemeChanged``), not only at start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import fonts, resources

THEMES = ("light", "dark")
_TOKEN = re.compile(r"^@([a-z_]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;", re.MULTILINE)

#: Surfaces any text may sit on (panels, rows hovered or selected, inputs, thread bubbles).
SURFACES = (
    "window", "panel", "panel_alt", "hover", "selection", "input",
    "customer_bubble", "agent_bubble", "internal_bubble",
)
#: Text the delegates paint, as (text token, surfaces it is painted on).
PAINTED_TEXT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("text", SURFACES),
    ("muted", SURFACES),
    ("faint", SURFACES),
    ("system_text", ("panel_alt", "panel")),
    ("vip", ("vip_bg", "internal_bubble")),
    ("ok", SURFACES),
    ("warning", SURFACES),
    ("danger", SURFACES),
    ("accent", SURFACES),
    ("accent_text", ("accent", "unread")),
    ("danger_text", ("danger",)),
    ("warning", ("warning_soft",)),
    ("danger", ("danger_soft",)),
    ("accent", ("accent_soft",)),
    ("text", ("highlight",)),
)

_current: dict[str, str] = {}
_current_name = "light"
_base_pixels = fonts.MIN_PIXELS


def load_tokens(name: str) -> dict[str, str]:
    if name not in THEMES:
        name = "light"
    return dict(_TOKEN.findall(resources.read_text("themes", f"{name}.qss")))


def size_tokens(base: int) -> dict[str, str]:
    """Font sizes of the style sheet in proportion to the base size (13 px by design)."""
    return {
        "px_small": f"{fonts.scaled(base, 11)}px",
        "px_base": f"{base}px",
        "px_title": f"{fonts.scaled(base, 15)}px",
        "px_header": f"{fonts.scaled(base, 18)}px",
        "mono_families": ", ".join(f'"{family}"' for family in fonts.mono_families("monospace")),
    }


def style_sheet(tokens: dict[str, str], base: int = fonts.MIN_PIXELS) -> str:
    """``base.qss`` with every ``@token`` replaced (longest names first: ``@panel_alt`` before ``@panel``)."""
    sheet = resources.read_text("themes", "base.qss")
    values = tokens | size_tokens(base)
    for key in sorted(values, key=len, reverse=True):
        sheet = sheet.replace(f"@{key}", values[key])
    return sheet


def resolve(setting: str | None, scheme: Qt.ColorScheme) -> str:
    """The theme to show: "light" or "dark" as set, else what the OS's colour scheme says."""
    if setting in THEMES:
        return str(setting)
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply(app: QApplication, name: str, font: QFont | None = None) -> None:
    """Switch the whole application to theme ``name`` (light or dark); ``font`` replaces the
    application font (the first call sets the OS's font, :func:`app.ui.fonts.ui_font`)."""
    global _current_name, _base_pixels
    tokens = load_tokens(name)
    _current.clear()
    _current.update(tokens)
    _current_name = name if name in THEMES else "light"
    if font is not None or not app.property("agentdesk_font"):
        app.setFont(font if font is not None else fonts.ui_font())
        app.setProperty("agentdesk_font", True)
    _base_pixels = max(1, app.font().pixelSize())
    app.setStyle("Fusion")
    app.setPalette(_palette(tokens))
    app.setStyleSheet(style_sheet(tokens, _base_pixels))


def base_pixels() -> int:
    return _base_pixels


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


class SystemTheme(QObject):
    """Keeps the theme in step with the OS while the setting is "system".

    ``setting`` is read at every change (the agent may switch to a fixed theme meanwhile);
    ``on_change`` runs after a switch (windows repaint their painted parts).
    """

    def __init__(
        self, app: QApplication, setting: Callable[[], str | None], on_change: Callable[[str], object],
    ) -> None:
        super().__init__(app)
        self._app = app
        self._setting = setting
        self._on_change = on_change
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.scheme_changed)

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        name = resolve(self._setting(), scheme)
        if self._setting() in THEMES or name == current():
            return
        apply(self._app, name)
        self._on_change(name)
