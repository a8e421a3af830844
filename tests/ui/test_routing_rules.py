"""The desk's routing rules without a window: the SLA timer agrees with the server (paused is not
breached; amber at the server's time), the handover dialogs' rules, and how loudly a mention
speaks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.policies.attention_policy import AttentionSettings
from app.policies.handover import problem, teams_for
from app.policies.mention_policy import decide_mention, is_mine
from app.policies.presence_policy import PresencePolicy
from app.policies.sla_clock import sla_level, sla_state, timer_state
from app.protocol.routing import Mention, TeamInfo
from app.store.rows import queue_rank

NOW = datetime(2026, 11, 25, 13, 35, tzinfo=UTC)


def test_a_pending_or_snoozed_clock_is_paused_with_the_time_it_had_left_never_breached() -> None:
    due = NOW - timedelta(hours=19)  # long past, as the old desk showed: "-19h breached"
    paused_at = due - timedelta(minutes=5)
    for status in ("pending", "snoozed"):
        state = sla_state(status=status, now=NOW, first_response_due=due, paused_at=paused_at)
        assert state.level == "paused" and state.remaining is not None
        assert not state.remaining.overdue and state.remaining.minutes == 5
    open_again = sla_state(status="open", now=NOW, first_response_due=due)
    assert open_again.level == "breached"
    row = timer_state(status="pending", now=NOW, due=due, paused_at=None)
    assert row.level == "paused"  # made before routing: no pause time, still not breached
    assert timer_state(status="resolved", now=NOW, due=due).due is None


def test_amber_comes_at_the_servers_time_when_it_gave_one() -> None:
    start, due = NOW - timedelta(hours=8), NOW + timedelta(hours=40)  # business hours: long window
    assert sla_level(due, NOW, started=start) == "ok"  # the fraction rule alone: far from amber
    assert sla_level(due, NOW, started=start, warn_at=NOW - timedelta(seconds=1)) == "warning"
    assert sla_level(due, NOW, started=start, warn_at=NOW + timedelta(seconds=1)) == "ok"
    assert timer_state(status="open", now=NOW, due=due, started=start, warn_at=NOW).level == "warning"


def test_the_queue_rank_puts_actionable_work_first() -> None:
    assert queue_rank("open", NOW, NOW) == 0  # the customer wrote last
    assert queue_rank("open", None, None) == 0  # nobody answered yet
    assert queue_rank("open", None, NOW) == 1  # we had the last word
    assert queue_rank("pending", NOW, NOW) == queue_rank("snoozed", None, None) == 2
    assert queue_rank("resolved", NOW, None) == 3


def _team(code: str, escalation: bool = False) -> TeamInfo:
    return TeamInfo(
        code=code,
        name=code,
        escalation=escalation,
        members=[],
        languages=["en"],
        channels=["chat"],
        vip_tiers=[0],
        timezone="UTC",
    )


def test_the_handover_dialogs_offer_the_right_teams_and_say_what_is_missing() -> None:
    teams = [_team("en"), _team("zh"), _team("security", escalation=True)]
    assert [t.code for t in teams_for("transfer", teams, "en")] == ["zh", "security"]
    assert [t.code for t in teams_for("escalate", teams, "en")] == ["security"]
    assert problem("transfer", None, "note") == "no_team"
    assert problem("transfer", "zh", "   ") == "empty"
    assert problem("transfer", "zh", "x") is None
    assert problem("escalate", "security", "ab") == "too_short"
    assert problem("escalate", "security", "x" * 501) == "too_long"
    assert problem("transfer", "zh", "x" * 2001) == "too_long"
    assert problem("escalate", "security", "Account takeover suspected") is None


def test_a_mention_is_mine_and_breaks_through_unless_i_am_looking_at_it() -> None:
    mention = Mention(
        id=1, conversation_id=7, kind="mention", username="bob", by="alice", by_name="Alice", created_at=NOW
    )
    assert is_mine(mention, "bob") and not is_mine(mention, "alice") and not is_mine(mention, "")
    away = AttentionSettings(away=True, sound=False)
    elsewhere = decide_mention(window_active=False, viewing_conversation=False, settings=away)
    assert elsewhere.notify and elsewhere.flash and not elsewhere.sound  # also while away
    focused = decide_mention(window_active=True, viewing_conversation=False)
    assert not focused.notify and focused.sound
    assert not decide_mention(window_active=True, viewing_conversation=True).any


def test_busy_is_a_choice_that_idleness_does_not_override() -> None:
    policy = PresencePolicy(1, now=0.0)
    assert policy.choose("busy", now=0.0) == "busy"
    assert policy.tick(now=3600.0) is None and policy.effective == "busy"
    assert policy.on_reconnected() == "busy"
