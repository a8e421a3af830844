""""Sign in with <company>": the login dialog's button for the identity provider (shown only when
the server offers one; ``SsoController`` drives it)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


class SsoButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SsoButton")
        self.setAutoDefault(False)
        self.company = ""
        self.hide()

    def offer(self, company: str | None) -> None:
        """Show the button for ``company`` (None: the server has no identity provider; hide it)."""
        self.company = company or ""
        self.set_busy(False)
        self.setVisible(company is not None)

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)
        if busy:
            self.setText(self.tr("Waiting for the browser…"))
        else:
            self.setText(self.tr("Sign in with %1").replace("%1", self.company))
