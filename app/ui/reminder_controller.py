"""Callback reminders: ``callback.due`` and ``callback.missed`` become a banner in the window and,
for the people the callback is for, an alert through the attention service. Whom and how loudly
is the core's rule (:mod:`app.policies.attention_policy`); events replayed while reconnecting are
history and only update the banner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.client import ConnectionStatus, EventNotice
from app.policies.attention_policy import AttentionSettings, ReminderKind, decide_reminder, reminder_is_mine
from app.protocol.vip import CallbackDue, CallbackMissed
from app.ui.attention import AttentionService
from app.ui.desk import Desk
from app.ui.panes.reminder_banner import ReminderBanner


class ReminderController(QObject):
    def __init__(
        self,
        desk: Desk,
        banner: ReminderBanner,
        service: AttentionService,
        settings: Callable[[], AttentionSettings],
        is_active: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or banner)
        self.desk = desk
        self.banner = banner
        self.service = service
        self._settings = settings
        self.is_active = is_active
        desk.event_received.connect(self._on_event)

    def _on_event(self, notice: EventNotice) -> None:
        payload = notice.payload
        kind: ReminderKind
        if isinstance(payload, CallbackDue):
            kind = "callback.due"
        elif isinstance(payload, CallbackMissed):
            kind = "callback.missed"
        else:
            return
        conv = payload.conversation
        if not reminder_is_mine(
            me=self.desk.username,
            role=self.desk.role,
            assignee=conv.assignee,
            account_manager=conv.customer.account_manager,
            requested_by=payload.callback.requested_by,
        ):
            return
        name = conv.customer.name
        if kind == "callback.due":
            text = self.tr("Callback due: %1").replace("%1", name)
        else:
            text = self.tr("Callback missed: %1").replace("%1", name)
        self.banner.show_reminder(kind, payload.conversation_id, text)
        if self.desk.state.status is not ConnectionStatus.ONLINE:
            return  # replayed history: the banner, no alarm
        attention = decide_reminder(kind, window_active=self.is_active(), settings=self._settings())
        if attention.any:
            self.service.alert(attention, text, payload.callback.reason)
