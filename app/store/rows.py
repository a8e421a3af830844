"""Protocol objects → cache columns (and cache rows → the store's plain values).

The derived columns live here, in one place: ``sla_due`` (first-response due until the first
response, then resolution due), ``waiting_since`` (the oldest customer message not answered yet)
and the last-message preview (with the last message's system-note code and arguments, so the
inbox words a note as the thread does).

The values built here are plain; the writers seal the customer text (:mod:`app.store.sealing`)
with the row's id. Sealed JSON columns (``details``, ``attachments``, ``note_args``,
``last_message_note_args``) hold JSON text: written with sorted keys so an unchanged value
compares equal and is not sealed again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import msgspec

from app.protocol.types import Attachment, Conversation, CustomerSummary, Message
from app.store.cache import ConversationRecord, MessageRecord
from app.store.types import AttachmentView, ConversationDetail, InboxRow, MessageView

PREVIEW_CHARS = 160
#: Conversation fields kept as JSON in ``details`` (channel specifics, optional on the wire).
DETAIL_FIELDS = ("category", "ticket_due", "callback", "linked_conversation_id", "sla_breached")


def preview(body: str | None) -> str | None:
    if body is None:
        return None
    flat = " ".join(body.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def sla_due(conv: Conversation) -> datetime | None:
    return conv.first_response_due if conv.first_response_at is None else conv.resolution_due


def waiting_since(conv: Conversation, previous: datetime | None) -> datetime | None:
    """When the customer started waiting for an answer, ``None`` if the last word was ours.

    Exact when messages arrive as events (the first unanswered customer message sets it, a public
    agent reply clears it, internal notes and system messages change nothing). For a conversation
    first seen in a snapshot the oldest unanswered message is unknown, so it is estimated: the
    conversation's start if nobody has answered yet, else the last customer message.
    """
    last = conv.last_message
    if last is None:
        return previous
    if last.author_kind == "agent" and not last.internal:
        return None
    if previous is not None:
        return previous
    if conv.first_response_at is None and (last.author_kind == "customer" or conv.last_customer_message_at):
        return conv.created_at
    if last.author_kind == "customer":
        return last.created_at
    return None


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def attachments_json(files: Sequence[Attachment | AttachmentView]) -> str:
    """A message's files as the sealed ``attachments`` column keeps them: one list each,
    ``[filename, type, size, id, status, detail, width, height, thumbnail]`` (rows written by
    earlier builds have the first three only)."""
    return to_json([[a.filename, a.content_type, a.size, a.id, a.status, a.detail, a.width, a.height,
                     a.thumbnail] for a in files])


def files_of(text: str | None) -> tuple[AttachmentView, ...]:
    out: list[AttachmentView] = []
    for entry in from_json(text, ()):
        if not isinstance(entry, list) or len(entry) < 3:
            continue
        rest = [*entry[3:9], *([None] * (9 - len(entry)))][:6]
        ident, status, detail, width, height, thumb = rest
        out.append(AttachmentView(
            filename=str(entry[0]), content_type=str(entry[1]), size=int(entry[2]),
            id=int(ident) if ident is not None else None,
            status=str(status) if status is not None else None,
            detail=str(detail) if detail is not None else None,
            width=int(width) if width is not None else None,
            height=int(height) if height is not None else None,
            thumbnail=bool(thumb),
        ))
    return tuple(out)


def to_json(value: Any) -> str:
    if not value:
        return "[]" if isinstance(value, list) else "{}"
    return _JSON.encode(value)


def from_json(text: str | None, default: Any) -> Any:
    return default if not text else json.loads(text)


def note_args(msg: Message | None) -> str | None:
    """A system note's arguments as JSON text (``None`` for a message that is not a coded note)."""
    return to_json(msg.note_args) if msg is not None and msg.note_code and msg.note_args else None


def details(conv: Conversation) -> dict[str, Any]:
    """The channel details a conversation carries (absent from older servers: left out)."""
    found = {name: getattr(conv, name, None) for name in DETAIL_FIELDS}
    return {name: msgspec.to_builtins(value) for name, value in found.items() if value not in (None, [])}


def customer_values(customer: CustomerSummary) -> dict[str, Any]:
    """The flattened customer columns, under the names ``conversations`` uses."""
    return {
        "customer_uid": customer.uid,
        "customer_name": customer.name,
        "vip_tier": customer.vip_tier,
        "language": customer.language,
        "kyc_level": customer.kyc_level,
        "kyc_status": customer.kyc_status,
        "account_manager": customer.account_manager,
        "verified": customer.verified,
        "email_masked": customer.email_masked,
        "email_digest": customer.email_digest,
    }


def customer_record_values(customer: CustomerSummary) -> dict[str, Any]:
    values = customer_values(customer)
    return {"uid": values.pop("customer_uid"), "name": values.pop("customer_name"), **values}


def queue_rank(status: str, waiting: datetime | None, first_response_at: datetime | None) -> int:
    """The inbox's first sort key: 0 open and waiting on us (the customer has the last word, or
    nobody answered yet), 1 open, 2 pending on the customer or snoozed, 3 resolved."""
    if status == "resolved":
        return 3
    if status in ("pending", "snoozed"):
        return 2
    return 0 if waiting is not None or first_response_at is None else 1


def conversation_values(
    conv: Conversation, *, previous_waiting: datetime | None, unread_count: int
) -> dict[str, Any]:
    last = conv.last_message
    waiting = waiting_since(conv, previous_waiting)
    return {
        "id": conv.id,
        "channel": conv.channel,
        "status": conv.status,
        "priority": conv.priority,
        "assignee": conv.assignee,
        "tags": list(conv.tags),
        "subject": conv.subject,
        **customer_values(conv.customer),
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "message_count": conv.message_count,
        "last_message_id": last.id if last else None,
        "last_message_preview": preview(last.body) if last else None,
        "last_message_at": last.created_at if last else None,
        "last_message_author_kind": last.author_kind if last else None,
        "last_customer_message_at": conv.last_customer_message_at,
        "first_response_at": conv.first_response_at,
        "first_response_due": conv.first_response_due,
        "resolution_due": conv.resolution_due,
        "snoozed_until": conv.snoozed_until,
        "unread_count": unread_count,
        "sla_due": sla_due(conv),
        "waiting_since": waiting,
        "queue_rank": queue_rank(conv.status, waiting, conv.first_response_at),
        "team": conv.team,
        "sla_paused_at": conv.sla_paused_at,
        "sla_warn_at": conv.sla_warn_at,
        "escalated_from": conv.escalated_from,
        "details": to_json(details(conv)),
        "last_message_note_code": last.note_code if last else None,
        "last_message_note_args": note_args(last),
    }


def message_values(msg: Message) -> dict[str, Any]:
    """Columns of a message the server has stored (so its local delivery state is ``sent``)."""
    return {
        "server_id": msg.id,
        "conversation_id": msg.conversation_id,
        "author_kind": msg.author_kind,
        "author": msg.author,
        "author_name": msg.author_name,
        "body": msg.body,
        "internal": msg.internal,
        "client_msg_id": msg.client_msg_id,
        "created_at": msg.created_at,
        "redactions": [[r.kind, r.severity] for r in msg.redactions],
        "delivery": msg.delivery,
        "delivery_error": msg.delivery_error,
        "delivery_state": "sent",
        "failure_code": None,
        "failure_reason": None,
        "attachments": attachments_json(getattr(msg, "attachments", ())),
        "note_code": msg.note_code,
        "note_args": note_args(msg),
    }


def inbox_row(c: ConversationRecord) -> InboxRow:
    return InboxRow(
        conversation_id=c.id,
        channel=c.channel,
        status=c.status,
        priority=c.priority,
        assignee=c.assignee,
        subject=c.subject,
        customer_uid=c.customer_uid,
        customer_name=c.customer_name,
        vip_tier=c.vip_tier,
        account_manager=c.account_manager,
        verified=bool(c.verified),
        language=c.language,
        last_message_preview=c.last_message_preview,
        last_message_at=c.last_message_at,
        unread_count=c.unread_count,
        waiting_since=c.waiting_since,
        sla_due=c.sla_due,
        created_at=c.created_at,
        first_response_at=c.first_response_at,
        last_message_author_kind=c.last_message_author_kind,
        last_message_note_code=c.last_message_note_code,
        last_message_note_args={str(k): str(v) for k, v in from_json(c.last_message_note_args, {}).items()},
        team=c.team,
        sla_paused_at=c.sla_paused_at,
        sla_warn_at=c.sla_warn_at,
        escalated_from=c.escalated_from,
        mention_unread=c.mention_unread or 0,
    )


def conversation_detail(c: ConversationRecord) -> ConversationDetail:
    return ConversationDetail(
        row=inbox_row(c),
        tags=tuple(c.tags or ()),
        kyc_level=c.kyc_level,
        kyc_status=c.kyc_status,
        email_masked=c.email_masked,
        message_count=c.message_count,
        updated_at=c.updated_at,
        first_response_due=c.first_response_due,
        resolution_due=c.resolution_due,
        snoozed_until=c.snoozed_until,
        details=dict(from_json(c.details, {})),
    )


def message_view(m: MessageRecord) -> MessageView:
    return MessageView(
        local_id=m.local_id,
        server_id=m.server_id,
        conversation_id=m.conversation_id,
        author_kind=m.author_kind,
        author=m.author,
        author_name=m.author_name,
        body=m.body,
        internal=bool(m.internal),
        created_at=m.created_at,
        client_msg_id=m.client_msg_id,
        delivery_state=m.delivery_state,
        failure_code=m.failure_code,
        failure_reason=m.failure_reason,
        redactions=tuple((str(k), str(s)) for k, s in (m.redactions or ())),
        delivery=m.delivery,
        delivery_error=m.delivery_error,
        attachments=tuple((f.filename, f.content_type, f.size) for f in files_of(m.attachments)),
        files=files_of(m.attachments),
        note_code=m.note_code,
        note_args={str(k): str(v) for k, v in from_json(m.note_args, {}).items()},
    )
