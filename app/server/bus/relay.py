"""What nodes tell each other besides the event log: ephemeral signals, session revocations and
who is connected where. Each message is applied to this node's connections by :func:`apply`.

- :class:`Deliver` — typing/viewing signals: each :class:`Delivery` goes to the agents of this
  node who may see its conversation (``scope``) and/or to the customer's connections (``uid``);
  ``unless_told`` skips the agents an earlier delivery of the same message reached (the "left the
  conversation" half of a viewing switch).
- :class:`Revoke` — a logout: this node closes the session's connections (4401 "logged out").
- :class:`Members` — a node's connected agents (its heartbeat): an agent is marked offline only
  when no node has a connection of theirs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime

import msgspec

from app.protocol import codec
from app.protocol.errors import CloseCode, ErrorCode
from app.server.connection import AgentConn
from app.server.hub import Hub
from app.server.visibility import ConvScope

log = logging.getLogger(__name__)


class Delivery(msgspec.Struct, frozen=True):
    frame: str
    scope: ConvScope | None = None  # to the agents who may see this conversation
    uid: str | None = None  # to this customer's connections
    unless_told: bool = False


class Deliver(msgspec.Struct, tag="deliver", frozen=True):
    deliveries: list[Delivery]


class Revoke(msgspec.Struct, tag="revoke", frozen=True):
    agent_id: int
    token_hash: str
    session_started_at: datetime | None


class Members(msgspec.Struct, tag="members", frozen=True):
    usernames: list[str]


Message = Deliver | Revoke | Members


class Envelope(msgspec.Struct, frozen=True):
    node: str
    message: Message


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Envelope)


def encode(node: str, message: Message) -> str:
    return _encoder.encode(Envelope(node, message)).decode()


def decode(payload: str) -> Envelope | None:
    try:
        return _decoder.decode(payload)
    except (msgspec.ValidationError, msgspec.DecodeError):
        log.warning("ignoring a relay message this build does not understand")
        return None


def deliver(hub: Hub, deliveries: Iterable[Delivery], exclude: AgentConn | None = None) -> None:
    """Put each delivery's frame on this node's connections that may have it."""
    told: set[AgentConn] = set()
    for d in deliveries:
        if d.scope is not None:
            for conn in hub.agents_seeing(d.scope, exclude=exclude):
                if d.unless_told and conn in told:
                    continue
                conn.outbox.put(d.frame)
                told.add(conn)
        if d.uid is not None:
            for cconn in hub.customer_conns(d.uid):
                cconn.outbox.put(d.frame)


def close_session(
    hub: Hub, agent_id: int, token_hash: str, started_at: datetime | None, keep: AgentConn | None = None
) -> list[AgentConn]:
    """Tell every connection of a logged-out session (same agent, and the same token or the same
    password login: also those still on a token renewed away from) and close it; the closed ones."""
    closed = []
    for other in list(hub.agents):
        same = other.agent.id == agent_id and (
            other.token_hash == token_hash or other.session_started_at == started_at
        )
        if other is keep or not same:
            continue
        other.outbox.put(codec.encode(codec.error(ErrorCode.UNAUTHORIZED, "logged out")))
        closed.append(other)
    return closed


async def close_all(conns: list[AgentConn]) -> None:
    for conn in conns:
        await conn.outbox.flush(1.0)
        asyncio.get_running_loop().create_task(conn.ws.close(CloseCode.UNAUTHORIZED, "logged out"))
