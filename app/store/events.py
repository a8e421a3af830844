"""Applying one server event to the cache (inside a :class:`~app.store.writes.WriteBatch`).

Conversation events carry the conversation as it now is, so applying one is an upsert; a
message event carries the message and its conversation after it. Applying an event twice
changes nothing: the store skips any ``seq`` at or below the last one applied, and every write
here is an upsert keyed by server ids.

Events are matched by shape, not by name: any payload with a ``message`` and/or a
``conversation`` (``message.updated`` for email delivery, ``sla.breached``, and whatever a newer
server adds in the same shape) updates those rows. Only ``message.created`` counts as unread.
"""

from __future__ import annotations

from typing import Any

from app.protocol.events import CustomerUpdated, MessageCreated
from app.protocol.types import Conversation, Message
from app.store.writes import WriteBatch


def apply(batch: WriteBatch, name: str, payload: Any) -> None:
    """Write one decoded event; events the cache has no use for (presence, unknown) are skipped."""
    if isinstance(payload, MessageCreated):
        msg = payload.message
        _, is_new = batch.message(msg)
        from_customer = msg.author_kind == "customer"
        answered = msg.author_kind == "agent" and not msg.internal and msg.author == batch.me
        batch.conversation(payload.conversation, unread_delta=1 if is_new and from_customer else 0,
                           read=answered)
    elif isinstance(payload, CustomerUpdated):
        batch.customer(payload.customer)
    else:
        message = getattr(payload, "message", None)
        conversation = getattr(payload, "conversation", None)
        if isinstance(message, Message):
            batch.message(message)
        if isinstance(conversation, Conversation):
            batch.conversation(conversation)
