"""The VIP desk (issue 8): client book, alerts, outreach, client notes, callback reminders, cover.

A feature module of the protocol like ``methods.py``/``events.py``: its method specs (``SPECS``) and
event payloads (``EVENT_TYPES``) are collected by :mod:`app.protocol.registry`, so any peer that
uses the codec knows them. Everything here is an addition with defaults: older peers ignore it.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import Meta, Struct

from app.protocol.methods import Cursor, Limit, Subject, Username
from app.protocol.spec import MethodSpec
from app.protocol.types import (
    MULTI_LINE,
    SINGLE_LINE,
    Body,
    CallbackInfo,
    ClientMsgId,
    Conversation,
    ConversationStatus,
    CustomerSummary,
    KycStatus,
    Message,
    Seq,
    Uid,
    UtcDatetime,
)

AlertKind = Literal[
    "large_withdrawal_pending", "kyc_changed", "security_flag_changed", "withdrawals_locked", "tier_changed"
]
BookSort = Literal["tier", "volume", "last_contact", "alerts"]
OutreachChannel = Literal["chat", "email"]
CoverReason = Literal["manager_away", "manager_offline", "manager_busy"]
AlertId = Annotated[str, Meta(min_length=1, max_length=80, pattern=SINGLE_LINE)]
NoteBody = Annotated[str, Meta(min_length=1, max_length=4000, pattern=MULTI_LINE)]
Search = Annotated[str, Meta(min_length=1, max_length=128, pattern=SINGLE_LINE)]
CannedKey = Annotated[str, Meta(min_length=1, max_length=64, pattern=SINGLE_LINE)]


# --- types ---------------------------------------------------------------------------------------
class VipAlert(Struct, frozen=True):
    """Something about a client that needs a look. ``detail`` holds codes and values only, never
    PII (for example ``{"asset": "BTC", "amount": "2.5", "usd_value": "162500", "status": "pending"}``
    or ``{"field": "kyc_status", "from": "approved", "to": "expired"}``). ``id`` is what
    ``vip.alert_ack`` takes."""

    id: str
    kind: AlertKind
    at: UtcDatetime
    detail: dict[str, str] = msgspec.field(default_factory=dict)


class BookRow(Struct, frozen=True):
    """One client of a manager's book. ``name`` is masked as everywhere else."""

    uid: str
    name: str
    vip_tier: int
    language: str
    kyc_status: str
    account_manager: str | None = None
    volume_30d_usd: str | None = None
    fee_tier: str | None = None
    open_conversations: int = 0  # chat and email, not resolved
    open_tickets: int = 0
    pending_callbacks: int = 0
    last_contact_at: UtcDatetime | None = None  # last non-internal message either way, any channel
    alerts: list[VipAlert] = msgspec.field(default_factory=list)


class ClientNote(Struct, frozen=True):
    id: int
    uid: str
    author: str
    author_name: str
    body: str
    created_at: UtcDatetime


class CoverEntry(Struct, frozen=True):
    """A new conversation of a manager's client that arrived while the manager was away/offline."""

    id: int
    manager: str
    conversation_id: int
    uid: str
    channel: str
    reason: CoverReason
    at: UtcDatetime
    routed_to: str | None  # the backup it was assigned to; null: left unassigned (VIP queue)
    status: ConversationStatus  # as it is now
    assignee: str | None = None  # as it is now
    first_response_at: UtcDatetime | None = None
    first_response_due: UtcDatetime | None = None


# --- methods -------------------------------------------------------------------------------------
class BookParams(Struct, frozen=True):
    manager: Username | None = None  # supervisors only: that manager's book (default: every VIP)
    search: Search | None = None  # uid prefix, masked-name substring, email or its SHA-256 digest
    sort: BookSort = "tier"
    cursor: Cursor | None = None
    limit: Limit = 200


class BookResult(Struct, frozen=True):
    clients: list[BookRow]
    total: int
    next_cursor: str | None = None


class AlertAckParams(Struct, frozen=True):
    uid: Uid
    alert_ids: Annotated[list[AlertId], Meta(max_length=100)]  # empty: a no-op


class AlertAckResult(Struct, frozen=True):
    acknowledged: list[str]


class CustomerSetParams(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Supervisors: change a customer's KYC, security flags or VIP tier (demo and testing stand-in
    for the exchange's own back office). Each changed field is written to ``customer_changes``."""

    uid: Uid
    kyc_status: KycStatus | None = None
    kyc_level: Annotated[int, Meta(ge=0, le=3)] | None = None
    vip_tier: Annotated[int, Meta(ge=0, le=8)] | None = None
    twofa_enabled: bool | None = None
    anti_phishing_code_set: bool | None = None
    withdrawals_locked: bool | None = None
    account_frozen: bool | None = None


class CustomerSetResult(Struct, frozen=True):
    customer: CustomerSummary
    changed: list[str]
    seq: Seq


class OutreachParams(Struct, frozen=True, kw_only=True):
    uid: Uid
    channel: OutreachChannel
    body: Body
    client_msg_id: ClientMsgId
    subject: Subject | None = None  # required for email
    canned_key: CannedKey | None = None  # recorded in the audit log only


class OutreachResult(Struct, frozen=True):
    conversation: Conversation
    message: Message
    seq: Seq
    created: bool = True  # false: the client's open chat was used


class NotesParams(Struct, frozen=True):
    uid: Uid


class NotesResult(Struct, frozen=True):
    notes: list[ClientNote]  # newest first


class NoteAddParams(Struct, frozen=True):
    uid: Uid
    body: NoteBody


class NoteAddResult(Struct, frozen=True):
    note: ClientNote


class BackupSetParams(Struct, frozen=True):
    backup: Username | None


class BackupSetResult(Struct, frozen=True):
    manager: str
    backup: str | None = None


class CoverReportParams(Struct, frozen=True):
    since: UtcDatetime | None = None
    manager: Username | None = None  # supervisors only


class CoverReportResult(Struct, frozen=True):
    entries: list[CoverEntry]  # newest first


# --- events --------------------------------------------------------------------------------------
class CallbackReminder(Struct, frozen=True):
    """``callback.due`` (the window opened) / ``callback.missed`` (it closed with no outcome)."""

    NAME: ClassVar[str] = ""
    conversation_id: int
    callback: CallbackInfo
    conversation: Conversation


class CallbackDue(CallbackReminder, frozen=True):
    NAME: ClassVar[str] = "callback.due"


class CallbackMissed(CallbackReminder, frozen=True):
    NAME: ClassVar[str] = "callback.missed"


class VipAlertEvent(Struct, frozen=True):
    """``vip.alert``: a new alert for a client (visible like the client's ``customer.updated``)."""

    NAME: ClassVar[str] = "vip.alert"
    uid: str
    alert: VipAlert


BOOK = MethodSpec("vip.book", BookParams, BookResult)
ALERT_ACK = MethodSpec("vip.alert_ack", AlertAckParams, AlertAckResult)
CUSTOMER_SET = MethodSpec("customer.set", CustomerSetParams, CustomerSetResult)
OUTREACH_START = MethodSpec("outreach.start", OutreachParams, OutreachResult)
NOTES_LIST = MethodSpec("customer.notes.list", NotesParams, NotesResult)
NOTES_ADD = MethodSpec("customer.notes.add", NoteAddParams, NoteAddResult)
BACKUP_SET = MethodSpec("agent.backup.set", BackupSetParams, BackupSetResult)
COVER_REPORT = MethodSpec("cover.report", CoverReportParams, CoverReportResult)

#: this module's methods and events, for :mod:`app.protocol.registry`
SPECS: tuple[MethodSpec[Struct, Struct], ...] = (
    BOOK, ALERT_ACK, CUSTOMER_SET, OUTREACH_START, NOTES_LIST, NOTES_ADD, BACKUP_SET, COVER_REPORT,
)
EVENT_TYPES: tuple[type[Struct], ...] = (CallbackDue, CallbackMissed, VipAlertEvent)
