"""Signals: ephemeral typing/viewing notices (``{"type": "signal", "name": ..., "data": ...}``).

No seq, never stored or replayed. Each signal is a struct whose ``NAME`` is the frame's ``name``
and whose fields are its ``data``; the codec encodes and decodes them
(:func:`app.protocol.codec.signal_frame`, :func:`~app.protocol.codec.decode_signal`), so neither
peer handles a raw dict.

- agent → server: :class:`Typing`, :class:`Viewing`;
- customer → server: :class:`CustomerTyping`;
- server → agent: :class:`PeerTyping` (a colleague or the customer types), :class:`PeerViewing`
  (a colleague opened or left a conversation);
- server → customer: :class:`CustomerTyping` (an agent types).
"""

from __future__ import annotations

from typing import ClassVar

from msgspec import Struct

from app.protocol.types import Id


class Typing(Struct, frozen=True):
    NAME: ClassVar[str] = "typing"
    conversation_id: Id
    active: bool = True
    internal: bool = False  # typing an internal note: not shown to the customer


class Viewing(Struct, frozen=True):
    NAME: ClassVar[str] = "viewing"
    conversation_id: Id | None = None  # None: no conversation open any more


class CustomerTyping(Struct, frozen=True):
    NAME: ClassVar[str] = "typing"
    active: bool = True


class PeerTyping(Struct, frozen=True, omit_defaults=True):
    """Someone types in ``conversation_id``: a colleague (``agent``, ``display_name``) or the
    customer (``who="customer"``)."""

    NAME: ClassVar[str] = "typing"
    conversation_id: int
    active: bool
    agent: str | None = None
    display_name: str | None = None
    who: str | None = None


class PeerViewing(Struct, frozen=True):
    """A colleague now has ``conversation_id`` open (``None``: they left the one they had)."""

    NAME: ClassVar[str] = "viewing"
    conversation_id: int | None
    agent: str
    display_name: str


AgentSignal = Typing | Viewing
PeerSignal = PeerTyping | PeerViewing
AnySignal = Typing | Viewing | CustomerTyping | PeerTyping | PeerViewing
