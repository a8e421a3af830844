"""The identity strip under the conversation header: is the customer verified, "sender not
proven" on forged-looking mail, the customer's anti-phishing code, and the actions that go with
them (Verify identity, security requests, a supervisor's override).

A view: it renders what :class:`app.ui.identity_controller.IdentityController` gives it and
forwards gestures as signals. It never sees a verification code: the code goes from the customer
to the server only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.identity_status import VerificationLine
from app.ui import formats, labels
from app.ui.widgets import badge, plain_label, set_tone, tool_button

CHAINS = ("ERC20", "TRC20", "BTC", "SOL", "BEP20", "Arbitrum One", "Polygon")


class IdentityPanel(QFrame):
    verify_requested = Signal(str)  # channel: email | phone
    request_requested = Signal(str, str, str, str)  # kind, note, address, chain ("" when none)
    override_requested = Signal(str, int)  # reason, minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdentityPanel")
        self.status = badge("", "neutral")
        self.detail = plain_label("", "Muted", wrap=True)
        self.sender_badge = badge(self.tr("Sender not proven"), "danger")
        self.sender_badge.setToolTip(
            self.tr(
                "This email did not pass SPF, DKIM or DMARC: it may be forged. Do not act on it; "
                "verify the customer through the registered email or phone."
            )
        )
        self.sender_badge.hide()
        self.phishing = plain_label("", "", selectable=True)
        self.copy_phishing = tool_button(self.tr("Copy"))
        self.copy_phishing.setAutoRaise(True)
        self.copy_phishing.setToolTip(self.tr("Copy the anti-phishing code, to quote it in your reply"))
        self.copy_phishing.clicked.connect(self._copy_code)
        self._code = ""

        self.verify = tool_button(self.tr("Verify") + " ▾")
        self.verify.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        verify_menu = QMenu(self)
        self.by_email = verify_menu.addAction(
            self.tr("Send a code to the registered email"), lambda: self.verify_requested.emit("email")
        )
        self.by_phone = verify_menu.addAction(
            self.tr("Send a code by SMS to the registered phone"), lambda: self.verify_requested.emit("phone")
        )
        self.verify.setMenu(verify_menu)
        self.verify.setToolTip(
            self.tr("Verify identity") + " — " + self.tr(
                "The customer enters the code in the chat's own box or confirms the emailed link; you never see it"  # noqa: E501
            )
        )
        self.requests = tool_button(self.tr("Request") + " ▾")
        self.requests.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        request_menu = QMenu(self)
        request_menu.addAction(self.tr("Reset 2FA…"), lambda: self._ask_note("twofa_reset"))
        request_menu.addAction(self.tr("Unlock withdrawals…"), lambda: self._ask_note("withdrawal_unlock"))
        request_menu.addAction(self.tr("Whitelist a withdrawal address…"), self._ask_address)
        self.requests.setMenu(request_menu)
        self.requests.setToolTip(
            self.tr("Security request") + " — " + self.tr("Needs a fresh verification or a supervisor's override")  # noqa: E501
        )
        self.override = tool_button(self.tr("Vouch…"))
        self.override.setToolTip(
            self.tr("Vouch for the customer…") + " — " + self.tr("Supervisors: vouch instead of a code, for a while (audited)")  # noqa: E501
        )
        self.override.clicked.connect(self._ask_override)
        self.override.hide()

        # Two rows, so nothing is squeezed at 1280x720: what is known, then what can be done.
        known = QHBoxLayout()
        known.setSpacing(6)
        for widget in (self.status, self.sender_badge):
            known.addWidget(widget)
        known.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.phishing)
        actions.addWidget(self.copy_phishing)
        actions.addStretch(1)
        for button in (self.verify, self.requests, self.override):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never elided
            actions.addWidget(button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 4, 12, 4)
        outer.setSpacing(3)
        outer.addLayout(known)
        outer.addLayout(actions)
        self.show_line(VerificationLine("none"))
        self.show_code(None)

    # --- rendering -------------------------------------------------------------------------------
    def set_supervisor(self, supervisor: bool) -> None:
        self.override.setVisible(supervisor)

    def show_line(self, line: VerificationLine) -> None:
        channel = labels.verification_channel(line.channel) if line.channel else ""
        tone = {"verified": "ok", "override": "ok", "pending": "warning", "failed": "danger"}.get(
            line.state, "neutral"
        )
        texts = {
            "none": self.tr("Not verified"),
            "expired": self.tr("Verification expired"),
            "failed": self.tr("Verification failed"),
            "pending": self.tr("Waiting for the customer's code"),
            "verified": self.tr("Verified"),
            "override": self.tr("Vouched for"),
        }
        self.status.setText(texts.get(line.state, texts["none"]))
        set_tone(self.status, tone)
        at = formats.clock(line.at) if line.at else ""
        if line.state == "verified":
            detail = (
                self.tr("via registered %1, %2, valid %3 min")
                .replace("%1", channel)
                .replace("%2", at)
                .replace("%3", str(line.minutes_left))
            )
        elif line.state == "override":
            detail = (
                self.tr("by %1, %2, valid %3 min")
                .replace("%1", line.by or "?")
                .replace("%2", at)
                .replace("%3", str(line.minutes_left))
            )
        elif line.state == "pending":
            detail = (
                self.tr("code sent to the registered %1 %2; expires in %3 min, %4 tries left")
                .replace("%1", channel)
                .replace("%2", line.destination or "")
                .replace("%3", str(line.minutes_left))
                .replace("%4", str(line.attempts_left or 0))
            )
        elif line.state == "failed":
            detail = labels.verification_failure(line.reason)
        else:
            detail = ""
        self.detail.setText(detail)

    def show_sender_not_proven(self, flagged: bool) -> None:
        self.sender_badge.setVisible(flagged)

    def show_code(self, code: str | None) -> None:
        self._code = code or ""
        self.phishing.setText(self.tr("Anti-phishing code: %1").replace("%1", code) if code else "")
        self.phishing.setMinimumWidth(self.phishing.sizeHint().width())
        self.phishing.setVisible(bool(code))
        self.copy_phishing.setVisible(bool(code))

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.verify, self.requests, self.override):
            widget.setEnabled(enabled)

    def status_text(self) -> str:
        return " ".join(t for t in (self.status.text(), self.detail.text()) if t)

    # --- gestures --------------------------------------------------------------------------------
    def _copy_code(self) -> None:
        if self._code:
            QGuiApplication.clipboard().setText(self._code)

    def _ask_note(self, kind: str) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(labels.security_request(kind))
        dialog.setLabelText(self.tr("A note for the security team (optional):"))
        dialog.textValueSelected.connect(lambda text: self.request_requested.emit(kind, text.strip(), "", ""))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_address(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(labels.security_request("address_whitelist"))
        address = QLineEdit(placeholderText=self.tr("Withdrawal address"), maxLength=128)
        chain = QComboBox()
        chain.addItems(CHAINS)
        note = QLineEdit(placeholderText=self.tr("Note (optional)"), maxLength=2000)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Address"), address)
        form.addRow(self.tr("Network"), chain)
        form.addRow(self.tr("Note"), note)
        form.addRow(buttons)
        dialog.accepted.connect(
            lambda: self.request_requested.emit(
                "address_whitelist", note.text().strip(), address.text().strip(), chain.currentText()
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_override(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Vouch for the customer"))
        reason = QLineEdit(placeholderText=self.tr("How do you know it is them? (audited)"), maxLength=500)
        minutes = QSpinBox(minimum=1, maximum=120, value=30, suffix=self.tr(" min"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        def accept() -> None:
            if len(reason.text().strip()) >= 3:
                dialog.accept()

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Reason"), reason)
        form.addRow(self.tr("Valid for"), minutes)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: self.override_requested.emit(reason.text().strip(), minutes.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
