"""The agent request methods of the inbox, conversations and customers: one coroutine per method,
bound to its spec in ``ROUTES`` (collected by :mod:`app.server.registry`).

Each takes the decoded params (``app.protocol.methods``) and returns the result struct; a
``ProtocolError`` becomes the error ``res``. Visibility is checked inside the database functions,
in the same transaction that reads or writes, so it cannot be raced.
"""

from __future__ import annotations

import asyncio

from app.protocol import methods as pm
from app.protocol import types as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import Presence
from app.server import safety
from app.server.connection import AgentConn
from app.server.context import ServerContext
from app.server.cover import repo as repo_cover
from app.server.dispatch import load as dispatch_load
from app.server.dispatch import mentions as dispatch_mentions
from app.server.dispatch import presence as dispatch_presence
from app.server.email import repo as repo_email
from app.server.identity import repo as identity_repo
from app.server.repos import (
    repo_agents,
    repo_conversations,
    repo_customers,
    repo_inbox,
    repo_sessions,
)
from app.server.routes import Route, route
from app.server.tickets import repo as repo_tickets


async def snapshot(ctx: ServerContext, conn: AgentConn, params: pm.SnapshotParams) -> pm.SnapshotResult:
    return await ctx.db.run(repo_inbox.snapshot, conn.agent, params)


async def conversation_get(
    ctx: ServerContext, conn: AgentConn, params: pm.ConversationGetParams
) -> pm.ConversationGetResult:
    return await ctx.db.run(repo_inbox.get, conn.agent, params.conversation_id)


async def conversation_messages(
    ctx: ServerContext, conn: AgentConn, params: pm.MessagesParams
) -> pm.MessagesResult:
    return await ctx.db.run(repo_inbox.messages, conn.agent, params)


async def message_send(ctx: ServerContext, conn: AgentConn, params: pm.SendParams) -> pm.SendResult:
    if not params.internal:
        # The guard is pure CPU work on up to 10,000 characters: off the loop, off the db thread.
        refusal = await asyncio.to_thread(
            safety.refusal, params.body, conn.agent.language, ctx.config.link_domains()
        )
        if refusal:
            raise ProtocolError(ErrorCode.BLOCKED, refusal)
    # an internal note's @mentions are written in the note's own transaction (dispatch/mentions.py)
    return await ctx.db.run(dispatch_mentions.send, conn.agent, params, repo_email.queue_reply)


async def conversation_update(
    ctx: ServerContext, conn: AgentConn, params: pm.UpdateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_conversations.update, conn.agent, params, repo_tickets.edit_ticket)


async def customer_get(ctx: ServerContext, conn: AgentConn, params: pm.CustomerParams) -> pm.CustomerResult:
    if params.reveal and not (params.reason and params.reason.strip()):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: reason is required to reveal")
    # Revealing PII needs a fresh identity verification or a supervisor's override (identity/),
    # checked after visibility, in the lookup's transaction.
    lookup = await ctx.db.run(
        repo_customers.customer_context, conn.agent, params.uid, params.reveal, params.reason,
        identity_repo.gate if params.reveal else None,
    )
    if lookup.error is ErrorCode.NOT_FOUND:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
    if lookup.error is ErrorCode.VERIFICATION_REQUIRED:
        raise ProtocolError(ErrorCode.VERIFICATION_REQUIRED, identity_repo.REFUSAL.format(action="reveal"))
    if lookup.error is not None or lookup.context is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "this customer is outside your view")
    return pm.CustomerResult(customer=lookup.context)


async def canned_list(ctx: ServerContext, conn: AgentConn, params: pm.CannedParams) -> pm.CannedResult:
    return pm.CannedResult(replies=await ctx.db.run(repo_customers.canned, params.locale))


async def presence_set(ctx: ServerContext, conn: AgentConn, params: pm.PresenceParams) -> pm.Empty:
    if params.presence == "offline":
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: presence must be available, busy or away")
    await set_presence(ctx, conn, params.presence)
    return pm.Empty()


async def set_presence(ctx: ServerContext, conn: AgentConn, presence: Presence) -> None:
    username = conn.agent.username
    if ctx.presence.get(username, "offline") == presence:
        return
    if presence == "offline":
        ctx.presence.pop(username, None)
    else:
        ctx.presence[username] = presence
    await ctx.db.run(dispatch_presence.record, conn.agent, presence)  # routing reads it on every node


async def agents_list(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.AgentsResult:
    agents = await ctx.db.run(repo_agents.list_agents)
    backups = await ctx.db.run(repo_cover.backups)
    teams = await ctx.db.run(dispatch_load.teams_by_agent)
    return pm.AgentsResult(
        agents=[
            pt.AgentPresence(
                username=a.username,
                display_name=a.display_name,
                role=a.role,
                presence=ctx.presence.get(a.username, "offline"),
                backup=backups.get(a.username),
                teams=teams.get(a.username, []),
            )
            for a in agents
        ]
    )


async def session_logout(ctx: ServerContext, conn: AgentConn, params: pm.Empty) -> pm.Empty:
    """Revoke this connection's session (its token and any renewed-away one still in grace); the
    connection, and any other of the same session, then closes."""
    await ctx.db.run(repo_sessions.revoke_session, conn.agent, conn.token_hash)
    conn.logged_out = True
    return pm.Empty()


ROUTES: tuple[Route, ...] = (
    route(pm.SNAPSHOT, snapshot),
    route(pm.CONVERSATION_GET, conversation_get),
    route(pm.MESSAGES, conversation_messages),
    route(pm.SEND, message_send),
    route(pm.UPDATE, conversation_update),
    route(pm.CUSTOMER_GET, customer_get),
    route(pm.CANNED_LIST, canned_list),
    route(pm.PRESENCE_SET, presence_set),
    route(pm.AGENTS_LIST, agents_list),
    route(pm.LOGOUT, session_logout),
)
