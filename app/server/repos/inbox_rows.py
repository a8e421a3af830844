"""The agent's ``inbox.snapshot`` in SQLAlchemy Core: a page of conversations as plain rows.

The ORM snapshot hydrated about ten objects per conversation (the conversation, its customer, the
contact, ticket, callback, breaches, routing row and sender flag, the last message and its
outbound mail, note, email checks, attachments and files): ~1,000 objects and ten queries for a
page of 96, ~10 ms of CPU on a reader thread that shares the GIL with the loop and the writer.
Here the same page is five Core queries of tuples — the page itself (its customer, last message and
their one-to-one rows joined in), its breaches, the last messages' email attachments and files, the
log's head — and the structs are built straight from them. Few statements and few rows matter on a
reader thread: the sqlite3 module releases the GIL for every row it steps, and takes it back
behind the event loop and the writer.

The feature tables are reached through the relationships the core's ORM classes already declare
(``Conversation.ticket`` …), so the server's core still imports no feature. The views are
:func:`app.server.views.conversation`'s, field for field: ``tests/server/test_inbox_rows.py``
compares the two on the same data.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.protocol import types as pt
from app.server import views
from app.server.db.schema import Conversation, Customer, Message
from app.server.masking import email_digest, mask_email, mask_name, mask_phone
from app.server.principal import AgentPrincipal
from app.server.routing.clock import PAUSED
from app.server.visibility import conversation_clause


@dataclass(frozen=True, slots=True)
class _Tables:
    contact: sa.Table
    ticket: sa.Table
    callback: sa.Table
    breach: sa.Table
    work: sa.Table
    sender_flag: sa.Table
    outbound: sa.Table
    email_attachment: sa.Table
    note: sa.Table
    email_auth: sa.Table
    file: sa.Table


@functools.cache
def _tables() -> _Tables:
    """The feature tables behind the core's relationships (resolved on first use: the features'
    modules are loaded by then, ``app/server/tables.py``)."""
    conv, customer, message = sa.inspect(Conversation), sa.inspect(Customer), sa.inspect(Message)

    def table(mapper: Any, name: str) -> sa.Table:
        found = mapper.relationships[name].mapper.local_table
        assert isinstance(found, sa.Table)
        return found

    return _Tables(
        contact=table(customer, "contact"),
        ticket=table(conv, "ticket"),
        callback=table(conv, "callback_request"),
        breach=table(conv, "breaches"),
        work=table(conv, "work"),
        sender_flag=table(conv, "sender_flag"),
        outbound=table(message, "outbound"),
        email_attachment=table(message, "email_attachments"),
        note=table(message, "note"),
        email_auth=table(message, "email_auth"),
        file=table(message, "files"),
    )


_CONV = Conversation.__table__
_CUST = Customer.__table__
_MSG = Message.__table__
_LAST = _MSG.alias("last_message")
_MESSAGE_COLUMNS = ("id", "conversation_id", "author_kind", "author_name", "body", "created_at", "internal",
                    "author", "client_msg_id", "redactions")
_CONV_COLUMNS = (
    "id", "channel", "status", "priority", "created_at", "updated_at", "assignee", "tags", "subject",
    "last_message_id", "message_count", "last_customer_message_at", "first_response_at",
    "first_response_due", "resolution_due", "snoozed_until",
)
_CUST_COLUMNS = ("uid", "name", "vip_tier", "language", "kyc_level", "kyc_status", "account_manager", "email",
                 "phone")
_CALLBACK_COLUMNS = ("source_conversation_id", "window_start", "window_end", "reason", "requested_by",
                     "outcome", "outcome_at", "attempts")


def page_query(agent: AgentPrincipal, limit: int, after: tuple[datetime, int] | None) -> Select[Any]:
    """Visible conversations newest activity first, keyset-paged by ``(updated_at, id)``, each with
    its customer and its one-to-one feature rows (LEFT JOINs on their primary keys: one row each)."""
    t = _tables()
    columns = [
        *(_CONV.c[name] for name in _CONV_COLUMNS),
        *(_CUST.c[name].label(f"customer_{name}") for name in _CUST_COLUMNS),
        t.contact.c.uid.label("contact_uid"),
        t.ticket.c.conversation_id.label("ticket_id"),
        t.ticket.c.category.label("ticket_category"),
        t.ticket.c.source_conversation_id.label("ticket_source"),
        t.callback.c.conversation_id.label("callback_id"),
        *(t.callback.c[name].label(f"callback_{name}") for name in _CALLBACK_COLUMNS),
        t.work.c.conversation_id.label("work_id"),
        t.work.c.team.label("work_team"),
        t.work.c.paused_at.label("work_paused_at"),
        t.work.c.first_response_warn_at.label("work_first_warn"),
        t.work.c.resolution_warn_at.label("work_resolution_warn"),
        t.work.c.escalated_from.label("work_escalated_from"),
        t.sender_flag.c.conversation_id.label("sender_flag_id"),
        *(_LAST.c[name].label(f"m_{name}") for name in _MESSAGE_COLUMNS),
        t.outbound.c.message_id.label("m_outbound_id"), t.outbound.c.state.label("m_state"),
        t.outbound.c.last_error.label("m_last_error"),
        t.note.c.message_id.label("m_note_id"), t.note.c.code.label("m_code"), t.note.c.args.label("m_args"),
        t.email_auth.c.message_id.label("m_auth_id"), t.email_auth.c.proven.label("m_proven"),
    ]
    joined = (
        _CONV.join(_CUST, _CUST.c.uid == _CONV.c.customer_uid)
        .outerjoin(t.contact, t.contact.c.uid == _CUST.c.uid)
        .outerjoin(t.ticket, t.ticket.c.conversation_id == _CONV.c.id)
        .outerjoin(t.callback, t.callback.c.conversation_id == _CONV.c.id)
        .outerjoin(t.work, t.work.c.conversation_id == _CONV.c.id)
        .outerjoin(t.sender_flag, t.sender_flag.c.conversation_id == _CONV.c.id)
        .outerjoin(_LAST, _LAST.c.id == _CONV.c.last_message_id)
        .outerjoin(t.outbound, t.outbound.c.message_id == _LAST.c.id)
        .outerjoin(t.note, t.note.c.message_id == _LAST.c.id)
        .outerjoin(t.email_auth, t.email_auth.c.message_id == _LAST.c.id)
    )
    query = (
        sa.select(*columns)
        .select_from(joined)
        .where(conversation_clause(agent))
        .order_by(_CONV.c.updated_at.desc(), _CONV.c.id.desc())
        .limit(limit)
    )
    if after is not None:
        stamp, conv_id = after
        query = query.where(
            sa.or_(
                _CONV.c.updated_at < stamp,
                sa.and_(_CONV.c.updated_at == stamp, _CONV.c.id < conv_id),
            )
        )
    return query



def conversations(session: Session, rows: Sequence[Mapping[Any, Any]]) -> list[pt.Conversation]:
    """The views of a page's rows (``page_query``, the last message joined in): the breaches and
    the last messages' attachments in a query each."""
    breaches = _breaches(session, [row["id"] for row in rows])
    with_last = [row["m_id"] for row in rows if row["m_id"] is not None]
    attachments = _attachments(session, with_last) if with_last else {}
    return [
        _conversation(
            row,
            breaches.get(row["id"], ()),
            _message(row, attachments.get(row["m_id"], ())) if row["m_id"] is not None else None,
        )
        for row in rows
    ]


def _breaches(session: Session, ids: list[int]) -> dict[int, list[tuple[str, datetime]]]:
    out: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    if not ids:
        return out
    b = _tables().breach
    query = sa.select(b.c.conversation_id, b.c.kind, b.c.due_at).where(b.c.conversation_id.in_(ids))
    query = query.order_by(b.c.id)
    for conv_id, kind, due_at in session.execute(query):
        out[conv_id].append((kind, due_at))
    return out


def _attachments(session: Session, ids: list[int]) -> dict[int, list[pt.Attachment]]:
    """Each message's attachments as ``views.message`` lists them: the email's, then its files."""
    t = _tables()
    out: dict[int, list[pt.Attachment]] = defaultdict(list)
    mail = t.email_attachment
    query = (
        sa.select(mail.c.message_id, mail.c.filename, mail.c.content_type, mail.c.size)
        .where(mail.c.message_id.in_(ids))
        .order_by(mail.c.id)
    )
    for message_id, filename, content_type, size in session.execute(query):
        out[message_id].append(pt.Attachment(filename=filename, content_type=content_type, size=size))
    f = t.file
    query = (
        sa.select(f.c.message_id, f.c.filename, f.c.content_type, f.c.size, f.c.id, f.c.status, f.c.detail,
                  f.c.width, f.c.height, f.c.thumb_sha256)
        .where(f.c.message_id.in_(ids))
        .order_by(f.c.id)
    )
    for row in session.execute(query):
        out[row.message_id].append(pt.Attachment(
            filename=row.filename, content_type=row.content_type, size=row.size, id=row.id, status=row.status,
            detail=row.detail, width=row.width, height=row.height, thumbnail=row.thumb_sha256 is not None,
        ))
    return out


def _message(row: Mapping[str, Any], attachments: Sequence[pt.Attachment]) -> pt.Message:
    """``views.message`` from the page row's ``m_`` columns (the last message and its rows)."""
    has_outbound = row["m_outbound_id"] is not None
    has_note = row["m_note_id"] is not None
    return pt.Message(
        id=row["m_id"],
        conversation_id=row["m_conversation_id"],
        author_kind=row["m_author_kind"],
        author_name=row["m_author_name"],
        body=row["m_body"],
        created_at=row["m_created_at"],
        internal=row["m_internal"],
        author=row["m_author"],
        client_msg_id=row["m_client_msg_id"],
        redactions=[pt.Redaction(kind=r["kind"], severity=r["severity"]) for r in row["m_redactions"] or []],
        delivery=row["m_state"] if has_outbound else None,
        delivery_error=row["m_last_error"] if has_outbound else None,
        attachments=list(attachments),
        note_code=row["m_code"] if has_note else None,
        note_args=dict(row["m_args"] or {}) if has_note else None,
        sender_not_proven=row["m_auth_id"] is not None and not row["m_proven"],
    )


def _customer(row: Mapping[str, Any]) -> pt.CustomerSummary:
    email = row["customer_email"]
    return pt.CustomerSummary(
        uid=row["customer_uid"],
        name=mask_name(row["customer_name"]),
        vip_tier=row["customer_vip_tier"],
        language=row["customer_language"],
        kyc_level=row["customer_kyc_level"],
        kyc_status=row["customer_kyc_status"],
        account_manager=row["customer_account_manager"],
        verified=row["contact_uid"] is None,
        email_masked=mask_email(email) if email else None,
        email_digest=email_digest(email) if email else None,
    )


def _callback(row: Mapping[str, Any]) -> pt.CallbackInfo | None:
    if row["callback_id"] is None:
        return None
    phone = row["customer_phone"]
    return pt.CallbackInfo(
        window_start=row["callback_window_start"],
        window_end=row["callback_window_end"],
        phone_masked=mask_phone(phone) if phone else "",
        reason=row["callback_reason"],
        requested_by=row["callback_requested_by"],
        outcome=row["callback_outcome"],
        outcome_at=row["callback_outcome_at"],
        attempts=row["callback_attempts"],
    )


def _routing(row: Mapping[str, Any]) -> dict[str, Any]:
    """``routing.view.work_fields`` from the joined routing row."""
    if row["work_id"] is None:
        return {}
    status = row["status"]
    if status == "resolved":
        warn = None
    else:
        warn = row["work_first_warn"] if row["first_response_at"] is None else row["work_resolution_warn"]
    return {
        "team": row["work_team"],
        "sla_paused_at": row["work_paused_at"] if status in PAUSED else None,
        "sla_warn_at": warn,
        "escalated_from": row["work_escalated_from"],
    }


def _conversation(
    row: Mapping[str, Any], breaches: Sequence[tuple[str, datetime]], last: pt.Message | None
) -> pt.Conversation:
    has_ticket = row["ticket_id"] is not None
    if has_ticket:
        linked = row["ticket_source"]
    elif row["callback_id"] is not None:
        linked = row["callback_source_conversation_id"]
    else:
        linked = None
    breached = views.breached_kinds(row["first_response_due"], row["resolution_due"], breaches)
    return views.conversation_from_row(
        row, _customer(row), last, breached,
        category=row["ticket_category"] if has_ticket else None,
        ticket_due=row["resolution_due"] if has_ticket else None,
        callback=_callback(row),
        linked_conversation_id=linked,
        **_routing(row),
        sender_not_proven=row["sender_flag_id"] is not None,
    )
