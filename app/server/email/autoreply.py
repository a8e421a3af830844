"""Whether a received mail may get an automatic answer (RFC 3834 §2), pure functions.

Our one automatic answer is the safety warning sent when the guard removed a secret from a mail.
An automatic answer to another machine's automatic mail (an out-of-office reply, a bounce, a
mailing list, another help desk's acknowledgement) can bounce back and forth for ever, or mail a
whole list; so, as RFC 3834 asks, a mail that says it was sent by a machine, or that comes from a
null or role sender, gets none. The mail itself is still stored as usual: only the reply is held.
"""

from __future__ import annotations

from email.message import Message

# Local parts that are never a person reading a reply: bounces, list software, "do not reply".
_ROLE_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon",
        "postmaster",
        "listserv",
        "majordomo",
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "do_not_reply",
        "bounce",
        "bounces",
    }
)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply"})
_LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "Mailing-List")
_SUPPRESS_VALUES = frozenset({"all", "autoreply", "oof"})  # Microsoft's X-Auto-Response-Suppress


def _value(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header: as good as absent
        return None
    return None if value is None else " ".join(str(value).split()).lower()


def _is_null(address: str | None) -> bool:
    return address is not None and address.strip().strip("<>").strip() == ""


def _role(address: str | None) -> bool:
    local = (address or "").rpartition("@")[0].strip().lower()
    return (
        local in _ROLE_LOCAL_PARTS
        or local.startswith(("owner-", "bounce-", "bounces-", "bounces+"))
        or local.endswith(("-request", "-owner", "-bounces"))
    )


def blocked_reason(msg: Message, envelope_from: str | None, from_addr: str | None) -> str | None:
    """Why no automatic answer may go to this mail, as a short code (for the log), or ``None``.

    ``envelope_from`` is the SMTP ``MAIL FROM`` ("<>" for a bounce; ``None`` when unknown).
    """
    auto = _value(msg, "Auto-Submitted")
    if auto is not None and auto.split(";")[0].strip() != "no":
        return "auto-submitted"
    if _is_null(envelope_from) or _is_null(_value(msg, "Return-Path")):
        return "null-sender"
    if (_value(msg, "Precedence") or "") in _BULK_PRECEDENCE:
        return "bulk"
    if any(_value(msg, name) is not None for name in _LIST_HEADERS):
        return "mailing-list"
    suppress = _value(msg, "X-Auto-Response-Suppress") or ""
    if _SUPPRESS_VALUES & {part.strip() for part in suppress.split(",")}:
        return "suppressed"
    if any(_value(msg, name) is not None for name in ("X-Autoreply", "X-Autorespond")):
        return "auto-submitted"
    if _role(from_addr):
        return "role-sender"
    return None
