"""ORM rows → protocol structs. The only place that knows both shapes.

Runs on the database thread (it touches ORM instances); the structs it returns are immutable and
safe to hand to the event loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm.attributes import set_committed_value

from app.protocol import frames
from app.protocol import types as pt
from app.server.db import schema as db
from app.server.masking import email_digest, mask_email, mask_name, mask_phone
from app.server.routing.view import work_fields
from app.server.visibility import ConvScope, in_vip_lane

if TYPE_CHECKING:  # feature tables reached through the core rows' relationships (annotations only)
    from app.server.attachments.schema import AttachmentFile
    from app.server.callbacks.schema import CallbackRequest


def customer_summary(c: db.Customer) -> pt.CustomerSummary:
    return pt.CustomerSummary(
        uid=c.uid,
        name=mask_name(c.name),
        vip_tier=c.vip_tier,
        language=c.language,
        kyc_level=c.kyc_level,
        kyc_status=c.kyc_status,
        account_manager=c.account_manager,
        verified=c.contact is None,
        email_masked=mask_email(c.email) if c.email else None,
        email_digest=email_digest(c.email) if c.email else None,
    )


def message(m: db.Message) -> pt.Message:
    return pt.Message(
        id=m.id,
        conversation_id=m.conversation_id,
        author_kind=m.author_kind,
        author_name=m.author_name,
        body=m.body,
        created_at=m.created_at,
        internal=m.internal,
        author=m.author,
        client_msg_id=m.client_msg_id,
        redactions=[pt.Redaction(kind=r["kind"], severity=r["severity"]) for r in (m.redactions or [])],
        delivery=m.outbound.state if m.outbound is not None else None,
        delivery_error=m.outbound.last_error if m.outbound is not None else None,
        attachments=[
            *(pt.Attachment(filename=a.filename, content_type=a.content_type, size=a.size)
              for a in m.email_attachments),
            *(file_view(f) for f in m.files),  # attachments/schema.py: the stored files
        ],
        note_code=m.note.code if m.note is not None else None,
        note_args=dict(m.note.args or {}) if m.note is not None else None,
        sender_not_proven=m.email_auth is not None and not m.email_auth.proven,
    )


def file_view(f: AttachmentFile) -> pt.Attachment:
    """A stored attachment (``attachments/schema.py``) as the wire shows it."""
    return pt.Attachment(
        filename=f.filename, content_type=f.content_type, size=f.size, id=f.id, status=f.status,
        detail=f.detail, width=f.width, height=f.height, thumbnail=f.thumb_sha256 is not None,
    )


def customer_message(m: pt.Message) -> frames.CustomerMessage:
    """A message as its customer sees it: display names only, no agent usernames."""
    return frames.CustomerMessage(
        id=m.id,
        conversation_id=m.conversation_id,
        author_kind=m.author_kind,
        author_name=m.author_name,
        body=m.body,
        created_at=m.created_at,
        client_msg_id=m.client_msg_id if m.author_kind == "customer" else None,
        attachments=[a for a in m.attachments if a.id is not None],
    )


def conversation(c: db.Conversation, customer: db.Customer, last: db.Message | None) -> pt.Conversation:
    return pt.Conversation(
        id=c.id,
        channel=c.channel,
        status=c.status,
        priority=c.priority,
        customer=customer_summary(customer),
        created_at=c.created_at,
        updated_at=c.updated_at,
        assignee=c.assignee,
        tags=list(c.tags or []),
        subject=c.subject,
        last_message=message(last) if last is not None else None,
        message_count=c.message_count,
        last_customer_message_at=c.last_customer_message_at,
        first_response_at=c.first_response_at,
        first_response_due=c.first_response_due,
        resolution_due=c.resolution_due,
        snoozed_until=c.snoozed_until,
        category=c.ticket.category if c.ticket is not None else None,
        ticket_due=c.resolution_due if c.ticket is not None else None,
        callback=callback_info(c.callback_request, customer),
        linked_conversation_id=_linked(c),
        sla_breached=_breached(c),
        **work_fields(c),
        sender_not_proven=c.sender_flag is not None,
    )


def callback_info(r: CallbackRequest | None, customer: db.Customer) -> pt.CallbackInfo | None:
    if r is None:
        return None
    return pt.CallbackInfo(
        window_start=r.window_start,
        window_end=r.window_end,
        phone_masked=mask_phone(customer.phone) if customer.phone else "",
        reason=r.reason,
        requested_by=r.requested_by,
        outcome=r.outcome,
        outcome_at=r.outcome_at,
        attempts=r.attempts,
    )


def _linked(c: db.Conversation) -> int | None:
    if c.ticket is not None:
        return c.ticket.source_conversation_id
    if c.callback_request is not None:
        return c.callback_request.source_conversation_id
    return None


def _breached(c: db.Conversation) -> list[str]:
    return breached_kinds(c.first_response_due, c.resolution_due, ((b.kind, b.due_at) for b in c.breaches))


def breached_kinds(
    first_response_due: datetime | None,
    resolution_due: datetime | None,
    breaches: Iterable[tuple[str, datetime]],
) -> list[str]:
    """The kinds whose *current* due time was breached (a rescheduled due time starts clean)."""
    current = {"first_response": first_response_due, "resolution": resolution_due}
    return list(dict.fromkeys(kind for kind, due_at in breaches if current.get(kind) == due_at))


def chat_conversation(
    row: Mapping[str, Any],
    customer: pt.CustomerSummary,
    last: pt.Message | None,
    breached: list[str],
    work: Sequence[Any] | None = None,
) -> pt.Conversation:
    """A ``chat`` conversation from its Core row (the hot path, ``repos/repo_chat.py``): the same
    struct :func:`conversation` builds from the ORM row. A chat has no ticket and no callback (those
    are conversations of their own), so those fields are empty. ``work``: routing's row (team,
    first-response and resolution amber times, escalated from) of an open chat, if it has one."""
    routing: dict[str, Any] = {}
    if work is not None:
        team, first_warn, resolution_warn, escalated_from = work
        routing = {
            "team": team,
            "sla_paused_at": None,  # the hot path only writes to an open chat
            "sla_warn_at": first_warn if row["first_response_at"] is None else resolution_warn,
            "escalated_from": escalated_from,
        }
    return conversation_from_row(
        row, customer, last, breached,
        category=None, ticket_due=None, callback=None, linked_conversation_id=None, **routing,
    )


def conversation_from_row(
    row: Mapping[str, Any],
    customer: pt.CustomerSummary,
    last: pt.Message | None,
    breached: list[str],
    **features: Any,
) -> pt.Conversation:
    """The fields every Core path (a chat's hot path, the Core inbox snapshot) reads from the
    conversation's own columns the same way; ``features``: what each path knows of its feature rows
    (ticket, callback, routing, a linked conversation, the sender's proof)."""
    return pt.Conversation(
        id=row["id"],
        channel=row["channel"],
        status=row["status"],
        priority=row["priority"],
        customer=customer,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        assignee=row["assignee"],
        tags=list(row["tags"] or []),
        subject=row["subject"],
        last_message=last,
        message_count=row["message_count"],
        last_customer_message_at=row["last_customer_message_at"],
        first_response_at=row["first_response_at"],
        first_response_due=row["first_response_due"],
        resolution_due=row["resolution_due"],
        snoozed_until=row["snoozed_until"],
        sla_breached=breached,
        **features,
    )


def loaded_empty(obj: Any, *relationships: str) -> None:
    """Mark relationships of a row this transaction just created as loaded and empty, so building
    its view does not SELECT what cannot exist yet. Relationships already set are left alone."""
    state = obj.__dict__
    for name in relationships:
        if name not in state:
            value: Any = [] if name in _LIST_RELATIONSHIPS else None
            set_committed_value(obj, name, value)


_LIST_RELATIONSHIPS = frozenset({"email_attachments", "breaches", "files"})


def scope(c: db.Conversation, customer: db.Customer) -> ConvScope:
    return ConvScope(
        conversation_id=c.id,
        customer_uid=customer.uid,
        channel=c.channel,
        vip_tier=customer.vip_tier,
        account_manager=customer.account_manager,
        assignee=c.assignee,
        vip_lane=in_vip_lane(c.tags),
    )


def order(o: db.Order) -> pt.Order:
    return pt.Order(
        order_id=o.order_id,
        market=o.market,
        symbol=o.symbol,
        side=o.side,
        order_type=o.order_type,
        price=o.price,
        amount=o.amount,
        filled=o.filled,
        status=o.status,
        created_at=o.created_at,
    )


def transfer(t: db.Transfer) -> pt.Transfer:
    return pt.Transfer(
        transfer_id=t.transfer_id,
        direction=t.direction,
        asset=t.asset,
        chain=t.chain,
        amount=t.amount,
        address=t.address,
        tx_hash=t.tx_hash,
        status=t.status,
        confirmations=t.confirmations,
        required_confirmations=t.required_confirmations,
        created_at=t.created_at,
        completed_at=t.completed_at,
    )


def canned(r: db.CannedReply, locale: str | None) -> pt.CannedReply:
    titles = {"en": r.title_en, "zh-CN": r.title_zh}
    bodies = {"en": r.body_en, "zh-CN": r.body_zh}
    if locale is not None:
        titles = {locale: titles[locale]}
        bodies = {locale: bodies[locale]}
    return pt.CannedReply(
        id=r.id,
        key=r.key,
        category=r.category,
        shortcut=r.shortcut,
        titles=titles,
        bodies=bodies,
        variables=list(r.variables or []),
    )


def redactions_json(items: Any) -> list[dict[str, str]]:
    return [{"kind": str(i.kind), "severity": str(i.severity)} for i in items]
