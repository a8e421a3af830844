"""Issue 22, urgency that reads: two labelled timers with levels, the stripe, and no counting
while offline (the rule in the core; the row paints it, tests/ui/test_inbox_look.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.urgency import row_urgency, stripe, wait_level

NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def urgency(**kw: object) -> object:
    values: dict[str, object] = dict(
        status="open", priority="normal", vip_tier=0, channel="chat", sla_due=None, sla_started=None,
        waiting_since=None, now=NOW, online=True,
    )
    values.update(kw)
    return row_urgency(**values)  # type: ignore[arg-type]


def test_sla_left_and_waited_are_two_timers_with_their_own_levels() -> None:
    u = urgency(
        sla_due=NOW + timedelta(hours=3, minutes=40), sla_started=NOW - timedelta(minutes=20),
        waiting_since=NOW - timedelta(minutes=20), channel="chat",
    )
    assert u.sla is not None and u.sla.level == "ok" and not u.sla.remaining.overdue
    assert (u.sla.remaining.hours, u.sla.remaining.minutes) == (3, 40)
    assert u.waited is not None and u.waited.level == "breached"  # 20 min in a live chat
    assert u.waited.remaining.minutes == 20


def test_an_overdue_sla_is_breached_and_a_resolved_one_has_no_clock() -> None:
    late = urgency(sla_due=NOW - timedelta(minutes=3))
    assert late.sla is not None and late.sla.level == "breached" and late.sla.remaining.overdue
    assert urgency(status="resolved", sla_due=NOW + timedelta(hours=1)).sla is None
    # pending: the customer is not waiting on us
    assert urgency(status="pending", waiting_since=NOW - timedelta(hours=1)).waited is None


def test_waiting_limits_depend_on_the_channel() -> None:
    assert wait_level("chat", 4 * 60) == "ok"
    assert wait_level("chat", 6 * 60) == "warning"
    assert wait_level("email", 6 * 3600) == "ok"  # email: hours, not minutes
    assert wait_level("email", 13 * 3600) == "warning"
    assert wait_level("email", 25 * 3600) == "breached"


def test_priority_wins_the_stripe_so_an_urgent_vip_row_is_red() -> None:
    assert stripe("urgent", 8) == "urgent"
    assert stripe("high", 8) == "high"
    assert stripe("normal", 8) == "vip"
    assert stripe("normal", 0) is None


def test_offline_the_timers_are_not_counted() -> None:
    u = urgency(sla_due=NOW + timedelta(hours=1), waiting_since=NOW - timedelta(hours=2), online=False,
                priority="urgent")
    assert u.stale and u.sla is None and u.waited is None
    assert u.stripe == "urgent"  # what is known for sure still shows
