"""Run a macro on the selected conversations (issue 20): pick a macro, see its steps, run it,
follow its progress and undo it while the grace time lasts. The rules of a tracked run are
:mod:`app.policies.macro_run`; the controller talks to the server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import assert_never

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.protocol import macros as pmac
from app.ui import formats, labels
from app.ui.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("MacroDialog", text)


def describe(step: pmac.MacroStep) -> str:
    """One step in words (the agent's language)."""
    match step:
        case pmac.ReplyStep(canned_key=key):
            return _t(QT_TRANSLATE_NOOP("MacroDialog", "Reply with “%1”")).replace("%1", key)
        case pmac.StatusStep(status=status):
            text = _t(QT_TRANSLATE_NOOP("MacroDialog", "Set status: %1"))
            return text.replace("%1", labels.status(status))
        case pmac.PriorityStep(priority=priority):
            return _t(QT_TRANSLATE_NOOP("MacroDialog", "Set priority: %1")).replace("%1", priority)
        case pmac.TagsStep(add=add, remove=remove):
            added, removed = ", ".join(add) or "—", ", ".join(remove) or "—"
            text = _t(QT_TRANSLATE_NOOP("MacroDialog", "Tags: +%1 −%2"))
            return text.replace("%1", added).replace("%2", removed)
        case pmac.AssignStep(assignee=assignee):
            return _t(QT_TRANSLATE_NOOP("MacroDialog", "Assign to %1")).replace("%1", assignee or "—")
        case pmac.TransferStep(team=team):
            return _t(QT_TRANSLATE_NOOP("MacroDialog", "Transfer to %1")).replace("%1", team)
    assert_never(step)  # every MacroStep kind has its words above


class MacroDialog(QDialog):
    run_requested = Signal(int)  # macro id
    undo_requested = Signal()

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MacroDialog")
        self.setWindowTitle(self.tr("Run a macro"))
        self.resize(520, 360)
        self.macros: list[pmac.Macro] = []
        self.selection = QLabel(self.tr("%1 conversations selected").replace("%1", str(count)))
        self.choice = QComboBox()
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.choice.currentIndexChanged.connect(self._show_steps)
        self.run_button.clicked.connect(self._run)
        self.undo_button.clicked.connect(self.undo_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.selection, self.choice, self.steps, self.progress):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def show_macros(self, macros: Sequence[pmac.Macro]) -> None:
        self.macros = list(macros)
        self.choice.clear()
        for m in self.macros:
            self.choice.addItem(m.name, m.id)
        if not self.macros:
            self.steps.setText(self.tr("No macros yet: a supervisor makes them."))
        self.run_button.setEnabled(bool(self.macros))

    def _show_steps(self, index: int) -> None:
        if 0 <= index < len(self.macros):
            self.steps.setText("\n".join(describe(s) for s in self.macros[index].steps))

    def _run(self) -> None:
        macro_id = self.choice.currentData()
        if macro_id is not None:
            self.run_button.setEnabled(False)
            self.choice.setEnabled(False)
            self.run_requested.emit(int(macro_id))

    def show_run(self, run: pmac.MacroRun, can_undo: bool, now: datetime) -> None:
        text = self.tr("%1 of %2 done · %3 failed · %4 replies held · %5 sent")
        for n, value in enumerate((run.applied + run.failed, run.total, run.failed, run.held, run.sent), 1):
            text = text.replace(f"%{n}", str(value))
        if run.state == "holding" and run.release_at is not None:
            text += "\n" + self.tr("Replies go out at %1; undo until then.").replace(
                "%1", formats.clock(run.release_at))
        elif run.state == "undone":
            text += "\n" + self.tr("Undone: nothing was sent.")
        elif run.state == "released":
            text += "\n" + self.tr("Done: the replies were sent.")
        if run.failures:
            first = run.failures[0]
            text += "\n" + self.tr("#%1: %2").replace("%1", str(first.conversation_id)).replace(
                "%2", labels.error(first.code))
        self.progress.setText(text)
        self.undo_button.setEnabled(can_undo)

    def show_error(self, text: str) -> None:
        self.progress.setText(text)
        self.run_button.setEnabled(True)
        self.choice.setEnabled(True)
