"""The state of one WebSocket connection, agent or customer."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime

from websockets.asyncio.server import ServerConnection

from app.server.outbox import Outbox
from app.server.pending import PendingWrites
from app.server.principal import AgentPrincipal
from app.server.ratelimit import TokenBucket
from app.server.sync import LiveCursor


@dataclass(frozen=True, slots=True)
class Subscription:
    """What an agent connection asked for with ``subscription.set``: its open (or pinned)
    conversations in full; the rest as events (``summaries`` false) or coalesced summaries, whose
    entries leave out default fields when ``compact``."""

    open: frozenset[int] = frozenset()
    summaries: bool = False
    compact: bool = False


EVENTS_ONLY = Subscription()


@dataclass(eq=False)
class AgentConn:
    ws: ServerConnection
    outbox: Outbox
    agent: AgentPrincipal
    token_hash: str
    bucket: TokenBucket
    cursor: LiveCursor = field(default_factory=LiveCursor)
    writes: PendingWrites = field(default_factory=PendingWrites)
    viewing: int | None = None  # the conversation this agent has open (collision warnings)
    subscription: Subscription = EVENTS_ONLY
    logged_out: bool = False
    # The token's expiry and its session's start (handlers/sessions.py closes the connection 4401
    # when the token expires; renewal moves the timer).
    expires_at: datetime | None = None
    session_started_at: datetime | None = None
    expiry_timer: asyncio.TimerHandle | None = None


@dataclass(eq=False)
class CustomerConn:
    ws: ServerConnection
    outbox: Outbox
    uid: str
    name: str
    language: str
    bucket: TokenBucket
    cursor: LiveCursor = field(default_factory=LiveCursor)
    writes: PendingWrites = field(default_factory=PendingWrites)
    #: ``client_msg_id`` → stored text of this connection's sends not answered yet, oldest first:
    #: the guard sees them before they are committed
    unanswered: dict[str, str] = field(default_factory=dict)
