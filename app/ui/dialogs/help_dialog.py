"""Help → Keyboard shortcuts: every command with its shortcut, read from the window's actions.

The list fits without scrolling: it is laid out in as many side-by-side columns as the screen's
height needs, and the dialog is sized to show every row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.widgets import named


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _shortcuts(action: QAction) -> str:
    """Every key of the command, as this OS writes them (``Ctrl+Down, Alt+Down``)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


class HelpDialog(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(a.text().replace("&", ""), _shortcuts(a)) for a in actions if not a.shortcut().isEmpty()]
        row_height = self.fontMetrics().height() + 8
        screen = QGuiApplication.primaryScreen()
        room = (screen.availableGeometry().height() if screen else 720) - 220
        per_column = max(6, min(len(rows), room // row_height))
        columns = max(1, math.ceil(len(rows) / per_column))
        self.tables: list[QTableWidget] = []
        side_by_side = QHBoxLayout()
        for c in range(columns):
            chunk = rows[c * per_column : (c + 1) * per_column]
            table = self._table(chunk, row_height)
            self.tables.append(table)
            side_by_side.addWidget(table)
        self.table = self.tables[0]
        tips = named(
            QLabel(
                self.tr(
                    "In the composer: Enter sends, Shift+Enter starts a new line, / opens canned replies."
                ),
                wordWrap=True,
            ),
            "Muted",
        )
        version = named(QLabel(self.tr("AgentDesk %1").replace("%1", __version__)), "Faint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(side_by_side)
        layout.addWidget(tips)
        layout.addWidget(version)
        layout.addWidget(buttons)

    def _table(self, rows: list[tuple[str, str]], row_height: int) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, (name, shortcut) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(shortcut))
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(2)) + 24
        height = header.sizeHint().height() + row_height * len(rows) + 4
        table.setMinimumSize(width, height)  # every row shows: no scrolling
        return table

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [
            (_text(table.item(r, 0)), _text(table.item(r, 1)).split(", ")[0])
            for table in self.tables
            for r in range(table.rowCount())
        ]
