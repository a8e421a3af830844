"""Teams in the desk (issue 19): transfer to a team and escalate (dialogs reached from the
conversation's Transfer menu and the Conversation menu), and for supervisors the agents' load.

It keeps the server's teams (``teams.list``, loaded when the session comes online) for the dialogs
and for naming teams the desk has no translation for. The rules of the dialogs are the core's
(:mod:`app.policies.handover`); the server decides who gets the conversation.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from app.policies.handover import Kind
from app.protocol import methods
from app.protocol import routing as pr
from app.protocol.routing import TeamInfo
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.handover_dialog import HandoverDialog
from app.ui.dialogs.team_load_dialog import TeamLoadDialog

log = logging.getLogger(__name__)


class RoutingController(QObject):
    def __init__(self, desk: Desk, window: QWidget, conversation: Any, parent: QObject | None = None) -> None:
        """``conversation``: the conversation controller (its ``conversation_id`` and ``detail``)."""
        super().__init__(parent or window)
        self.desk = desk
        self.window = window
        self.conversation = conversation
        self.teams: list[TeamInfo] = []
        self.dialog: HandoverDialog | None = None
        self.load_dialog: TeamLoadDialog | None = None
        desk.came_online.connect(self.load_teams)
        if desk.session.online:
            self.load_teams()

    # --- teams ----------------------------------------------------------------------------------
    def load_teams(self) -> None:
        self.desk.bridge.run(
            self.desk.session.call(pr.TEAMS_LIST, methods.Empty()),
            done=self._teams_loaded,
            guard=self,
            error=lambda exc: log.info("teams.list failed: %s", type(exc).__name__),
            name="teams.list",
        )

    def _teams_loaded(self, result: pr.TeamsResult) -> None:
        self.teams = list(result.teams)

    def team_names(self) -> dict[str, str]:
        return {t.code: t.name for t in self.teams}

    def extend_transfer_menu(self, menu: QMenu) -> None:
        """After the agents: the team and escalation actions (the header's Transfer menu)."""
        menu.addSeparator()
        menu.addAction(self.tr("To a team…"), self.transfer)
        menu.addAction(self.tr("Escalate…"), self.escalate)

    # --- transfer and escalate ------------------------------------------------------------------
    def transfer(self) -> None:
        self._open("transfer")

    def escalate(self) -> None:
        self._open("escalate")

    def _open(self, kind: Kind) -> None:
        conversation_id = self.conversation.conversation_id
        if conversation_id is None:
            return
        detail = self.conversation.detail
        current = detail.row.team if detail is not None else None
        dialog = HandoverDialog(kind, self.teams, current, self.window)
        dialog.submitted.connect(lambda team, text: self._send(dialog, kind, conversation_id, team, text))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _send(self, dialog: HandoverDialog, kind: Kind, conversation_id: int, team: str, text: str) -> None:
        if kind == "escalate":
            call = self.desk.session.call(
                pr.ESCALATE, pr.EscalateParams(conversation_id=conversation_id, team=team, reason=text)
            )
        else:
            call = self.desk.session.call(
                pr.TRANSFER, pr.TransferParams(conversation_id=conversation_id, team=team, note=text)
            )
        self.desk.bridge.run(
            call,
            done=lambda _result: dialog.accept(),
            error=lambda exc: dialog.show_error(labels.error(getattr(exc, "code", None) or "internal")),
            guard=dialog,
            name=f"conversation.{kind}",
        )

    # --- supervisors: who has how much ----------------------------------------------------------
    def show_load(self) -> None:
        if self.load_dialog is None:
            dialog = TeamLoadDialog(self.window)
            dialog.refresh_requested.connect(self.refresh_load)
            dialog.finished.connect(self._load_closed)
            self.load_dialog = dialog
        self.load_dialog.open()
        self.refresh_load()

    def refresh_load(self) -> None:
        dialog = self.load_dialog
        if dialog is None:
            return
        self.desk.bridge.run(
            self.desk.session.call(pr.AGENTS_LOAD, methods.Empty()),
            done=lambda result: dialog.show_agents(result.agents, self.team_names()),
            guard=dialog,
            name="agents.load",
        )

    def _load_closed(self) -> None:
        if self.load_dialog is not None:
            self.load_dialog.deleteLater()
            self.load_dialog = None
