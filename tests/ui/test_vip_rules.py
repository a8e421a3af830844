"""The VIP desk's Qt-free rules: the priority lane, callback reminder audience and loudness; and
the book model asking the server to sort instead of sorting itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from app.policies.attention_policy import AttentionSettings, decide_reminder, reminder_is_mine
from app.policies.sla_clock import ServerClock
from app.policies.vip_lane import lane_clock, lane_remaining

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_the_lane_clock_counts_against_server_time() -> None:
    due = NOW + timedelta(seconds=24)
    r = lane_remaining(due, NOW)
    assert r is not None and lane_clock(r) == "0:24"
    ahead = lane_remaining(due, ServerClock(lambda: 36.0, local=lambda: NOW).now())  # server 36 s ahead
    assert ahead is not None and lane_clock(ahead) == "-0:12"
    long = lane_remaining(NOW + timedelta(hours=1, minutes=5, seconds=9), NOW)
    assert long is not None and lane_clock(long) == "1:05:09"
    assert lane_remaining(None, NOW) is None


def test_callback_reminders_alert_the_people_the_callback_is_for() -> None:
    def mine(me: str, role: str = "vip_manager", assignee: str | None = None) -> bool:
        return reminder_is_mine(
            me=me, role=role, assignee=assignee, account_manager="vera", requested_by="alice"
        )

    assert mine("vera", assignee="vera")
    assert mine("vera")  # unassigned: the client's manager
    assert mine("alice", role="agent", assignee="vera")  # who asked for it
    assert not mine("victor", assignee="vera")
    assert mine("sam", role="supervisor")  # nobody has it: supervisors
    assert not mine("sam", role="supervisor", assignee="vera")
    assert not mine("")


def test_a_due_callback_rings_and_a_missed_one_does_not() -> None:
    due = decide_reminder("callback.due", window_active=False)
    assert due.notify and due.sound and due.flash and due.vip
    focused = decide_reminder("callback.due", window_active=True)
    assert focused.sound and not focused.notify and not focused.flash
    missed = decide_reminder("callback.missed", window_active=False)
    assert missed.notify and missed.flash and not missed.sound
    quiet = decide_reminder("callback.due", window_active=False, settings=AttentionSettings(False, False))
    assert not quiet.notify and not quiet.sound and quiet.flash


def test_the_book_model_asks_the_server_to_sort(qapp: Any) -> None:
    from app.protocol.vip import BookRow, VipAlert
    from app.ui.item_models.book_model import BookModel

    model = BookModel()
    asked: list[str] = []
    model.sort_requested.connect(asked.append)
    alert = VipAlert(id="a1", kind="withdrawals_locked", at=NOW)
    rows = [
        BookRow(uid="1001", name="A*a", vip_tier=3, language="en", kyc_status="approved", alerts=[alert]),
        BookRow(uid="1002", name="B*b", vip_tier=1, language="en", kyc_status="approved"),
    ]
    model.set_rows(rows, 2)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # 30-day volume
    model.sort(1, Qt.SortOrder.DescendingOrder)  # UID: the server cannot sort by it
    assert asked == ["volume"] and [r.uid for r in model.rows()] == ["1001", "1002"]
    assert model.index(0, 0).data() == "A*a  [VIP3]"
    assert model.index(0, 8).data() == "1 · Withdrawals locked" and model.index(1, 8).data() == ""

    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(
        [rows[0], BookRow(uid="1002", name="B*b", vip_tier=2, language="en", kyc_status="approved")], 2
    )
    assert changed == [1] and not resets  # same clients, same order: only the changed row
    model.set_rows(list(reversed(rows)), 2)
    assert resets == [True]


def test_the_title_bar_timer_and_the_inbox_timers_read_the_desk_clock(loop: Any) -> None:
    """Both count against the desk's one clock (server time), not this computer's."""
    from PySide6.QtCore import QObject, Signal

    from app.ui.async_bridge import AsyncBridge
    from app.ui.delegates.inbox_delegate import InboxDelegate
    from app.ui.item_models.roles import InboxRole
    from app.ui.vip_lane_controller import VipLaneController
    from tests.ui.helpers import until

    offset = [36.0]  # the server's clock is 36 s ahead of this computer's
    clock = ServerClock(lambda: offset[0], local=lambda: NOW)

    class Store:  # the real query is tests/store/test_vip_lane_due.py's subject
        async def earliest_first_response_due(self, _query: object) -> datetime:
            return NOW + timedelta(seconds=24)

    class Desk(QObject):
        rows_changed = Signal(object)
        state_changed = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.store, self.username, self.clock = Store(), "vera", clock
            self.bridge = AsyncBridge(self)

    desk = Desk()
    lane = VipLaneController(desk, desk)  # type: ignore[arg-type]
    loop.run_until_complete(until(lambda: lane.due is not None, what="the lane's due time"))
    assert lane.text == "-0:12"  # 24 s left by this computer's clock, 12 s over by the server's
    offset[0] = -60.0  # a new welcome: the server is a minute behind
    lane._show()
    assert lane.text == "1:24"
    lane.shutdown()

    row = {InboxRole.STATUS: "open", InboxRole.SLA_DUE: NOW + timedelta(minutes=5),
           InboxRole.SLA_STARTED: NOW - timedelta(minutes=55), InboxRole.WAITING_SINCE: None}
    delegate = InboxDelegate()
    delegate.clock = clock
    offset[0] = 0.0
    assert delegate.sla_text(delegate.urgency(row.get))[1] == "warning"  # 5 of 60 minutes left
    offset[0] = 600.0  # the server is 10 minutes ahead: the SLA has passed
    text, token = delegate.sla_text(delegate.urgency(row.get))
    assert token == "danger" and text.startswith("overdue")
