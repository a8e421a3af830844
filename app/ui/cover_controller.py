"""Cover: naming a backup (``agent.backup.set``) and, on coming back from away or offline, the
report of what arrived meanwhile (``cover.report since=<when I went away>``), shown when not empty.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.client import ConnectionStatus, SessionState
from app.protocol import vip
from app.protocol.vip import CoverEntry
from app.ui.desk import Desk
from app.ui.dialogs.cover_dialogs import BackupDialog, CoverReportDialog

BACKUP_ROLES = ("vip_manager", "supervisor")


class CoverController(QObject):
    def __init__(self, desk: Desk, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.desk = desk
        self.window = window
        self.away_since: datetime | None = None
        self.backup: str | None = None
        self.dialog: BackupDialog | None = None
        self.report: CoverReportDialog | None = None
        desk.state_changed.connect(self._state_changed)

    # --- backup ---------------------------------------------------------------------------------
    def choose_backup(self) -> None:
        me = self.desk.username
        current = next((a.backup for a in self.desk.agents if a.username == me), self.backup)
        candidates = sorted(
            (a for a in self.desk.agents if a.role in BACKUP_ROLES and a.username != me),
            key=lambda a: a.display_name,
        )
        dialog = BackupDialog(candidates, current, self.window)
        dialog.accepted.connect(lambda: self.set_backup(dialog.backup()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def set_backup(self, username: str | None) -> None:
        self.desk.bridge.run(
            self.desk.session.call(vip.BACKUP_SET, vip.BackupSetParams(backup=username)),
            done=self._backup_set,
            guard=self,
            name="agent.backup.set",
        )

    def _backup_set(self, result: Any) -> None:
        self.backup = result.backup
        self.desk.load_agents()

    # --- away and back --------------------------------------------------------------------------
    def presence_changed(self, presence: str) -> None:
        if self.desk.role != "vip_manager":
            return
        if presence != "available":
            self.away_since = self.away_since or datetime.now(UTC)
        elif self.away_since is not None and self.desk.session.online:
            self._ask_report(self.away_since)
            self.away_since = None

    def _state_changed(self, state: SessionState) -> None:
        if self.desk.role == "vip_manager" and state.status is not ConnectionStatus.ONLINE:
            self.away_since = self.away_since or datetime.now(UTC)

    def _ask_report(self, since: datetime) -> None:
        self.desk.bridge.run(
            self.desk.session.call(vip.COVER_REPORT, vip.CoverReportParams(since=since)),
            done=lambda result: self.show_report(result.entries),
            guard=self,
            error=lambda _exc: None,  # a report is a courtesy: no error in the status bar
            name="cover.report",
        )

    def show_report(self, entries: list[CoverEntry]) -> None:
        if not entries:
            return
        dialog = CoverReportDialog(entries, self.desk.display_name_of, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.report = dialog
        dialog.open()
