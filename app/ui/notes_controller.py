"""Loads and adds client notes (``customer.notes.list`` / ``customer.notes.add``) for the customer
the panel shows. Callers who may not see notes get ``forbidden``: the section is then hidden,
quietly (no error in the status bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app.client import RequestFailed
from app.protocol import vip
from app.protocol.types import CustomerContext
from app.ui import labels
from app.ui.desk import Desk
from app.ui.panes.customer_notes import CustomerNotes


class NotesController(QObject):
    def __init__(self, desk: Desk, view: CustomerNotes, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.desk = desk
        self.view = view
        self.uid: str | None = None
        view.hide()
        view.add_requested.connect(self.add)

    def show_customer(self, customer: CustomerContext) -> None:
        if self.desk.role == "agent":
            self.view.hide()  # the server would refuse: do not ask
            return
        if customer.uid != self.uid:
            self.view.show_notes([])
        self.uid = customer.uid
        uid = customer.uid
        self.desk.bridge.run(
            self.desk.session.call(vip.NOTES_LIST, vip.NotesParams(uid=uid)),
            done=lambda result: self._listed(uid, result),
            error=self._list_failed,
            guard=self.view,
            name="customer.notes.list",
        )

    def _listed(self, uid: str, result: Any) -> None:
        if uid == self.uid:
            self.view.show_notes(result.notes)
            self.view.show()

    def _list_failed(self, _exc: BaseException) -> None:
        self.view.hide()  # forbidden (not this caller's client) or unavailable: no notes section

    def add(self, body: str) -> None:
        uid = self.uid
        if uid is None:
            return
        self.desk.bridge.run(
            self.desk.session.call(vip.NOTES_ADD, vip.NoteAddParams(uid=uid, body=body)),
            done=lambda _result: self._added(uid),
            error=self._add_failed,
            guard=self.view,
            name="customer.notes.add",
        )

    def _added(self, uid: str) -> None:
        self.view.note_added()
        if uid == self.uid:
            self.desk.bridge.run(
                self.desk.session.call(vip.NOTES_LIST, vip.NotesParams(uid=uid)),
                done=lambda result: self._listed(uid, result),
                error=self._list_failed,
                guard=self.view,
                name="customer.notes.list",
            )

    def _add_failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        self.view.show_error(labels.error(code))
        self.view.add.setEnabled(True)
