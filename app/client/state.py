"""What the session shows the UI: its status, when it retries, the outbox size, an error code.

The UI renders these values ("Reconnecting in 4 s", "3 replies waiting", a sign-in dialog); it
never guesses the connection state from exceptions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from app.client.connection import ConnectionConfig
from app.protocol.registry import ServerEvent
from app.protocol.types import AgentInfo


class ConnectionStatus(StrEnum):
    CONNECTING = "connecting"  # opening, authenticating, taking the snapshot or replaying events
    ONLINE = "online"  # synced: live events flow, the outbox delivers
    OFFLINE = "offline"  # not connected; ``retry_at`` says when the next attempt is (or None)
    RELOGIN_NEEDED = "relogin_needed"  # no usable token: the agent must sign in


@dataclass(frozen=True, slots=True)
class SessionState:
    """One snapshot of the session for the UI.

    ``retry_at`` is on the ``time.monotonic()`` clock (immune to wall-clock jumps): the UI shows
    ``max(0, retry_at - time.monotonic())`` seconds. ``error`` is a code, never free text:
    ``unreachable``, ``timeout``, ``connection_lost``, ``unauthorized`` (token refused),
    ``bad_credentials``, ``session_replaced``, ``protocol_error``, ``snapshot_failed``,
    ``cache_error`` (an event could not be stored; the session resyncs), and the transport
    refusals of :mod:`app.client.transport`: ``insecure_transport`` (plain ws:// to a host that is
    not this machine; not retried), ``certificate_invalid`` (the server's certificate did not
    verify; retried), ``ca_file_invalid`` (the configured CA file is unusable; not retried).
    """

    status: ConnectionStatus
    retry_at: float | None = None
    queued: int = 0
    error: str | None = None
    agent: AgentInfo | None = None

    def retry_in(self, now: float) -> float | None:
        return None if self.retry_at is None else max(0.0, self.retry_at - now)


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with full jitter: attempt n waits uniform(0, min(cap, base·factor^(n-1))).

    Full jitter spreads the reconnects of a whole support floor after a server restart, instead
    of having every desk knock at the same instant.
    """

    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    rng: Callable[[], float] = random.random

    def ceiling(self, attempt: int) -> float:
        exponent = min(max(attempt, 1) - 1, 64)  # no float overflow after days offline
        return min(self.cap, self.base * self.factor**exponent)

    def delay(self, attempt: int) -> float:
        return self.rng() * self.ceiling(attempt)


@dataclass(frozen=True, slots=True)
class SessionConfig:
    """Timeouts (seconds), snapshot page size and reconnect backoff; tests pass small values."""

    connection: ConnectionConfig = field(default_factory=ConnectionConfig)
    request_timeout: float = 15.0
    login_timeout: float = 30.0
    snapshot_page: int = 500
    backoff: Backoff = field(default_factory=Backoff)
    #: once synced, ask for full events only of the open conversations and coalesced ``summary``
    #: frames for the rest of the inbox (docs/protocol.md "Subscriptions"); False: every event
    inbox_summaries: bool = True


@dataclass(frozen=True, slots=True)
class EventNotice:
    """An event, after the store applied it: ``payload`` is a member of the
    :data:`~app.protocol.registry.ServerEvent` union (``None`` for a name this build does not
    know); ``name`` is the event's name on the wire."""

    seq: int
    name: str
    payload: ServerEvent | None
