"""Server calls the session makes on its own: the paged snapshot and the token renewal.

The snapshot is stored at the *first* page's head: events that happen while the later pages are
fetched are then replayed by the sync that follows (and, being "the conversation as it now is",
they bring any row fetched earlier up to date), so nothing between pages is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from app.client.errors import RequestFailed
from app.client.secret import Secret
from app.protocol.methods import METHODS
from app.protocol.types import Conversation

log = logging.getLogger(__name__)

Request = Callable[..., Awaitable[Any]]


async def fetch_snapshot(request: Request, page_size: int) -> tuple[list[Conversation], int]:
    conversations: list[Conversation] = []
    head: int | None = None
    cursor: str | None = None
    while True:
        page = await request("inbox.snapshot", cursor=cursor, limit=page_size)
        head = page.head if head is None else head
        conversations.extend(page.conversations)
        cursor = page.next_cursor
        if not cursor:
            assert head is not None
            return conversations, head


async def renew_token(request: Request) -> Secret | None:
    """A fresh token before the old one expires; ``None`` if the server refused or cannot renew
    (a protocol without ``session.renew``: the agent signs in again when the token expires)."""
    if "session.renew" not in METHODS:
        return None
    try:
        result = await request("session.renew")
    except RequestFailed as exc:
        log.warning("token renewal failed (%s); will try again later", exc.code)
        return None
    return Secret(result.token)
