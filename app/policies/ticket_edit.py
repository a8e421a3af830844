"""Editing a ticket — its help-centre category, due date and subject — before it is sent.

A ticket's fields change through ``conversation.update`` (``category``, ``ticket_due``,
``subject``). The server is the authority and refuses the same things with ``bad_request``;
planning the edit here lets the dialog say what is wrong before anything is sent, and sends only
what the agent changed. Problems are codes; ``app/ui/labels.py`` words them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, get_args

from app.protocol.types import TicketCategory
from app.store import ConversationDetail

CATEGORIES: tuple[str, ...] = get_args(TicketCategory)
SUBJECT_MAX = 200
MAX_AHEAD = timedelta(days=365)  # the furthest a due date may be set (the server's rule)
#: Every problem code :func:`plan_edit` reports (``labels.ticket_problem`` words each).
PROBLEMS = ("category_unknown", "due_past", "due_too_far", "subject_empty", "subject_too_long")


@dataclass(frozen=True, slots=True)
class TicketFields:
    """What the agent can edit of a ticket. ``due`` is an aware UTC datetime."""

    category: str | None
    due: datetime | None
    subject: str


@dataclass(frozen=True, slots=True)
class TicketEdit:
    """``changes``: the ``conversation.update`` params that differ from the ticket as it is;
    ``problems``: why it cannot be sent (empty when it can)."""

    changes: dict[str, Any] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return not self.problems


def ticket_fields(detail: ConversationDetail | None) -> TicketFields | None:
    """The editable fields of a ticket as the cache has them; ``None`` for other conversations."""
    if detail is None or detail.row.channel != "ticket":
        return None
    category = detail.details.get("category")
    return TicketFields(
        category=category if isinstance(category, str) else None,
        due=_parse(detail.details.get("ticket_due")) or detail.resolution_due,
        subject=detail.row.subject or "",
    )


def clean_subject(text: str) -> str:
    """One line of plain text: control characters and runs of white space become one space."""
    spaced = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(spaced.split())


def plan_edit(current: TicketFields, edited: TicketFields, now: datetime) -> TicketEdit:
    """What to send for ``edited``, and its problems. Only changed fields are checked and sent:
    an overdue ticket can still get a new subject. Due dates compare to the minute (what the
    desk shows and edits); ``now`` is the server's time (``ServerClock.now()``)."""
    changes: dict[str, Any] = {}
    problems: list[str] = []
    if edited.category != current.category:
        if edited.category not in CATEGORIES:
            problems.append("category_unknown")
        changes["category"] = edited.category
    if edited.due is not None and (current.due is None or _minute(edited.due) != _minute(current.due)):
        if edited.due <= now:
            problems.append("due_past")
        elif edited.due > now + MAX_AHEAD:
            problems.append("due_too_far")
        changes["ticket_due"] = edited.due
    subject = clean_subject(edited.subject)
    if subject != clean_subject(current.subject):
        if not subject:
            problems.append("subject_empty")
        elif len(subject) > SUBJECT_MAX:
            problems.append("subject_too_long")
        changes["subject"] = subject
    return TicketEdit(changes, tuple(problems))


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _parse(value: Any) -> datetime | None:
    """A time from the cache's channel details (RFC 3339 text), ``None`` if absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
