"""Supervisors' macro editor (issue 20): the shared macros on the left, one macro as a form on
the right (each field may be left as it is). The form's rules — step order, what is refused —
are :mod:`app.policies.macro_form`; the controller saves and deletes on the server."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.macro_form import MacroForm, form_of, parse_tags, problems
from app.protocol import macros as pmac
from app.protocol.types import CannedReply
from app.ui import labels

STATUSES = ("open", "pending", "resolved")
PRIORITIES = ("low", "normal", "high", "urgent")


class MacroEditor(QDialog):
    save_requested = Signal(object, object)  # macro id (None: new), MacroForm
    delete_requested = Signal(int)

    def __init__(
        self, canned: Sequence[CannedReply], agents: Sequence[tuple[str, str]], teams: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MacroEditor")
        self.setWindowTitle(self.tr("Macros"))
        self.resize(820, 520)
        self.macros: list[pmac.Macro] = []
        self.list = QListWidget()
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        keep = self.tr("(leave as it is)")
        self.reply = QComboBox()
        self.reply.addItem(self.tr("(no reply)"), None)
        for c in canned:
            self.reply.addItem(f"{c.titles.get('en') or c.key} · {c.shortcut}", c.key)
        self.status = QComboBox()
        self.status.addItem(keep, None)
        for s in STATUSES:
            self.status.addItem(labels.status(s), s)
        self.priority = QComboBox()
        self.priority.addItem(keep, None)
        for p in PRIORITIES:
            self.priority.addItem(p, p)
        self.add_tags = QLineEdit()
        self.remove_tags = QLineEdit()
        self.assign = QComboBox()
        self.assign.addItem(keep, None)
        self.assign.addItem(self.tr("(nobody)"), "")
        for display, username in agents:
            self.assign.addItem(display, username)
        self.transfer = QComboBox()
        self.transfer.addItem(keep, None)
        for code, name in teams.items():
            self.transfer.addItem(name, code)
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Reply"), self.reply)
        form.addRow(self.tr("Add tags"), self.add_tags)
        form.addRow(self.tr("Remove tags"), self.remove_tags)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Assign to"), self.assign)
        form.addRow(self.tr("Transfer to team"), self.transfer)
        form.addRow(self.tr("Handover note"), self.note)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.list.currentRowChanged.connect(self._pick)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        actions = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._editing: int | None = None

    def show_macros(self, macros: Sequence[pmac.Macro]) -> None:
        self.macros = list(macros)
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.macros:
            self.list.addItem(m.name)
        self.list.blockSignals(False)
        row = next((n for n, m in enumerate(self.macros) if m.id == self._editing), -1)
        self.list.setCurrentRow(row)

    def clear(self) -> None:
        self._editing = None
        self.list.setCurrentRow(-1)
        self._fill(MacroForm())

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.macros):
            self._editing = self.macros[row].id
            self._fill(form_of(self.macros[row]))

    @staticmethod
    def _choose(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _fill(self, form: MacroForm) -> None:
        self.name.setText(form.name)
        self._choose(self.reply, form.canned_key)
        self._choose(self.status, form.status)
        self._choose(self.priority, form.priority)
        self.add_tags.setText(", ".join(form.add_tags))
        self.remove_tags.setText(", ".join(form.remove_tags))
        self._choose(self.assign, form.assign)
        self._choose(self.transfer, form.transfer_team)
        self.note.setText(form.transfer_note)
        self.message.clear()

    def form(self) -> MacroForm:
        return MacroForm(
            name=self.name.text().strip(), canned_key=self.reply.currentData(),
            status=self.status.currentData(),
            priority=self.priority.currentData(), add_tags=parse_tags(self.add_tags.text()),
            remove_tags=parse_tags(self.remove_tags.text()), assign=self.assign.currentData(),
            transfer_team=self.transfer.currentData(), transfer_note=self.note.text(),
        )

    def problem_text(self, code: str) -> str:
        return {
            "name_missing": self.tr("Give the macro a name."),
            "transfer_note_missing": self.tr("A transfer needs a handover note."),
            "assign_and_transfer": self.tr("Assign or transfer, not both."),
            "too_many_tags": self.tr("At most 20 tags."),
            "no_steps": self.tr("Choose at least one step."),
        }.get(code, code)

    def _save(self) -> None:
        form = self.form()
        found = problems(form)
        if found:
            self.message.setText(" ".join(self.problem_text(p) for p in found))
            return
        self.save_requested.emit(self._editing, form)

    def saved(self, macro: pmac.Macro) -> None:
        self._editing = macro.id
        self.message.setText(self.tr("Saved."))

    def _delete(self) -> None:
        if self._editing is not None:
            self.delete_requested.emit(self._editing)
            self._editing = None

    def show_error(self, text: str) -> None:
        self.message.setText(text)
