"""Mentions (issue 19): which ``mention.created`` events are this agent's, and how loudly to say so.

A mention is addressed to one agent (a colleague's ``@name``, an ``@team`` of theirs, or an
escalation of their conversation), so it breaks through where a customer message would not: a
desktop notification whenever the window is not focused, also while away; a sound (if enabled)
when the window is focused on another conversation; nothing when the agent is already looking at
that conversation.
"""

from __future__ import annotations

from app.policies.attention_policy import QUIET, Attention, AttentionSettings
from app.protocol.routing import Mention


def is_mine(mention: Mention, me: str) -> bool:
    return bool(me) and mention.username == me


def decide_mention(
    *, window_active: bool, viewing_conversation: bool, settings: AttentionSettings | None = None
) -> Attention:
    prefs = settings or AttentionSettings()
    if window_active and viewing_conversation:
        return QUIET
    if window_active:
        return Attention(notify=False, sound=prefs.sound, flash=False)
    return Attention(notify=True, sound=prefs.sound, flash=True)
