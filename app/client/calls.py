"""Server calls the session makes on its own: the paged snapshot and the token renewal.

The snapshot is stored at the *first* page's head: events that happen while the later pages are
fetched are then replayed by the sync that follows (and, being "the conversation as it now is",
they bring any row fetched earlier up to date), so nothing between pages is lost.
"""

from __future__ import annotations

import logging
from typing import Protocol, TypeVar

from msgspec import Struct

from app.client.errors import RequestFailed
from app.client.secret import Secret
from app.protocol import methods
from app.protocol.spec import MethodSpec
from app.protocol.types import Conversation

log = logging.getLogger(__name__)
P = TypeVar("P", bound=Struct)
R = TypeVar("R", bound=Struct)


class Caller(Protocol):
    """``Session.call``: call ``spec`` with ``params``, return its typed result."""

    async def __call__(self, spec: MethodSpec[P, R], params: P, *, timeout: float | None = None) -> R: ...


async def fetch_snapshot(call: Caller, page_size: int) -> tuple[list[Conversation], int]:
    conversations: list[Conversation] = []
    head: int | None = None
    cursor: str | None = None
    while True:
        page = await call(methods.SNAPSHOT, methods.SnapshotParams(cursor=cursor, limit=page_size))
        head = page.head if head is None else head
        conversations.extend(page.conversations)
        cursor = page.next_cursor
        if not cursor:
            return conversations, head


async def renew_token(call: Caller) -> Secret | None:
    """A fresh token before the old one expires; ``None`` if the server refused (the agent signs
    in again when the token expires)."""
    try:
        result = await call(methods.RENEW, methods.Empty())
    except RequestFailed as exc:
        log.warning("token renewal failed (%s); will try again later", exc.code)
        return None
    return Secret(result.token)
