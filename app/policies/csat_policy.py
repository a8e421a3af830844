"""CSAT alerts (issue 20): who is told of a low score, and how loudly.

A ``csat.low_score`` reaches every desk that may see the conversation; only those who answer for
the service act on it: supervisors always, a VIP manager for their own clients. The agent who
handled it sees the score in the thread (the note), without an alert: a low score is for the
supervisor to follow up, not a notification to the agent.
"""

from __future__ import annotations

from app.policies.attention_policy import QUIET, Attention, AttentionSettings
from app.protocol.csat import CsatLowScore


def alerts(event: CsatLowScore, role: str, me: str) -> bool:
    if role == "supervisor":
        return True
    return role == "vip_manager" and bool(me) and event.conversation.customer.account_manager == me


def decide_low_score(
    *, window_active: bool, viewing_conversation: bool, settings: AttentionSettings | None = None
) -> Attention:
    """Like a mention: a notification unless the window is focused, nothing if already looking."""
    prefs = settings or AttentionSettings()
    if window_active and viewing_conversation:
        return QUIET
    if window_active:
        return Attention(notify=False, sound=prefs.sound, flash=False)
    return Attention(notify=True, sound=prefs.sound, flash=True)
