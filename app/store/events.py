"""Applying one server event to the cache (inside a :class:`~app.store.writes.WriteBatch`).

The codec decodes each event once into a member of the
:data:`~app.protocol.registry.ServerEvent` union; here each kind is matched by its type.
Conversation events carry the conversation as it now is, so applying one is an upsert; a message
event carries the message and its conversation after it. Applying an event twice changes nothing:
the store skips any ``seq`` at or below the last one applied, and every write here is an upsert
keyed by server ids. Only ``message.created`` counts as unread; ``mention.created`` counts a
mention of this agent (the others' mentions are events about the conversation, nothing more).
"""

from __future__ import annotations

from app.protocol.csat import CsatLowScore
from app.protocol.events import (
    AgentPresenceChanged,
    ConversationCreated,
    ConversationUpdated,
    CustomerUpdated,
    MessageCreated,
    MessageUpdated,
    SlaBreached,
)
from app.protocol.identity import IdentityUpdated
from app.protocol.registry import ServerEvent
from app.protocol.routing import MentionCreated, SlaWarning
from app.protocol.vip import CallbackDue, CallbackMissed, VipAlertEvent
from app.store.writes import WriteBatch


def apply(batch: WriteBatch, event: ServerEvent | None) -> None:
    """Write one decoded event; events the cache has no use for (presence, alerts, unknown) are skipped."""
    match event:
        case MessageCreated(message=msg, conversation=conversation):
            _, is_new = batch.message(msg)
            from_customer = msg.author_kind == "customer"
            answered = msg.author_kind == "agent" and not msg.internal and msg.author == batch.me
            batch.conversation(conversation, unread_delta=1 if is_new and from_customer else 0, read=answered)
        case MessageUpdated(message=msg, conversation=conversation):
            batch.message(msg)
            batch.conversation(conversation)
        case (ConversationCreated(conversation=conversation) | ConversationUpdated(conversation=conversation)
              | SlaBreached(conversation=conversation) | CallbackDue(conversation=conversation)
              | CallbackMissed(conversation=conversation) | SlaWarning(conversation=conversation)
              | CsatLowScore(conversation=conversation)):
            batch.conversation(conversation)
        case MentionCreated(mention=mention, conversation=conversation):
            batch.conversation(conversation)
            if mention.username == batch.me:  # a colleague's mention is theirs, not this desk's
                batch.mention(conversation.id, mention.created_at, unread=not mention.read)
        case CustomerUpdated(customer=customer):
            batch.customer(customer)
        case AgentPresenceChanged() | VipAlertEvent() | IdentityUpdated() | None:
            pass  # nothing the cache keeps (None: an event name this build does not know)
