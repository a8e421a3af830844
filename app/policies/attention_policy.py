"""When the desk asks for the agent's attention, and how loudly.

The rules: nothing for what the agent did themselves or for internal notes of colleagues while
they are looking; a notification (and a sound, if enabled) for new conversations and customer
messages when the window is not focused or the message is in a conversation the agent is not
looking at; VIP customers get a distinct, stronger alert. Callback reminders (``callback.due``,
``callback.missed``) alert the people the callback is for (:func:`reminder_is_mine`). The Qt tray
and sound only carry out the :class:`Attention` this module decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EventKind = Literal["conversation", "message"]


@dataclass(frozen=True, slots=True)
class Attention:
    """What to do for one event: ``notify`` (tray/desktop), ``sound``, ``flash`` the taskbar."""

    notify: bool = False
    sound: bool = False
    flash: bool = False
    vip: bool = False

    @property
    def any(self) -> bool:
        return self.notify or self.sound or self.flash


QUIET = Attention()


@dataclass(frozen=True, slots=True)
class AttentionSettings:
    notifications: bool = True
    sound: bool = True
    vip_alert: bool = True  # VIP: the distinct sound, and alerts even while away
    away: bool = False  # the agent's effective presence


def decide(
    kind: EventKind,
    *,
    window_active: bool,
    viewing_conversation: bool,
    author_kind: str | None = None,
    author_is_me: bool = False,
    internal: bool = False,
    vip_tier: int = 0,
    settings: AttentionSettings | None = None,
) -> Attention:
    """The attention one event deserves (see the module docstring for the rules)."""
    prefs = settings or AttentionSettings()
    if author_is_me:
        return QUIET
    if kind == "message" and (author_kind != "customer" or internal):
        return QUIET
    if window_active and viewing_conversation:
        return QUIET
    vip = vip_tier > 0 and prefs.vip_alert
    if prefs.away and not vip:
        return QUIET  # away: regular work waits in the inbox (its unread badge still counts)
    sound = True if vip else prefs.sound  # the priority lane's alert is its own setting
    if window_active:
        # Focused on another conversation: a VIP still gets a sound, others only the badge.
        return Attention(notify=False, sound=vip, flash=False, vip=vip)
    return Attention(notify=prefs.notifications or vip, sound=sound, flash=True, vip=vip)


def title_with_unread(title: str, unread: int) -> str:
    """``(3) AgentDesk — alice``: the unread count leads so it shows in a narrow taskbar."""
    return f"({unread}) {title}" if unread > 0 else title


# --- callback reminders (VIP desk) -----------------------------------------------------------
ReminderKind = Literal["callback.due", "callback.missed"]


def reminder_is_mine(
    *, me: str, role: str, assignee: str | None, account_manager: str | None, requested_by: str | None
) -> bool:
    """Whom a callback reminder alerts: its assignee; the client's manager while nobody has it;
    the agent who requested it; supervisors only for callbacks nobody is assigned to."""
    if not me:
        return False
    if me in (assignee, requested_by):
        return True
    if assignee is None:
        return me == account_manager or role == "supervisor"
    return False


def decide_reminder(
    kind: ReminderKind, *, window_active: bool, settings: AttentionSettings | None = None
) -> Attention:
    """A due callback is a call to make now: always a sound (if enabled) and, when the window is
    not focused, a notification and a flash. A missed one is news, not an alarm: no sound."""
    prefs = settings or AttentionSettings()
    due = kind == "callback.due"
    return Attention(
        notify=prefs.notifications and not window_active,
        sound=due and prefs.sound,
        flash=not window_active,
        vip=True,
    )
