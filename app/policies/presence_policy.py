"""Presence: what the agent chose, what the server should show, and when idleness means away.

A pure state machine driven by three inputs — the agent's choice, activity (keyboard or mouse)
and a periodic tick — and one output: "send this presence to the server now" (or ``None``).
After every reconnect the server has forgotten us, so :meth:`PresencePolicy.on_reconnected`
always answers what to send again. Times are monotonic seconds supplied by the caller, which
keeps the policy testable without sleeping.
"""

from __future__ import annotations

from typing import Literal

#: busy (issue 19): keeps its conversations, takes no new ones from routing
PresenceChoice = Literal["available", "busy", "away"]


class PresencePolicy:
    """Idle for ``idle_minutes`` while available → away (automatically); activity → back."""

    def __init__(self, idle_minutes: float, *, now: float, chosen: PresenceChoice = "available") -> None:
        self._idle_seconds = max(float(idle_minutes), 0.0) * 60.0
        self._chosen: PresenceChoice = chosen
        self._auto_away = False
        self._last_activity = now

    @property
    def chosen(self) -> PresenceChoice:
        """What the agent picked in the menu."""
        return self._chosen

    @property
    def auto_away(self) -> bool:
        """True while away only because of idleness (activity will bring the agent back)."""
        return self._auto_away

    @property
    def effective(self) -> PresenceChoice:
        """What the server should show for this agent."""
        return "away" if self._auto_away else self._chosen

    def set_idle_minutes(self, minutes: float) -> None:
        """Change the idle threshold (settings); 0 disables automatic away."""
        self._idle_seconds = max(float(minutes), 0.0) * 60.0

    def choose(self, presence: PresenceChoice, *, now: float) -> PresenceChoice | None:
        """The agent picked a presence; returns it when the server must be told."""
        before = self.effective
        self._chosen = presence
        self._auto_away = False
        self._last_activity = now
        return self.effective if self.effective != before else None

    def activity(self, *, now: float) -> PresenceChoice | None:
        """The agent did something; an automatic away ends."""
        self._last_activity = now
        if self._auto_away:
            self._auto_away = False
            return self.effective
        return None

    def tick(self, *, now: float) -> PresenceChoice | None:
        """Called periodically; goes away automatically after the idle threshold."""
        if self._idle_seconds <= 0 or self._auto_away or self._chosen != "available":
            return None
        if now - self._last_activity >= self._idle_seconds:
            self._auto_away = True
            return "away"
        return None

    def on_reconnected(self) -> PresenceChoice:
        """A new connection starts with the server's default: tell it the effective presence."""
        return self.effective
