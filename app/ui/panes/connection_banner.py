"""The band across the window while the desk has lost the server: impossible to miss (the status
bar's small text was), saying what still works and what does not, with "Reconnect now".

It renders the same :class:`ConnectionView` as the status-bar indicator. While it shows, the
inbox's timers are stopped (they say "needs connection"): what the desk knows may be out of date.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui import labels
from app.ui.panes.connection_indicator import ConnectionView
from app.ui.widgets import plain_label


class ConnectionBanner(QFrame):
    reconnect_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, server: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectionBanner")
        self.server = server
        self.view = ConnectionView("connecting")
        self.since: float | None = None  # time.time() when the connection was lost
        self.text = plain_label("", "ConnectionBannerText", wrap=True)
        self.button = QPushButton(self.tr("Reconnect now"))
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._render)
        self.hide()

    @staticmethod
    def shows(view: ConnectionView) -> bool:
        """Offline, reconnecting or signed out (not the first connect, which is quick)."""
        return view.status in ("offline", "relogin")

    def set_view(self, view: ConnectionView) -> None:
        lost = self.shows(view)
        if lost and not self.shows(self.view):
            self.since = time.time()
        self.view = view
        self.setVisible(lost)
        if lost:
            self._timer.start()
        else:
            self._timer.stop()
            self.since = None
        self._render()

    def _clicked(self) -> None:
        if self.view.status == "relogin":
            self.sign_in_requested.emit()
        else:
            self.reconnect_requested.emit()

    def _render(self) -> None:
        v = self.view
        if not self.shows(v):
            return
        where = self.server or self.tr("the server")
        if v.status == "relogin":
            lead = self.tr("Signed out of %1.").replace("%1", where)
            self.button.setText(self.tr("Sign in again"))
        else:
            lead = self.tr("Not connected to %1.").replace("%1", where)
            if v.retry_at is not None:
                seconds = max(0, round(v.retry_at - time.monotonic()))
                lead += " " + self.tr("Trying again in %1 s.").replace("%1", str(seconds))
            self.button.setText(self.tr("Reconnect now"))
        parts = [lead]
        if v.error:
            parts.append(labels.error(v.error))
        parts.append(
            self.tr(
                "The inbox shows what was known before; SLA timers are stopped until the connection is back."
            )
        )
        if v.queued:
            parts.append(self.tr("%1 replies will be sent when it is back.").replace("%1", str(v.queued)))
        self.text.setText(" ".join(parts))
        self.button.setAccessibleName(self.button.text())
