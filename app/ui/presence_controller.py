"""Presence: the agent's choice, automatic away when idle, restored after every reconnect.

The rules are the core's :class:`PresencePolicy`; this controller feeds it activity (an
application-wide event filter on keys and clicks), a periodic tick and the session coming online,
and sends ``presence.set`` whenever the policy says so.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.policies.presence_policy import PresenceChoice, PresencePolicy
from app.protocol import methods
from app.ui.desk import Desk

TICK_MS = 15_000
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class PresenceController(QObject):
    presence_changed = Signal(str)  # the effective presence: "available" or "away"

    def __init__(self, desk: Desk, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.policy = PresencePolicy(idle_minutes, now=time.monotonic())
        self.sent: list[str] = []  # what was sent to the server (tests, diagnostics)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        desk.came_online.connect(self._restore)
        if desk.session.online:  # signed in before this window existed
            self._restore()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    @property
    def effective(self) -> str:
        return self.policy.effective

    def choose(self, presence: PresenceChoice) -> None:
        self._send(self.policy.choose(presence, now=time.monotonic()))

    def set_idle_minutes(self, minutes: int) -> None:
        self.policy.set_idle_minutes(minutes)

    def tick(self) -> None:
        self._send(self.policy.tick(now=time.monotonic()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._send(self.policy.activity(now=time.monotonic()))
        return False

    def _restore(self) -> None:
        self._send(self.policy.on_reconnected(), force=True)

    def _send(self, presence: PresenceChoice | None, *, force: bool = False) -> None:
        if presence is None:
            return
        self.presence_changed.emit(presence)
        if not self.desk.session.online and not force:
            return  # restored by _restore when the session is back
        self.sent.append(presence)
        self.desk.bridge.run(
            self.desk.session.call(methods.PRESENCE_SET, methods.PresenceParams(presence=presence)),
            error=lambda _exc: None,
            name="presence.set",
        )
