"""Codes and enums of the core turned into translated text — the only place that does it.

The core speaks in codes (``"snoozed"``, ``"rate_limited"``, ``"asks_password"``); widgets ask
this module for the words. ``QT_TRANSLATE_NOOP`` marks the strings for ``pyside6-lupdate``; the
lookup translates them at call time so a language switch applies to new text immediately.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from app.policies.sla_clock import Remaining
from app.protocol import notes

_CTX = "Labels"

CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "Ticket"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Callback"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "snoozed": QT_TRANSLATE_NOOP("Labels", "Snoozed"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
}
PRIORITIES = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
}
ROLES = {
    "agent": QT_TRANSLATE_NOOP("Labels", "Agent"),
    "vip_manager": QT_TRANSLATE_NOOP("Labels", "VIP manager"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
}
PRESENCE = {
    "available": QT_TRANSLATE_NOOP("Labels", "Available"),
    "away": QT_TRANSLATE_NOOP("Labels", "Away"),
    "offline": QT_TRANSLATE_NOOP("Labels", "Offline"),
}
KYC = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
}
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "zh-CN": QT_TRANSLATE_NOOP("Labels", "Simplified Chinese"),
}
VIEWS = {
    "mine": QT_TRANSLATE_NOOP("Labels", "Mine"),
    "unassigned": QT_TRANSLATE_NOOP("Labels", "Unassigned"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP"),
    "all": QT_TRANSLATE_NOOP("Labels", "All"),
    "my_clients": QT_TRANSLATE_NOOP("Labels", "My clients"),
}
ACTIVITY_STATUS = {  # orders, deposits and withdrawals in the customer panel
    "new": QT_TRANSLATE_NOOP("Labels", "new"),
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "partially_filled": QT_TRANSLATE_NOOP("Labels", "partially filled"),
    "filled": QT_TRANSLATE_NOOP("Labels", "filled"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "expired": QT_TRANSLATE_NOOP("Labels", "expired"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "confirming": QT_TRANSLATE_NOOP("Labels", "confirming"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "under review"),
    "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "failed": QT_TRANSLATE_NOOP("Labels", "failed"),
}
ERRORS = {
    "unauthorized": QT_TRANSLATE_NOOP("Labels", "Your session has ended. Please sign in again."),
    "bad_credentials": QT_TRANSLATE_NOOP("Labels", "Wrong username or password."),
    "forbidden": QT_TRANSLATE_NOOP("Labels", "You are not allowed to do that."),
    "bad_request": QT_TRANSLATE_NOOP("Labels", "The server did not accept the request."),
    "not_found": QT_TRANSLATE_NOOP("Labels", "It no longer exists."),
    "conflict": QT_TRANSLATE_NOOP("Labels", "Someone else changed it first."),
    "rate_limited": QT_TRANSLATE_NOOP("Labels", "Too many requests; slow down a little."),
    "blocked": QT_TRANSLATE_NOOP("Labels", "The safety guard blocked this message."),
    "internal": QT_TRANSLATE_NOOP("Labels", "The server had a problem."),
    "offline": QT_TRANSLATE_NOOP("Labels", "Not connected to the server."),
    "timeout": QT_TRANSLATE_NOOP("Labels", "The server did not answer in time."),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "Cannot reach the server."),
    "insecure_transport": QT_TRANSLATE_NOOP(
        "Labels", "Only wss:// is allowed to a server that is not on this computer."
    ),
    "certificate_invalid": QT_TRANSLATE_NOOP(
        "Labels", "The server's certificate could not be verified; check the address or the CA file."
    ),
    "ca_file_invalid": QT_TRANSLATE_NOOP("Labels", "The CA file in Settings cannot be read."),
    "connection_lost": QT_TRANSLATE_NOOP("Labels", "The connection to the server was lost."),
    "session_replaced": QT_TRANSLATE_NOOP(
        "Labels", "You signed in somewhere else; this desk was signed out."
    ),
    "protocol_error": QT_TRANSLATE_NOOP(
        "Labels", "The server sent something this version does not understand."
    ),
    "snapshot_failed": QT_TRANSLATE_NOOP("Labels", "Loading the inbox from the server failed."),
    "no_keyring": QT_TRANSLATE_NOOP("Labels", "No system keyring is available to remember you."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Labels", "The system keyring is locked; unlock it to be remembered."
    ),
    "keyring_error": QT_TRANSLATE_NOOP("Labels", "The system keyring failed; you will not be remembered."),
}
KEYRING_HINTS = {  # CredentialStore.status.hint: how to get a keyring on this system
    "linux_secret_service": QT_TRANSLATE_NOOP(
        "Labels", "Install GNOME Keyring or KWallet (or KeePassXC) and unlock it when you log in."
    ),
    "macos_keychain": QT_TRANSLATE_NOOP("Labels", "Unlock your login keychain in Keychain Access."),
    "windows_credential_manager": QT_TRANSLATE_NOOP(
        "Labels", "Check that Windows Credential Manager is available for your account."
    ),
    "generic": QT_TRANSLATE_NOOP("Labels", "Set up a system keyring for your account."),
}
GUARD = {  # every code app.guard.VIOLATION_CODES can produce (a test keeps them in step)
    "asks_password": QT_TRANSLATE_NOOP("Labels", "Support never asks for a password."),
    "asks_otp_code": QT_TRANSLATE_NOOP("Labels", "Support never asks for SMS, email or authenticator codes."),
    "asks_seed_phrase": QT_TRANSLATE_NOOP("Labels", "Support never asks for a seed phrase."),
    "asks_private_key": QT_TRANSLATE_NOOP("Labels", "Support never asks for a private key."),
    "remote_access": QT_TRANSLATE_NOOP(
        "Labels", "Support never asks customers to install remote-access or screen-sharing apps."
    ),
    "transfer_request": QT_TRANSLATE_NOOP(
        "Labels", "Support never asks customers to transfer funds to an address."
    ),
    "link_not_allowed": QT_TRANSLATE_NOOP("Labels", "Only links to the official domains may be sent: %1"),
    "lookalike_domain": QT_TRANSLATE_NOOP("Labels", "This link imitates an official domain: %1"),
}
TICKET_CATEGORIES = {  # a ticket's help-centre topic (app.protocol.types.TicketCategory)
    "account_login": QT_TRANSLATE_NOOP("Labels", "Account and login"),
    "trading": QT_TRANSLATE_NOOP("Labels", "Trading"),
    "deposits_withdrawals": QT_TRANSLATE_NOOP("Labels", "Deposits and withdrawals"),
    "kyc": QT_TRANSLATE_NOOP("Labels", "Identity verification (KYC)"),
    "security_2fa": QT_TRANSLATE_NOOP("Labels", "Security and 2FA"),
    "promotions": QT_TRANSLATE_NOOP("Labels", "Promotions"),
    "platform_rules": QT_TRANSLATE_NOOP("Labels", "Platform rules"),
}
TICKET_PROBLEMS = {  # app.policies.ticket_edit.plan_edit problem codes
    "category_unknown": QT_TRANSLATE_NOOP("Labels", "Choose a category."),
    "due_past": QT_TRANSLATE_NOOP("Labels", "The due date must be in the future."),
    "due_too_far": QT_TRANSLATE_NOOP("Labels", "The due date must be within a year."),
    "subject_empty": QT_TRANSLATE_NOOP("Labels", "The subject cannot be empty."),
    "subject_too_long": QT_TRANSLATE_NOOP("Labels", "The subject can have at most 200 characters."),
}
ALERTS = {  # VipAlert kinds (the client book)
    "large_withdrawal_pending": QT_TRANSLATE_NOOP("Labels", "Large withdrawal pending: %1 %2"),
    "withdrawals_locked": QT_TRANSLATE_NOOP("Labels", "Withdrawals locked"),
    "kyc_changed": QT_TRANSLATE_NOOP("Labels", "KYC changed"),
    "security_flag_changed": QT_TRANSLATE_NOOP("Labels", "Security setting changed"),
    "tier_changed": QT_TRANSLATE_NOOP("Labels", "VIP tier changed"),
}
CALLBACK_OUTCOMES = {  # callback.log outcomes (app.protocol.types.CallbackOutcome)
    "reached": QT_TRANSLATE_NOOP("Labels", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
    "voicemail": QT_TRANSLATE_NOOP("Labels", "Voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    "rescheduled": QT_TRANSLATE_NOOP("Labels", "Rescheduled"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# System notes the server writes into a thread (app.protocol.notes): %1, %2, … are the code's
# arguments in the order notes.ARGS gives (a test keeps the two in step).
SYSTEM_NOTES = {
    notes.TICKET_OPENED_FROM: QT_TRANSLATE_NOOP("Labels", "Ticket opened from conversation #%1."),
    notes.TICKET_OPENED: QT_TRANSLATE_NOOP("Labels", "Ticket #%1 opened by %3. Category: %2."),
    notes.CALLBACK_REQUESTED_FROM: QT_TRANSLATE_NOOP(
        "Labels", "Callback requested from conversation #%1 for %2 – %3."
    ),
    notes.CALLBACK_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Callback #%1 requested by %2 for %3 – %4."),
    notes.CALLBACK_REQUESTED_FOR_CLIENT: QT_TRANSLATE_NOOP("Labels", "Callback requested by %1 for %2 – %3."),
    notes.CALLBACK_REQUESTED_IN_APP: QT_TRANSLATE_NOOP(
        "Labels", "Callback requested from the app; phone on file %1."
    ),
    notes.CALLBACK_LOGGED: QT_TRANSLATE_NOOP("Labels", "Callback outcome: %1 (logged by %2)."),
    notes.CALLBACK_RESCHEDULED: QT_TRANSLATE_NOOP(
        "Labels", "Callback rescheduled by %1. New window %2 – %3."
    ),
    notes.ASSIGNED_AGENT: QT_TRANSLATE_NOOP("Labels", "Assigned to agent %1."),
    notes.ASSIGNED_VIP_MANAGER: QT_TRANSLATE_NOOP("Labels", "Assigned to VIP manager %1."),
    notes.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Marked as resolved by %1."),
    notes.GUARD_LOOKALIKE_LINK: QT_TRANSLATE_NOOP(
        "Labels", "The customer's message has a link that imitates %2: %1. Do not open it."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _lookup(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return tr(source) if source else code


def channel(code: str) -> str:
    return _lookup(CHANNELS, code)


def status(code: str) -> str:
    return _lookup(STATUSES, code)


def priority(code: str) -> str:
    return _lookup(PRIORITIES, code)


def role(code: str) -> str:
    return _lookup(ROLES, code)


def presence(code: str) -> str:
    return _lookup(PRESENCE, code)


def kyc_status(code: str) -> str:
    return _lookup(KYC, code)


def language(code: str) -> str:
    return _lookup(LANGUAGES, code)


def activity_status(code: str) -> str:
    """An order's or a transfer's status; an unknown code is shown as it came."""
    return _lookup(ACTIVITY_STATUS, code)


def view(code: str) -> str:
    return _lookup(VIEWS, code)


def ticket_category(code: str | None) -> str:
    """A ticket's help-centre topic; an unknown code is shown as it came."""
    return _lookup(TICKET_CATEGORIES, code)


def ticket_problem(code: str) -> str:
    """Why an edit of a ticket cannot be saved (``app.policies.ticket_edit`` codes)."""
    return _lookup(TICKET_PROBLEMS, code)


def callback_outcome(code: str) -> str:
    """A logged callback outcome; an unknown code is shown as it came."""
    return _lookup(CALLBACK_OUTCOMES, code)


def system_author() -> str:
    """The author shown on the server's own messages (the server writes "System")."""
    return QCoreApplication.translate("Labels", "System")


def system_note(code: str | None, args: Mapping[str, str] | None, fallback: str = "") -> str:
    """A system note in the agent's language: its code's template with the arguments filled in
    (times in the local zone and format, a ticket's category and a call's outcome in words) and
    the agent's own ``note`` on a line after it. ``fallback`` — the English body the server wrote
    — for a code this desk does not know (a newer server) or one missing an argument."""
    source = SYSTEM_NOTES.get(code or "")
    names = notes.ARGS.get(code or "")
    values = args or {}
    if source is None or names is None or not all(name in values for name in names):
        return fallback
    filled = [_note_value(name, values[name]) for name in names]

    def place(match: re.Match[str]) -> str:
        n = int(match[1])
        return filled[n - 1] if 0 < n <= len(filled) else match[0]

    text = re.sub(r"%(\d+)", place, tr(source))  # one pass: a value may itself contain "%1"
    own = values.get(notes.NOTE)
    return f"{text}\n{own}" if own else text


def _note_value(name: str, value: str) -> str:
    if name in notes.TIMES:
        try:
            return date_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    if name == "category":
        return ticket_category(value)
    if name == "outcome":
        return callback_outcome(value)
    return value


def vip_tier(tier: int) -> str:
    """``VIP3``; an empty string for regular customers."""
    return QCoreApplication.translate("Labels", "VIP%1").replace("%1", str(tier)) if tier > 0 else ""


def alert(kind: str, detail: dict[str, str] | None = None) -> str:
    """A client alert in words; a large withdrawal names its amount and asset."""
    values = detail or {}
    return (
        _lookup(ALERTS, kind)
        .replace("%1", amount(values.get("amount")))
        .replace("%2", values.get("asset", ""))
    )


def guard(code: str, detail: str = "") -> str:
    """Why the guard refuses a reply; ``detail`` is the offending domain for link codes."""
    source = GUARD.get(code)
    return tr(source).replace("%1", detail) if source else code


def error(code: str | None, fallback: str | None = None) -> str:
    """A sentence for an error code; a guard violation code gets the guard's explanation."""
    if code in GUARD:
        return guard(code)
    if code in ERRORS:
        return tr(ERRORS[code])
    return fallback or QCoreApplication.translate("Labels", "Something went wrong (%1).").replace(
        "%1", code or "?"
    )


def keyring_notice(problem: str | None, hint: str | None) -> str:
    """The status bar's note when the keyring cannot keep this desk's secrets (empty if it can)."""
    if problem is None:
        return ""
    what = QCoreApplication.translate(
        "Labels", "You sign in at every start, and replies not yet delivered are lost if you quit."
    )
    return " ".join(part for part in (error(problem), what, _lookup(KEYRING_HINTS, hint)) if part)


def held_cache(code: str, replies: int, drafts: int) -> str:
    """Sign-in refused because the keyring cannot open a cache that holds unsent work."""
    held = QCoreApplication.translate(
        "Labels",
        "%1 unsent replies and %2 drafts here are sealed with a key in the keyring. Unlock it and sign in again.",  # noqa: E501
    )
    return f"{error(code)} {held.replace('%1', str(replies)).replace('%2', str(drafts))}"


def duration(r: Remaining) -> str:
    """Compact ``45s``, ``12m``, ``1h 05m``, ``2d 3h`` with translated units."""
    if r.days:
        text = (
            QCoreApplication.translate("Labels", "%1d %2h")
            .replace("%1", str(r.days))
            .replace("%2", str(r.hours))
        )
    elif r.hours:
        text = (
            QCoreApplication.translate("Labels", "%1h %2m")
            .replace("%1", str(r.hours))
            .replace("%2", f"{r.minutes:02d}")
        )
    elif r.minutes:
        text = QCoreApplication.translate("Labels", "%1m").replace("%1", str(r.minutes))
    else:
        text = QCoreApplication.translate("Labels", "%1s").replace("%1", str(r.seconds))
    return text


def due_in(r: Remaining) -> str:
    """``due in 12m`` or ``overdue 3m``."""
    if r.overdue:
        return QCoreApplication.translate("Labels", "overdue %1").replace("%1", duration(r))
    return QCoreApplication.translate("Labels", "due in %1").replace("%1", duration(r))


def _qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def date(moment: datetime | None) -> str:
    """A date in the current language's short format."""
    return QLocale().toString(_qdt(moment).date(), QLocale.FormatType.ShortFormat) if moment else ""


def date_time(moment: datetime | None) -> str:
    return QLocale().toString(_qdt(moment), QLocale.FormatType.ShortFormat) if moment else ""


def clock(moment: datetime | None) -> str:
    """``14:05`` (today's messages in the thread)."""
    return QLocale().toString(_qdt(moment).time(), "HH:mm") if moment else ""


def short_time(moment: datetime | None) -> str:
    """``11-23 19:05``: compact, for the customer panel's tables (full time in the tooltip)."""
    return QLocale().toString(_qdt(moment), "MM-dd HH:mm") if moment else ""


def amount(text: str | None) -> str:
    """A decimal string from the server with grouping (``836,047,300.92``); unchanged if not a number."""
    if not text:
        return ""
    try:
        value = float(text)
    except ValueError:
        return text
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return QLocale().toString(value, "f", min(decimals, 8))
