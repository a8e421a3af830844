"""Codes and enums of the core turned into translated text — the only place that does it.

The core speaks in codes (``"snoozed"``, ``"rate_limited"``, ``"asks_password"``); widgets ask
this module for the words. ``QT_TRANSLATE_NOOP`` marks the strings for ``pyside6-lupdate``; the
lookup translates them at call time so a language switch applies to new text immediately.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.policies.exposure import Exposure
from app.protocol import notes
from app.ui import formats
from app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"

CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "Ticket"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Callback"),
    "telegram": QT_TRANSLATE_NOOP("Labels", "Telegram"),
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
    "busy": QT_TRANSLATE_NOOP("Labels", "Busy"),
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
KYC_REASONS = {  # the exchange's KYC rejection reasons as its back office sends them (English)
    "ID document blurry": QT_TRANSLATE_NOOP("Labels", "ID document blurry"),
    "Edges of the ID document are cut off": QT_TRANSLATE_NOOP(
        "Labels", "Edges of the ID document are cut off"
    ),
    "ID document expired": QT_TRANSLATE_NOOP("Labels", "ID document expired"),
    "Name on document does not match account name": QT_TRANSLATE_NOOP(
        "Labels", "Name on document does not match account name"
    ),
    "Screenshot or photocopy submitted instead of original document": QT_TRANSLATE_NOOP(
        "Labels", "Screenshot or photocopy submitted instead of original document"
    ),
    "Selfie does not match document": QT_TRANSLATE_NOOP("Labels", "Selfie does not match document"),
    "Liveness check failed": QT_TRANSLATE_NOOP("Labels", "Liveness check failed"),
    "Address proof older than 3 months": QT_TRANSLATE_NOOP("Labels", "Address proof older than 3 months"),
    "Address on proof does not match the address entered": QT_TRANSLATE_NOOP(
        "Labels", "Address on proof does not match the address entered"
    ),
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
    "mentions": QT_TRANSLATE_NOOP("Labels", "Mentions"),
}
TEAMS = {  # the teams the packaged and demo policies name; another team shows the server's name
    "support": QT_TRANSLATE_NOOP("Labels", "Support"),
    "en": QT_TRANSLATE_NOOP("Labels", "English desk"),
    "zh": QT_TRANSLATE_NOOP("Labels", "Chinese desk"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP desk"),
    "risk_compliance": QT_TRANSLATE_NOOP("Labels", "Risk & compliance"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
}
ACTIVITY_STATUS = {  # orders, deposits and withdrawals in the customer panel
    "new": QT_TRANSLATE_NOOP("Labels", "new"),
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "partially_filled": QT_TRANSLATE_NOOP("Labels", "partially filled"),
    "filled": QT_TRANSLATE_NOOP("Labels", "filled"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled"),
    "liquidated": QT_TRANSLATE_NOOP("Labels", "liquidated"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "expired": QT_TRANSLATE_NOOP("Labels", "expired"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "confirming": QT_TRANSLATE_NOOP("Labels", "confirming"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "under review"),
    "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "failed": QT_TRANSLATE_NOOP("Labels", "failed"),
}
MARKETS = {  # an order's market (app.protocol.types.Market)
    "spot": QT_TRANSLATE_NOOP("Labels", "spot"),
    "futures": QT_TRANSLATE_NOOP("Labels", "futures"),
    "margin": QT_TRANSLATE_NOOP("Labels", "margin"),
}
ORDER_TYPES = {
    "limit": QT_TRANSLATE_NOOP("Labels", "limit"),
    "market": QT_TRANSLATE_NOOP("Labels", "market"),
    "stop": QT_TRANSLATE_NOOP("Labels", "stop"),
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
    "held_for_review": QT_TRANSLATE_NOOP(
        "Labels", "The safety guard held this message for your review: it was not sent."
    ),
    "verification_required": QT_TRANSLATE_NOOP(
        "Labels", "This needs a fresh identity verification of the customer, or a supervisor's override."
    ),
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
    "off_platform": QT_TRANSLATE_NOOP(
        "Labels",
        "Support never moves customers off the platform: no messengers, no payments outside the order.",
    ),
    "resembles_scam": QT_TRANSLATE_NOOP(
        "Labels", "This reply reads like the scam messages the guard learned from. Check it before sending."
    ),
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
SYSTEM_TAGS = {  # tags the server sets itself; an agent's own tags are shown as typed
    "vip_mailbox": QT_TRANSLATE_NOOP("Labels", "VIP mailbox"),
    "vip_mailbox_not_vip": QT_TRANSLATE_NOOP("Labels", "VIP mailbox: not a VIP client"),
    "outreach": QT_TRANSLATE_NOOP("Labels", "VIP outreach"),
    "freeze_requested": QT_TRANSLATE_NOOP("Labels", "Freeze requested"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
}
_INCIDENT_TAG = re.compile(r"incident:(\d+)")
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
    notes.TRANSFERRED: QT_TRANSLATE_NOOP("Labels", "Transferred to %1 by %2."),
    notes.ESCALATED: QT_TRANSLATE_NOOP("Labels", "Escalated to %1 by %2."),
    notes.IDENTITY_SENT: QT_TRANSLATE_NOOP(
        "Labels", "Identity verification code sent to the registered %1 %2; it expires %3."
    ),
    notes.IDENTITY_VERIFIED: QT_TRANSLATE_NOOP(
        "Labels", "Identity verified via the registered %1 (%2) at %3, valid until %4."
    ),
    notes.IDENTITY_FAILED: QT_TRANSLATE_NOOP(
        "Labels", "Identity verification via the registered %1 failed: %2."
    ),
    notes.INCIDENT_LINKED: QT_TRANSLATE_NOOP(
        "Labels", "Linked to incident #%1 (%2): the customer was sent its notice."
    ),
    notes.VIP_MAILBOX_NOT_VIP: QT_TRANSLATE_NOOP(
        "Labels",
        "Sent to the VIP mailbox %1 by a customer who is not a VIP client: the regular team answers.",
    ),
    notes.TELEGRAM_FILE_NOT_IMPORTED: QT_TRANSLATE_NOOP(
        "Labels", "The customer sent a file on Telegram (%1, %2, %3); it was not imported."
    ),
    notes.TELEGRAM_LINKED: QT_TRANSLATE_NOOP(
        "Labels", "This Telegram chat is now linked to account %1 (verified by a code sent to its %2)."
    ),
    notes.TELEGRAM_DELIVERY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Labels",
        "Telegram did not confirm reply #%1: it may or may not have reached the customer. Not resent.",
    ),
    notes.TELEGRAM_RESENT: QT_TRANSLATE_NOOP("Labels", "Reply #%1 sent again on Telegram by %2."),
    notes.CSAT_RATED: QT_TRANSLATE_NOOP("Labels", "The customer rated this conversation %1/5."),
    notes.CSAT_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Closing mail with the rating link sent."),
}
VERIFICATION_CHANNELS = {
    "email": QT_TRANSLATE_NOOP("Labels", "email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "phone"),
}
VERIFICATION_METHODS = {
    "code": QT_TRANSLATE_NOOP("Labels", "code in the chat"),
    "link": QT_TRANSLATE_NOOP("Labels", "emailed link"),
}
VERIFICATION_FAILURES = {
    "attempts": QT_TRANSLATE_NOOP("Labels", "too many wrong codes"),
    "expired": QT_TRANSLATE_NOOP("Labels", "the code expired"),
    "undeliverable": QT_TRANSLATE_NOOP("Labels", "the code could not be delivered"),
}
SECURITY_REQUESTS = {
    "twofa_reset": QT_TRANSLATE_NOOP("Labels", "2FA reset request"),
    "withdrawal_unlock": QT_TRANSLATE_NOOP("Labels", "Withdrawal unlock request"),
    "address_whitelist": QT_TRANSLATE_NOOP("Labels", "Withdrawal address whitelist request"),
}


SECRET_KINDS = {  # app.guard finding kinds, as the agent reads them
    "seed_phrase": QT_TRANSLATE_NOOP("Labels", "seed phrase"),
    "private_key": QT_TRANSLATE_NOOP("Labels", "private key"),
    "extended_private_key": QT_TRANSLATE_NOOP("Labels", "private key"),
    "wif_key": QT_TRANSLATE_NOOP("Labels", "private key"),
    "password": QT_TRANSLATE_NOOP("Labels", "password"),
    "otp_code": QT_TRANSLATE_NOOP("Labels", "verification code"),
}
EXPOSURE_TITLES = {  # app.policies.exposure risks: %1 what was exposed, %2 when
    "funds": QT_TRANSLATE_NOOP(
        "Labels", "Funds at risk now: this customer exposed their %1 in this chat %2."
    ),
    "account": QT_TRANSLATE_NOOP(
        "Labels", "Account at risk: this customer exposed their %1 in this chat %2."
    ),
    "code": QT_TRANSLATE_NOOP(
        "Labels", "Sign-in or withdrawal at risk: this customer exposed a %1 in this chat %2."
    ),
}
EXPOSURE_ADVICE = {  # app.policies.exposure advice codes: what the agent tells the customer
    "new_wallet_now": QT_TRANSLATE_NOOP(
        "Labels",
        "Tell them to create a new wallet now and move all funds from the old one: "
        "an exposed seed phrase or key can never be made safe again.",
    ),
    "never_share": QT_TRANSLATE_NOOP(
        "Labels", "Remind them that support never asks for it, and anyone who does is a scammer."
    ),
    "check_devices": QT_TRANSLATE_NOOP(
        "Labels", "Ask them to check for unknown devices and API keys, and to enable the withdrawal lock."
    ),
    "change_password": QT_TRANSLATE_NOOP("Labels", "Tell them to change their password right away."),
    "enable_2fa": QT_TRANSLATE_NOOP("Labels", "Make sure two-factor authentication is on."),
    "check_activity": QT_TRANSLATE_NOOP(
        "Labels", "Ask them to review recent sign-ins and withdrawals and report anything they did not do."
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


def kyc_reason(text: str | None) -> str:
    """A KYC rejection reason in the agent's language; a reason this desk does not know is shown
    as the server sent it."""
    return _lookup(KYC_REASONS, text) if text else ""


def language(code: str) -> str:
    return _lookup(LANGUAGES, code)


def activity_status(code: str) -> str:
    """An order's or a transfer's status; an unknown code is shown as it came."""
    return _lookup(ACTIVITY_STATUS, code)


def market(code: str) -> str:
    return _lookup(MARKETS, code)


def order_type(code: str) -> str:
    return _lookup(ORDER_TYPES, code)


def view(code: str) -> str:
    return _lookup(VIEWS, code)


def team(code: str | None, name: str | None = None) -> str:
    """A team's name: translated for the teams we ship, else the server's ``name``, else the code."""
    if code in TEAMS:
        return _lookup(TEAMS, code)
    return name or code or ""


def ticket_category(code: str | None) -> str:
    """A ticket's help-centre topic; an unknown code is shown as it came."""
    return _lookup(TICKET_CATEGORIES, code)


def ticket_problem(code: str) -> str:
    """Why an edit of a ticket cannot be saved (``app.policies.ticket_edit`` codes)."""
    return _lookup(TICKET_PROBLEMS, code)


def callback_outcome(code: str) -> str:
    """A logged callback outcome; an unknown code is shown as it came."""
    return _lookup(CALLBACK_OUTCOMES, code)


def tag(code: str) -> str:
    """A conversation tag as shown: the server's own tags in words ("incident:3" → "Incident #3"),
    an agent's tags as typed."""
    incident = _INCIDENT_TAG.fullmatch(code)
    if incident:
        return QCoreApplication.translate("Labels", "Incident #%1").replace("%1", incident.group(1))
    return _lookup(SYSTEM_TAGS, code)


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
            return formats.date_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    if name == "category":
        return ticket_category(value)
    if name == "outcome":
        return callback_outcome(value)
    if name == "team":
        return team(value)
    if name == "channel":
        return verification_channel(value)
    if name == "method":
        return _lookup(VERIFICATION_METHODS, value)
    if name == "reason":
        return verification_failure(value)
    return value


def secret_kind(kind: str) -> str:
    return _lookup(SECRET_KINDS, kind)


def secrets_removed(kinds: Sequence[str]) -> str:
    """A bubble's note: ``Guard removed: seed phrase, password``."""
    names = list(dict.fromkeys(secret_kind(k) for k in kinds))
    return QCoreApplication.translate("Labels", "Guard removed: %1").replace("%1", ", ".join(names))


def ago(moment: datetime, now: datetime | None = None) -> str:
    """``just now``, ``12 min ago``, ``3 h ago``, or the date and time."""
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Labels", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("Labels", "%1 min ago").replace("%1", str(int(seconds // 60)))
    if seconds < 86_400:
        return QCoreApplication.translate("Labels", "%1 h ago").replace("%1", str(int(seconds // 3600)))
    return formats.date_time(moment)


def exposure_title(exposure: Exposure, now: datetime | None = None) -> str:
    names = list(dict.fromkeys(secret_kind(k) for k in exposure.kinds))
    return (
        tr(EXPOSURE_TITLES[exposure.risk])
        .replace("%1", ", ".join(names))
        .replace("%2", ago(exposure.last_at, now))
    )


def exposure_advice(code: str) -> str:
    return _lookup(EXPOSURE_ADVICE, code)


def verification_channel(code: str) -> str:
    return _lookup(VERIFICATION_CHANNELS, code)


def verification_failure(code: str | None) -> str:
    return _lookup(VERIFICATION_FAILURES, code)


def security_request(kind: str) -> str:
    return _lookup(SECURITY_REQUESTS, kind)


def vip_tier(tier: int) -> str:
    """``VIP3``; an empty string for regular customers."""
    return QCoreApplication.translate("Labels", "VIP%1").replace("%1", str(tier)) if tier > 0 else ""


def alert(kind: str, detail: dict[str, str] | None = None) -> str:
    """A client alert in words; a large withdrawal names its amount and asset."""
    values = detail or {}
    return (
        _lookup(ALERTS, kind)
        .replace("%1", formats.amount(values.get("amount")))
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


_ADDRESS_ERRORS = ("unreachable", "timeout", "certificate_invalid", "insecure_transport", "connection_lost")


def sign_in_error(code: str | None, address: str) -> str:
    """Why signing in failed; a connection problem names the address that was tried."""
    text = error(code)
    if code in _ADDRESS_ERRORS and address:
        text += "\n" + QCoreApplication.translate("Labels", "Address: %1").replace("%1", address)
    return text


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
