"""Quitting with replies that would not survive it: ask first.

Replies waiting in the outbox normally outlive the app (the cache and its key in the keyring).
Without a working keyring the cache's key lives in memory, so quitting before they are delivered
loses them (:attr:`Session.replies_at_risk`). The safe choice, staying, is the default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


class QuitConfirmDialog(QMessageBox):
    def __init__(self, replies: int, on_quit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuitConfirmDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Quit AgentDesk?"))
        self.setText(self.tr("%1 replies have not reached the server yet.").replace("%1", str(replies)))
        self.setInformativeText(
            self.tr(
                "Without a working system keyring they cannot be kept after you quit. Stay until they are delivered, or quit and lose them."  # noqa: E501
            )
        )
        destructive = QMessageBox.ButtonRole.DestructiveRole
        self.quit_button = self.addButton(self.tr("Quit and lose them"), destructive)
        self.stay_button = self.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.stay_button)
        self.setEscapeButton(self.stay_button)
        self.buttonClicked.connect(lambda button: on_quit() if button is self.quit_button else None)
        self.finished.connect(self.deleteLater)
