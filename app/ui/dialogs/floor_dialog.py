"""The live floor (issue 20): queues per team and channel, agents' presence and load, updated as
``floor.summary`` signals arrive; a click on a queue or an agent lists its conversations, which
open in the desk or go to another agent. Renders :mod:`app.policies.floor_rows`; the controller
talks to the server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.policies.floor_rows import AgentRow, QueueRow, agent_rows, queue_rows
from app.policies.sla_clock import split_seconds
from app.protocol.floor import UNROUTED, Floor
from app.protocol.types import Conversation
from app.ui import formats, labels

ALARM = QColor("#b91c1c")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _wait(seconds: float | None) -> str:
    return "—" if seconds is None else formats.duration(split_seconds(seconds))


class FloorDialog(QDialog):
    queue_chosen = Signal(str, str)  # team (UNROUTED for none), channel
    agent_chosen = Signal(str)
    open_requested = Signal(int)
    reassign_requested = Signal(int, str)  # conversation, username

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FloorDialog")
        self.setWindowTitle(self.tr("Live floor"))
        self.resize(980, 640)
        self.queue_data: list[QueueRow] = []
        self.agent_data: list[AgentRow] = []
        self.conversation_ids: list[int] = []
        self.updated = QLabel()
        self.queues = _table([self.tr("Team"), self.tr("Channel"), self.tr("Open"), self.tr("Waiting"),
                              self.tr("Unassigned"), self.tr("Oldest wait"), self.tr("At risk"),
                              self.tr("Breached"), self.tr("Breached today")])
        self.agents = _table([self.tr("Agent"), self.tr("Presence"), self.tr("Teams"), labels.channel("chat"),
                              labels.channel("email"), self.tr("Conversations"), self.tr("Waiting"),
                              self.tr("Since last reply")])
        self.cell = QLabel(self.tr("Click a queue or an agent to list its conversations."))
        self.conversations = _table([self.tr("#"), self.tr("Customer"), self.tr("Channel"), self.tr("Status"),
                                     self.tr("Assignee")])
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.assignee = QComboBox()
        self.assignee.setObjectName("FloorAssignee")
        self.reassign_button = QPushButton(self.tr("Reassign"))
        self.queues.cellClicked.connect(self._queue_clicked)
        self.agents.cellClicked.connect(self._agent_clicked)
        self.conversations.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.open_button.clicked.connect(lambda: self._open(self.conversations.currentRow()))
        self.reassign_button.clicked.connect(self._reassign)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Reassign to")))
        actions.addWidget(self.assignee)
        actions.addWidget(self.reassign_button)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.cell)
        bottom_layout.addWidget(self.conversations, 1)
        bottom_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queues)
        split.addWidget(self.agents)
        split.addWidget(bottom)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.updated)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # --- rendering -----------------------------------------------------------------------------
    def show_floor(self, floor: Floor, now: datetime, team_names: dict[str, str]) -> None:
        self.queue_data = queue_rows(floor, now)
        self.agent_data = agent_rows(floor, now)
        self.updated.setText(self.tr("Updated %1").replace("%1", formats.clock(floor.at)))
        self.queues.setRowCount(len(self.queue_data))
        for row, q in enumerate(self.queue_data):
            team = team_names.get(q.team or "", q.team or "") or self.tr("No team")
            cells = [team, labels.channel(q.channel), str(q.open), str(q.waiting), str(q.unassigned),
                     _wait(q.oldest_wait), str(q.at_risk), str(q.breached), str(q.breached_today)]
            self._fill(self.queues, row, cells, q.alarm)
        self.agents.setRowCount(len(self.agent_data))
        names = []
        for row, a in enumerate(self.agent_data):
            load = [f"{n} / {cap}" if cap else str(n) for n, cap in a.load.values()]
            teams = ", ".join(team_names.get(t, t) for t in a.teams)
            cells = [a.display_name, labels.presence(a.presence), teams, *load, str(a.conversations),
                     str(a.waiting), _wait(a.since_reply)]
            self._fill(self.agents, row, cells, a.full)
            names.append((a.display_name, a.username))
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        for display, username in sorted(names):
            self.assignee.addItem(display, username)
        if current is not None and (index := self.assignee.findData(current)) >= 0:
            self.assignee.setCurrentIndex(index)
        self.assignee.blockSignals(False)

    @staticmethod
    def _fill(table: QTableWidget, row: int, cells: Sequence[str], alarm: bool) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if alarm:
                item.setForeground(QBrush(ALARM))
            table.setItem(row, column, item)

    def show_conversations(self, title: str, conversations: Sequence[Conversation], total: int) -> None:
        shown = self.tr("%1 (%2 of %3)").replace("%1", title).replace("%2", str(len(conversations)))
        self.cell.setText(shown.replace("%3", str(total)))
        self.conversation_ids = [c.id for c in conversations]
        self.conversations.setRowCount(len(conversations))
        for row, c in enumerate(conversations):
            cells = [str(c.id), c.customer.name, labels.channel(c.channel), labels.status(c.status),
                     c.assignee or "—"]
            self._fill(self.conversations, row, cells, False)

    # --- gestures ------------------------------------------------------------------------------
    def _queue_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.queue_data):
            q = self.queue_data[row]
            self.queue_chosen.emit(q.team or UNROUTED, q.channel)

    def _agent_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.agent_data):
            self.agent_chosen.emit(self.agent_data[row].username)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.conversation_ids):
            self.open_requested.emit(self.conversation_ids[row])

    def _reassign(self) -> None:
        row = self.conversations.currentRow()
        username = self.assignee.currentData()
        if 0 <= row < len(self.conversation_ids) and username:
            self.reassign_requested.emit(self.conversation_ids[row], str(username))
