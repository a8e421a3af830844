"""Reads of the agent's inbox: snapshot pages, one conversation, its messages. Visibility applies."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.protocol import methods as pm
from app.protocol import types as pt
from app.protocol.errors import ErrorCode, ProtocolError
from app.protocol.types import MAX_INT64
from app.server import views
from app.server.db.schema import Conversation, Customer, Message
from app.server.principal import AgentPrincipal
from app.server.repos import inbox_rows, repo_events
from app.server.timeutil import as_utc
from app.server.visibility import ConvScope, can_see


def _encode_cursor(updated_at: datetime, conv_id: int) -> str:
    raw = json.dumps([as_utc(updated_at).isoformat(), conv_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, conv_id = json.loads(raw)
        if not 0 <= int(conv_id) <= MAX_INT64:
            raise ValueError("id out of range")
        return as_utc(datetime.fromisoformat(stamp)), int(conv_id)
    except (ValueError, TypeError, OverflowError, RecursionError, binascii.Error):
        raise ProtocolError(
            ErrorCode.BAD_REQUEST, "invalid params: cursor is not one this server gave"
        ) from None


def conversation_views(session: Session, rows: list[tuple[Conversation, Customer]]) -> list[pt.Conversation]:
    ids = [c.last_message_id for c, _ in rows if c.last_message_id is not None]
    last = {m.id: m for m in session.scalars(sa.select(Message).where(Message.id.in_(ids)))} if ids else {}
    return [views.conversation(c, cu, last.get(c.last_message_id or 0)) for c, cu in rows]


def snapshot(session: Session, agent: AgentPrincipal, params: pm.SnapshotParams) -> pm.SnapshotResult:
    """Visible conversations, newest activity first, keyset-paged by ``(updated_at, id)``.

    ``head`` is read in the same transaction as the page: a client that takes the first page and
    then syncs from its head misses nothing that changed while it paged. Core rows, no ORM objects
    (``inbox_rows.py``: the views are ``views.conversation``'s).
    """
    after = _decode_cursor(params.cursor) if params.cursor else None
    rows = list(session.execute(inbox_rows.page_query(agent, params.limit + 1, after)).mappings())
    more = len(rows) > params.limit
    rows = rows[: params.limit]
    next_cursor = _encode_cursor(rows[-1]["updated_at"], rows[-1]["id"]) if more and rows else None
    return pm.SnapshotResult(
        conversations=inbox_rows.conversations(session, rows),
        head=repo_events.head(session),
        next_cursor=next_cursor,
    )


def load(session: Session, conversation_id: int) -> tuple[Conversation, Customer] | None:
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        return None
    customer = session.get(Customer, conv.customer_uid)
    assert customer is not None
    return conv, customer


def visible(
    session: Session, agent: AgentPrincipal, conversation_id: int
) -> tuple[Conversation, Customer, ConvScope]:
    """The conversation if ``agent`` may see it; ``not_found`` / ``forbidden`` otherwise."""
    found = load(session, conversation_id)
    if found is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such conversation")
    conv, customer = found
    scope = views.scope(conv, customer)
    if not can_see(agent, scope):
        raise ProtocolError(ErrorCode.FORBIDDEN, "this conversation is outside your view")
    return conv, customer, scope


def view(session: Session, conv: Conversation, customer: Customer) -> pt.Conversation:
    last = session.get(Message, conv.last_message_id) if conv.last_message_id else None
    return views.conversation(conv, customer, last)


def get(session: Session, agent: AgentPrincipal, conversation_id: int) -> pm.ConversationGetResult:
    conv, customer, _ = visible(session, agent, conversation_id)
    return pm.ConversationGetResult(conversation=view(session, conv, customer))


def messages(session: Session, agent: AgentPrincipal, params: pm.MessagesParams) -> pm.MessagesResult:
    """Oldest first; ``before`` pages backwards from a message id. Agents see internal notes."""
    visible(session, agent, params.conversation_id)
    query = (
        sa.select(Message)
        .where(Message.conversation_id == params.conversation_id)
        .order_by(Message.id.desc())
        .limit(params.limit + 1)
    )
    if params.before is not None:
        query = query.where(Message.id < params.before)
    rows = list(session.scalars(query))
    more = len(rows) > params.limit
    rows = rows[: params.limit]
    rows.reverse()
    return pm.MessagesResult(messages=[views.message(m) for m in rows], has_more=more)


def scope_of(session: Session, conversation_id: int) -> ConvScope | None:
    found = load(session, conversation_id)
    return views.scope(*found) if found is not None else None
