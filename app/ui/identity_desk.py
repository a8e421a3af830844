"""Assembles issue 17's desk parts into the main window: the identity strip under the conversation
header (Verify identity, "sender not proven", the anti-phishing code, security requests, a
supervisor's override) and, for supervisors, the audit log dialog. Only wiring and the audit
dialog's paging: behaviour lives in :class:`IdentityController` and the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from app.client import RequestFailed
from app.protocol import methods
from app.ui import labels
from app.ui.conversation_controller import ConversationController
from app.ui.customer_controller import CustomerController
from app.ui.desk import Desk
from app.ui.dialogs.audit_dialog import AuditDialog
from app.ui.identity_controller import IdentityController
from app.ui.panes.conversation_pane import ConversationPane
from app.ui.panes.identity_panel import IdentityPanel

PAGE = 200


class IdentityDesk(QObject):
    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        pane: ConversationPane,
        conversations: ConversationController,
        customers: CustomerController,
        notify: Any,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.panel = IdentityPanel()
        pane.add_strip(self.panel)
        self.controller = IdentityController(desk, self.panel, self)
        conversations.opened.connect(self.controller.open)
        customers.loaded.connect(self.controller.customer_loaded)
        customers.revealed.connect(self.controller.customer_loaded)
        self.controller.notice.connect(notify)
        customers.refused.connect(notify)  # a reveal refused: "needs a fresh identity verification"
        self.audit: AuditDialog | None = None
        self._next_before: int | None = None

    # --- the audit log (supervisors) ---------------------------------------------------------------
    def open_audit(self) -> None:
        if self.audit is None:
            self.audit = AuditDialog(self.window)
            self.audit.search_requested.connect(lambda: self._load(append=False))
            self.audit.more_requested.connect(lambda: self._load(append=True))
            self.audit.verify_requested.connect(self._verify)
        self.audit.show()
        self.audit.raise_()
        self._load(append=False)

    def _load(self, *, append: bool) -> None:
        dialog = self.audit
        if dialog is None:
            return
        found = dialog.filters()
        span = found["span"]
        params = methods.AuditListParams(
            limit=PAGE,
            before=self._next_before if append else None,
            actor=found["actor"],
            action=found["action"],
            target=found["target"],
            since=self.desk.clock.now() - span if span is not None else None,
        )

        def done(result: methods.AuditListResult) -> None:
            self._next_before = result.next_before
            dialog.show_entries(result.entries, append=append, more=result.next_before is not None)

        self.desk.bridge.run(
            self.desk.session.call(methods.AUDIT_LIST, params),
            done=done,
            error=self._failed,
            guard=dialog,
            name="audit.list",
        )

    def _verify(self) -> None:
        dialog = self.audit
        if dialog is None:
            return
        self.desk.bridge.run(
            self.desk.session.call(methods.AUDIT_VERIFY, methods.Empty()),
            done=lambda r: dialog.show_verified(r.ok, r.checked, r.checkpoints, r.problem),
            error=self._failed,
            guard=dialog,
            name="audit.verify",
        )

    def _failed(self, exc: BaseException) -> None:
        if self.audit is not None:
            code = exc.code if isinstance(exc, RequestFailed) else "internal"
            self.audit.verify_status.setText(labels.error(code))
