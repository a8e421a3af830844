"""A banner above the panes for callback reminders: "Callback due: <name>" with Open and Dismiss;
a missed callback shows in the danger tone. Renders text it is given and forwards the clicks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.widgets import plain_label, set_tone, tool_button


class ReminderBanner(QFrame):
    open_requested = Signal(int)  # conversation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderBanner")
        self.conversation_id: int | None = None
        self.kind = ""
        self.text = plain_label("", "Badge", wrap=True)
        self.open_button = QPushButton(self.tr("Open"))
        self.dismiss = tool_button("×", tip=self.tr("Dismiss"))
        self.dismiss.setAutoRaise(True)
        self.open_button.clicked.connect(self._open)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_reminder(self, kind: str, conversation_id: int, text: str) -> None:
        self.kind = kind
        self.conversation_id = conversation_id
        self.text.setText(text)
        set_tone(self.text, "danger" if kind == "callback.missed" else "warning")
        self.show()

    def _open(self) -> None:
        if self.conversation_id is not None:
            self.open_requested.emit(self.conversation_id)
        self.hide()
