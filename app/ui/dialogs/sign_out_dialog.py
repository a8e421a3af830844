"""Sign out, and optionally remove this desk's data from the computer.

A shared or handed-over laptop should not keep customers' conversations; an agent's own desk may
(it opens faster). Replies not yet delivered are lost with a wipe, so the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import named


class SignOutDialog(QDialog):
    confirmed = Signal(bool)  # wipe the local data too

    def __init__(self, queued: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignOutDialog")
        self.setWindowTitle(self.tr("Sign out"))
        self.wipe = QCheckBox(self.tr("Also remove this desk's data from this computer"))
        self.wipe.setToolTip(self.tr("Conversations, drafts and the cache key; the server keeps everything."))
        self.warning = named(
            QLabel(
                self.tr("%1 replies have not been sent yet; removing the data discards them.").replace(
                    "%1", str(queued)
                )
            ),
            "GuardWarning",
        )
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.wipe.toggled.connect(lambda on: self.warning.setVisible(on and queued > 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Sign out"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign out of AgentDesk?")))
        layout.addWidget(self.wipe)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: self.confirmed.emit(self.wipe.isChecked()))
