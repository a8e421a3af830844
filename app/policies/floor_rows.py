"""The live floor as table rows (issue 20): what each queue and agent row says, in the order the
desk shows them, computed from a ``Floor`` at the desk's own server-time ``now``. The widgets
format numbers and durations; the rules of ordering and of what counts as a warning live here.

Queues with something at risk or breached come first, then by the longest wait; agents over or
at capacity first, then by the longest time since their last reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.protocol.floor import Floor, FloorAgent, FloorQueue

LOAD_CHANNELS = ("chat", "email")


@dataclass(frozen=True)
class QueueRow:
    team: str | None
    channel: str
    open: int
    waiting: int
    unassigned: int
    oldest_wait: float | None  # seconds
    at_risk: int
    breached: int
    breached_today: int
    alarm: bool  # something breached or at risk now


@dataclass(frozen=True)
class AgentRow:
    username: str
    display_name: str
    presence: str
    teams: list[str]
    load: dict[str, tuple[int, int | None]]  # channel → (open, capacity)
    conversations: int
    waiting: int
    since_reply: float | None  # seconds since their last public reply
    full: bool  # at or over capacity on some channel


def _seconds(since: datetime | None, now: datetime) -> float | None:
    return None if since is None else max(0.0, (now - since).total_seconds())


def queue_row(q: FloorQueue, now: datetime) -> QueueRow:
    return QueueRow(q.team, q.channel, q.open, q.waiting, q.unassigned, _seconds(q.oldest_wait_since, now),
                    q.at_risk, q.breached, q.breached_today, alarm=bool(q.at_risk or q.breached))


def agent_row(a: FloorAgent, now: datetime) -> AgentRow:
    load = {c: (a.load.get(c, 0), a.capacity.get(c)) for c in LOAD_CHANNELS}
    full = any(cap is not None and cap > 0 and n >= cap for n, cap in load.values())
    return AgentRow(a.username, a.display_name, a.presence, list(a.teams), load, a.conversations, a.waiting,
                    _seconds(a.last_reply_at, now), full)


def queue_rows(floor: Floor, now: datetime) -> list[QueueRow]:
    rows = [queue_row(q, now) for q in floor.queues]
    return sorted(rows, key=lambda r: (not r.alarm, -(r.oldest_wait or 0.0), r.team or "", r.channel))


def agent_rows(floor: Floor, now: datetime) -> list[AgentRow]:
    rows = [agent_row(a, now) for a in floor.agents]
    offline = ("offline",)
    return sorted(rows, key=lambda r: (r.presence in offline, not r.full, -(r.since_reply or 0.0),
                                       r.username))
