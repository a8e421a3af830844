"""Incidents in the desk (issue 23): the incident bar above the inbox with each open incident's
counts, kept live by ``incident.updated``; for supervisors Declare and Update/resolve (the
dialog); for everyone "Request account freeze…" (the conversation's Transfer menu and the
Conversation menu), which escalates to the risk team on the server. Rules are the core's
(:mod:`app.policies.incidents`); the server decides what matches and who gets what."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client.state import EventNotice
from app.policies.incidents import merged, open_only
from app.protocol import incidents as pi
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.incident_dialog import IncidentDialog
from app.ui.widgets import plain_label

log = logging.getLogger(__name__)


class IncidentBar(QFrame):
    """One line per open incident: ``Incident #3 · USDT deposits delayed · 50 linked, 12 open``,
    and for supervisors its Update button. Hidden when nothing is open."""

    update_requested = Signal(object)  # Incident

    def __init__(self, supervisor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IncidentBar")
        self.supervisor = supervisor
        self.rows: list[tuple[Any, QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(4)
        self.hide()

    def text_of(self, incident: pi.Incident) -> str:
        kind = self.tr("Security incident") if incident.kind == "security" else self.tr("Incident")
        return (
            self.tr("%1 #%2 · %3 · %4 linked, %5 open")
            .replace("%1", kind).replace("%2", str(incident.id)).replace("%3", incident.title)
            .replace("%4", str(incident.linked)).replace("%5", str(incident.open))
        )

    def show_incidents(self, incidents: list[pi.Incident]) -> None:
        for _, row in self.rows:
            row.deleteLater()
        self.rows = []
        for incident in incidents:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = plain_label(self.text_of(incident), "IncidentText")
            label.setAccessibleName(label.text())
            line.addWidget(label, 1)
            if self.supervisor:
                button = QPushButton(self.tr("Update or resolve…"), row)
                button.clicked.connect(lambda _c=False, i=incident: self.update_requested.emit(i))
                line.addWidget(button)
            self._layout.addWidget(row)
            self.rows.append((label, row))
        self.setVisible(bool(incidents))

    def texts(self) -> list[str]:
        return [label.text() for label, _ in self.rows]


class IncidentsController(QObject):
    notice = Signal(str)  # a line for the status bar

    def __init__(self, desk: Desk, window: QWidget, conversation: Any, parent: QObject | None = None) -> None:
        """``conversation``: the conversation controller (its ``conversation_id``)."""
        super().__init__(parent or window)
        self.desk = desk
        self.window = window
        self.conversation = conversation
        self.incidents: list[pi.Incident] = []
        self.bar = IncidentBar(desk.role == "supervisor")
        self.bar.update_requested.connect(self.update_incident)
        self.dialog: IncidentDialog | None = None
        self.freeze_dialog: QInputDialog | None = None
        desk.came_online.connect(self.load)
        desk.event_received.connect(self._event)
        if desk.session.online:
            self.load()

    def load(self) -> None:
        self.desk.bridge.run(
            self.desk.session.call(pi.LIST, pi.ListParams()),
            done=lambda result: self._show(open_only(result.incidents)),
            guard=self,
            error=lambda exc: log.info("incidents.list failed: %s", type(exc).__name__),
            name="incidents.list",
        )

    def _event(self, notice: EventNotice) -> None:
        if isinstance(notice.payload, pi.IncidentUpdated):
            self._show(merged(self.incidents, notice.payload.incident))

    def _show(self, incidents: list[pi.Incident]) -> None:
        self.incidents = incidents
        self.bar.show_incidents(incidents)

    # --- supervisors: declare, update, resolve ----------------------------------------------------
    def declare(self) -> None:
        self._open(IncidentDialog(None, self.window))

    def update_incident(self, incident: pi.Incident) -> None:
        self._open(IncidentDialog(incident, self.window))

    def _open(self, dialog: IncidentDialog) -> None:
        dialog.submitted.connect(lambda values: self._send(dialog, values))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _send(self, dialog: IncidentDialog, values: dict[str, Any]) -> None:
        incident = dialog.incident
        if incident is None:
            call = self.desk.session.call(pi.DECLARE, pi.DeclareParams(
                title=values["title"], kind=values["kind"], topic=values["topic"],
                keywords=values["keywords"], assets=values["assets"],
                message_en=values["message_en"], message_zh=values["message_zh"],
            ))
        else:
            call = self.desk.session.call(pi.UPDATE, pi.UpdateParams(
                incident_id=incident.id, message_en=values["message_en"], message_zh=values["message_zh"],
                resolve=values["resolve"],
            ))
        self.desk.bridge.run(
            call,
            done=lambda _result: dialog.accept(),
            error=lambda exc: dialog.show_error(
                getattr(exc, "message", "") if getattr(exc, "code", None) == "blocked"
                else labels.error(getattr(exc, "code", None) or "internal")
            ),
            guard=dialog,
            name="incident.declare" if incident is None else "incident.update",
        )

    # --- everyone: request account freeze ---------------------------------------------------------
    def extend_transfer_menu(self, menu: QMenu) -> None:
        menu.addAction(self.tr("Request account freeze…"), self.request_freeze)

    def request_freeze(self) -> None:
        conversation_id = self.conversation.conversation_id
        if conversation_id is None:
            return
        dialog = QInputDialog(self.window)
        dialog.setObjectName("FreezeDialog")
        dialog.setWindowTitle(self.tr("Request account freeze"))
        dialog.setLabelText(self.tr("The risk team decides on the freeze. Why is it needed?"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Send to the risk team"))
        dialog.textValueSelected.connect(lambda text: self._freeze(conversation_id, text))
        dialog.finished.connect(dialog.deleteLater)
        self.freeze_dialog = dialog
        dialog.open()

    def _freeze(self, conversation_id: int, reason: str) -> None:
        self.desk.bridge.run(
            self.desk.session.call(
                pi.FREEZE_REQUEST, pi.FreezeParams(conversation_id=conversation_id, reason=reason.strip())
            ),
            done=lambda _r: self.notice.emit(self.tr("Freeze request sent to the risk team.")),
            error=lambda exc: self.notice.emit(labels.error(getattr(exc, "code", None) or "internal")),
            guard=self,
            name="account.freeze_request",
        )
