"""Applying one server event to the cache (inside a :class:`~app.store.writes.WriteBatch`).

The codec decodes each event once into a member of the
:data:`~app.protocol.registry.ServerEvent` union; here each kind is matched by its type.
Conversation events carry the conversation as it now is, so applying one is an upsert; a message
event carries the message and its conversation after it. Applying an event twice changes nothing:
the store skips any ``seq`` at or below the last one applied, and every write here is an upsert
keyed by server ids. Only a customer's message counts as unread, and only one whose id is above
the newest message the cache already held for its conversation — so a message counted from an
inbox summary (:func:`apply_summary`) and later replayed in full counts once; ``mention.created``
counts a mention of this agent (the others' mentions are events about the conversation, nothing more).
"""

from __future__ import annotations

from dataclasses import dataclass

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
from app.protocol.frames import ConversationSummary
from app.protocol.identity import IdentityUpdated
from app.protocol.incidents import IncidentUpdated
from app.protocol.registry import ServerEvent
from app.protocol.routing import MentionCreated, SlaWarning
from app.protocol.types import Message
from app.protocol.vip import CallbackDue, CallbackMissed, VipAlertEvent
from app.store.writes import WriteBatch


def apply(batch: WriteBatch, event: ServerEvent | None) -> None:
    """Write one decoded event; events the cache has no use for (presence, alerts, unknown) are skipped."""
    match event:
        case MessageCreated(message=msg, conversation=conversation):
            newest = batch.newest_message_id(msg.conversation_id)
            _, is_new = batch.message(msg)
            unread = is_new and msg.author_kind == "customer" and (newest is None or msg.id > newest)
            batch.conversation(conversation, unread_delta=1 if unread else 0, read=_answered(msg, batch.me))
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
        case AgentPresenceChanged() | VipAlertEvent() | IdentityUpdated() | IncidentUpdated() | None:
            pass  # nothing the cache keeps (None: an event name this build does not know)


@dataclass(frozen=True, slots=True)
class SummaryApplied:
    """What one summary entry brought: a conversation new to this cache, a customer message not
    seen here before (what the desk's notifications react to, as they would to the events)."""

    conversation_id: int
    new_conversation: bool
    new_customer_message: bool
    #: the customer wrote messages this cache never had, besides the last one the summary carries
    #: (a summary holds one message): a desk showing this conversation must fetch them
    messages_missing: bool = False


def apply_summary(batch: WriteBatch, entry: ConversationSummary) -> SummaryApplied:
    """One conversation of a ``summary`` frame: its latest state (and last message), with the
    customer's messages above the newest one held here counted as unread."""
    conversation = entry.conversation
    known = batch.known_conversation(conversation.id)
    newest = batch.newest_message_id(conversation.id)
    fresh = [i for i in entry.customer_messages if newest is None or i > newest]
    delta = len(fresh) if entry.customer_messages else None
    last = conversation.last_message
    batch.conversation(conversation, unread_delta=delta, read=last is not None and _answered(last, batch.me))
    return SummaryApplied(
        conversation.id,
        new_conversation=not known,
        new_customer_message=last is not None and last.id in fresh,
        messages_missing=any(last is None or i != last.id for i in fresh),
    )


def _answered(msg: Message, me: str | None) -> bool:
    """The agent's own reply (not an internal note): the conversation is read."""
    return msg.author_kind == "agent" and not msg.internal and msg.author == me
