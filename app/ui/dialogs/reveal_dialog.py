"""Ask why an agent wants to see a customer's unmasked email and phone.

Revealing personal data is audited on the server with the reason given here, so the dialog
insists on one (3–500 characters, the server's limits) and says that it is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import named

MIN_REASON, MAX_REASON = 3, 500


class RevealDialog(QDialog):
    """Non-blocking: open it with ``open()``; on ``accepted`` read :meth:`reason`."""

    def __init__(self, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reveal personal data"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Why do you need the full email and phone number of customer %1?").replace("%1", uid),
            wordWrap=True,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        note = named(
            QLabel(
                self.tr("Your name, the customer and this reason are written to the audit log."),
                wordWrap=True,
            ),
            "Muted",
        )
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Choose a reason…"), "")
        for text in (
            self.tr("Identity check requested by the customer"),
            self.tr("Account recovery"),
            self.tr("Callback to the customer"),
            self.tr("Compliance or law-enforcement request"),
        ):
            self.preset.addItem(text, text)
        self.reason_edit = QLineEdit(
            placeholderText=self.tr("Reason (at least 3 characters)"), maxLength=MAX_REASON
        )
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.preset.setAccessibleName(self.tr("Common reasons"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reveal_button = self.buttons.addButton(self.tr("Reveal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reveal_button.setObjectName("Primary")
        self.reveal_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.reason_edit.textChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preset)
        layout.addWidget(self.reason_edit)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def _preset_chosen(self, index: int) -> None:
        text = self.preset.itemData(index)
        if text:
            self.reason_edit.setText(text)

    def _validate(self) -> None:
        self.reveal_button.setEnabled(MIN_REASON <= len(self.reason()) <= MAX_REASON)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if len(self.reason()) < MIN_REASON:
            return
        super().accept()
