"""Outreach: opens the dialog for a client and sends ``outreach.start`` with a fresh
``client_msg_id``. A ``blocked`` answer (or any error) is shown in the dialog; on success the
dialog closes and :attr:`conversation_started` asks the window to open the conversation once the
local cache has it."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.client import RequestFailed
from app.policies.canned_render import CannedValues
from app.protocol import vip
from app.store import Store
from app.ui import labels
from app.ui.desk import Desk
from app.ui.dialogs.outreach_dialog import OutreachDialog, OutreachDraft

STORE_WAIT_SECONDS = 5.0


async def _wait_stored(store: Store, conversation_id: int) -> int:
    """The conversation's id once the cache has it (the event may trail the answer a little)."""
    deadline = asyncio.get_running_loop().time() + STORE_WAIT_SECONDS
    while await store.get_conversation(conversation_id) is None:
        if asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.05)
    return conversation_id


class OutreachController(QObject):
    conversation_started = Signal(int)

    def __init__(self, desk: Desk, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.desk = desk
        self.window = window
        self.dialog: OutreachDialog | None = None
        self.sent: list[str] = []  # client_msg_ids sent (tests, diagnostics)

    def open(self, uid: str, name: str, language: str | None) -> None:
        me = self.desk.me
        values = CannedValues(
            customer_name=name,
            uid=uid,
            agent_name=me.display_name if me else None,
            customer_language=language,
        )
        dialog = OutreachDialog(uid, name, self.desk.canned, values, self.window)
        dialog.official_domains = self.desk.session.official_domains
        dialog.explorer_domains = self.desk.session.explorer_domains
        dialog.official_handles = self.desk.session.official_handles
        dialog.submitted.connect(lambda draft: self.send(dialog, draft))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def send(self, dialog: OutreachDialog, draft: OutreachDraft) -> None:
        params: dict[str, Any] = {
            "uid": draft.uid,
            "channel": draft.channel,
            "body": draft.body,
            "client_msg_id": str(uuid.uuid4()),
        }
        if draft.subject:
            params["subject"] = draft.subject
        if draft.canned_key:
            params["canned_key"] = draft.canned_key
        self.sent.append(params["client_msg_id"])
        self.desk.bridge.run(
            self.desk.session.call(vip.OUTREACH_START, vip.OutreachParams(**params)),
            done=lambda result: self._started(dialog, result),
            error=lambda exc: self._failed(dialog, exc),
            guard=dialog,
            name="outreach.start",
        )

    def _started(self, dialog: OutreachDialog, result: Any) -> None:
        dialog.accept()
        self.desk.bridge.run(
            _wait_stored(self.desk.store, result.conversation.id),
            done=self.conversation_started.emit,
            guard=self,
            name="outreach.open",
        )

    def _failed(self, dialog: OutreachDialog, exc: BaseException) -> None:
        if isinstance(exc, RequestFailed):
            text = labels.error(exc.code)
            if exc.code == "blocked" and exc.message:
                text = f"{text} {exc.message}"
        else:
            text = labels.error("internal")
        dialog.show_error(text)
