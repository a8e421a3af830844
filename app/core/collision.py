"""Who else has the open conversation: colleagues viewing it, and who of them is typing.

A small evented model (like the store's signals): the session's peer signals
(:mod:`app.protocol.signals`) go in, :attr:`Collision.changed` comes out with the names to show
in the collision banner. A typing notice expires after :data:`PEER_TTL` seconds without a
refresh (a colleague's desk that crashed mid-sentence must not say "typing" for ever); the owner
calls :meth:`Collision.expire` every few seconds (the UI from a timer).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.protocol.signals import PeerSignal, PeerTyping, PeerViewing
from app.store import Signal

PEER_TTL = 12.0  # seconds a colleague's viewing/typing signal stays valid without a refresh


@dataclass(frozen=True, slots=True)
class CollisionState:
    """Display names, in the order colleagues arrived."""

    viewing: tuple[str, ...] = ()
    typing: tuple[str, ...] = ()


@dataclass(slots=True)
class _Peer:
    name: str
    viewing: bool = False
    typing: bool = False
    seen: float = field(default=0.0)


class Collision:
    """Peers of one desk's open conversation; ``me`` is this agent's username (never shown)."""

    def __init__(self, me: Callable[[], str], *, clock: Callable[[], float] = time.monotonic,
                 ttl: float = PEER_TTL) -> None:
        self._me = me
        self._clock = clock
        self._ttl = ttl
        self._peers: dict[str, _Peer] = {}
        self.conversation_id: int | None = None
        self.changed: Signal[CollisionState] = Signal("collision.changed")

    @property
    def state(self) -> CollisionState:
        return CollisionState(
            viewing=tuple(p.name for p in self._peers.values() if p.viewing),
            typing=tuple(p.name for p in self._peers.values() if p.typing),
        )

    def open(self, conversation_id: int | None) -> None:
        """This desk now has ``conversation_id`` open: whoever was here before is forgotten."""
        self.conversation_id = conversation_id
        self._peers.clear()
        self.changed.emit(CollisionState())

    def receive(self, signal: PeerSignal) -> None:
        """A colleague's typing or viewing signal (the customer's typing is not a collision)."""
        agent = signal.agent
        if not agent or agent == self._me():
            return
        peer = self._peers.setdefault(agent, _Peer(name=signal.display_name or agent))
        current = self.conversation_id
        here = current is not None and signal.conversation_id == current
        if isinstance(signal, PeerViewing):
            peer.viewing = here
            if not here:
                peer.typing = False
        elif isinstance(signal, PeerTyping):
            if signal.conversation_id != current:
                return
            peer.typing = signal.active
            peer.viewing = True
        peer.seen = self._clock()
        self.changed.emit(self.state)

    def expire(self) -> None:
        """Typing notices not refreshed within the TTL end."""
        now = self._clock()
        stale = [p for p in self._peers.values() if p.typing and now - p.seen > self._ttl]
        for peer in stale:
            peer.typing = False
        if stale:
            self.changed.emit(self.state)
