"""Error codes and close codes of protocol v1.

Codes are part of the wire contract (other programs branch on them), so they live in one enum
and nowhere is a bare string spelled out.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ErrorCode(StrEnum):
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    BAD_REQUEST = "bad_request"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    RATE_LIMITED = "rate_limited"
    BLOCKED = "blocked"
    VERIFICATION_REQUIRED = "verification_required"  # a fresh identity verification or an override
    INTERNAL = "internal"
    # A file the server will not keep; the message starts with the refusal code (app/attachments/errors.py)
    ATTACHMENT_REFUSED = "attachment_refused"
    # The guard held an agent's message for the agent's review (issue 16): not sent; resend with
    # ``confirm_held`` to send it (recorded in the audit log)
    HELD_FOR_REVIEW = "held_for_review"


class CloseCode(IntEnum):
    NORMAL = 1000
    GOING_AWAY = 1001
    INVALID_DATA = 1007  # invalid UTF-8 (the websockets library sends it)
    POLICY = 1008
    TOO_BIG = 1009  # frame over the size limit (the websockets library sends it)
    TRY_AGAIN_LATER = 1013  # too many sockets waiting to authenticate (admission)
    UNAUTHORIZED = 4401
    SESSION_REPLACED = 4409


class ProtocolError(Exception):
    """A request or frame the peer got wrong.

    ``message`` is shown to the peer, so it must never contain a value the peer sent (it could be
    a password): say which field is wrong and how, not what it held.
    """

    def __init__(self, code: ErrorCode, message: str, *, request_id: int | str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.request_id = request_id
