"""The supervisor's views (issue 20): the live floor and reports. Opens the dialogs, talks to the
server (``floor.watch``/``floor.unwatch``/``floor.conversations``, ``conversation.update`` to
reassign, ``report.get``) and hands what comes back to them; ``floor.summary`` signals update
the floor while it is open (the server pushes: the desk never polls). Export writes the file in a
worker thread (``app.core.report_table``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app.client import ConnectionStatus
from app.core import report_table
from app.protocol import floor as pf
from app.protocol import methods as pm
from app.protocol import reports as preports
from app.protocol.types import Channel
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.floor_dialog import FloorDialog
from app.ui.dialogs.reports_dialog import ReportsDialog

log = logging.getLogger(__name__)


def local_midnight() -> datetime:
    """Where "today" starts for breaches today: the desk's own midnight."""
    return datetime.combine(datetime.now().astimezone().date(), time(0)).astimezone().astimezone(UTC)


class SupervisorController(QObject):
    def __init__(
        self,
        desk: Desk,
        window: QWidget,
        open_conversation: Callable[[int], None],
        team_names: Callable[[], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = window
        self.open_conversation = open_conversation
        self.team_names = team_names
        self.floor_dialog: FloorDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        self._cell: tuple[str, pf.FloorConversationsParams] | None = None
        desk.desk_signal.connect(self._on_signal)
        desk.came_online.connect(self._rewatch)

    # --- the live floor ------------------------------------------------------------------------
    def show_floor(self) -> None:
        if self.floor_dialog is None:
            dialog = FloorDialog(self.window)
            dialog.queue_chosen.connect(self._queue)
            dialog.agent_chosen.connect(self._agent)
            dialog.open_requested.connect(self.open_conversation)
            dialog.reassign_requested.connect(self._reassign)
            dialog.finished.connect(self._floor_closed)
            self.floor_dialog = dialog
        self.floor_dialog.show()
        self._rewatch()

    def _rewatch(self) -> None:
        dialog = self.floor_dialog
        if dialog is None or self.desk.state.status is not ConnectionStatus.ONLINE:
            return
        self.desk.bridge.run(
            self.desk.session.call(pf.FLOOR_WATCH, pf.FloorWatchParams(day_start=local_midnight())),
            done=lambda result: self._show(result.floor),
            error=lambda exc: dialog.updated.setText(labels.error(getattr(exc, "code", None) or "internal")),
            guard=dialog,
            name="floor.watch",
        )

    def _show(self, floor: pf.Floor) -> None:
        if self.floor_dialog is not None:
            self.floor_dialog.show_floor(floor, self.desk.clock.now(), self.team_names())

    def _on_signal(self, signal: object) -> None:
        if isinstance(signal, pf.FloorSummary):
            self._show(signal.floor)

    def _floor_closed(self) -> None:
        if self.floor_dialog is not None:
            self.floor_dialog.deleteLater()
            self.floor_dialog = None
        if self.desk.state.status is ConnectionStatus.ONLINE:
            self.desk.bridge.run(self.desk.session.call(pf.FLOOR_UNWATCH, pm.Empty()), name="floor.unwatch")

    def _queue(self, team: str, channel: str) -> None:
        title = f"{self.team_names().get(team, team)} · {labels.channel(channel)}"
        code = cast(Channel, channel)  # a Qt signal's str: the floor's cell, from the server's Channel
        self._list(title, pf.FloorConversationsParams(team=team, channel=code))

    def _agent(self, username: str) -> None:
        self._list(self.desk.display_name_of(username), pf.FloorConversationsParams(agent=username))

    def _list(self, title: str, params: pf.FloorConversationsParams) -> None:
        dialog = self.floor_dialog
        if dialog is None:
            return
        self._cell = (title, params)
        self.desk.bridge.run(
            self.desk.session.call(pf.FLOOR_CONVERSATIONS, params),
            done=lambda result: dialog.show_conversations(title, result.conversations, result.total),
            guard=dialog,
            name="floor.conversations",
        )

    def _reassign(self, conversation_id: int, username: str) -> None:
        dialog = self.floor_dialog
        params = pm.UpdateParams(conversation_id=conversation_id, assignee=username)

        def again(_result: object) -> None:
            if self._cell is not None:
                self._list(*self._cell)

        self.desk.bridge.run(
            self.desk.session.call(pm.UPDATE, params),
            done=again,
            error=lambda exc: dialog.cell.setText(labels.error(getattr(exc, "code", None) or "internal"))
            if dialog is not None else None,
            guard=dialog,
            name="floor.reassign",
        )

    # --- reports -------------------------------------------------------------------------------
    def show_reports(self) -> None:
        if self.reports_dialog is None:
            dialog = ReportsDialog(self.window)
            dialog.run_requested.connect(self._run_report)
            dialog.export_requested.connect(self._export)
            dialog.finished.connect(self._reports_closed)
            self.reports_dialog = dialog
        self.reports_dialog.show()

    def _run_report(self, since: datetime, until: datetime, by: str) -> None:
        dialog = self.reports_dialog
        if dialog is None:
            return
        dimension = cast(preports.Dimension, by)  # the dialog's combo data: only Dimension codes
        params = preports.ReportParams(since=since, until=until, by=dimension)
        self.desk.bridge.run(
            self.desk.session.call(preports.REPORT, params),
            done=dialog.show_result,
            error=lambda exc: dialog.show_error(labels.error(getattr(exc, "code", None) or "internal")),
            guard=dialog,
            name="report.get",
        )

    def _export(self) -> None:
        dialog = self.reports_dialog
        if dialog is None or dialog.report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            dialog, self.tr("Export report"), "report.xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if not name:
            return
        result, titles, total = dialog.report, dialog.titles(), dialog.total_label()
        self.desk.bridge.run(
            asyncio.to_thread(report_table.export, Path(name), result, titles, total),
            done=lambda _: dialog.status.setText(self.tr("Saved %1").replace("%1", name)),
            error=lambda exc: dialog.show_error(
                self.tr("Could not save the file: %1").replace("%1", type(exc).__name__)
            ),
            guard=dialog,
            name="report.export",
        )

    def _reports_closed(self) -> None:
        if self.reports_dialog is not None:
            self.reports_dialog.deleteLater()
            self.reports_dialog = None
