"""Who hears of a low CSAT score, and how loudly (app/policies/csat_policy.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.policies.attention_policy import AttentionSettings
from app.policies.csat_policy import alerts, decide_low_score
from app.protocol.csat import CsatLowScore, CsatRating
from tests.support import factories


def _event(manager: str | None) -> CsatLowScore:
    cust = factories.customer(vip=2 if manager else 0, manager=manager)
    now = datetime.now(UTC)
    rating = CsatRating(conversation_id=7, channel="chat", score=1, answered_at=now, agent="ann")
    return CsatLowScore(rating=rating, conversation=factories.conversation(7, cust=cust, status="resolved"))


def test_supervisors_always_a_vip_manager_for_their_own_clients_never_the_agent():
    assert alerts(_event(None), "supervisor", "sam")
    assert alerts(_event("vera"), "vip_manager", "vera")
    assert not alerts(_event("victor"), "vip_manager", "vera")
    assert not alerts(_event(None), "vip_manager", "vera")
    assert not alerts(_event(None), "agent", "ann")


def test_loud_when_away_quiet_when_already_looking():
    away = decide_low_score(window_active=False, viewing_conversation=False)
    assert away.notify and away.flash
    looking = decide_low_score(window_active=True, viewing_conversation=True)
    assert not looking.any
    focused = decide_low_score(window_active=True, viewing_conversation=False,
                               settings=AttentionSettings(sound=True))
    assert not focused.notify and focused.sound
