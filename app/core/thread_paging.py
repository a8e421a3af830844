"""History paging of the open conversation's thread (no Qt): which messages the thread shows,
when the server is asked for older ones, and what the agent is told about the rest.

The thread shows a window of the cached conversation (:meth:`app.store.Store.thread`): the newest
:data:`PAGE_SIZE` messages at first, then one more page before the oldest shown each time the agent
asks for earlier ones. The window's lower edge (its *floor*) never rises while the conversation
stays open, so a new message never pushes a row out at the top.

Opening asks the server for the newest page; "earlier" asks it for the page before the floor
(``conversation.messages`` with ``before``, which also fills any gap a resync left in the cache)
and then pages in from the cache. Offline, earlier messages page in from the cache alone, and once
it has none left the agent is told older ones need a connection. A server answer without
``has_more`` marks the conversation's first message: the thread then ends with "Beginning of the
conversation". One load runs at a time; a result for a conversation that is no longer open is
dropped (its messages stay in the cache, where they belong).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from app.store import MessageView, Store, ThreadSlice

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # messages per page, from the cache and from the server alike


class History(StrEnum):
    """What lies before the thread's oldest shown message (the UI translates these)."""

    MORE = "more"  # earlier messages can be loaded (from the cache, or the server: online)
    LOADING = "loading"
    BEGINNING = "beginning"  # the thread starts with the conversation's first message
    NEEDS_CONNECTION = "needs_connection"  # no earlier message cached and the desk is offline


class FetchHistory(Protocol):
    """``Session.fetch_messages``: store a page of history; ``True`` if older messages exist."""

    def __call__(self, conversation_id: int, *, before: int | None, limit: int) -> Awaitable[bool]: ...


@dataclass(frozen=True, slots=True)
class ThreadWindow:
    """What the thread shows now: messages oldest first, replies not yet delivered last."""

    conversation_id: int
    messages: list[MessageView] = field(default_factory=list)
    history: History = History.MORE
    serial: int = 0  # completion order: a window with a lower serial is superseded


class ThreadPager:
    """The thread window of one conversation at a time (a pane's; ``open`` switches)."""

    def __init__(
        self,
        store: Store,
        fetch: FetchHistory,
        online: Callable[[], bool],
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._store = store
        self._fetch = fetch
        self._online = online
        self.page_size = page_size
        self.conversation_id: int | None = None
        self._generation = 0  # bumped by every open: results of an older one are dropped
        self._floor: int | None = None
        self._older_cached = False
        self._loading = False
        self._serial = 0
        #: conversation → server id of its first message (``None``: it has none), once the server
        #: said nothing is older; checked against the cache, so a wiped cache pages again
        self._first: dict[int, int | None] = {}

    # --- state ----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def history(self) -> History:
        if self._loading:
            return History.LOADING
        if self._older_cached:
            return History.MORE
        cid = self.conversation_id
        if cid is not None and cid in self._first:
            first = self._first[cid]
            if first is None or self._floor is None or self._floor <= first:
                return History.BEGINNING
        return History.MORE if self._online() else History.NEEDS_CONNECTION

    @property
    def can_load_earlier(self) -> bool:
        """Whether asking for earlier messages does anything now (not while a load runs)."""
        return self.conversation_id is not None and self.history is History.MORE

    def is_current(self, window: ThreadWindow | None) -> bool:
        """``window`` is the newest result for the open conversation (older ones are superseded)."""
        return window is not None and window.conversation_id == self.conversation_id and (
            window.serial == self._serial
        )

    # --- operations -----------------------------------------------------------------------------
    def open(self, conversation_id: int | None) -> None:
        """Show another conversation: a fresh window; loads still running for the last are dropped."""
        self.conversation_id = conversation_id
        self._generation += 1
        self._floor = None
        self._older_cached = False
        self._loading = False

    async def refresh(self) -> ThreadWindow | None:
        """The current window from the cache (after its messages changed); ``None``: nothing open."""
        if self.conversation_id is None:
            return None
        return await self._window(self._generation, older=0)

    def load_latest(self) -> Coroutine[Any, Any, ThreadWindow | None] | None:
        """On opening: the server's newest page into the cache (online), then the window.

        Like :meth:`load_earlier`, it decides at once (``None``: a load is running) and returns
        the work to await; :attr:`history` is ``LOADING`` from this call until that work ends."""
        return self._start(earlier=False)

    def load_earlier(self) -> Coroutine[Any, Any, ThreadWindow | None] | None:
        """One more page before the oldest shown message: from the server when online, from the
        cache either way. ``None`` when there is nothing to do (no conversation, a load running,
        nothing earlier to get now); else the work to await, whose result is ``None`` when the
        conversation was left meanwhile."""
        return self._start(earlier=True)

    def _start(self, *, earlier: bool) -> Coroutine[Any, Any, ThreadWindow | None] | None:
        cid = self.conversation_id
        if cid is None or self._loading or (earlier and not self.can_load_earlier):
            return None
        self._loading = True  # decided now, not when the work starts: two gestures load once
        return self._load(cid, self._generation, earlier=earlier)

    async def _load(self, cid: int, token: int, *, earlier: bool) -> ThreadWindow | None:
        try:
            beginning = False
            if self._online():
                before = self._floor if earlier else None
                try:
                    beginning = not await self._fetch(cid, before=before, limit=self.page_size)
                except Exception as exc:  # offline now, timed out, refused: page in from the cache
                    log.info("conversation.messages failed: %s", type(exc).__name__)
            if token != self._generation:
                return None
            return await self._window(
                token, older=self.page_size if earlier else 0, beginning=beginning, loaded=True
            )
        finally:
            if token == self._generation:
                self._loading = False

    async def _window(
        self, token: int, *, older: int, beginning: bool = False, loaded: bool = False
    ) -> ThreadWindow | None:
        cid = self.conversation_id
        assert cid is not None
        while True:
            floor = self._floor
            part: ThreadSlice = await self._store.thread(
                cid, floor=floor, older=older, latest=self.page_size
            )
            if token != self._generation:
                return None
            if self._floor == floor:
                break
            # Another result moved the floor meanwhile: this one would hide what that one shows.
        if part.floor is not None:
            self._floor = part.floor
        self._older_cached = part.older_cached
        if beginning:
            self._first[cid] = part.oldest_cached
        if loaded:
            self._loading = False
        self._serial += 1
        return ThreadWindow(cid, part.messages, self.history, self._serial)
