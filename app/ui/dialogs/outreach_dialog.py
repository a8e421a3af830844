"""Start a conversation with a client (``outreach.start``): channel, subject (email), body.

The body can come from the canned picker (in the client's language by default). The safety
guard's pre-check runs as the agent types and its reasons show inline (Send stays disabled);
the server's own ``blocked`` answer is shown inline too (:meth:`show_error`). The dialog only
collects and shows: the controller sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.canned_render import CannedValues
from app.policies.reply_check import reply_violations
from app.protocol.types import CannedReply
from app.ui import labels
from app.ui.dialogs.canned_picker import CannedPicker
from app.ui.widgets import named


@dataclass(frozen=True, slots=True)
class OutreachDraft:
    uid: str
    channel: str  # "chat" or "email"
    subject: str | None
    body: str
    canned_key: str | None


class OutreachDialog(QDialog):
    submitted = Signal(object)  # OutreachDraft

    def __init__(
        self,
        uid: str,
        customer_name: str,
        replies: Sequence[CannedReply],
        values: CannedValues,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OutreachDialog")
        self.setWindowTitle(self.tr("Start conversation with %1").replace("%1", customer_name))
        self.resize(560, 420)
        self.uid = uid
        self._replies = list(replies)
        self._values = values
        self._canned_key: str | None = None
        #: the official domains the server named (links are checked against them, as it will)
        self.official_domains: tuple[str, ...] | None = None
        #: the block explorers the server named (None: the guard's defaults), the same way
        self.explorer_domains: tuple[str, ...] | None = None
        #: the official support handles the server named (a reply may point to them), the same way
        self.official_handles: tuple[str, ...] = ()
        self._busy = False
        self.picker: CannedPicker | None = None

        self.channel = QComboBox()
        self.channel.addItem(labels.channel("chat"), "chat")
        self.channel.addItem(labels.channel("email"), "email")
        self.subject = QLineEdit()
        self.subject_label = QLabel(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.canned = QPushButton(self.tr("Canned reply…"))
        self.guard_warning = named(QLabel(), "GuardWarning")
        self.error = named(QLabel(), "GuardWarning")
        for label in (self.guard_warning, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.subject_label, self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.canned, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.guard_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.channel.currentIndexChanged.connect(lambda _i: self._update())
        self.subject.textChanged.connect(lambda _t: self._update())
        self.body.textChanged.connect(self._body_changed)
        self.canned.clicked.connect(self.open_canned)
        self.buttons.rejected.connect(self.reject)
        self.send.clicked.connect(self._submit)
        self._update()

    # --- state ----------------------------------------------------------------------------------
    def set_channel(self, channel: str) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))

    def draft(self) -> OutreachDraft:
        channel = str(self.channel.currentData())
        subject = self.subject.text().strip() if channel == "email" else None
        return OutreachDraft(
            self.uid, channel, subject or None, self.body.toPlainText().strip(), self._canned_key
        )

    def violations(self) -> list[str]:
        """The guard's reasons (once each, in order) for the subject and body as typed."""
        d = self.draft()
        domains, explorers, handles = self.official_domains, self.explorer_domains, self.official_handles
        found = [
            *reply_violations(
                d.subject or "", internal=False, domains=domains, explorers=explorers, handles=handles
            ),
            *reply_violations(d.body, internal=False, domains=domains, explorers=explorers, handles=handles),
        ]
        return list(dict.fromkeys(labels.guard(v.code, v.detail) for v in found))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    # --- behaviour ------------------------------------------------------------------------------
    def _body_changed(self) -> None:
        self.error.hide()
        self._update()

    def _update(self) -> None:
        email = self.channel.currentData() == "email"
        self.subject.setVisible(email)
        self.subject_label.setVisible(email)
        reasons = self.violations()
        self.guard_warning.setText(
            "\n".join([self.tr("The safety guard will not send this message:"), *reasons]) if reasons else ""
        )
        self.guard_warning.setVisible(bool(reasons))
        d = self.draft()
        ready = bool(d.body) and (not email or bool(d.subject)) and not reasons
        self.send.setEnabled(ready and not self._busy)

    def _submit(self) -> None:
        self._update()
        if self.send.isEnabled():
            self.set_busy(True)
            self.submitted.emit(self.draft())

    def open_canned(self) -> None:
        picker = CannedPicker(self._replies, self._values, parent=self)
        picker.picked.connect(self._insert_canned)
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()

    def _insert_canned(self, text: str) -> None:
        reply = self.picker.current_reply() if self.picker is not None else None
        self._canned_key = reply.key if reply is not None else None
        self.body.textCursor().insertText(text)
