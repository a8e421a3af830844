"""Ask before taking over a conversation a colleague is assigned to ("Assign to me" would
otherwise take it from them without a word)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import plain_label


class AssignConfirm(QDialog):
    def __init__(self, customer: str, colleague: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssignConfirm")
        self.setWindowTitle(self.tr("Take over the conversation?"))
        self.setMinimumWidth(380)
        text = self.tr("%1 is assigned to %2. Take it over? They will see it moved to you.")
        self.question: QLabel = plain_label(
            text.replace("%1", customer).replace("%2", colleague), wrap=True
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take = buttons.addButton(self.tr("Take over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take.setObjectName("Primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
