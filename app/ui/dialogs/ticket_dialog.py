"""Edit a ticket: its help-centre category, due date and subject.

The dialog only collects and shows. :func:`app.policies.ticket_edit.plan_edit` decides what would
be sent and what is wrong with it (shown inline; Save stays disabled); the controller sends the
changes with ``conversation.update`` and hands a refusal back through :meth:`show_error`. Every
field has a mnemonic (Alt+letter) and Enter saves, so the dialog works from the keyboard alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.policies.ticket_edit import CATEGORIES, MAX_AHEAD, SUBJECT_MAX, TicketEdit, TicketFields, plan_edit
from app.ui import labels
from app.ui.widgets import named


def _qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


class TicketDialog(QDialog):
    """Non-blocking: open it with ``open()``; :attr:`submitted` carries the planned
    :class:`~app.policies.ticket_edit.TicketEdit` (only changed fields)."""

    submitted = Signal(object)  # TicketEdit

    def __init__(
        self, current: TicketFields, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TicketDialog")
        self.setWindowTitle(self.tr("Edit ticket"))
        self.setMinimumWidth(460)
        self.current = current
        self._now = now
        self._busy = False

        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(labels.ticket_category(code), code)
        if current.category is not None and current.category not in CATEGORIES:
            self.category.addItem(labels.ticket_category(current.category), current.category)
        self.category.setCurrentIndex(max(self.category.findData(current.category), 0))

        start = now()
        due = current.due or start + timedelta(days=1)
        self.due = QDateTimeEdit(_qdt(due), calendarPopup=True)
        self.due.setMinimumDateTime(_qdt(min(due, start)))
        self.due.setMaximumDateTime(_qdt(max(due, start + MAX_AHEAD)))
        self.subject = QLineEdit(current.subject, maxLength=SUBJECT_MAX)

        self.problems = named(QLabel(), "GuardWarning")
        self.error = named(QLabel(), "GuardWarning")
        for label in (self.problems, self.error):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("Primary")
        self.save.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("&Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.category.currentIndexChanged.connect(lambda _i: self._changed())
        self.due.dateTimeChanged.connect(lambda _d: self._changed())
        self.subject.textChanged.connect(lambda _t: self._changed())
        self.buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self._submit)
        self._update()
        self.category.setFocus()

    # --- state ----------------------------------------------------------------------------------
    def edited(self) -> TicketFields:
        seconds = self.due.dateTime().toSecsSinceEpoch()
        return TicketFields(
            category=self.category.currentData(),
            due=datetime.fromtimestamp(seconds, UTC),
            subject=self.subject.text(),
        )

    def plan(self) -> TicketEdit:
        return plan_edit(self.current, self.edited(), self._now())

    def show_error(self, text: str) -> None:
        """The server refused the edit (``labels.error`` of its code)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    # --- behaviour ------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.error.hide()
        self._update()

    def _update(self) -> None:
        plan = self.plan()
        self.problems.setText("\n".join(labels.ticket_problem(code) for code in plan.problems))
        self.problems.setVisible(bool(plan.problems))
        self.save.setEnabled(plan.ready and not self._busy)

    def _submit(self) -> None:
        self._update()
        if self.save.isEnabled():
            self.set_busy(True)
            self.submitted.emit(self.plan())
