"""The live floor (issue 20): per team and channel what waits and what is at risk, per agent
presence, load and the last reply; for supervisors (everything) and VIP managers (their book).

The desk asks once (``floor.watch``) and then receives ``floor.summary`` *signals* — ephemeral, not
in the event log, never replayed — at most about once a second and only when something changed:
the server computes the floor once per scope and sends the same frame to every watcher of that
scope. Its data path is its own (it does not read the inbox or its subscriptions), so a
supervisor's desk needs neither every conversation in its cache nor every event in full.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.methods import Empty
from app.protocol.spec import MethodSpec
from app.protocol.types import Channel, Conversation, Presence, Role, UtcDatetime

FloorScope = Literal["all", "book"]


class FloorQueue(Struct, frozen=True):
    """One team and channel: conversations not resolved (``open`` counts the status ``open``),
    ``waiting`` (open, and either never answered or the customer had the last word),
    ``unassigned`` (waiting for an agent), ``oldest_wait_since`` (the longest a waiting customer
    has waited: since the conversation opened, or their latest message), ``at_risk`` (amber: the
    due time that applies now turns amber at ``sla_warn_at`` and has not passed), ``breached``
    (overdue now) and ``breached_today`` (breaches recorded since the watcher's ``day_start``)."""

    team: str | None
    channel: Channel
    open: int = 0
    waiting: int = 0
    unassigned: int = 0
    oldest_wait_since: UtcDatetime | None = None
    at_risk: int = 0
    breached: int = 0
    breached_today: int = 0


class FloorAgent(Struct, frozen=True):
    """One agent: presence (and since when), teams, ``load`` and ``capacity`` per channel (open
    conversations against the teams policy's limit), ``conversations`` not resolved, how many of
    them wait on the agent, and the time of their last public reply (null: none yet)."""

    username: str
    display_name: str
    role: Role
    presence: Presence
    presence_since: UtcDatetime | None = None
    teams: list[str] = msgspec.field(default_factory=list)
    load: dict[str, int] = msgspec.field(default_factory=dict)
    capacity: dict[str, int] = msgspec.field(default_factory=dict)
    conversations: int = 0
    waiting: int = 0
    last_reply_at: UtcDatetime | None = None


class Floor(Struct, frozen=True):
    """The floor at ``at`` (server time). ``scope``: ``all`` (a supervisor) or ``book`` (a VIP
    manager: their clients' conversations and those assigned to them)."""

    at: UtcDatetime
    day_start: UtcDatetime
    scope: FloorScope
    queues: list[FloorQueue]
    agents: list[FloorAgent]


class FloorWatchParams(Struct, frozen=True):
    """``day_start``: where "today" starts for ``breached_today`` (the desk's local midnight;
    default: midnight UTC). ``watch``: false answers once without watching."""

    day_start: UtcDatetime | None = None
    watch: bool = True


class FloorResult(Struct, frozen=True):
    floor: Floor


class FloorConversationsParams(Struct, frozen=True, kw_only=True):
    """Click-through: the conversations behind a floor cell, oldest first (not resolved).
    ``team`` (``unrouted`` for none), ``channel``, ``agent`` narrow it; ``waiting``/``at_risk``
    keep only those."""

    team: Annotated[str, Meta(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+\Z")] | None = None
    channel: Channel | None = None
    agent: Annotated[str, Meta(min_length=1, max_length=64)] | None = None
    waiting: bool = False
    at_risk: bool = False
    limit: Annotated[int, Meta(ge=1, le=1000)] = 500


class FloorConversationsResult(Struct, frozen=True):
    conversations: list[Conversation]
    total: int  # how many match (the list stops at ``limit``)


class FloorSummary(Struct, frozen=True):
    """Signal ``floor.summary`` (server → a watching desk): the floor as it now is."""

    NAME: ClassVar[str] = "floor.summary"
    floor: Floor


UNROUTED = "unrouted"  # the team filter of conversations no team has

FLOOR_WATCH = MethodSpec("floor.watch", FloorWatchParams, FloorResult)
FLOOR_UNWATCH = MethodSpec("floor.unwatch", Empty, Empty)
FLOOR_CONVERSATIONS = MethodSpec("floor.conversations", FloorConversationsParams, FloorConversationsResult)

#: this module's methods, for :mod:`app.protocol.registry` (its one signal is in ``SIGNALS``)
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (FLOOR_WATCH, FLOOR_UNWATCH, FLOOR_CONVERSATIONS)
