"""The agent request methods of the inbox, conversations and customers: one coroutine per method,
bound to its spec in ``ROUTES`` (collected by :mod:`app.server.registry`).

Each takes the decoded params (``app.protocol.methods``) and returns the result struct; a
``ProtocolError`` becomes the error ``res``. Visibility is checked inside the database functions,
in the same transaction that reads or writes, so it cannot be raced.

Pure reads go to the reader connections (``ctx.db.read``) and never wait behind writes; anything
that writes — an audit row counts (``customer.get``) — goes to the writer (``ctx.db.run``). A
connection's frames are handled in order, so a read sees the writes this connection made before it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.protocol import types as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import Presence
from app.server import audit, safety
from app.server.attachments import canned as canned_files
from app.server.attachments import handlers as attachment_handlers
from app.server.connection import AgentConn, Subscription
from app.server.context import ServerContext
from app.server.cover import repo as repo_cover
from app.server.db.schema import Conversation, Customer, Message
from app.server.dispatch import load as dispatch_load
from app.server.dispatch import mentions as dispatch_mentions
from app.server.dispatch import presence as dispatch_presence
from app.server.email import repo as repo_email
from app.server.identity import repo as identity_repo
from app.server.principal import AgentPrincipal
from app.server.provider import overlay
from app.server.repos import (
    repo_agents,
    repo_conversations,
    repo_customers,
    repo_inbox,
    repo_sessions,
)
from app.server.routes import Route, route
from app.server.telegram import repo as telegram_repo
from app.server.tickets import repo as repo_tickets


async def snapshot(ctx: ServerContext, conn: AgentConn, params: pm.SnapshotParams) -> pm.SnapshotResult:
    return await ctx.db.read(repo_inbox.snapshot, conn.agent, params)


async def conversation_get(
    ctx: ServerContext, conn: AgentConn, params: pm.ConversationGetParams
) -> pm.ConversationGetResult:
    return await ctx.db.read(repo_inbox.get, conn.agent, params.conversation_id)


async def conversation_messages(
    ctx: ServerContext, conn: AgentConn, params: pm.MessagesParams
) -> pm.MessagesResult:
    return await ctx.db.read(repo_inbox.messages, conn.agent, params)


async def message_send(ctx: ServerContext, conn: AgentConn, params: pm.SendParams) -> pm.SendResult:
    if not params.body and not params.attachments:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: body is empty and has no attachments")
    held: tuple[str, ...] = ()
    if not params.internal and params.body:
        # The guard is pure CPU work on up to 10,000 characters: off the loop, off the db thread.
        outcome = await asyncio.to_thread(
            safety.review,
            params.body,
            conn.agent.language,
            ctx.config.link_domains(),
            ctx.config.explorer_domains,
            ctx.config.official_handles,
        )
        if outcome.refusal:
            raise ProtocolError(ErrorCode.BLOCKED, outcome.refusal)
        if outcome.hold and not params.confirm_held:
            raise ProtocolError(ErrorCode.HELD_FOR_REVIEW, outcome.hold)
        held = outcome.codes if outcome.hold else ()
    # an internal note's @mentions are written in the note's own transaction (dispatch/mentions.py)
    files = attachment_handlers.linker(ctx, attachment_handlers.owner(conn.agent), params.attachments)
    if held:
        return await ctx.db.run(_send_confirmed, conn.agent, params, files, held)
    return await ctx.db.run(dispatch_mentions.send, conn.agent, params, _channel_reply, files)


def _send_confirmed(
    session: Session, agent: AgentPrincipal, params: pm.SendParams,
    files: Callable[[Session, Message], None] | None, held: tuple[str, ...],
) -> pm.SendResult:
    """A reply the guard held, sent because its agent confirmed it: recorded in the audit log in
    the message's transaction (who, which message, the kinds held; never the text)."""
    result = dispatch_mentions.send(session, agent, params, _channel_reply, files)
    audit.record(
        session, agent.username, "guard.held_confirmed", f"message:{result.message.id}",
        {"conversation_id": params.conversation_id, "held": list(held)},
    )
    return result


def _channel_reply(
    session: Session, conv: Conversation, customer: Customer, m: Message, agent_name: str
) -> None:
    """An agent's reply leaves by its conversation's channel, queued in the message's transaction."""
    if conv.channel == "telegram":
        telegram_repo.queue(session, conv, customer, m, agent_name)
    else:
        repo_email.queue_reply(session, conv, customer, m, agent_name)


async def conversation_update(
    ctx: ServerContext, conn: AgentConn, params: pm.UpdateParams
) -> pm.ConversationResult:
    return await ctx.db.run(repo_conversations.update, conn.agent, params, repo_tickets.edit_ticket)


async def customer_get(ctx: ServerContext, conn: AgentConn, params: pm.CustomerParams) -> pm.CustomerResult:
    if params.reveal and not (params.reason and params.reason.strip()):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "invalid params: reason is required to reveal")
    source = ctx.customer_source
    # The source is asked while the desk's own record is read (and the view audited), so a panel
    # costs the longer of the two, not their sum. What the source answers reaches the agent only
    # if the record says the agent may see the customer; a refused look's answer only warms the cache.
    # Revealing PII needs a fresh identity verification or a supervisor's override (identity/),
    # checked after visibility, in the lookup's transaction.
    pending = asyncio.ensure_future(source.panel(params.uid)) if source is not None else None
    try:
        lookup = await ctx.db.run(
            repo_customers.customer_context,
            conn.agent, params.uid, params.reveal, params.reason,
            identity_repo.gate if params.reveal else None, source is None,
        )
    except BaseException:
        if pending is not None:
            pending.cancel()  # the caller's wait only: the shared fetch goes on (service.py)
        raise
    if lookup.error is ErrorCode.VERIFICATION_REQUIRED:
        if pending is not None:
            pending.cancel()
        raise ProtocolError(ErrorCode.VERIFICATION_REQUIRED, identity_repo.REFUSAL.format(action="reveal"))
    if lookup.error is not None or lookup.context is None:
        if pending is not None:
            pending.cancel()
        if lookup.error is ErrorCode.NOT_FOUND:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such customer")
        raise ProtocolError(ErrorCode.FORBIDDEN, "this customer is outside your view")
    if pending is None:
        return pm.CustomerResult(customer=lookup.context)
    return pm.CustomerResult(customer=overlay.apply(lookup.context, await pending))


async def canned_list(ctx: ServerContext, conn: AgentConn, params: pm.CannedParams) -> pm.CannedResult:
    def read(session: Session) -> list[pt.CannedReply]:
        return canned_files.with_files(session, repo_customers.canned(session, params.locale))

    return pm.CannedResult(replies=await ctx.db.read(read))


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
    agents = await ctx.db.read(repo_agents.list_agents)
    backups = await ctx.db.read(repo_cover.backups)
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


async def subscription_set(
    ctx: ServerContext, conn: AgentConn, params: pm.SubscriptionParams
) -> pm.SubscriptionResult:
    """What this connection gets live from now on (docs/protocol.md "Subscriptions"). Visibility
    still applies per event: opening a conversation one may not see brings nothing."""
    subscription = Subscription(
        open=frozenset(params.open), summaries=params.inbox == "summaries", compact=params.compact
    )
    ctx.hub.subscribe(conn, subscription)
    return pm.SubscriptionResult(open=sorted(subscription.open), inbox=params.inbox, head=ctx.hub.head)


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
    route(pm.SUBSCRIPTION_SET, subscription_set),
)
