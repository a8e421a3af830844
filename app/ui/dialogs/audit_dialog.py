"""The audit log for supervisors: filter by actor, action, target and time; check the chain.

Every value is shown with its control, format and bidirectional characters escaped
(``app.protocol.display.escape_controls``): an audit target holding U+202E must read as what was
recorded, not be reordered into something else. Pure view: :class:`AuditController` in
``app/ui/identity_desk.py`` pages it through ``audit.list`` and ``audit.verify``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.protocol.display import escape_controls
from app.protocol.methods import AuditEntry
from app.ui import formats
from app.ui.widgets import plain_label, set_tone

#: the time filter's choices: label and how far back (None: all)
PERIODS: tuple[tuple[str, timedelta | None], ...] = (
    ("Last hour", timedelta(hours=1)),
    ("Last 24 hours", timedelta(days=1)),
    ("Last 7 days", timedelta(days=7)),
    ("All", None),
)



class AuditFilters(TypedDict):
    """What the agent narrowed the log to (``None``: not narrowed)."""

    actor: str | None
    action: str | None
    target: str | None
    span: timedelta | None  # how far back, from now

class AuditDialog(QDialog):
    search_requested = Signal()
    more_requested = Signal()
    verify_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 560)
        self.actor = QLineEdit(placeholderText=self.tr("Actor (username)"), maxLength=64)
        self.action = QLineEdit(placeholderText=self.tr("Action, e.g. customer.view"), maxLength=64)
        self.target = QLineEdit(placeholderText=self.tr("Target (UID, conversation…)"), maxLength=128)
        self.period = QComboBox()
        for text, span in PERIODS:
            self.period.addItem(self._period_text(text), span)
        self.period.setCurrentIndex(1)
        self.search = QPushButton(self.tr("Search"))
        self.search.setObjectName("Primary")
        self.search.clicked.connect(self.search_requested)
        for edit in (self.actor, self.action, self.target):
            edit.returnPressed.connect(self.search_requested)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Actor"), self.tr("Action"), self.tr("Target"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.more = QPushButton(self.tr("Load older"))
        self.more.clicked.connect(self.more_requested)
        self.more.setEnabled(False)
        self.verify_status = plain_label(self.tr("The chain has not been checked yet."), "Muted", wrap=True)
        self.verify = QPushButton(self.tr("Check the chain"))
        self.verify.setToolTip(
            self.tr("Walk the keyed chain and the signed checkpoints, as `audit verify` does")
        )
        self.verify.clicked.connect(self.verify_requested)

        filters = QHBoxLayout()
        for widget in (self.actor, self.action, self.target, self.period, self.search):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify)
        bottom.addWidget(self.verify_status, 1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _period_text(self, text: str) -> str:
        return {
            "Last hour": self.tr("Last hour"),
            "Last 24 hours": self.tr("Last 24 hours"),
            "Last 7 days": self.tr("Last 7 days"),
            "All": self.tr("All"),
        }[text]

    # --- filters ---------------------------------------------------------------------------------
    def filters(self) -> AuditFilters:
        return {
            "actor": self.actor.text().strip() or None,
            "action": self.action.text().strip() or None,
            "target": self.target.text().strip() or None,
            "span": self.period.currentData(),
        }

    # --- rendering -------------------------------------------------------------------------------
    def show_entries(self, entries: Sequence[AuditEntry], *, append: bool, more: bool) -> None:
        if not append:
            self.table.setRowCount(0)
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            details = json.dumps(entry.details, ensure_ascii=False, sort_keys=True)
            values = (
                formats.date_time(entry.at),
                escape_controls(entry.actor or "—"),
                escape_controls(entry.action),
                escape_controls(entry.target or "—"),
                escape_controls(details, double_backslash=False),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.more.setEnabled(more)

    def show_verified(self, ok: bool, checked: int, checkpoints: int, problem: str | None) -> None:
        if ok:
            text = (
                self.tr("Chain intact: %1 rows, %2 signed checkpoints.")
                .replace("%1", str(checked))
                .replace("%2", str(checkpoints))
            )
        else:
            text = self.tr("Chain BROKEN: %1").replace("%1", escape_controls(problem or "?"))
        self.verify_status.setText(text)
        set_tone(self.verify_status, "ok" if ok else "danger")

    def cell_texts(self, row: int) -> list[str]:
        items = (self.table.item(row, c) for c in range(self.table.columnCount()))
        return [item.text() if item is not None else "" for item in items]
