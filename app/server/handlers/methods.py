"""The agent request methods: one coroutine per method, registered in ``HANDLERS``.

Each takes the decoded params (``app.protocol.methods``) and returns the result struct; a
``ProtocolError`` becomes the error ``res``. Visibility is checked inside the database functions,
in the same transaction that reads or writes, so it cannot be raced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from app.protocol import methods as pm
from app.protocol import types as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.server import safety
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.db import (
    repo_agents,
    repo_callbacks,
    repo_conversations,
    repo_cover,
    repo_customers,
    repo_inbox,
    repo_messages,
    repo_sessions,
    repo_tickets,
)

Handler = Callable[[ServerContext, AgentConn, Any], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


@method("inbox.snapshot")
async def snapshot(ctx: ServerContext, conn: AgentConn, params: pm.SnapshotParams) -> pm.SnapshotResult:
    return await ctx.db.run(repo_inbox.snapshot, conn.agent, params)


@method("conversation.get")
async def conversation_get(
    ctx: ServerContext, conn: AgentConn, params: pm.ConversationGetParams
) -> pm.ConversationGetResult:
    return await ctx.db.run(repo_inbox.get, conn.agent, params.conversation_id)


@method("conversation.messages")
async def conversation_messages(
    ctx: ServerContext, conn: AgentConn, params: pm.MessagesParams
) -> pm.MessagesResult:
    return await ctx.db.run(repo_inbox.messages, conn.agent, params)


@method("message.send")
async def message_send(ctx: ServerContext, conn: AgentConn, params: pm.SendParams) -> pm.SendResult:
    if not params.internal:
        # The guard is pure CPU work on up to 10,000 characters: off the loop, off the db thread.
        refusal = await asyncio.to_thread(
            safety.refusal, params.body, conn.agent.language, ctx.config.link_domains()
        )
        if refusal:
            raise ProtocolError(ErrorCode.BLOCKED, refusal)
    return await ctx.db.run(repo_messages.agent_send, conn.agent, params)


@method("conversation.update")
async def conversation_update(
    ctx: ServerContext, conn: AgentConn, params: pm.UpdateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_conversations.update, conn.agent, params)


@method("customer.get")
async def customer_get(ctx: ServerContext, conn: AgentConn, params: pm.CustomerParams) -> pm.CustomerResult:
    if params.reveal and not (params.reason and params.reason.strip()):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: reason is required to reveal")
    lookup = await ctx.db.run(
        repo_customers.customer_context, conn.agent, params.uid, params.reveal, params.reason
    )
    if lookup.error is ErrorCode.NOT_FOUND:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    if lookup.error is not None or lookup.context is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "this customer is outside your view")
    return pm.CustomerResult(customer=lookup.context)


@method("canned.list")
async def canned_list(ctx: ServerContext, conn: AgentConn, params: pm.CannedParams) -> pm.CannedResult:
    return pm.CannedResult(replies=await ctx.db.run(repo_customers.canned, params.locale))


@method("presence.set")
async def presence_set(ctx: ServerContext, conn: AgentConn, params: pm.PresenceParams) -> pm.Empty:
    if params.presence == "offline":
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: presence must be available or away")
    await set_presence(ctx, conn, params.presence)
    return pm.Empty()


async def set_presence(ctx: ServerContext, conn: AgentConn, presence: str) -> None:
    username = conn.agent.username
    if ctx.presence.get(username, "offline") == presence:
        return
    if presence == "offline":
        ctx.presence.pop(username, None)
    else:
        ctx.presence[username] = presence
    await ctx.db.run(repo_agents.record_presence, conn.agent, presence)


@method("agents.list")
async def agents_list(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.AgentsResult:
    agents = await ctx.db.run(repo_agents.list_agents)
    backups = await ctx.db.run(repo_cover.backups)
    return pm.AgentsResult(
        agents=[
            pt.AgentPresence(
                username=a.username,
                display_name=a.display_name,
                role=a.role,  # type: ignore[arg-type]
                presence=ctx.presence.get(a.username, "offline"),
                backup=backups.get(a.username),
            )  # type: ignore[arg-type]
            for a in agents
        ]
    )


@method("session.logout")
async def session_logout(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.Empty:
    """Revoke this connection's session (its token and any renewed-away one still in grace); the
    connection, and any other of the same session, then closes."""
    await ctx.db.run(repo_sessions.revoke_session, conn.agent, conn.token_hash)
    conn.logged_out = True
    return pm.Empty()


# --- tickets and callbacks (issue 5.3): the rules live in db/repo_tickets.py, repo_callbacks.py --
@method("ticket.create")
async def ticket_create(
    ctx: ServerContext, conn: AgentConn, params: pm.TicketCreateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_tickets.create_ticket, conn.agent, params)


@method("callback.create")
async def callback_create(
    ctx: ServerContext, conn: AgentConn, params: pm.CallbackCreateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_callbacks.create_callback, conn.agent, params)


@method("callback.log")
async def callback_log(
    ctx: ServerContext, conn: AgentConn, params: pm.CallbackLogParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_callbacks.log_callback, conn.agent, params)


# The VIP desk's methods register themselves into HANDLERS (handlers/vip.py).
from app.server.handlers import vip as _vip  # noqa: E402, F401
