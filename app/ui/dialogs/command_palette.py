"""Ctrl+K: every window command by name, filtered as you type, run with Enter.

The palette lists the window's ``QAction``s (the same objects the menus and shortcuts use), so a
command exists once and shows its shortcut everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class CommandPalette(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.resize(460, 360)
        self._actions = [a for a in actions if a.text()]
        self.filter = QLineEdit(placeholderText=self.tr("Type a command…"))
        self.filter.installEventFilter(self)
        self.list = QListWidget(objectName="PaletteList")
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._refilter)
        self.list.itemActivated.connect(lambda _i: self.run_current())
        self._refilter()

    def _refilter(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        for index, action in enumerate(self._actions):
            name = _plain(action.text())
            if not all(w in name.casefold() for w in words) or not action.isEnabled():
                continue
            shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            item = QListWidgetItem(f"{name}\t{shortcut}" if shortcut else name)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def visible_commands(self) -> list[str]:
        return [self.list.item(i).text().split("\t")[0] for i in range(self.list.count())]

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        action = self._actions[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
        action.trigger()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)
