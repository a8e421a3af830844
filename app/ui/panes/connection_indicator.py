"""The status-bar indicator: online, connecting, reconnecting in N s, offline with queued replies.

It renders a :class:`ConnectionView` (plain values the desk derives from the session's state)
and counts the retry seconds down locally, once a second, so the agent sees the reconnect coming.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import labels


@dataclass(frozen=True, slots=True)
class ConnectionView:
    status: str  # "connecting", "online", "offline", "relogin"
    retry_at: float | None = None  # time.monotonic() of the next attempt
    queued: int = 0  # replies waiting in the outbox
    error: str | None = None  # an error code


class ConnectionIndicator(QLabel):
    clicked = Signal()  # "reconnect now" / "sign in again"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Connection")
        self.view = ConnectionView("connecting")
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._render)
        self._render()

    def set_view(self, view: ConnectionView) -> None:
        self.view = view
        if view.retry_at is not None and view.status != "online":
            self._timer.start()
        else:
            self._timer.stop()
        self._render()

    @property
    def state_code(self) -> str:
        """``online``, ``connecting``, ``reconnecting``, ``offline`` or ``relogin`` (tests, styling)."""
        v = self.view
        if v.status == "offline" and v.retry_at is not None:
            return "reconnecting"
        return v.status

    def _render(self) -> None:
        v = self.view
        code = self.state_code
        queued = (
            (
                self.tr("1 reply queued")
                if v.queued == 1
                else self.tr("%1 replies queued").replace("%1", str(v.queued))
            )
            if v.queued
            else ""
        )
        if code == "online":
            text = self.tr("● Online")
            if v.queued:
                text += " · " + self.tr("sending %1 queued").replace("%1", str(v.queued))
        elif code == "connecting":
            text = self.tr("● Connecting…")
            if queued:  # a retry under way: the queued replies are still waiting
                text += " · " + queued
        elif code == "reconnecting":
            seconds = max(0, round((v.retry_at or 0) - time.monotonic()))
            text = (
                self.tr("● Reconnecting in %1 s").replace("%1", str(seconds))
                if seconds
                else self.tr("● Reconnecting…")
            )
            if queued:
                text += " · " + queued
        elif code == "relogin":
            text = self.tr("● Signed out — click to sign in again")
        else:
            text = self.tr("● Offline")
            if queued:
                text += " · " + queued
        self.setText(text)
        tip = labels.error(v.error) if v.error else ""
        self.setToolTip(tip)
        if self.property("state") != code:
            self.setProperty("state", code)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)
