"""Protocol objects for store and outbox tests (the shapes the server sends)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from app.protocol.events import ConversationCreated, ConversationUpdated, CustomerUpdated, MessageCreated
from app.protocol.types import Conversation, CustomerSummary, Message

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def customer(uid: str = "10000001", *, name: str = "J*** Doe", vip: int = 0, manager: str | None = None,
             email: str | None = None, **kw: Any) -> CustomerSummary:
    return CustomerSummary(
        uid=uid, name=name, vip_tier=vip, language=kw.pop("language", "en"), kyc_level=1,
        kyc_status="approved", account_manager=manager,
        email_masked=kw.pop("email_masked", None), email_digest=digest(email) if email else None, **kw,
    )


def message(mid: int, cid: int, body: str = "hello", *, kind: str = "customer", minutes: float = 0,
            author: str | None = None, internal: bool = False, client_msg_id: str | None = None) -> Message:
    return Message(
        id=mid, conversation_id=cid, author_kind=kind, author_name=author or kind, body=body,  # type: ignore[arg-type]
        created_at=T0 + timedelta(minutes=minutes), internal=internal,
        author=author if kind == "agent" else None, client_msg_id=client_msg_id,
    )


def conversation(cid: int, *, cust: CustomerSummary | None = None, status: str = "open",
                 channel: str = "chat", assignee: str | None = None, last: Message | None = None,
                 due_minutes: float | None = 60, responded: bool = False, subject: str | None = None,
                 minutes: float = 0, **kw: Any) -> Conversation:
    created = T0 + timedelta(minutes=minutes)
    if last is None:
        last = message(cid * 100, cid, f"question {cid}", minutes=minutes)
    return Conversation(
        id=cid, channel=channel, status=status, priority=kw.pop("priority", "normal"),  # type: ignore[arg-type]
        customer=cust or customer(f"{10000000 + cid}"), created_at=created, updated_at=last.created_at,
        assignee=assignee, subject=subject, last_message=last, message_count=1,
        last_customer_message_at=last.created_at if last.author_kind == "customer" else None,
        first_response_at=created + timedelta(minutes=1) if responded else None,
        first_response_due=None if due_minutes is None else created + timedelta(minutes=due_minutes),
        resolution_due=created + timedelta(hours=24), **kw,
    )


def created(conv: Conversation) -> ConversationCreated:
    return ConversationCreated(conversation=conv)


def updated(conv: Conversation) -> ConversationUpdated:
    return ConversationUpdated(conversation=conv)


def posted(msg: Message, conv: Conversation) -> MessageCreated:
    """``message.created`` with the conversation as it is after ``msg``."""
    import msgspec

    after = msgspec.structs.replace(conv, last_message=msg, updated_at=msg.created_at)
    if msg.author_kind == "customer":
        after = msgspec.structs.replace(after, last_customer_message_at=msg.created_at)
    return MessageCreated(message=msg, conversation=after)


def customer_updated(cust: CustomerSummary) -> CustomerUpdated:
    return CustomerUpdated(customer=cust)
