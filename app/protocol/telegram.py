"""Telegram as a channel (issue 23): the link of a Telegram chat to an account.

A chat with the exchange's bot is a contact (``verified: false``) until the identity check links
it: the agent asks the customer which account is theirs and calls ``telegram.link_start``; the
server sends a one-time code to that account's *registered* email; the customer types it into
the Telegram chat (the server checks it and never stores it). Until then ``telegram.status`` says
``linked: false`` and the desk's panel says "not linked". A display name or @username never links.
A reply Telegram did not confirm (the server stopped mid-call, no answer came) is not sent twice
by the server: ``telegram.resend`` is the agent's decision to send it again.

A feature module like ``vip.py``: collected by :mod:`app.protocol.registry`; additions only.
"""

from __future__ import annotations

from typing import Literal

from msgspec import Struct

from app.protocol.spec import MethodSpec
from app.protocol.types import Id, Uid, UtcDatetime


class LinkStartParams(Struct, frozen=True, kw_only=True):
    """Send a link code for the Telegram chat of ``conversation_id`` to the registered email of
    account ``uid`` (the account the customer says is theirs)."""

    conversation_id: Id
    uid: Uid
    channel: Literal["email"] = "email"


class StatusParams(Struct, frozen=True, kw_only=True):
    conversation_id: Id


class TelegramStatus(Struct, frozen=True):
    """The Telegram chat behind a conversation: ``username`` as Telegram shows it (not proof of
    anything); ``linked_uid`` once the identity check linked it; ``pending`` while a code waits."""

    conversation_id: int
    linked: bool
    username: str | None = None
    linked_uid: str | None = None
    linked_at: UtcDatetime | None = None
    pending: bool = False
    destination: str | None = None  # where the pending code went (masked)


class StatusResult(Struct, frozen=True):
    status: TelegramStatus


class ResendParams(Struct, frozen=True, kw_only=True):
    """Send again a reply Telegram did not confirm (its thread has a ``telegram.delivery_unknown``
    note naming ``message_id``): the agent's decision that the customer did not get it."""

    message_id: Id


class ResendResult(Struct, frozen=True):
    message_id: int
    state: Literal["queued"] = "queued"


LINK_START = MethodSpec("telegram.link_start", LinkStartParams, StatusResult)
STATUS = MethodSpec("telegram.status", StatusParams, StatusResult)
RESEND = MethodSpec("telegram.resend", ResendParams, ResendResult)

SPECS: tuple[MethodSpec[Struct, Struct], ...] = (LINK_START, STATUS, RESEND)
EVENT_TYPES: tuple[type[Struct], ...] = ()
