"""The session's side of the sealed cache: the right key in the store, and wiping it on request.

The store opens locked (it is opened before the agent is known); the key belongs to a server and
an agent and lives in the OS keyring beside the token (:class:`CredentialStore.cache_key`). So
the session unlocks the store whenever it learns who the agent is: at start (the agent of last
time) and at every sign-in. A store that does not open with that key (the keyring lost the key;
last run had no keyring; another agent's cache) is emptied by the store and the session takes
a new snapshot. Keyring calls block (D-Bus, Keychain), so they run in a worker thread.

When the keyring cannot be asked (locked, broken, not reachable yet), a new key would empty the
cache. That is harmless for conversations (the server has them) but not for replies the agent
wrote that have not reached the server, nor for drafts: those exist only here. So if the cache
holds such work under a key the keyring keeps, it stays locked and intact and
:class:`KeyringUnavailable` says why (the sign-in shows it; signing in again retries). Otherwise
the cache starts anew under a key for this run only, and :attr:`CacheKeys.in_keyring` is
``False``: replies queued in this run are lost if the app quits before they are delivered, which
the window warns about.
"""

from __future__ import annotations

import asyncio
import logging

from app.client.credentials import CredentialStore
from app.client.errors import KeyringUnavailable
from app.store import Store, Unlocked
from app.store.cache.crypto import CacheKey

log = logging.getLogger(__name__)


class CacheKeys:
    """Unlocks ``store`` with the key of (``server_url``, agent); wipes the cache and its key."""

    def __init__(self, store: Store, credentials: CredentialStore, server_url: str) -> None:
        self._store = store
        self._credentials = credentials
        self._server_url = server_url
        self._unlocked_for: str | None = None
        #: the key of the open cache is kept in the OS keyring (so the cache outlives this run)
        self.in_keyring = False

    @property
    def memory_only(self) -> bool:
        """The open cache's key lives in memory for this run only: what the cache holds (queued
        replies included) is lost when the app quits. ``False`` for a cache still locked — it
        is intact on disk, waiting for its key."""
        return self._unlocked_for is not None and not self.in_keyring and not self._store.locked

    async def unlock(self, username: str) -> Unlocked:
        """Give the store this agent's key. Raises :class:`KeyringUnavailable` (the store stays
        locked, nothing is lost) when the keyring cannot be asked and the cache holds unsent
        work sealed under the key it keeps."""
        if self._unlocked_for == username and self.in_keyring and not self._store.locked:
            return Unlocked.OPENED  # already open with the kept key: no need to ask the keyring
        try:
            found = await asyncio.to_thread(self._credentials.cache_key, self._server_url, username)
            key, in_keyring = found.key, found.in_keyring
        except KeyringUnavailable as exc:
            key = await self._key_for_this_run(username, exc)
            in_keyring = False
        result = await self._store.unlock(key, key_in_keyring=in_keyring)
        self._unlocked_for, self.in_keyring = username, in_keyring
        if result is Unlocked.WIPED:
            log.warning("the local cache could not be read with this agent's key; it starts anew")
        return result

    async def _key_for_this_run(self, username: str, problem: KeyringUnavailable) -> CacheKey:
        held = await self._store.held_work()
        if held.worth_waiting_for:
            log.warning("the keyring cannot be asked (%s); the cache keeps %d unsent replies and "
                        "%d drafts and stays locked until it can", problem.code, held.replies, held.drafts)
            raise KeyringUnavailable(problem.code, replies=held.replies, drafts=held.drafts)
        log.warning("the keyring cannot be asked (%s); the cache is sealed for this run only", problem.code)
        return await asyncio.to_thread(self._credentials.run_cache_key, self._server_url, username)

    async def discard(self) -> None:
        """The agent gave up on a cache the keyring cannot open: delete it (its key, if the
        keyring still holds one, opens nothing any more and is replaced at the next unlock)."""
        await self._store.wipe()
        self._unlocked_for, self.in_keyring = None, False

    async def wipe(self, username: str | None) -> None:
        """Delete the cache file (rows, -wal, -shm) and then its key from the keyring."""
        await self._store.wipe()
        self._unlocked_for, self.in_keyring = None, False
        if username:
            await asyncio.to_thread(self._credentials.forget_cache_key, self._server_url, username)
