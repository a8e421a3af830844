"""System notes: the lines the server writes into a thread itself (``author_kind: "system"``).

A note's ``body`` is English text, as it always was; beside it the message carries ``note_code``
and ``note_args`` (strings), so a desk can word the note in the agent's own language: a known code
is rendered from the desk's translated template (the arguments fill ``%1``, ``%2``, … in the order
:data:`ARGS` gives), an unknown one (a newer server) shows the body. Codes are interfaces: add new
ones, never rename or change the arguments of one that shipped.

Arguments never hold more customer data than the body shows (the masked phone on file at most).
Times are RFC 3339 in UTC (:data:`TIMES`; a desk shows them in the agent's time zone). ``note``
(:data:`NOTE`) is optional on any code: the agent's own words, shown on a line after the note.
The automatic safety warning to a customer is a system message too, but it has no code: it is
written in the customer's language on purpose.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Final

TICKET_OPENED_FROM: Final = "ticket.opened_from"  # on a new ticket: the conversation it came from
TICKET_OPENED: Final = "ticket.opened"  # on the conversation a ticket was made from
CALLBACK_REQUESTED_FROM: Final = "callback.requested_from"  # on a new callback: where it came from
CALLBACK_REQUESTED: Final = "callback.requested"  # on the conversation a callback was made from
CALLBACK_REQUESTED_FOR_CLIENT: Final = "callback.requested_for_client"  # from the client book
CALLBACK_REQUESTED_IN_APP: Final = "callback.requested_in_app"  # the customer asked in the app (demo)
CALLBACK_LOGGED: Final = "callback.logged"  # a call's outcome (callback.log)
CALLBACK_RESCHEDULED: Final = "callback.rescheduled"  # callback.log with outcome rescheduled
ASSIGNED_AGENT: Final = "conversation.assigned_agent"
ASSIGNED_VIP_MANAGER: Final = "conversation.assigned_vip_manager"
RESOLVED: Final = "conversation.resolved"
# internal, after a customer's message: a link in it imitates an official domain (the safety guard)
GUARD_LOOKALIKE_LINK: Final = "guard.lookalike_link"
TRANSFERRED: Final = "conversation.transferred"  # conversation.transfer: note = the handover note
ESCALATED: Final = "conversation.escalated"  # conversation.escalate: note = the reason
IDENTITY_SENT: Final = "identity.sent"  # a verification code went to the registered email/phone
IDENTITY_VERIFIED: Final = "identity.verified"  # the customer confirmed it (code or link)
IDENTITY_FAILED: Final = "identity.failed"  # too many wrong codes, expired, undeliverable
INCIDENT_LINKED: Final = "incident.linked"  # a new conversation matched an open incident (issue 23)
VIP_MAILBOX_NOT_VIP: Final = "email.vip_mailbox_not_vip"  # mail to the VIP mailbox from a non-VIP
TELEGRAM_FILE_NOT_IMPORTED: Final = "telegram.file_not_imported"  # a photo/document came, not imported
TELEGRAM_LINKED: Final = "telegram.linked"  # the chat was linked to an account by the identity check
# a reply's sendMessage went out and no answer came back (a stop, a timeout): it may have been delivered
TELEGRAM_DELIVERY_UNKNOWN: Final = "telegram.delivery_unknown"
TELEGRAM_RESENT: Final = "telegram.resent"  # an agent sent such a reply again (telegram.resend)
# the customer rated the conversation (issue 20): note = their comment (customer text, guarded)
CSAT_RATED: Final = "csat.rated"
CSAT_REQUESTED: Final = "csat.requested"  # the closing mail with the rating link went out (email)

#: Every code and its arguments, in placeholder order (``%1`` is the first).
ARGS: Final[Mapping[str, tuple[str, ...]]] = {
    TICKET_OPENED_FROM: ("conversation_id",),
    TICKET_OPENED: ("ticket_id", "category", "agent_name"),
    CALLBACK_REQUESTED_FROM: ("conversation_id", "window_start", "window_end"),
    CALLBACK_REQUESTED: ("callback_id", "agent_name", "window_start", "window_end"),
    CALLBACK_REQUESTED_FOR_CLIENT: ("agent_name", "window_start", "window_end"),
    CALLBACK_REQUESTED_IN_APP: ("phone_masked",),
    CALLBACK_LOGGED: ("outcome", "agent_name"),
    CALLBACK_RESCHEDULED: ("agent_name", "window_start", "window_end"),
    ASSIGNED_AGENT: ("agent_name",),
    ASSIGNED_VIP_MANAGER: ("agent_name",),
    RESOLVED: ("agent_name",),
    GUARD_LOOKALIKE_LINK: ("host", "official"),
    TRANSFERRED: ("team", "agent_name"),
    ESCALATED: ("team", "agent_name"),
    IDENTITY_SENT: ("channel", "destination", "expires_at"),
    IDENTITY_VERIFIED: ("channel", "method", "verified_at", "valid_until"),
    IDENTITY_FAILED: ("channel", "reason"),
    INCIDENT_LINKED: ("incident_id", "title"),
    VIP_MAILBOX_NOT_VIP: ("mailbox",),
    TELEGRAM_FILE_NOT_IMPORTED: ("filename", "mime", "size"),
    TELEGRAM_LINKED: ("uid", "channel"),
    TELEGRAM_DELIVERY_UNKNOWN: ("message_id",),
    TELEGRAM_RESENT: ("message_id", "agent_name"),
    CSAT_RATED: ("score",),
    CSAT_REQUESTED: (),
}
#: The optional argument of every code: the agent's own words (a callback's note), on a line of its own.
NOTE: Final = "note"
#: Arguments that are times (RFC 3339, UTC).
TIMES: Final = frozenset({"window_start", "window_end", "expires_at", "verified_at", "valid_until"})


def check(code: str, args: Mapping[str, str]) -> None:
    """``ValueError`` unless ``code`` is known and ``args`` are its arguments (``note`` optional)."""
    wanted = ARGS.get(code)
    if wanted is None:
        raise ValueError(f"unknown system note code {code!r}")
    given = set(args) - {NOTE}
    if given != set(wanted):
        raise ValueError(f"system note {code!r} takes {', '.join(wanted)}")
    if not all(isinstance(value, str) for value in args.values()):
        raise ValueError(f"system note {code!r}: arguments are strings")


def time_arg(value: datetime) -> str:
    """A time as a note argument: RFC 3339 in UTC, to the second (``2026-11-25T13:35:00Z``)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # SQLite drops the zone: stored times are UTC
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
