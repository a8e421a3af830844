"""Declare an incident, or send an update to every conversation linked to one (and resolve them).

Non-blocking (``open()``); :attr:`submitted` carries a dict of the form's values. The rules of the
form are the core's (:mod:`app.policies.incidents`); the controller sends it and hands a refusal
(the guard's, say) back through :meth:`show_error`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.policies.incidents import problem, split_list
from app.protocol.incidents import Incident
from app.ui.widgets import named

TOPICS = ("deposit", "withdrawal", "login", "trading", "security", "account")


class IncidentDialog(QDialog):
    submitted = Signal(object)  # dict

    def __init__(self, incident: Incident | None = None, parent: QWidget | None = None) -> None:
        """``incident`` None: declare a new one; otherwise: update (and maybe resolve) it."""
        super().__init__(parent)
        self.incident = incident
        declaring = incident is None
        self.setObjectName("DeclareIncidentDialog" if declaring else "UpdateIncidentDialog")
        self.setWindowTitle(self.tr("Declare an incident") if declaring else self.tr("Update incident"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(self)  # parented: in update mode they are not laid out
        self.title.setMaxLength(200)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Outage"), "outage")
        self.kind.addItem(self.tr("Security incident"), "security")
        self.topic = QComboBox(self)
        self.topic.addItem(self.tr("(none)"), None)
        names = {
            "deposit": self.tr("Deposits"),
            "withdrawal": self.tr("Withdrawals"),
            "login": self.tr("Login"),
            "trading": self.tr("Trading"),
            "security": self.tr("Account security"),
            "account": self.tr("Account"),
        }
        for code in TOPICS:
            self.topic.addItem(names[code], code)
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("Comma-separated, e.g. TRC20, 提币失败"))
        self.assets = QLineEdit(self)
        self.assets.setPlaceholderText(self.tr("Comma-separated symbols, e.g. USDT, BTC"))
        self.message_en = QPlainTextEdit()
        self.message_zh = QPlainTextEdit()
        for box in (self.message_en, self.message_zh):
            box.setTabChangesFocus(True)
        if incident is not None:
            self.message_en.setPlaceholderText(self.tr("What customers are told now (English)"))
            self.message_zh.setPlaceholderText(self.tr("What customers are told now (Chinese)"))
        self.resolve = QCheckBox(self.tr("Resolve the incident and all its open conversations"), self)
        self.problem = named(QLabel(), "GuardWarning")
        self.error = named(QLabel(), "GuardWarning")
        for label in (self.problem, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(
            self.tr("Declare") if declaring else self.tr("Send to all"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send.setObjectName("Primary")
        form = QFormLayout()
        if incident is None:  # declaring
            form.addRow(self.tr("&Title"), self.title)
            form.addRow(self.tr("&Kind"), self.kind)
            form.addRow(self.tr("T&opic"), self.topic)
            form.addRow(self.tr("&Keywords"), self.keywords)
            form.addRow(self.tr("&Assets"), self.assets)
        else:
            heading = QLabel()
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setWordWrap(True)
            text = self.tr("#%1 %2: %3 open conversations get this message in their customer's language.")
            text = text.replace("%1", str(incident.id)).replace("%2", incident.title)
            heading.setText(text.replace("%3", str(incident.open)))
            form.addRow(heading)
        form.addRow(self.tr("Message (&English)"), self.message_en)
        form.addRow(self.tr("Message (&Chinese)"), self.message_zh)
        if not declaring:
            form.addRow(self.resolve)
        for unused in ((self.resolve,) if declaring else (self.title, self.kind, self.topic, self.keywords,
                                                            self.assets)):
            unused.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.title, self.keywords, self.assets):
            edit.textChanged.connect(self._update)
        for box in (self.message_en, self.message_zh):
            box.textChanged.connect(self._update)
        self.topic.currentIndexChanged.connect(lambda _i: self._update())
        self.buttons.rejected.connect(self.reject)
        self.send.clicked.connect(self._submit)
        self._update()

    def _words(self, code: str) -> str:
        return {
            "no_title": self.tr("Give the incident a title."),
            "no_scope": self.tr("Choose a topic, keywords or assets: they decide which chats are linked."),
            "too_many": self.tr("At most 20 keywords and 20 assets."),
            "short_keyword": self.tr("A keyword needs at least 2 characters."),
            "bad_asset": self.tr("An asset is a symbol of 2 to 12 letters or digits."),
            "no_message_en": self.tr("Write the English message."),
            "no_message_zh": self.tr("Write the Chinese message."),
        }.get(code, code)

    def _problem(self) -> str | None:
        return problem(
            declaring=self.incident is None, title=self.title.text(), topic=self.topic.currentData(),
            keywords=self.keywords.text(), assets=self.assets.text(),
            en=self.message_en.toPlainText(), zh=self.message_zh.toPlainText(),
        )

    def _update(self) -> None:
        self.error.hide()
        found = self._problem()
        self.send.setEnabled(found is None)
        self.problem.setText(self._words(found) if found else "")
        started = bool(self.message_en.toPlainText() or self.title.text())
        self.problem.setVisible(found is not None and started)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "topic": self.topic.currentData(),
            "keywords": split_list(self.keywords.text()),
            "assets": [a.upper() for a in split_list(self.assets.text())],
            "message_en": self.message_en.toPlainText().strip(),
            "message_zh": self.message_zh.toPlainText().strip(),
            "resolve": self.resolve.isChecked(),
        }

    def _submit(self) -> None:
        if self._problem() is None:
            self.send.setEnabled(False)
            self.submitted.emit(self.values())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.send.setEnabled(True)
