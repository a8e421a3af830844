"""For supervisors: every agent's teams, presence, and open conversations against capacity per
channel (``agents.load``). A table and a Refresh button; the live floor view is another issue."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.protocol.routing import AgentLoad
from app.ui import labels

CHANNELS = ("chat", "email", "ticket", "callback")


def load_text(agent: AgentLoad, channel: str) -> str:
    """``3 / 4``: open conversations of the channel out of the agent's capacity."""
    capacity = agent.capacity.get(channel)
    count = agent.load.get(channel, 0)
    return f"{count} / {capacity}" if capacity else str(count)


class TeamLoadDialog(QDialog):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamLoadDialog")
        self.setWindowTitle(self.tr("Agents and load"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 3 + len(CHANNELS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("Teams"), self.tr("Presence"), *(labels.channel(c) for c in CHANNELS)]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        refresh = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def show_agents(self, agents: Sequence[AgentLoad], team_names: dict[str, str]) -> None:
        self.table.setRowCount(len(agents))
        for row, agent in enumerate(agents):
            cells = [
                agent.display_name,
                ", ".join(labels.team(t, team_names.get(t)) for t in agent.teams),
                labels.presence(agent.presence),
                *(load_text(agent, c) for c in CHANNELS),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text, never markup
                if column >= 3:
                    full = agent.load.get(CHANNELS[column - 3], 0) >= agent.capacity.get(
                        CHANNELS[column - 3], 10**9
                    )
                    if full:
                        item.setToolTip(
                            self.tr("At capacity: routing gives them nothing new on this channel")
                        )
                self.table.setItem(row, column, item)
