"""Sign-in: server URL, username, password and "remember me" (the password goes to the keyring).

The dialog only collects the fields and shows progress and errors; the shell performs the login
through the core (``Session.login``) and calls :meth:`LoginDialog.show_error` or ``accept``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.client import KeyringStatus
from app.ui import labels, resources
from app.ui.widgets import named


class LoginDialog(QDialog):
    """Emits :attr:`login_requested`; stays open (busy) until the shell accepts or shows an error."""

    login_requested = Signal(str, str, str, bool)  # server_url, username, password, remember
    discard_requested = Signal()  # give up the local work the keyring cannot open

    def __init__(
        self,
        server_url: str = "",
        username: str = "",
        remember: bool = True,
        parent: QWidget | None = None,
        keyring: KeyringStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to AgentDesk"))
        self.setWindowIcon(resources.app_icon())
        self.setMinimumWidth(380)

        header = named(QLabel(APP_NAME), "LoginHeader")
        intro = named(QLabel(self.tr("Sign in with your support desk account.")), "Muted")
        self.server = QLineEdit(server_url, placeholderText="wss://desk.example.com/agent")
        self.username = QLineEdit(username)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setChecked(remember)
        self.remember.setToolTip(self.tr("The password is kept in the system keyring, never in a file."))
        # Without a usable keyring nothing can be remembered: say so where the box is, not in a tooltip.
        self.keyring_note = named(QLabel(wordWrap=True), "Muted")
        self.keyring_note.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_note.hide()
        if keyring is not None and not keyring.available:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                self.tr("Cannot remember you here: %1").replace(
                    "%1", labels.keyring_notice(keyring.problem, keyring.hint)
                )
            )
            self.keyring_note.show()
        self.error = named(QLabel(wordWrap=True), "ErrorBanner")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        # Shown only when the keyring cannot open a cache holding unsent work (offer_discard)
        self.discard = named(QPushButton(), "Destructive")
        self.discard.setAutoDefault(False)
        self.discard.clicked.connect(self._discard_clicked)
        self.discard.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        self.server.setAccessibleName(self.tr("Server"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password.setAccessibleName(self.tr("Password"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in.setObjectName("Primary")
        # Return submits from any field (returnPressed below), never through a "default" button:
        # focus moving onto Cancel while the dialog is busy must not make Return cancel it.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # a button box makes push buttons
                button.setAutoDefault(False)
                button.setDefault(False)
        for field in (self.server, self.username, self.password):
            field.returnPressed.connect(self._submit)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The dialog grows with a long error instead of squashing its fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(header)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.discard, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def add_option(self, widget: QWidget) -> None:
        """Another way to sign in (``SsoButton``), placed above the dialog's buttons."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), widget)

    def _submit(self) -> None:
        if not self.sign_in.isEnabled():
            return  # already signing in
        url, user, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        if not url or not user or not password:
            self.show_error(self.tr("Enter the server, your username and your password."))
            return
        self.set_busy(True)
        self.login_requested.emit(url, user, password, self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.server, self.username, self.password, self.sign_in):
            widget.setEnabled(not busy)
        self.remember.setEnabled(not busy and not self.keyring_note.isVisibleTo(self))
        self.sign_in.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        if busy:
            self.error.hide()

    def offer_discard(self, count: int) -> None:
        self.discard.setText(self.tr("Discard the %1 unsent items and continue").replace("%1", str(count)))
        self.discard.setEnabled(True)
        self.discard.show()

    def _discard_clicked(self) -> None:
        self.discard.setEnabled(False)
        self.discard_requested.emit()

    def discarded(self) -> None:
        """The local work is gone; signing in now starts a new cache."""
        self.discard.hide()
        self.error.setText(self.tr("The unsent items were discarded. Sign in to continue."))
        self.error.show()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()
        self.adjustSize()
        self.password.selectAll()
        self.password.setFocus()
