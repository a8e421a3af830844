"""Small building blocks the panes share: badges, plain-text labels, section titles.

Every label that can carry customer data is created through :func:`plain_label`, which fixes
the text format to plain text so nothing a customer typed is ever interpreted as markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget


def plain_label(
    text: str = "", object_name: str = "", *, selectable: bool = False, wrap: bool = False
) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as HTML when it merely *looks* like HTML, so data from customers or the
    server is escaped and wrapped in ``<qt>`` (escaped entities then display as the characters).
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def badge(text: str, tone: str = "neutral") -> QLabel:
    """A small coloured tag; ``tone`` is one of vip, ok, warning, danger, neutral, accent."""
    label = plain_label(text, "Badge")
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never squeezed to "V"
    set_tone(label, tone)
    return label


def set_tone(label: QLabel, tone: str) -> None:
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)


def section_title(text: str) -> QLabel:
    return plain_label(text.upper(), "SectionTitle")


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("Faint")
    return line


def row(*widgets: QWidget, stretch: bool = True, spacing: int = 6) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


def clear_layout(layout: QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when it does not fit (never cut mid-glyph)."""

    def __init__(self, text: str = "", object_name: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        if object_name:
            self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = text
        self._render()

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self._render()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._render()

    def _render(self) -> None:
        width = max(self.width(), 10)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))
