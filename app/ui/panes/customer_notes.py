"""Client notes in the customer panel: the list (author, time, plain text) and an "Add note" box.

Notes are on the customer and never reach them. The section shows only for callers allowed to
see notes (the controller hides it on ``forbidden``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.protocol.vip import ClientNote
from app.ui import formats
from app.ui.widgets import plain_label, section_title

MAX_NOTE_CHARS = 4000


class CustomerNotes(QWidget):
    add_requested = Signal(str)  # the note's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerNotes")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # a note is read whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(200)
        self.empty = plain_label(self.tr("No notes yet."), "Muted")
        self.edit = QPlainTextEdit(
            placeholderText=self.tr("Add a note for colleagues (never sent to the client)")
        )
        self.edit.setAccessibleName(self.tr("New note"))
        self.edit.setMaximumHeight(70)
        self.add = QPushButton(self.tr("Add note"))
        self.add.setEnabled(False)
        self.error = plain_label("", "Muted", wrap=True)
        self.error.hide()
        self.edit.textChanged.connect(self._text_changed)
        self.add.clicked.connect(self._add)

        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("Notes")))
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def show_notes(self, notes: Sequence[ClientNote]) -> None:
        self.list.clear()
        for note in notes:
            header = f"{note.author_name or note.author} · {formats.date_time(note.created_at)}"
            item = QListWidgetItem(f"{header}\n{note.body}")  # plain text: no markup interpreted
            self.list.addItem(item)
        self.empty.setVisible(not notes)
        self.list.setVisible(bool(notes))

    def bodies(self) -> list[str]:
        return [self.list.item(i).text().split("\n", 1)[1] for i in range(self.list.count())]

    def note_added(self) -> None:
        self.edit.clear()
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _text_changed(self) -> None:
        text = self.edit.toPlainText().strip()
        self.add.setEnabled(0 < len(text) <= MAX_NOTE_CHARS)

    def _add(self) -> None:
        text = self.edit.toPlainText().strip()
        if text:
            self.add.setEnabled(False)
            self.add_requested.emit(text)
