"""Ctrl+K: every window command by name, filtered as you type, run with Enter.

The palette lists the window's ``QAction``s (the same objects the menus and shortcuts use), so a
command exists once and shows its shortcut everywhere. Two columns: the name, and the shortcut
right-aligned in a column of its own (a tab in one line of text left them ragged).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import named


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    """The action's first key as this OS writes it (⌘K on macOS)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class CommandPalette(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        base = max(13, self.font().pixelSize())
        self.resize(base * 40, base * 30)
        self._actions = [a for a in actions if a.text()]
        self.filter = QLineEdit(placeholderText=self.tr("Type a command…"))
        self.filter.setAccessibleName(self.tr("Command"))
        self.filter.installEventFilter(self)
        self.list = named(QTreeWidget(), "PaletteList")
        self.list.setAccessibleName(self.tr("Commands"))
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._refilter)
        self.list.itemActivated.connect(lambda _item, _column: self.run_current())
        self._refilter()

    def _refilter(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        for index, action in enumerate(self._actions):
            name = _plain(action.text())
            if not all(w in name.casefold() for w in words) or not action.isEnabled():
                continue
            item = QTreeWidgetItem([name, shortcut_text(action)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def visible_commands(self) -> list[str]:
        return [item.text(0) for item in self._items()]

    def rows(self) -> list[tuple[str, str]]:
        return [(item.text(0), item.text(1)) for item in self._items()]

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        action = self._actions[item.data(0, Qt.ItemDataRole.UserRole)]
        self.accept()
        action.trigger()

    def _step(self, delta: int) -> None:
        count = self.list.topLevelItemCount()
        if not count:
            return
        current_item = self.list.currentItem()
        current = self.list.indexOfTopLevelItem(current_item) if current_item else 0
        target = self.list.topLevelItem(max(0, min(count - 1, current + delta)))
        if target is not None:
            self.list.setCurrentItem(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)
