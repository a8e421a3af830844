"""Drives the identity strip of the open conversation (``IdentityPanel``) through the core.

On every conversation opened: ``conversation.get`` (is its latest mail's sender proven?) and
``identity.status`` of its customer; afterwards ``identity.updated`` events for that customer and
conversation events for that conversation keep it current, and a timer counts the minutes down.
The gestures become ``identity.verify.start``, ``identity.request`` and ``identity.override``;
a refusal is shown in the agent's language. The controller never handles a verification code.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QObject, QTimer, Signal

from app.client import EventNotice, RequestFailed
from app.policies.identity_status import verification_line
from app.protocol import identity as pi
from app.protocol import methods
from app.protocol.events import ConversationEvent, MessageCreated, MessageUpdated
from app.protocol.types import CustomerContext
from app.ui import labels
from app.ui.desk import Desk
from app.ui.panes.identity_panel import IdentityPanel


class IdentityController(QObject):
    notice = Signal(str)  # a sentence for the status bar (done or refused)

    def __init__(self, desk: Desk, panel: IdentityPanel, parent: QObject | None = None) -> None:
        super().__init__(parent or panel)
        self.desk = desk
        self.panel = panel
        self.conversation_id: int | None = None
        self.uid: str | None = None
        self.verification: pi.Verification | None = None
        panel.set_supervisor(desk.role == "supervisor")
        panel.set_enabled(False)
        panel.verify_requested.connect(self.start)
        panel.request_requested.connect(self.file_request)
        panel.override_requested.connect(self.vouch)
        desk.event_received.connect(self._event)
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self._render)
        self._tick.start()

    # --- what is shown -----------------------------------------------------------------------------
    def open(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        self.uid, self.verification = None, None
        self.panel.show_sender_not_proven(False)
        self.panel.show_code(None)
        self._render()
        self.panel.set_enabled(conversation_id is not None)
        if conversation_id is None:
            return
        cid = conversation_id
        self.desk.bridge.run(
            self.desk.session.call(
                methods.CONVERSATION_GET, methods.ConversationGetParams(conversation_id=cid)
            ),
            done=lambda result: self._conversation(cid, result.conversation),
            guard=self.panel,
            name="identity.conversation",
        )

    def customer_loaded(self, customer: CustomerContext) -> None:
        if customer.uid == self.uid:
            self.panel.show_code(customer.anti_phishing_code)

    def _conversation(self, cid: int, conversation: Any) -> None:
        if cid != self.conversation_id:
            return
        self.panel.show_sender_not_proven(bool(conversation.sender_not_proven))
        uid = conversation.customer.uid
        self.uid = uid
        self.desk.bridge.run(
            self.desk.session.call(pi.STATUS, pi.StatusParams(uid=uid)),
            done=lambda result: self._status(uid, result.verification),
            guard=self.panel,
            name="identity.status",
        )

    def _status(self, uid: str, verification: pi.Verification) -> None:
        if uid == self.uid:
            self.verification = verification
            self._render()

    def _render(self) -> None:
        self.panel.show_line(verification_line(self.verification, self.desk.clock.now()))

    def _event(self, notice: EventNotice) -> None:
        payload = notice.payload
        if isinstance(payload, pi.IdentityUpdated):
            self._status(payload.verification.uid, payload.verification)
        elif isinstance(payload, ConversationEvent | MessageCreated | MessageUpdated):
            conversation = payload.conversation
            if conversation.id == self.conversation_id:
                self.panel.show_sender_not_proven(conversation.sender_not_proven)

    # --- gestures ----------------------------------------------------------------------------------
    def start(self, channel: str) -> None:
        if self.conversation_id is None:
            return
        code = cast(pi.VerificationChannel, channel)  # a Qt signal's str: the panel's menu, email | phone
        params = pi.VerifyStartParams(conversation_id=self.conversation_id, channel=code)
        self.desk.bridge.run(
            self.desk.session.call(pi.VERIFY_START, params),
            done=lambda result: self._status(result.verification.uid, result.verification),
            error=self._failed,
            guard=self.panel,
            name="identity.verify.start",
        )

    def file_request(self, kind: str, note: str, address: str, chain: str) -> None:
        if self.conversation_id is None:
            return
        request = cast(pi.SecurityRequestKind, kind)  # a Qt signal's str: the panel's request menu
        params = pi.SecurityRequestParams(
            conversation_id=self.conversation_id,
            kind=request,
            note=note or None,
            address=address or None,
            chain=chain or None,
        )
        self.desk.bridge.run(
            self.desk.session.call(pi.REQUEST, params),
            done=lambda result: self.notice.emit(
                self.tr("%1 filed as ticket #%2.")
                .replace("%1", labels.security_request(result.kind))
                .replace("%2", str(result.ticket_conversation_id))
            ),
            error=self._failed,
            guard=self.panel,
            name="identity.request",
        )

    def vouch(self, reason: str, minutes: int) -> None:
        if self.uid is None:
            return
        self.desk.bridge.run(
            self.desk.session.call(
                pi.OVERRIDE, pi.OverrideParams(uid=self.uid, reason=reason, minutes=minutes)
            ),
            done=lambda result: self._status(result.verification.uid, result.verification),
            error=self._failed,
            guard=self.panel,
            name="identity.override",
        )

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, RequestFailed) else "internal"
        self.notice.emit(labels.error(code))
