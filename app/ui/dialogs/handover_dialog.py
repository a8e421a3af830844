"""Transfer a conversation to a team (with a handover note) or escalate it to a function team
(with the reason). The dialog collects and shows; :mod:`app.policies.handover` says which teams it
offers and what is wrong with the input (shown inline, the button disabled meanwhile); the
controller sends it and hands a refusal back through :meth:`show_error`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.policies.handover import Kind, problem, teams_for
from app.protocol.routing import TeamInfo
from app.ui import labels
from app.ui.widgets import named


class HandoverDialog(QDialog):
    """Non-blocking (``open()``); :attr:`submitted` carries ``(team code, text)``."""

    submitted = Signal(str, str)

    def __init__(
        self, kind: Kind, teams: Sequence[TeamInfo], current_team: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("EscalateDialog" if kind == "escalate" else "TransferDialog")
        self.setWindowTitle(
            self.tr("Escalate conversation") if kind == "escalate" else self.tr("Transfer to a team")
        )
        self.setMinimumWidth(440)
        self._busy = False
        self.team = QComboBox()
        for team in teams_for(kind, teams, current_team):
            members = ", ".join(team.members)
            self.team.addItem(labels.team(team.code, team.name), team.code)
            self.team.setItemData(self.team.count() - 1, members, Qt.ItemDataRole.ToolTipRole)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("Why it needs them: what happened, what was checked")
            if kind == "escalate"
            else self.tr("What the next agent needs to know")
        )
        self.text.setTabChangesFocus(True)
        self.problem = named(QLabel(), "GuardWarning")
        self.error = named(QLabel(), "GuardWarning")
        for label in (self.problem, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(
            self.tr("Escalate") if kind == "escalate" else self.tr("Transfer"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.send.setObjectName("Primary")
        self.send.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Reason") if kind == "escalate" else self.tr("Handover &note"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.team.currentIndexChanged.connect(lambda _i: self._update())
        self.text.textChanged.connect(self._update)
        self.buttons.rejected.connect(self.reject)
        self.send.clicked.connect(self._submit)
        self._update()
        self.text.setFocus()

    def chosen(self) -> str | None:
        code = self.team.currentData()
        return str(code) if code else None

    def _words(self, code: str) -> str:
        return {
            "no_team": self.tr("There is no team to choose."),
            "empty": self.tr("Write a reason.")
            if self.kind == "escalate"
            else self.tr("Write a handover note."),
            "too_short": self.tr("The reason is too short."),
            "too_long": self.tr("This is too long."),
        }.get(code, code)

    def _update(self) -> None:
        self.error.hide()
        found = problem(self.kind, self.chosen(), self.text.toPlainText())
        # an empty box is not an error yet: the button simply waits
        shown = found if found not in (None, "empty") else None
        self.problem.setText(self._words(shown) if shown else "")
        self.problem.setVisible(shown is not None)
        self.send.setEnabled(found is None and not self._busy)

    def show_error(self, text: str) -> None:
        self._busy = False
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.send.setEnabled(True)

    def _submit(self) -> None:
        team = self.chosen()
        if team is None or problem(self.kind, team, self.text.toPlainText()) is not None or self._busy:
            return
        self._busy = True
        self.send.setEnabled(False)
        self.submitted.emit(team, self.text.toPlainText().strip())
