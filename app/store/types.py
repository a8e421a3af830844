"""The plain values the store hands out: queries, rows, pages and change notices.

They are frozen dataclasses, safe to pass from the store's worker thread to the UI: the UI
never sees an ORM object or SQL. Times are aware UTC ``datetime`` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

#: ``InboxQuery.status`` value meaning "every status, resolved included".
STATUS_ANY = "*"


class View(StrEnum):
    """The inbox's views; the values are the codes ``app/ui/labels.py`` translates."""

    MINE = "mine"
    UNASSIGNED = "unassigned"
    VIP = "vip"
    ALL = "all"
    MY_CLIENTS = "my_clients"  # VIP customers whose account manager is me
    MENTIONS = "mentions"  # conversations where someone @mentioned me (or told me of an escalation)


@dataclass(frozen=True, slots=True)
class InboxQuery:
    """Which conversations a list shows.

    ``status``: ``None`` (the default) is every status but ``resolved``; :data:`STATUS_ANY` is
    every status; otherwise exactly that status. ``search`` matches a UID (exactly or as a
    prefix), a typed email address (through its digest), the masked name, the subject and
    message text (whole words, any case and accents — the index is blind, so "Ross" does not
    find "Rossi"; Chinese as substrings; all words must match).
    """

    view: View = View.ALL
    me: str = ""
    channel: str | None = None
    status: str | None = None
    search: str = ""


@dataclass(frozen=True, slots=True)
class InboxRow:
    """Everything one inbox row shows."""

    conversation_id: int
    channel: str
    status: str
    priority: str
    assignee: str | None
    subject: str | None
    customer_uid: str
    customer_name: str
    vip_tier: int
    account_manager: str | None
    verified: bool
    language: str
    last_message_preview: str | None
    last_message_at: datetime | None
    unread_count: int
    waiting_since: datetime | None
    sla_due: datetime | None
    created_at: datetime
    first_response_at: datetime | None
    # the last message's system-note code and arguments (app/protocol/notes.py): the UI words a
    # known code in the agent's language and shows ``last_message_preview`` otherwise; ``None``
    # and empty when the last message is not a coded note
    last_message_note_code: str | None = None
    last_message_note_args: dict[str, str] = field(default_factory=dict)
    # who wrote the last message: "customer", "agent" or "system" (the inbox marks a
    # conversation whose last word was ours)
    last_message_author_kind: str | None = None
    # routing (issue 19): the team, the SLA clock's pause and amber times as the server set them,
    # who had it before an escalation, and this agent's unread mentions in it
    team: str | None = None
    sla_paused_at: datetime | None = None
    sla_warn_at: datetime | None = None
    escalated_from: str | None = None
    mention_unread: int = 0


@dataclass(frozen=True, slots=True)
class InboxPage:
    rows: list[InboxRow]
    total: int


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    """One conversation with its customer summary, as the conversation pane shows it."""

    row: InboxRow
    tags: tuple[str, ...]
    kyc_level: int
    kyc_status: str
    email_masked: str | None
    message_count: int
    updated_at: datetime
    first_response_due: datetime | None
    resolution_due: datetime | None
    snoozed_until: datetime | None
    # channel specifics as JSON values (times as RFC 3339 text): category, ticket_due, callback,
    # linked_conversation_id, sla_breached — present only when the server sent them
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AttachmentView:
    """A file of a message (``app.protocol.types.Attachment``): ``id`` None when it was not kept
    (an email attachment refused by the server's checks); ``status`` safe / withheld (``detail``:
    the secret's kind; nothing can be read) / not_checked (``detail``: why)."""

    filename: str
    content_type: str
    size: int
    id: int | None = None
    status: str | None = None
    detail: str | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: bool = False

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def readable(self) -> bool:
        return self.id is not None and self.status != "withheld"

    @property
    def is_video(self) -> bool:
        """A screen recording (MP4/WebM): the desk plays it."""
        return self.content_type in ("video/mp4", "video/webm")


@dataclass(frozen=True, slots=True)
class MessageView:
    """A message as the conversation pane shows it; ``delivery_state`` is local.

    ``delivery_state``: ``sending`` (in the outbox), ``sent`` (the server has it) or ``failed``
    (refused: ``failure_code`` and the server's ``failure_reason`` say why).
    """

    local_id: int
    server_id: int | None
    conversation_id: int
    author_kind: str
    author: str | None
    author_name: str
    body: str
    internal: bool
    created_at: datetime
    client_msg_id: str | None
    delivery_state: str
    failure_code: str | None = None
    failure_reason: str | None = None
    redactions: tuple[tuple[str, str], ...] = ()  # (kind, severity)
    delivery: str | None = None  # outbound email state, from the server
    delivery_error: str | None = None
    attachments: tuple[tuple[str, str, int], ...] = ()  # inbound email: (filename, type, size)
    # a system note's code and arguments (app/protocol/notes.py): the UI words a known code in the
    # agent's language and shows ``body`` otherwise; ``None`` and empty for every other message
    note_code: str | None = None
    note_args: dict[str, str] = field(default_factory=dict)
    files: tuple[AttachmentView, ...] = ()  # every attachment, with what the server said of it


@dataclass(frozen=True, slots=True)
class Change:
    """Which conversations a write touched, so a view refreshes only those rows.

    ``reset`` (a new snapshot) means "everything may have changed: query again".
    """

    inserted: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    reset: bool = False

    def __bool__(self) -> bool:
        return self.reset or bool(self.inserted or self.updated or self.removed)

    @property
    def ids(self) -> frozenset[int]:
        return self.inserted | self.updated | self.removed

    def merge(self, other: Change) -> Change:
        inserted = (self.inserted | other.inserted) - other.removed
        return Change(
            inserted=inserted,
            updated=(self.updated | other.updated) - inserted - other.removed,
            removed=(self.removed | other.removed) - other.inserted,
            reset=self.reset or other.reset,
        )


@dataclass(frozen=True, slots=True)
class MessagesChange:
    """Messages of one conversation were added or changed (their local ids)."""

    conversation_id: int
    local_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    conversation_id: int
    client_msg_id: str
    message_local_id: int
    body: str
    internal: bool
    state: str  # queued | inflight | failed | delivered
    attempts: int
    last_error: str | None
    last_error_message: str | None
    attachment_ids: tuple[int, ...] = ()  # uploads sent with the reply (its message row keeps them)


@dataclass(frozen=True, slots=True)
class SyncState:
    """Where the cache stands: whose it is and which server events it has applied."""

    server_url: str | None
    username: str | None
    last_applied_seq: int
    snapshot_taken: bool
