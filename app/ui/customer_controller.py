"""Fills the customer panel: ``customer.get`` for the open conversation's customer, and Reveal.

Reveal asks for a reason first (:class:`RevealDialog`); the server records who revealed whose
data and why in its audit log, and answers with the unmasked email and phone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.client import EventNotice, RequestFailed
from app.policies import customer_source
from app.protocol import methods
from app.protocol.types import CustomerContext
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.reveal_dialog import RevealDialog
from app.ui.panes.customer_pane import CustomerPane


class CustomerController(QObject):
    loaded = Signal(object)  # CustomerContext
    revealed = Signal(object)  # CustomerContext with revealed=True

    def __init__(self, desk: Desk, pane: CustomerPane, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.uid: str | None = None
        self.context: CustomerContext | None = None
        self.dialog: RevealDialog | None = None
        pane.reveal_requested.connect(self.ask_reveal)
        # Live: an account event for the shown customer refetches it; while the exchange's systems
        # do not answer, it is asked again every few seconds (app/policies/customer_source.py).
        self._retry = QTimer(self, singleShot=True)
        self._retry.setInterval(int(customer_source.STALE_RETRY_SECONDS * 1000))
        self._retry.timeout.connect(self.refresh)
        desk.event_received.connect(self._on_event)

    def refresh(self) -> None:
        if self.uid is not None:
            self.show_uid(self.uid)

    def _on_event(self, notice: EventNotice) -> None:
        if customer_source.refreshes(notice.payload, self.uid):
            self.refresh()

    def show_uid(self, uid: str | None) -> None:
        """Show ``uid``'s context (a refresh if it is already shown)."""
        if uid is None:
            self.uid, self.context = None, None
            self.pane.show_placeholder()
            return
        if uid != self.uid:
            self.context = None
            self.pane.show_placeholder()
            self.pane.show_loading()
        self.uid = uid
        self.desk.bridge.run(
            self.desk.session.call(methods.CUSTOMER_GET, methods.CustomerParams(uid=uid)),
            done=lambda result: self._show(uid, result.customer),
            error=self._failed,
            guard=self.pane,
            name="customer.get",
        )

    def _show(self, uid: str, customer: CustomerContext) -> None:
        if uid != self.uid:
            return
        if self.context is not None and self.context.revealed and not customer.revealed:
            return  # keep what the agent revealed until another customer is shown
        self.context = customer
        self.pane.show_customer(customer)
        self.pane.show_source(customer_source.note(customer))
        self.loaded.emit(customer)
        if customer.source_unavailable:
            self._retry.start()
        else:
            self._retry.stop()

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        if self.context is None:
            self.pane.show_error(labels.error(code))

    # --- reveal ---------------------------------------------------------------------------------
    def ask_reveal(self, uid: str) -> None:
        dialog = RevealDialog(uid, self.pane.window())
        dialog.accepted.connect(lambda: self.reveal(uid, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def reveal(self, uid: str, reason: str) -> None:
        def done(result: Any) -> None:
            if uid == self.uid:
                self.context = result.customer
                self.pane.show_customer(result.customer)
                self.pane.show_source(customer_source.note(result.customer))
                self.revealed.emit(result.customer)

        self.desk.bridge.run(
            self.desk.session.call(
                methods.CUSTOMER_GET, methods.CustomerParams(uid=uid, reveal=True, reason=reason)),
            done=done,
            error=self._failed,
            guard=self.pane,
            name="customer.reveal",
        )
