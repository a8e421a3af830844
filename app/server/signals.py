"""Ephemeral signals (typing, viewing): validated, checked against visibility, relayed, forgotten.

Only known names with small, typed data are accepted; anything else is ``bad_request``. A signal
about a conversation is relayed only to connections that may see that conversation.
"""

from __future__ import annotations

from typing import Any

import msgspec

from app.protocol import codec, frames
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import Id
from app.server.connection import AgentConn, CustomerConn
from app.server.context import ServerContext
from app.server.db import repo_inbox, repo_messages
from app.server.visibility import ConvScope, can_see

MAX_DATA_KEYS = 8


class AgentTyping(msgspec.Struct, frozen=True):
    conversation_id: Id
    active: bool = True
    internal: bool = False  # typing an internal note: not shown to the customer


class AgentViewing(msgspec.Struct, frozen=True):
    conversation_id: Id | None = None


class CustomerTyping(msgspec.Struct, frozen=True):
    active: bool = True


def _data(data: dict[str, Any], kind: type[Any]) -> Any:
    if len(data) > MAX_DATA_KEYS:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid signal: too much data")
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"invalid signal data: {codec.describe(exc)}") from None


def _signal(name: str, data: dict[str, Any]) -> str:
    return codec.encode(frames.Signal(name=name, data=data))


async def _scope(ctx: ServerContext, conn: AgentConn, conversation_id: int) -> ConvScope:
    scope = ctx.hub.cached_scope(conversation_id)
    if scope is None:
        scope = await ctx.db.run(repo_inbox.scope_of, conversation_id)
        if scope is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such conversation")
        ctx.hub.remember(scope)
    if not can_see(conn.agent, scope):
        raise ProtocolError(ErrorCode.FORBIDDEN, "this conversation is outside your view")
    return scope


async def agent_signal(ctx: ServerContext, conn: AgentConn, signal: frames.Signal) -> None:
    me = {"agent": conn.agent.username, "display_name": conn.agent.display_name}
    if signal.name == "typing":
        typing = _data(signal.data, AgentTyping)
        scope = await _scope(ctx, conn, typing.conversation_id)
        text = _signal("typing", {"conversation_id": scope.conversation_id, **me, "active": typing.active})
        for other in ctx.hub.agents_seeing(scope, exclude=conn):
            other.outbox.put(text)
        if not typing.internal and scope.channel == "chat":
            to_customer = _signal("typing", {"active": typing.active})
            for cconn in ctx.hub.customer_conns(scope.customer_uid):
                cconn.outbox.put(to_customer)
    elif signal.name == "viewing":
        viewing = _data(signal.data, AgentViewing)
        new = await _scope(ctx, conn, viewing.conversation_id) if viewing.conversation_id else None
        await switch_viewing(ctx, conn, new)
    else:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown signal")


async def switch_viewing(ctx: ServerContext, conn: AgentConn, new: ConvScope | None) -> None:
    """Tell colleagues which conversation this agent now has open (``None``: none, or gone)."""
    me = {"agent": conn.agent.username, "display_name": conn.agent.display_name}
    old = ctx.hub.cached_scope(conn.viewing) if conn.viewing else None
    conn.viewing = new.conversation_id if new is not None else None
    told: set[AgentConn] = set()
    if new is not None:
        text = _signal("viewing", {"conversation_id": new.conversation_id, **me})
        for other in ctx.hub.agents_seeing(new, exclude=conn):
            other.outbox.put(text)
            told.add(other)
    if old is not None and (new is None or old.conversation_id != new.conversation_id):
        left = _signal("viewing", {"conversation_id": None, **me})
        for other in ctx.hub.agents_seeing(old, exclude=conn):
            if other not in told:
                other.outbox.put(left)


async def customer_signal(ctx: ServerContext, conn: CustomerConn, signal: frames.Signal) -> None:
    if signal.name != "typing":
        raise ProtocolError(ErrorCode.BAD_REQUEST, "unknown signal")
    typing = _data(signal.data, CustomerTyping)
    scope = await ctx.db.run(repo_messages.open_chat_scope, conn.uid)
    if scope is None:
        return  # nothing to type into yet: the first message opens the conversation
    ctx.hub.remember(scope)
    text = _signal(
        "typing", {"conversation_id": scope.conversation_id, "who": "customer", "active": typing.active}
    )
    for agent_conn in ctx.hub.agents_seeing(scope):
        agent_conn.outbox.put(text)
