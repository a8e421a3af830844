"""The cover dialogs: choose a backup for while I'm away, and "While you were away" (the
conversations of my clients that arrived meanwhile: who got them and their status now)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.protocol.types import AgentPresence
from app.protocol.vip import CoverEntry
from app.ui import labels


class BackupDialog(QDialog):
    """Pick a VIP manager or supervisor (or nobody) to cover my clients while I'm away."""

    def __init__(
        self, candidates: Sequence[AgentPresence], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backup while I'm away"))
        self.choice = QComboBox()
        self.choice.addItem(self.tr("No backup"), None)
        for agent in candidates:
            self.choice.addItem(f"{agent.display_name} · {labels.role(agent.role)}", agent.username)
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0) if current else 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("New conversations of your clients go to this colleague while you are away."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def backup(self) -> str | None:
        value = self.choice.currentData()
        return str(value) if value else None


class CoverReportDialog(QDialog):
    """Lists the cover log entries since I went away; double-click opens a conversation."""

    def __init__(
        self,
        entries: Sequence[CoverEntry],
        name_of: Callable[[str | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CoverReportDialog")
        self.setWindowTitle(self.tr("While you were away"))
        self.resize(620, 360)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Conversation"), self.tr("Client"), self.tr("Routed to"), self.tr("Status")]
        )
        for e in entries:
            routed = name_of(e.routed_to) if e.routed_to else self.tr("Unassigned (VIP queue)")
            item = QTreeWidgetItem(
                [
                    f"#{e.conversation_id} · {labels.channel(e.channel)}",
                    e.uid,
                    routed,
                    labels.status(e.status),
                ]
            )
            self.tree.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New conversations of your clients while you were away:")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[list[str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                out.append([item.text(c) for c in range(item.columnCount())])
        return out
