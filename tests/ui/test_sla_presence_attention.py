"""Qt-free rules behind the inbox timer, automatic away and notifications."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.attention_policy import AttentionSettings, decide, title_with_unread
from app.policies.presence_policy import PresencePolicy
from app.policies.sla_clock import active_due, remaining, sla_level, sla_state, split_seconds, waiting

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_sla_levels_turn_amber_then_red() -> None:
    start = NOW - timedelta(minutes=50)
    due = NOW + timedelta(minutes=10)  # 10 of 60 minutes left: under a quarter
    assert sla_level(due, NOW, started=start) == "warning"
    assert sla_level(NOW + timedelta(minutes=30), NOW, started=start) == "ok"
    assert sla_level(NOW - timedelta(seconds=1), NOW, started=start) == "breached"
    assert sla_level(None, NOW) == "ok"
    assert sla_level(NOW + timedelta(minutes=4), NOW) == "warning"
    assert sla_level(NOW + timedelta(minutes=6), NOW) == "ok"


def test_remaining_is_numbers() -> None:
    r = remaining(NOW + timedelta(hours=1, minutes=2, seconds=3), NOW)
    assert (r.overdue, r.days, r.hours, r.minutes, r.seconds) == (False, 0, 1, 2, 3)
    late = remaining(NOW - timedelta(days=1, minutes=5), NOW)
    assert late.overdue and late.days == 1 and late.minutes == 5
    assert split_seconds(59).seconds == 59
    w = waiting(NOW - timedelta(minutes=3), NOW)
    assert w is not None and w.minutes == 3
    assert waiting(None, NOW) is None


def test_active_due_follows_first_response_then_resolution() -> None:
    frd, rd = NOW + timedelta(minutes=5), NOW + timedelta(hours=4)
    assert active_due(status="open", first_response_at=None, first_response_due=frd, resolution_due=rd) == frd
    assert active_due(status="open", first_response_at=NOW, first_response_due=frd, resolution_due=rd) == rd
    assert (
        active_due(status="resolved", first_response_at=None, first_response_due=frd, resolution_due=rd)
        is None
    )
    state = sla_state(status="snoozed", now=NOW, first_response_due=frd)  # a stopped clock (issue 19)
    assert state.level == "paused" and state.due == frd
    state = sla_state(
        status="open", now=NOW, created_at=NOW - timedelta(hours=1), first_response_due=NOW - timedelta(1)
    )
    assert state.level == "breached" and state.remaining is not None and state.remaining.overdue


def test_presence_goes_away_when_idle_and_comes_back() -> None:
    p = PresencePolicy(5, now=0.0)
    assert p.effective == "available"
    assert p.tick(now=60.0) is None
    assert p.tick(now=301.0) == "away"
    assert p.auto_away and p.tick(now=400.0) is None
    assert p.activity(now=401.0) == "available"
    assert p.activity(now=402.0) is None


def test_presence_respects_choice_and_restores_after_reconnect() -> None:
    p = PresencePolicy(1, now=0.0)
    assert p.choose("away", now=1.0) == "away"
    assert p.tick(now=1000.0) is None  # already away by choice
    assert p.activity(now=1001.0) is None  # activity does not override a chosen away
    assert p.on_reconnected() == "away"
    assert p.choose("available", now=1002.0) == "available"
    assert p.tick(now=1062.0) == "away"
    assert p.on_reconnected() == "away"
    p.set_idle_minutes(0)
    p.activity(now=1063.0)
    assert p.tick(now=99999.0) is None


def test_attention_rules() -> None:
    quiet = decide("message", window_active=True, viewing_conversation=True, author_kind="customer")
    assert not quiet.any
    away = decide("message", window_active=False, viewing_conversation=False, author_kind="customer")
    assert away.notify and away.sound and away.flash and not away.vip
    vip = decide("conversation", window_active=False, viewing_conversation=False, vip_tier=3)
    assert vip.vip and vip.notify
    assert not decide("message", window_active=False, viewing_conversation=False, author_kind="agent").any
    assert not decide(
        "message", window_active=False, viewing_conversation=False, author_kind="customer", author_is_me=True
    ).any
    focused_vip = decide(
        "message", window_active=True, viewing_conversation=False, author_kind="customer", vip_tier=2
    )
    assert focused_vip.sound and not focused_vip.notify
    muted = decide(
        "message",
        window_active=False,
        viewing_conversation=False,
        author_kind="customer",
        settings=AttentionSettings(notifications=False, sound=False),
    )
    assert not muted.notify and not muted.sound and muted.flash
    assert title_with_unread("AgentDesk", 3) == "(3) AgentDesk"
    assert title_with_unread("AgentDesk", 0) == "AgentDesk"
