"""Ephemeral signals (typing, viewing): validated, checked against visibility, relayed, forgotten.

Only known names whose data decodes to their struct (:mod:`app.protocol.signals`) are accepted;
anything else is ``bad_request``. A signal
about a conversation is relayed only to connections that may see that conversation, on this node
and (through the event bus, ``app/server/bus``) on every other.
"""

from __future__ import annotations

from typing import TypeVar

import msgspec

from app.protocol import codec
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.frames import Signal
from app.protocol.signals import AnySignal, CustomerTyping, PeerTyping, PeerViewing, Typing, Viewing
from app.server.bus import relay
from app.server.bus.relay import Delivery
from app.server.connection import AgentConn, CustomerConn
from app.server.context import ServerContext
from app.server.repos import repo_inbox, repo_messages
from app.server.visibility import ConvScope, can_see

MAX_DATA_KEYS = 8
S = TypeVar("S", bound=msgspec.Struct)
_Keys = msgspec.json.Decoder(dict[str, msgspec.Raw])


def _decode(signal: Signal, kind: type[S]) -> S:
    """The signal's data as ``kind``; more than a few keys is refused before it is looked at."""
    try:
        keys = len(_Keys.decode(signal.data))
    except (msgspec.ValidationError, msgspec.DecodeError):
        keys = 0  # not an object: the codec says so below
    if keys > MAX_DATA_KEYS:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid signal: too much data")
    return codec.decode_signal(signal, kind)


def _signal(signal: AnySignal) -> str:
    return codec.encode(codec.signal_frame(signal))


async def _scope(ctx: ServerContext, conn: AgentConn, conversation_id: int) -> ConvScope:
    scope = ctx.hub.cached_scope(conversation_id)
    if scope is None:
        scope = await ctx.db.read(repo_inbox.scope_of, conversation_id)
        if scope is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such conversation")
        ctx.hub.remember(scope)
    if not can_see(conn.agent, scope):
        raise ProtocolError(ErrorCode.FORBIDDEN, "this conversation is outside your view")
    return scope


async def agent_signal(ctx: ServerContext, conn: AgentConn, signal: Signal) -> None:
    agent = conn.agent
    if signal.name == Typing.NAME:
        typing = _decode(signal, Typing)
        scope = await _scope(ctx, conn, typing.conversation_id)
        text = _signal(PeerTyping(conversation_id=scope.conversation_id, agent=agent.username,
                                  display_name=agent.display_name, active=typing.active))
        deliveries = [Delivery(text, scope=scope)]
        if not typing.internal and scope.channel == "chat":
            deliveries.append(Delivery(_signal(CustomerTyping(active=typing.active)), uid=scope.customer_uid))
        _send(ctx, deliveries, conn)
    elif signal.name == Viewing.NAME:
        viewing = _decode(signal, Viewing)
        new = await _scope(ctx, conn, viewing.conversation_id) if viewing.conversation_id else None
        await switch_viewing(ctx, conn, new)
    else:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown signal")


def _send(ctx: ServerContext, deliveries: list[Delivery], exclude: AgentConn | None = None) -> None:
    """To this node's connections now, and through the bus to every other node's."""
    if deliveries:
        relay.deliver(ctx.hub, deliveries, exclude)
        ctx.bus.relay(relay.Deliver(deliveries))


async def switch_viewing(ctx: ServerContext, conn: AgentConn, new: ConvScope | None) -> None:
    """Tell colleagues which conversation this agent now has open (``None``: none, or gone)."""
    agent = conn.agent
    old = ctx.hub.cached_scope(conn.viewing) if conn.viewing else None
    conn.viewing = new.conversation_id if new is not None else None
    deliveries = []
    if new is not None:
        text = _signal(PeerViewing(new.conversation_id, agent.username, agent.display_name))
        deliveries.append(Delivery(text, scope=new))
    if old is not None and (new is None or old.conversation_id != new.conversation_id):
        left = _signal(PeerViewing(None, agent.username, agent.display_name))
        deliveries.append(Delivery(left, scope=old, unless_told=True))  # not to those just told of the new
    _send(ctx, deliveries, conn)


async def customer_signal(ctx: ServerContext, conn: CustomerConn, signal: Signal) -> None:
    if signal.name != CustomerTyping.NAME:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown signal")
    typing = _decode(signal, CustomerTyping)
    await conn.writes.settled()  # the first message, still being committed, opens the chat
    scope = await ctx.db.read(repo_messages.open_chat_scope, conn.uid)
    if scope is None:
        return  # nothing to type into yet: the first message opens the conversation
    ctx.hub.remember(scope)
    text = _signal(PeerTyping(conversation_id=scope.conversation_id, who="customer", active=typing.active))
    _send(ctx, [Delivery(text, scope=scope)])
