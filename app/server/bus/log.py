r"""The committed event log read back as :class:`StoredEvent`\ s, for events another node wrote.

A node publishes its own commits from memory (their frames were encoded in the writing
transaction); everything else it learns from the log: ``events_after`` reads every event after
the node's last published seq, joined with its conversation and customer, and builds what the
hub needs — the agent frame, the visibility facts, the customer frame for what the customer may
see, the decoded payload. Visibility follows the replay rule (``visibility.event_clause``): an
event of a conversation is scoped by the conversation's current row, an event about a customer
without a conversation by that customer's tier.
"""

from __future__ import annotations

import functools
from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.orm import Session

from app.protocol import codec, frames
from app.protocol.events import AgentPresenceChanged, MessageCreated, MessageUpdated
from app.protocol.registry import EVENTS
from app.server import views
from app.server.db.schema import Conversation, Customer, Event
from app.server.repos.repo_events import StoredEvent
from app.server.visibility import ConvScope, in_vip_lane

_DECODERS: dict[str, msgspec.json.Decoder[msgspec.Struct]] = {
    name: msgspec.json.Decoder(kind) for name, kind in EVENTS.items()
}


def _events_after(after: Any, limit: Any) -> sa.Select[*tuple[Any, ...]]:
    return (
        sa.select(
            Event.seq,
            Event.name,
            Event.data,
            Event.conversation_id,
            Event.customer_uid,
            Event.customer_visible,
            Event.notify,
            Conversation.channel,
            Conversation.assignee,
            Customer.vip_tier,
            Customer.account_manager,
            Conversation.tags,
        )
        .select_from(Event)
        .outerjoin(Conversation, Conversation.id == Event.conversation_id)
        .outerjoin(Customer, Customer.uid == Event.customer_uid)
        .where(Event.seq > after)
        .order_by(Event.seq)
        .limit(limit)
    )


def events_after(session: Session, after: int, limit: int) -> list[StoredEvent]:
    """Up to ``limit`` committed events with ``seq > after``, oldest first, ready for fan-out."""
    return [_stored(*row) for row in session.execute(_events_after(after, limit)).all()]


@functools.cache
def events_after_sql() -> str:
    """``events_after`` as PostgreSQL text for psycopg (``%(after)s``, ``%(limit)s``): the bus reads
    the log on its own connection, on the loop (``postgres.py``), in one round trip. Compiled on
    first use (the models' mappers are all configured by then)."""
    select = _events_after(sa.bindparam("after"), sa.bindparam("limit"))
    return str(select.compile(dialect=psycopg_dialect()))


def stored_rows(rows: list[tuple[Any, ...]]) -> list[StoredEvent]:
    """``events_after_sql()``'s rows (psycopg has already decoded ``tags``' JSON) as events."""
    return [_stored(*row) for row in rows]


def _stored(
    seq: int,
    name: str,
    data: str,
    conversation_id: int | None,
    uid: str | None,
    customer_visible: bool,
    notify: str | None,
    channel: str | None,
    assignee: str | None,
    vip_tier: int | None,
    account_manager: str | None,
    tags: list[str] | None = None,
) -> StoredEvent:
    raw = data.encode()
    scope = None
    tier = None
    if conversation_id is not None and channel is not None and uid is not None and vip_tier is not None:
        lane = in_vip_lane(tags)
        scope = ConvScope(conversation_id, uid, channel, vip_tier, account_manager, assignee, lane)
    elif uid is not None and vip_tier is not None:
        tier = (vip_tier, account_manager)
    decoder = _DECODERS.get(name)
    payload = None
    if decoder is not None:
        try:
            payload = decoder.decode(raw)
        except msgspec.ValidationError:
            payload = None  # written by a newer build: relayed as is, not summarised
    customer_frame = None
    if customer_visible and isinstance(payload, MessageCreated | MessageUpdated):
        customer_frame = codec.encode_bytes(
            frames.MessageFrame(seq=seq, message=views.customer_message(payload.message))
        )
    return StoredEvent(
        seq=seq,
        name=name,
        agent_frame=codec.encode_bytes(codec.event(seq, name, msgspec.Raw(raw))),
        scope=scope,
        customer_uid=uid,
        customer_frame=customer_frame,
        notify=notify,
        customer_tier=tier,
        payload=payload,
    )


def presence_board(session: Session) -> dict[str, str]:
    """Each agent's last announced presence, from the ``agent.presence`` events still in the log
    (a node that starts next to running ones learns who is available)."""
    board: dict[str, str] = {}
    decode = _DECODERS[AgentPresenceChanged.NAME].decode
    for (data,) in session.execute(
        sa.select(Event.data).where(Event.name == AgentPresenceChanged.NAME).order_by(Event.seq)
    ):
        ev = decode(data.encode())
        assert isinstance(ev, AgentPresenceChanged)
        board[ev.username] = ev.presence
    return board


def head(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.max(Event.seq))) or 0)
