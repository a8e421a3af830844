"""Data roles the inbox model answers and the inbox delegate paints (one list, shared by both)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class InboxRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    CHANNEL = ID + 1
    CUSTOMER_NAME = ID + 2
    UID = ID + 3
    VIP_TIER = ID + 4
    PREVIEW = ID + 5
    UNREAD = ID + 6
    STATUS = ID + 7
    PRIORITY = ID + 8
    ASSIGNEE = ID + 9
    SLA_DUE = ID + 10
    SLA_STARTED = ID + 11
    WAITING_SINCE = ID + 12
    UPDATED_AT = ID + 13
    SUBJECT = ID + 14
    ROW = ID + 15  # the core's row object itself
    PREVIEW_AUTHOR = ID + 16  # "customer", "agent", "system", "internal"
    SLA_PAUSED_AT = ID + 17  # the clock stopped (pending, snoozed) at this server time
    SLA_WARN_AT = ID + 18  # the server's amber time of the due time that applies now
    TEAM = ID + 19
    MENTIONS = ID + 20  # this agent's unread mentions in the conversation


class ThreadRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 101  # "customer", "agent", "system", "internal"
    AUTHOR = KIND + 1
    BODY = KIND + 2
    TIME = KIND + 3
    DELIVERY = KIND + 4  # None, "sending", "sent", "failed"
    ERROR = KIND + 5  # error code of a failed send
    LOCAL_ID = KIND + 6
    MINE = KIND + 7
    REDACTED = KIND + 8  # number of secrets the guard removed
    KEY = KIND + 9
    ERROR_TEXT = KIND + 10  # the server's reason for a failure, when it gave one
    REDACTION_KINDS = KIND + 11  # the kinds of secrets the guard removed
    FILES = KIND + 12  # the message's attachments (AttachmentView tuple)
    THUMBS = KIND + 13  # {attachment id: QImage} of the previews loaded so far
    RESEND = KIND + 14  # the Telegram reply a 'did not confirm' note offers to send again (id)
