"""Fills the customer panel: ``customer.get`` for the open conversation's customer, and Reveal.

Reveal asks for a reason first (:class:`RevealDialog`); the server records who revealed whose
data and why in its audit log, and answers with the unmasked email, phone and name (the
conversation's header shows the name too). Revealed data does not stay on screen for ever (an
agent may share their screen): *Hide* masks it again at once, and it masks itself after
:data:`REVEAL_SECONDS`, counting down beside the button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.client import RequestFailed
from app.protocol import methods
from app.protocol.types import CustomerContext
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.reveal_dialog import RevealDialog
from app.ui.panes.customer_pane import CustomerPane

REVEAL_SECONDS = 120


class CustomerController(QObject):
    loaded = Signal(object)  # CustomerContext
    revealed = Signal(object)  # CustomerContext with revealed=True
    hidden = Signal()  # the revealed data is masked again (Hide, or the time-out)
    refused = Signal(str)  # why a reveal was refused (e.g. it needs a fresh identity verification)

    def __init__(self, desk: Desk, pane: CustomerPane, parent: QObject | None = None) -> None:
        super().__init__(parent or pane)
        self.desk = desk
        self.pane = pane
        self.uid: str | None = None
        self.context: CustomerContext | None = None
        self.dialog: RevealDialog | None = None
        self.reveal_seconds = REVEAL_SECONDS
        self._left = 0
        self._masked: CustomerContext | None = None  # what was shown before Reveal
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        pane.reveal_requested.connect(self.ask_reveal)
        pane.hide_requested.connect(self.hide)

    def show_uid(self, uid: str | None) -> None:
        """Show ``uid``'s context (a refresh if it is already shown)."""
        if uid is None:
            self.uid, self.context = None, None
            self.pane.show_placeholder()
            return
        if uid != self.uid:
            if self.context is not None and self.context.revealed:
                self._end_reveal()
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
        self.loaded.emit(customer)

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        if self.context is None:
            self.pane.show_error(labels.error(code))

    def _reveal_failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        self.refused.emit(labels.error(code))
        self._failed(exc)

    # --- reveal ---------------------------------------------------------------------------------
    def ask_reveal(self, uid: str) -> None:
        dialog = RevealDialog(uid, self.pane.window())
        dialog.accepted.connect(lambda: self.reveal(uid, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def reveal(self, uid: str, reason: str) -> None:
        masked = self.context if self.context is not None and not self.context.revealed else None

        def done(result: Any) -> None:
            if uid == self.uid:
                self._masked = masked
                self.context = result.customer
                self.pane.show_customer(result.customer)
                self._left = self.reveal_seconds
                self.pane.show_reveal_countdown(self._left)
                self._countdown.start()
                self.revealed.emit(result.customer)

        self.desk.bridge.run(
            self.desk.session.call(
                methods.CUSTOMER_GET, methods.CustomerParams(uid=uid, reveal=True, reason=reason)),
            done=done,
            error=self._reveal_failed,
            guard=self.pane,
            name="customer.reveal",
        )

    def hide(self) -> None:
        """Mask the revealed data again: the masked context from the server replaces it."""
        if self.context is None or not self.context.revealed:
            return
        uid = self.context.uid
        self._end_reveal()
        masked, self._masked = self._masked, None
        self.context = masked if masked is not None and masked.uid == uid else None
        if self.context is not None:
            self.pane.show_customer(self.context)  # masked at once, then fresh from the server
        self.show_uid(uid)

    def _end_reveal(self) -> None:
        self._countdown.stop()
        self._left = 0
        self.hidden.emit()

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.hide()
        else:
            self.pane.show_reveal_countdown(self._left)
