"""The title bar's VIP timer: the earliest first-response due among waiting VIP conversations
(the store answers it in SQL over the whole VIP view), counted down every second.

The store is asked (debounced) when rows change; the one-second tick only re-formats. Emits the
timer text (``0:24``) or an empty string when no VIP conversation waits.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.policies.vip_lane import lane_clock, lane_query, lane_remaining
from app.ui.desk import Desk

TICK_MS = 1000
QUERY_DELAY_MS = 300


class VipLaneController(QObject):
    changed = Signal(str)  # the timer text, "" when no VIP waits

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.due: datetime | None = None
        self.text = ""
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._show)
        self._query_timer = QTimer(self, singleShot=True, interval=QUERY_DELAY_MS)
        self._query_timer.timeout.connect(self.recompute)
        desk.rows_changed.connect(lambda _change: self._query_timer.start())
        desk.state_changed.connect(lambda _state: self._show())  # offline: no timer (it may be stale)
        self.recompute()

    def recompute(self) -> None:
        self.desk.bridge.run(
            self.desk.store.earliest_first_response_due(lane_query(self.desk.username)),
            done=self._set_due,
            error=lambda _exc: None,  # the cache may be closing; the next change asks again
            guard=self,
            name="vip.lane",
        )

    def _set_due(self, due: datetime | None) -> None:
        self.due = due
        if due is None:
            self._tick.stop()
        elif not self._tick.isActive():
            self._tick.start()
        self._show()

    def _show(self) -> None:
        r = lane_remaining(self.due, self.desk.clock.now())  # server time: the offset is applied
        online = getattr(self.desk, "session", None) is None or self.desk.session.online
        text = lane_clock(r) if r is not None and online else ""
        if text != self.text:
            self.text = text
            self.changed.emit(text)

    def shutdown(self) -> None:
        self._tick.stop()
        self._query_timer.stop()
