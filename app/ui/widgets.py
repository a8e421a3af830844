"""Small building blocks the panes share: badges, plain-text labels, section titles.

Every label that can carry customer data is created through :func:`plain_label`, which fixes
the text format to plain text so nothing a customer typed is ever interpreted as markup.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.ui import labels

_O = TypeVar("_O", bound=QObject)


def named(obj: _O, name: str) -> _O:
    """``obj`` with its object name (the style sheet's selector) set. PySide6 also takes
    ``objectName=`` as a constructor keyword, but its stubs list only a class's own properties."""
    obj.setObjectName(name)
    return obj


def tool_button(text: str = "", *, tip: str = "", checkable: bool = False) -> QToolButton:
    """A tool button with its text, tooltip and checkability set (the typed spelling of
    ``QToolButton(text=..., toolTip=..., checkable=...)``)."""
    button = QToolButton()
    if text:
        button.setText(text)
    if tip:
        button.setToolTip(tip)
    if checkable:
        button.setCheckable(True)
    return button


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
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when it does not fit (never cut mid-glyph)."""

    def __init__(self, text: str = "", object_name: str = "", *, prefer_full: bool = False) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        if object_name:
            self.setObjectName(object_name)
        # prefer_full: ask for the whole text's width (it elides only when the row is too narrow)
        self._prefer_full = prefer_full
        policy = QSizePolicy.Policy.Preferred if prefer_full else QSizePolicy.Policy.Ignored
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        self._full = text
        self._render()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._prefer_full:
            hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 4))
        return hint

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)
        self.updateGeometry()
        self._render()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        width = max(self.width(), 10)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class FlowLayout(QLayout):
    """Lays its widgets out in rows, wrapping to the next row when the width runs out (the
    conversation's actions at 1280 px, or at a 150 % text size, never squeeze to "Ass… me")."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class TagStrip(QWidget):
    """A conversation's tags as badges, as many as fit, then "+N" (all of them in the tooltip):
    tags never take the room the subject needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._badges: list[QLabel] = []
        self._more = badge("", "neutral")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self._more)
        self._layout.addStretch(1)
        self._more.hide()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_tags(self, tags: list[str]) -> None:
        for label in self._badges:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._tags = list(tags)
        self._badges = []
        for i, tag in enumerate(self._tags):
            label = badge(labels.tag(tag), "neutral")
            label.setParent(self)
            self._layout.insertWidget(i, label)
            self._badges.append(label)
        self.setToolTip(plain_tooltip(", ".join(labels.tag(t) for t in tags)))
        self.updateGeometry()
        self._fit()

    def tags(self) -> list[str]:
        return list(self._tags)

    def shown(self) -> list[str]:
        """The badges' texts as shown (the last may be "+N")."""
        visible = [label.text() for label in self._badges if not label.isHidden()]
        return visible + ([self._more.text()] if not self._more.isHidden() else [])

    def sizeHint(self) -> QSize:
        width = sum(label.sizeHint().width() + 4 for label in self._badges)
        return QSize(width, self._more.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._more.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room, used, hidden = self.width(), 0, 0
        for i, label in enumerate(self._badges):
            rest = len(self._badges) - i - 1
            self._more.setText(f"+{rest}")
            more = self._more.sizeHint().width() + 4 if rest else 0
            need = label.sizeHint().width() + 4
            fits = hidden == 0 and used + need + more <= room
            label.setVisible(fits)
            if fits:
                used += need
            else:
                hidden += 1
        self._more.setText(f"+{hidden}")
        self._more.setVisible(hidden > 0)


def clearable(field: QLineEdit) -> QLineEdit:
    """Give ``field`` its clear button, named for screen readers ("Clear")."""
    field.setClearButtonEnabled(True)
    for action in field.actions():
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(QCoreApplication.translate("Widgets", "Clear"))
    return field
