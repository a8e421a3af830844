"""Turns new conversations and customer messages into attention, and keeps the unread count.

The decision is the core's (:func:`app.policies.attention_policy.decide`); this controller
supplies the facts only the UI knows — is the window focused, which conversations are open —
and hands the result to :class:`AttentionService` (tray, sound, taskbar). Events replayed while
reconnecting are history, not news, so only events that arrive while online count.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.client import ConnectionStatus, EventNotice
from app.policies.attention_policy import AttentionSettings, decide
from app.protocol.events import ConversationEvent, MessageCreated
from app.store import InboxQuery, View
from app.ui import labels
from app.ui.attention import AttentionService
from app.ui.desk import Desk

UNREAD_DELAY_MS = 800


class AttentionController(QObject):
    unread_changed = Signal(int)

    def __init__(
        self,
        desk: Desk,
        window: QWidget,
        open_ids: Callable[[], set[int]],
        settings: Callable[[], AttentionSettings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.desk = desk
        self.window = window
        self.service = AttentionService(window, self)
        self.unread = 0
        self._open_ids = open_ids
        self.is_active: Callable[[], bool] = window.isActiveWindow  # replaceable in tests
        self._settings = settings
        self._timer = QTimer(self, singleShot=True, interval=UNREAD_DELAY_MS)
        self._timer.timeout.connect(self._count_unread)
        desk.event_received.connect(self._on_event)
        desk.rows_changed.connect(self._rows_changed)
        self.service.activated.connect(self._raise_window)

    def _on_event(self, notice: EventNotice) -> None:
        if self.desk.state.status is not ConnectionStatus.ONLINE:
            return
        payload = notice.payload
        active = self.is_active()
        if isinstance(payload, ConversationEvent) and notice.name == "conversation.created":
            conv = payload.conversation
            attention = decide(
                "conversation",
                window_active=active,
                viewing_conversation=False,
                vip_tier=conv.customer.vip_tier,
                settings=self._settings(),
            )
            title = self.tr("New VIP conversation") if attention.vip else self.tr("New conversation")
            text = f"{conv.customer.name} · {labels.channel(conv.channel)}"
        elif isinstance(payload, MessageCreated):
            msg, conv = payload.message, payload.conversation
            attention = decide(
                "message",
                window_active=active,
                viewing_conversation=conv.id in self._open_ids(),
                author_kind=msg.author_kind,
                author_is_me=msg.author == self.desk.username,
                internal=msg.internal,
                vip_tier=conv.customer.vip_tier,
                settings=self._settings(),
            )
            title = (self.tr("VIP message from %1") if attention.vip else self.tr("Message from %1")).replace(
                "%1", conv.customer.name
            )
            text = " ".join(msg.body.split())[:140]
        else:
            return
        if attention.any:
            self.service.alert(attention, title, text)

    def _rows_changed(self, _change: object) -> None:
        self._timer.start()

    def _count_unread(self) -> None:
        query = InboxQuery(view=View.ALL, me=self.desk.username)  # every conversation not resolved
        self.desk.bridge.run(
            self.desk.store.unread_total(query),
            done=self._set_unread,
            guard=self.window,
            name="unread",
        )

    def refresh_unread(self) -> None:
        self._timer.start()

    def _set_unread(self, count: int) -> None:
        if count != self.unread:
            self.unread = count
            self.service.set_unread(count)
            self.unread_changed.emit(count)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def shutdown(self) -> None:
        self._timer.stop()
        self.service.hide()
